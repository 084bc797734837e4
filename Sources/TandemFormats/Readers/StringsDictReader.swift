import TandemCore

/// Reads Apple `.stringsdict` files (XML property lists): for each key a
/// `NSStringLocalizedFormatKey` such as `%#@items@ im Warenkorb`, and for each
/// variable it names a dictionary with `NSStringFormatSpecTypeKey`
/// (`NSStringPluralRuleType`), `NSStringFormatValueTypeKey` and the plural forms
/// `zero one two few many other`.
///
/// Each key gives an entry `key` with the format text, and an entry `key#variable`
/// with the plural forms of each variable.
public enum StringsDictReader {
    static let categories: Set<String> = ["zero", "one", "two", "few", "many", "other"]

    /// Reads a parsed `.stringsdict` document.
    public static func read(_ document: XMLDocument) throws(InputError) -> LocaleResource {
        let source = document.source
        guard document.root.localName == "plist", let top = document.root.element("dict") else {
            throw source.error(at: document.root.position, "expected <plist> with a <dict>, found <\(document.root.name)>")
        }
        var problems: [FormatProblem] = []
        var entries: [LocaleEntry] = []
        for (key, value) in pairs(top, problems: &problems) {
            guard value.localName == "dict" else {
                problems.append(FormatProblem(code: "value-type", message: "the value of '\(key.text)' must be a <dict>", position: value.position, text: key.text))
                continue
            }
            let inner = pairs(value, problems: &problems)
            guard let format = inner.first(where: { $0.key.text == "NSStringLocalizedFormatKey" }) else {
                problems.append(FormatProblem(code: "stringsdict", message: "'\(key.text)' has no NSStringLocalizedFormatKey", position: key.position, text: key.text))
                continue
            }
            entries.append(LocaleEntry(key: key.text, keyPosition: key.position, value: .text(format.value.text), placeholderSyntax: .apple))
            for (variable, rule) in inner where variable.text != "NSStringLocalizedFormatKey" {
                guard rule.localName == "dict" else { continue }
                var variants: [PluralVariant] = []
                var specType: String?
                for (name, form) in pairs(rule, problems: &problems) {
                    switch name.text {
                    case "NSStringFormatSpecTypeKey": specType = form.text.text
                    case "NSStringFormatValueTypeKey": break
                    default:
                        if categories.contains(name.text) {
                            variants.append(PluralVariant(category: name.text, value: form.text, position: name.position))
                        } else {
                            problems.append(FormatProblem(code: "plural-category", message: "'\(name.text)' is not a plural category (zero, one, two, few, many, other)", position: name.position, text: name.text))
                        }
                    }
                }
                if specType != "NSStringPluralRuleType" {
                    problems.append(FormatProblem(code: "stringsdict", message: "the variable '\(variable.text)' of '\(key.text)' needs NSStringFormatSpecTypeKey = NSStringPluralRuleType", position: variable.position, text: variable.text))
                }
                if !format.value.text.text.contains("%#@\(variable.text)@") {
                    problems.append(FormatProblem(code: "stringsdict", message: "the variable '\(variable.text)' is not used in the format '\(format.value.text.text)' (expected %#@\(variable.text)@)", position: variable.position, text: variable.text))
                }
                entries.append(LocaleEntry(key: "\(key.text)#\(variable.text)", keyPosition: variable.position, value: .plural(variants), placeholderSyntax: .apple))
            }
        }
        return LocaleResource(path: source.path, format: .stringsdict, language: nil, entries: entries, problems: problems,
                              encoding: source.encoding, hasByteOrderMark: source.byteOrderMarkLength > 0)
    }

    /// The `<key>`/value pairs of a plist `<dict>`; duplicate keys are problems.
    static func pairs(_ dict: XMLElement, problems: inout [FormatProblem]) -> [(key: TextValue, value: XMLElement)] {
        var result: [(TextValue, XMLElement)] = []
        var pendingKey: TextValue?
        var seen: [String: SourcePosition] = [:]
        for element in dict.elements {
            if element.localName == "key" {
                if let pendingKey {
                    problems.append(FormatProblem(code: "stringsdict", message: "the key '\(pendingKey.text)' has no value", position: pendingKey.position, text: pendingKey.text))
                }
                var key = element.text
                key.map = SourceMap(start: element.position)
                pendingKey = key
                continue
            }
            guard let key = pendingKey else {
                problems.append(FormatProblem(code: "stringsdict", message: "a <\(element.name)> without a <key> before it", position: element.position))
                continue
            }
            if let first = seen[key.text] {
                problems.append(FormatProblem(code: "duplicate-key", message: "the key '\(key.text)' appears twice in this dictionary (first at \(first))", position: key.position, text: key.text))
            } else {
                seen[key.text] = key.position
            }
            result.append((key, element))
            pendingKey = nil
        }
        return result
    }
}
