import TandemCore

/// Reads XLIFF 2.0, 2.1 and 2.2: `file` → `group`* → `unit` → `segment` with
/// `source` and `target`; inline `ph pc sc ec mrk sm em cp`.
///
/// Each `<segment>` becomes one ``TranslationUnit`` whose id is the unit's id
/// (followed by `/` and the segment's id or 1-based number when the unit has
/// more than one segment). The core constraints a schema cannot check are
/// checked by ``XLIFF2Validator`` and reported as the document's problems.
public enum XLIFF2Reader {
    /// The namespace of XLIFF 2.x core elements.
    public static let namespace = "urn:oasis:names:tc:xliff:document:2.0"

    static let inline = InlineContentReader(
        rule: { element in
            guard element.namespace == namespace else { return .skip }
            switch element.localName {
            case "pc": return .paired
            case "ph": return .standalone
            case "sc": return element["isolated"] == "yes" ? .standalone : .opening
            case "ec": return element["isolated"] == "yes" ? .standalone : .closing
            case "mrk": return .annotation
            case "sm", "em": return .marker
            case "cp": return .codePoint
            default: return .skip
            }
        },
        codeID: { element, rule in
            element.localName == "ec" ? (element["startRef"] ?? element["id"]) : element["id"]
        }
    )

    /// Reads the units of a parsed XLIFF 2.x document and checks its core constraints.
    public static func read(_ document: XMLDocument) throws(InputError) -> BilingualDocument {
        let root = document.root
        let source = document.source
        guard root.localName == "xliff" else {
            throw source.error(at: root.position, "expected the root element <xliff>, found <\(root.name)>")
        }
        let sourceLanguage = root["srcLang"]
        let targetLanguage = root["trgLang"]
        var units: [TranslationUnit] = []
        for file in root.elements("file", namespace: namespace) {
            collect(file, translate: file["translate"] != "no", sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, units: &units)
        }
        return BilingualDocument(path: source.path, format: .xliff2, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                                 units: units, problems: XLIFF2Validator.validate(document))
    }

    private static func collect(_ container: XMLElement, translate: Bool, sourceLanguage: String?, targetLanguage: String?, units: inout [TranslationUnit]) {
        for element in container.elements where element.namespace == namespace {
            switch element.localName {
            case "group":
                collect(element, translate: element["translate"].map { $0 != "no" } ?? translate,
                        sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, units: &units)
            case "unit":
                units += self.units(of: element, translate: translate, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
            default:
                continue
            }
        }
    }

    /// The units of a `<unit>`: one per `<segment>` that has a source.
    static func units(of element: XMLElement, translate: Bool, sourceLanguage: String?, targetLanguage: String?) -> [TranslationUnit] {
        let unitID = element["id"] ?? ""
        let translate = element["translate"].map { $0 != "no" } ?? translate
        let notes = element.element("notes", namespace: namespace)?.elements("note", namespace: namespace).map(\.textContent) ?? []
        let segments = element.elements("segment", namespace: namespace)
        var units: [TranslationUnit] = []
        for (number, segment) in segments.enumerated() {
            guard let sourceElement = segment.element("source", namespace: namespace) else { continue }
            let id = segments.count == 1 ? unitID : "\(unitID)/\(segment["id"] ?? String(number + 1))"
            let targetElement = segment.element("target", namespace: namespace)
            units.append(TranslationUnit(
                id: id,
                source: inline.read(sourceElement, language: sourceElement.xmlLang ?? sourceLanguage),
                target: targetElement.map { inline.read($0, language: $0.xmlLang ?? targetLanguage) },
                state: segment["state"] ?? (targetElement == nil ? nil : "initial"),
                translate: translate, notes: notes,
                flags: segment["subState"].map { [$0] } ?? [],
                position: segment.position))
        }
        return units
    }
}
