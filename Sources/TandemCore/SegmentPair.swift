/// Source segments paired with the target segments that translate them: an
/// alignment bead, or one unit of a bilingual file.
public struct SegmentPair: Hashable, Sendable {
    /// The bead shape, e.g. `1-1`, `2-1`, `1-0` (omission), `0-1` (addition).
    public var kind: String
    /// Confidence of the pairing, 0…1 (1 for a unit of a bilingual file).
    public var score: Double
    public var source: [Segment]
    public var target: [Segment]
    /// The unit's id in a bilingual file (XLIFF id, PO msgctxt+msgid, TMX tuid), if any.
    public var unitID: String?

    public init(kind: String? = nil, score: Double = 1, source: [Segment], target: [Segment], unitID: String? = nil) {
        self.kind = kind ?? "\(source.count)-\(target.count)"
        self.score = score
        self.source = source
        self.target = target
        self.unitID = unitID
    }

    /// The source side's text (segments joined by a space).
    public var sourceText: String { source.map(\.text).joined(separator: " ") }
    /// The target side's text.
    public var targetText: String { target.map(\.text).joined(separator: " ") }
}
