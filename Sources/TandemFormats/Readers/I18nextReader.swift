import TandemCore

/// Reads i18next JSON: nested or flat objects of strings (keys joined with `.`),
/// arrays of strings, and v4 plural suffixes (`_zero _one _two _few _many _other`,
/// also `_ordinal_…`), which are gathered into one plural entry per base key.
public enum I18nextReader {
    static let categories = ["zero", "one", "two", "few", "many", "other"]

    /// Reads an i18next JSON file already decoded.
    public static func read(_ source: SourceText) throws(InputError) -> LocaleResource {
        let (root, duplicates) = try JSONReader.parse(source)
        guard let members = root.members else {
            throw source.error(at: root.position, "an i18next file must be a JSON object, found \(root.kindName)")
        }
        var problems = duplicates
        var flat: [(key: String, position: SourcePosition, value: LocaleValue)] = []
        func visit(_ members: [JSONMember], prefix: String) {
            for member in members {
                let key = prefix.isEmpty ? member.key.text : "\(prefix).\(member.key.text)"
                switch member.value.value {
                case let .string(text):
                    flat.append((key, member.keyPosition, .text(text)))
                case let .object(inner):
                    visit(inner, prefix: key)
                case let .array(elements):
                    let texts = elements.compactMap(\.string)
                    if texts.count == elements.count {
                        flat.append((key, member.keyPosition, .list(texts)))
                    } else {
                        problems.append(FormatProblem(code: "value-type", message: "the array '\(key)' must hold strings only", position: member.value.position, text: key))
                    }
                default:
                    problems.append(FormatProblem(code: "value-type", message: "the value of '\(key)' must be a string or an object, found \(member.value.kindName)", position: member.value.position, text: key))
                }
            }
        }
        visit(members, prefix: "")
        // Gather plural suffixes.
        var plurals: [String: [PluralVariant]] = [:]
        var order: [String] = []
        var entries: [LocaleEntry] = []
        var positions: [String: SourcePosition] = [:]
        for item in flat {
            if case let .text(text) = item.value, let (base, category) = pluralSplit(item.key) {
                if plurals[base] == nil { order.append(base); positions[base] = item.position }
                plurals[base, default: []].append(PluralVariant(category: category, value: text, position: item.position))
                continue
            }
            order.append(item.key)
            entries.append(LocaleEntry(key: item.key, keyPosition: item.position, value: item.value, placeholderSyntax: .i18next))
        }
        var byKey = Dictionary(entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        for (base, variants) in plurals {
            if byKey[base] != nil {
                problems.append(FormatProblem(code: "duplicate-key", message: "'\(base)' is both a plain key and the base of plural keys", position: positions[base]!, text: base))
                continue
            }
            byKey[base] = LocaleEntry(key: base, keyPosition: positions[base]!, value: .plural(variants), placeholderSyntax: .i18next)
        }
        var seen = Set<String>()
        let ordered = order.compactMap { key -> LocaleEntry? in seen.insert(key).inserted ? byKey[key] : nil }
        return LocaleResource(path: source.path, format: .i18next, language: nil, entries: ordered, problems: problems,
                              encoding: source.encoding, hasByteOrderMark: source.byteOrderMarkLength > 0)
    }

    /// `item_one` → (`item`, `one`); `place_ordinal_few` → (`place_ordinal`, `few`).
    static func pluralSplit(_ key: String) -> (String, String)? {
        guard let underscore = key.lastIndex(of: "_") else { return nil }
        let suffix = String(key[key.index(after: underscore)...])
        guard categories.contains(suffix), underscore > key.startIndex else { return nil }
        return (String(key[..<underscore]), suffix)
    }
}
