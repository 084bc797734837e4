import TandemCore

/// Reads Apple String Catalogs (`.xcstrings`, JSON): `sourceLanguage`, and for each
/// key its `comment`, `extractionState`, `shouldTranslate` and `localizations` per
/// language: a `stringUnit` (`state`, `value`), `variations` by `plural` or `device`,
/// and `substitutions` with their own plural variations.
///
/// One ``LocaleResource`` per language. In the source language a key without a
/// localization stands for itself (as Xcode uses it). A substitution becomes an
/// entry `key#name`; device variations become entries `key@device`.
public enum XCStringsReader {
    /// Reads a string catalog already decoded: one resource per language.
    public static func read(_ source: SourceText) throws(InputError) -> [LocaleResource] {
        let (root, duplicates) = try JSONReader.parse(source)
        guard root.members != nil else { throw source.error(at: root.position, "a string catalog must be a JSON object, found \(root.kindName)") }
        guard let sourceLanguage = root["sourceLanguage"]?.string?.text else {
            throw source.error(at: root.position, "a string catalog needs \"sourceLanguage\"")
        }
        guard let strings = root["strings"]?.members else {
            throw source.error(at: root.position, "a string catalog needs a \"strings\" object")
        }
        var problems = duplicates
        var byLanguage: [String: [LocaleEntry]] = [sourceLanguage: []]
        var languageOrder = [sourceLanguage]
        func add(_ entry: LocaleEntry, language: String) {
            if byLanguage[language] == nil { languageOrder.append(language) }
            byLanguage[language, default: []].append(entry)
        }
        for member in strings {
            let key = member.key.text
            guard member.value.members != nil else {
                problems.append(FormatProblem(code: "value-type", message: "the entry '\(key)' must be an object", position: member.value.position, text: key))
                continue
            }
            let comments = member.value["comment"]?.string.map { [$0.text] } ?? []
            let stale = member.value["extractionState"]?.string?.text == "stale"
            let translatable = member.value["shouldTranslate"].map { if case .bool(false) = $0.value { return false } else { return true } } ?? true
            let localizations = member.value["localizations"]?.members ?? []
            if !localizations.contains(where: { $0.key.text == sourceLanguage }) {
                add(LocaleEntry(key: key, keyPosition: member.keyPosition, value: .text(member.key), comments: comments, translatable: translatable,
                                placeholderSyntax: .apple, obsolete: stale), language: sourceLanguage)
            }
            for localization in localizations {
                let language = localization.key.text
                for entry in entries(key: key, position: member.keyPosition, node: localization.value, comments: comments,
                                     translatable: translatable, stale: stale, problems: &problems) {
                    add(entry, language: language)
                }
            }
        }
        return languageOrder.map { language in
            LocaleResource(path: source.path, format: .xcstrings, language: language, entries: byLanguage[language] ?? [],
                           problems: language == sourceLanguage ? problems : [], encoding: source.encoding,
                           hasByteOrderMark: source.byteOrderMarkLength > 0)
        }
    }

    private static func entries(key: String, position: SourcePosition, node: JSONNode, comments: [String], translatable: Bool,
                                stale: Bool, problems: inout [FormatProblem]) -> [LocaleEntry] {
        var result: [LocaleEntry] = []
        func make(_ key: String, _ value: LocaleValue, _ state: String?, _ position: SourcePosition) -> LocaleEntry {
            LocaleEntry(key: key, keyPosition: position, value: value, comments: comments, state: state, translatable: translatable,
                        placeholderSyntax: .apple, obsolete: stale)
        }
        if let unit = node["stringUnit"] {
            if let value = unit["value"]?.string {
                result.append(make(key, .text(value), unit["state"]?.string?.text, position))
            } else {
                problems.append(FormatProblem(code: "value-type", message: "the stringUnit of '\(key)' has no \"value\" string", position: unit.position, text: key))
            }
        }
        if let variations = node["variations"] {
            if let plural = variations["plural"]?.members {
                let (variants, state) = pluralVariants(plural, key: key, problems: &problems)
                result.append(make(key, .plural(variants), state, position))
            }
            for device in variations["device"]?.members ?? [] {
                result += entries(key: "\(key)@\(device.key.text)", position: device.keyPosition, node: device.value, comments: comments,
                                  translatable: translatable, stale: stale, problems: &problems)
            }
        }
        for substitution in node["substitutions"]?.members ?? [] {
            if let plural = substitution.value["variations"]?["plural"]?.members {
                let (variants, state) = pluralVariants(plural, key: key, problems: &problems)
                result.append(make("\(key)#\(substitution.key.text)", .plural(variants), state, substitution.keyPosition))
            }
        }
        return result
    }

    private static func pluralVariants(_ members: [JSONMember], key: String, problems: inout [FormatProblem]) -> ([PluralVariant], String?) {
        var variants: [PluralVariant] = []
        var states: [String] = []
        for member in members {
            guard let unit = member.value["stringUnit"], let value = unit["value"]?.string else {
                problems.append(FormatProblem(code: "value-type", message: "the plural form '\(member.key.text)' of '\(key)' has no stringUnit value", position: member.value.position, text: key))
                continue
            }
            if let state = unit["state"]?.string?.text { states.append(state) }
            variants.append(PluralVariant(category: member.key.text, value: value, position: member.keyPosition))
        }
        let state = states.first { $0 != "translated" } ?? states.first
        return (variants, state)
    }
}
