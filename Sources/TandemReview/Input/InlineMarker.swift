/// An inline code of a bilingual file (XLIFF `<ph/>`, `<g>`, `<pc>`, TMX `<bpt>`), as the markup check compares them.
public struct InlineMarker: Hashable, Sendable {
    /// The element: `ph`, `g`, `pc`, `sc`, `bpt`, …
    public var element: String
    /// `standalone`, `opening` or `closing`.
    public var kind: String
    public var id: String?
    /// Offset (Unicode scalars) in the unit's text.
    public var offset: Int
    /// Whether the file lets a translation drop it (XLIFF 2 `canDelete`).
    public var isDeletable: Bool

    public init(element: String, kind: String, id: String?, offset: Int, isDeletable: Bool = false) {
        self.element = element
        self.kind = kind
        self.id = id
        self.offset = offset
        self.isDeletable = isDeletable
    }

    /// How the marker is shown in messages: `<ph id="1"/>`, `<g id="2">`, `</g>`.
    public var display: String {
        let idText = id.map { " id=\"\($0)\"" } ?? ""
        switch kind {
        case "opening": return "<\(element)\(idText)>"
        case "closing": return "</\(element)\(idText)>"
        default: return "<\(element)\(idText)/>"
        }
    }
}
