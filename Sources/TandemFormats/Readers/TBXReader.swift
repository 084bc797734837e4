import TandemCore

/// Reads TBX termbases: TBX 2019 (`conceptEntry` → `langSec` → `termSec` → `term`)
/// and TBX 2008 / TBX-Basic (`termEntry` → `langSet` → `tig`/`ntig` → `term`).
///
/// One ``LocaleResource`` per language; each term is an entry keyed by its
/// concept id (`id/2`, `id/3` for further terms of the same language), with the
/// `grammaticalGender` and `administrativeStatus` notes as flags.
public enum TBXReader {
    /// Reads a parsed TBX document.
    public static func read(_ document: XMLDocument) throws(InputError) -> [LocaleResource] {
        let source = document.source
        let root = document.root
        guard root.localName == "tbx" || root.localName == "martif" else {
            throw source.error(at: root.position, "expected the root element <tbx> or <martif>, found <\(root.name)>")
        }
        guard let body = root.element("text")?.element("body") else {
            throw source.error(at: root.position, "a TBX file needs <text><body>")
        }
        var problems: [FormatProblem] = []
        var byLanguage: [String: [LocaleEntry]] = [:]
        var order: [String] = []
        var seen: [String: SourcePosition] = [:]
        for (number, concept) in body.elements.filter({ $0.localName == "conceptEntry" || $0.localName == "termEntry" }).enumerated() {
            let id = concept["id"] ?? concept.xmlID ?? "#\(number + 1)"
            if concept["id"] == nil && concept.xmlID == nil {
                problems.append(FormatProblem(code: "tbx-id", message: "<\(concept.localName)> has no id", position: concept.position))
            } else if let first = seen[id] {
                problems.append(FormatProblem(code: "duplicate-id", message: "the concept id '\(id)' is used twice (first at \(first))", position: concept.position, text: id))
            } else {
                seen[id] = concept.position
            }
            for section in concept.elements.filter({ $0.localName == "langSec" || $0.localName == "langSet" }) {
                guard let language = section.xmlLang else {
                    problems.append(FormatProblem(code: "tbx-language", message: "<\(section.localName)> has no xml:lang", position: section.position))
                    continue
                }
                if byLanguage[language] == nil { order.append(language) }
                let terms = section.elements.filter { ["termSec", "tig", "ntig"].contains(String($0.localName)) }
                for (index, holder) in terms.enumerated() {
                    let term = holder.element("term") ?? holder.element("termGrp")?.element("term")
                    guard let term else {
                        problems.append(FormatProblem(code: "tbx-term", message: "<\(holder.localName)> has no <term>", position: holder.position))
                        continue
                    }
                    var flags: [String] = []
                    for note in holder.elements where ["termNote", "descrip", "admin"].contains(String(note.localName)) {
                        if let type = note["type"] { flags.append("\(type)=\(note.textContent)") }
                    }
                    let key = index == 0 ? id : "\(id)/\(index + 1)"
                    byLanguage[language, default: []].append(LocaleEntry(key: key, keyPosition: holder.position, value: .text(term.text), flags: flags, placeholderSyntax: .none))
                }
            }
        }
        if order.isEmpty {
            return [LocaleResource(path: source.path, format: .tbx, language: nil, entries: [], problems: problems, encoding: source.encoding,
                                   hasByteOrderMark: source.byteOrderMarkLength > 0)]
        }
        return order.enumerated().map { index, language in
            LocaleResource(path: source.path, format: .tbx, language: language, entries: byLanguage[language] ?? [],
                           problems: index == 0 ? problems : [], encoding: source.encoding, hasByteOrderMark: source.byteOrderMarkLength > 0)
        }
    }
}
