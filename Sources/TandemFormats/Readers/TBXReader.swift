import TandemCore

/// Reads a TBX termbase as locale resources (see ``TBXDocument`` for the TBX
/// read): one ``LocaleResource`` per language; each term is an entry keyed by
/// its concept id (`id/2`, `id/3` for further terms of the same language), with
/// its data categories (`grammaticalGender`, `administrativeStatus`, …) as
/// `name=value` flags.
public enum TBXReader {
    /// Reads a parsed TBX document.
    public static func read(_ document: XMLDocument) throws(InputError) -> [LocaleResource] {
        let tbx = try TBXDocument(document)
        let source = tbx.source
        var problems: [FormatProblem] = []
        var byLanguage: [String: [LocaleEntry]] = [:]
        var order: [String] = []
        var seen = FirstPositions()
        for (number, concept) in tbx.concepts.enumerated() {
            let element = concept.element
            let id = concept.id ?? "#\(number + 1)"
            if concept.id == nil {
                problems.append(FormatProblem(code: "tbx-id", message: "<\(element.localName)> has no id", position: element.position))
            } else if let first = seen.record(id, at: element.position) {
                problems.append(FormatProblem(code: "duplicate-id", message: "the concept id '\(id)' is used twice (first at \(first))", position: element.position, text: id))
            }
            for section in concept.languages {
                guard let language = section.language else {
                    problems.append(FormatProblem(code: "tbx-language", message: "<\(section.element.localName)> has no xml:lang", position: section.element.position))
                    continue
                }
                if byLanguage[language] == nil { order.append(language) }
                for (index, entry) in section.terms.enumerated() {
                    guard let term = entry.term else {
                        problems.append(FormatProblem(code: "tbx-term", message: "<\(entry.holder.localName)> has no <term>", position: entry.holder.position))
                        continue
                    }
                    let flags = entry.categories.map { "\($0.name)=\($0.value)" }
                    let key = index == 0 ? id : "\(id)/\(index + 1)"
                    byLanguage[language, default: []].append(LocaleEntry(key: key, keyPosition: entry.holder.position, value: .text(term.text), flags: flags, placeholderSyntax: .none))
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
