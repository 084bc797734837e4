import TandemCore

/// Reads XLIFF 1.2 (`<xliff version="1.2">`): `file` → `body` → `group`* → `trans-unit`
/// with `source`, `target` (and its `state`), `note`; inline `g x bx ex ph bpt ept it mrk`.
///
/// Duplicate unit ids within a `file`, a missing `id`, a unit without `source`
/// and unknown `state` values are recorded as ``FormatProblem``s.
public enum XLIFF12Reader {
    /// The namespace of XLIFF 1.2 documents.
    public static let namespace = "urn:oasis:names:tc:xliff:document:1.2"

    static let states: Set<String> = [
        "final", "needs-adaptation", "needs-l10n", "needs-review-adaptation", "needs-review-l10n",
        "needs-review-translation", "needs-translation", "new", "signed-off", "translated",
    ]

    static let inline = InlineContentReader(
        rule: { element in
            switch element.localName {
            case "g": return .paired
            case "x", "ph", "it": return .standalone
            case "bx", "bpt": return .opening
            case "ex", "ept": return .closing
            case "mrk": return .annotation
            default: return .skip
            }
        },
        codeID: { element, rule in
            rule == .closing ? (element["rid"] ?? element["id"]) : (element["id"] ?? element["rid"])
        }
    )

    /// Reads the units of a parsed XLIFF 1.2 document.
    public static func read(_ document: XMLDocument) throws(InputError) -> BilingualDocument {
        let root = document.root
        let source = document.source
        guard root.localName == "xliff" else {
            throw source.error(at: root.position, "expected the root element <xliff>, found <\(root.name)>")
        }
        var problems: [FormatProblem] = []
        var units: [TranslationUnit] = []
        var sourceLanguage: String?
        var targetLanguage: String?
        let files = root.elements("file")
        if files.isEmpty {
            problems.append(FormatProblem(code: "xliff-structure", message: "<xliff> contains no <file> element", position: root.position))
        }
        for file in files {
            let fileSource = file["source-language"]
            let fileTarget = file["target-language"]
            if fileSource == nil {
                problems.append(FormatProblem(code: "xliff-structure", message: "<file> has no source-language attribute", position: file.position))
            }
            sourceLanguage = sourceLanguage ?? fileSource
            targetLanguage = targetLanguage ?? fileTarget
            var seen = FirstPositions()
            guard let body = file.element("body") else {
                problems.append(FormatProblem(code: "xliff-structure", message: "<file> has no <body>", position: file.position))
                continue
            }
            collect(body, translate: file["translate"] != "no", sourceLanguage: fileSource, targetLanguage: fileTarget,
                    units: &units, seen: &seen, problems: &problems)
        }
        return BilingualDocument(path: source.path, format: .xliff12, sourceLanguage: sourceLanguage,
                                 targetLanguage: targetLanguage, units: units, problems: problems)
    }

    private static func collect(_ container: XMLElement, translate: Bool, sourceLanguage: String?, targetLanguage: String?,
                                units: inout [TranslationUnit], seen: inout FirstPositions, problems: inout [FormatProblem]) {
        for element in container.elements {
            switch element.localName {
            case "group":
                let translate = element["translate"].map { $0 != "no" } ?? translate
                collect(element, translate: translate, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                        units: &units, seen: &seen, problems: &problems)
            case "trans-unit":
                if let unit = unit(element, translate: translate, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                                   seen: &seen, problems: &problems) {
                    units.append(unit)
                }
            case "bin-unit":
                continue
            default:
                continue
            }
        }
    }

    /// The unit a `<trans-unit>` holds, or nil (with a problem) when it has no id or no source.
    static func unit(_ element: XMLElement, translate: Bool, sourceLanguage: String?, targetLanguage: String?,
                     seen: inout FirstPositions, problems: inout [FormatProblem]) -> TranslationUnit? {
        guard let id = element["id"] else {
            problems.append(FormatProblem(code: "xliff-missing-id", message: "<trans-unit> has no id attribute", position: element.position))
            return nil
        }
        if let first = seen.record(id, at: element.position) {
            problems.append(FormatProblem(code: "duplicate-id", message: "the unit id '\(id)' is used twice in this <file> (first at \(first))", position: element.position, text: id))
        }
        guard let sourceElement = element.element("source") else {
            problems.append(FormatProblem(code: "xliff-structure", message: "<trans-unit id=\"\(id)\"> has no <source>", position: element.position, text: id))
            return nil
        }
        let targetElement = element.element("target")
        let state = targetElement?["state"]
        if let state, !states.contains(state), !state.hasPrefix("x-") {
            problems.append(FormatProblem(code: "xliff-state", message: "'\(state)' is not an XLIFF 1.2 state (expected e.g. new, translated, needs-review-translation, final, signed-off or x-…)", position: targetElement!.position, text: state))
        }
        var flags: [String] = []
        if element["approved"] == "yes" { flags.append("approved") }
        let notes = element.elements("note").map(\.textContent)
        let unitTranslate = element["translate"].map { $0 != "no" } ?? translate
        return TranslationUnit(
            id: id,
            source: inline.read(sourceElement, language: sourceElement.xmlLang ?? sourceLanguage),
            target: targetElement.map { inline.read($0, language: $0.xmlLang ?? targetLanguage) },
            state: state, translate: unitTranslate, notes: notes, flags: flags, position: element.position)
    }
}
