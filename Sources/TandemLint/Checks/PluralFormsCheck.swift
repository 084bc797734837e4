import Synchronization
import TandemCore
import TandemFormats
import TandemICU

/// `plural-forms`: plural forms that do not fit the language, read from CLDR
/// through ICU: a category the language needs is missing (German needs `one`
/// and `other`, Polish `one few many other`), a category the language never
/// uses is there (ignored at run time), a gettext message has another number
/// of forms than the header's `nplurals`, or the header is missing or differs
/// from CLDR. In ICU MessageFormat plurals only unused categories are reported,
/// since `other` covers the rest.
public struct PluralFormsCheck: LintCheck {
    public static let id = "plural-forms"
    public static let category = FindingCategory.structure
    public static let severity = Severity.major
    public static let descriptionKey = "lintRulePluralForms"

    public static let examples: [LintExample] = [
        .passing([("res/values-de/strings.xml", "<resources><plurals name=\"items\"><item quantity=\"one\">%d Artikel</item><item quantity=\"other\">%d Artikel</item></plurals></resources>")]),
        .passing([("res/values-pl/strings.xml", "<resources><plurals name=\"items\"><item quantity=\"one\">%d produkt</item><item quantity=\"few\">%d produkty</item><item quantity=\"many\">%d produktów</item><item quantity=\"other\">%d produktu</item></plurals></resources>")]),
        .failing([("res/values-de/strings.xml", "<resources><plurals name=\"items\">↓<item quantity=\"other\">%d Artikel</item></plurals></resources>")]),
        .failing([("res/values-de/strings.xml", "<resources><plurals name=\"items\"><item quantity=\"one\">%d Artikel</item>↓<item quantity=\"few\">%d Artikel</item><item quantity=\"other\">%d Artikel</item></plurals></resources>")]),
        .failing([("de.po", "msgid \"\"\nmsgstr \"Language: de\\nPlural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\nmsgid \"%d item\"\nmsgid_plural \"%d items\"\nmsgstr[0] \"%d Artikel\"\nmsgstr[1] \"%d Artikel\"\n↓msgstr[2] \"%d Artikel\"\n")]),
        .failing([("lib/l10n/app_de.arb", "{\"@@locale\": \"de\", \"items\": \"{count, plural, one {# Artikel} ↓few {# Artikel} other {# Artikel}}\"}")]),
    ]

    public init() {}

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        guard let language = subject.language, subject.resource.format != .tbx else { return }
        let categories = PluralCategories.shared.categories(language)
        if let categories {
            checkPluralValues(subject, language: language, categories: categories, into: &findings)
        }
        if subject.resource.format == .po, subject.resource.side == .target {
            checkGettext(subject, language: language, categories: categories, into: &findings)
        }
    }

    private func checkPluralValues(_ subject: LintSubject, language: String, categories: [String], into findings: inout [Finding]) {
        let required = Set(categories)
        for entry in subject.resource.entries where !entry.obsolete {
            switch entry.value {
            case let .plural(variants):
                guard subject.resource.format != .po else { continue }
                let present = Set(variants.map(\.category))
                let missing = categories.filter { !present.contains($0) }
                if !missing.isEmpty {
                    let position = variants.first?.position ?? entry.keyPosition
                    findings.append(subject.finding(Self.self, "lintPluralMissing", ["key": entry.key, "categories": missing.joined(separator: ", "), "language": language],
                                                    at: position, text: entry.key, discriminator: "\(entry.key)\u{1F}missing\u{1F}\(missing.joined(separator: ","))"))
                }
                for variant in variants where !required.contains(variant.category) && !variant.category.hasPrefix("=") {
                    findings.append(subject.finding(Self.self, "lintPluralUnused", ["key": entry.key, "category": variant.category, "language": language],
                                                    at: variant.position, text: variant.category, severity: .minor,
                                                    discriminator: "\(entry.key)\u{1F}unused\u{1F}\(variant.category)"))
                }
            case let .text(value) where entry.placeholderSyntax == .icu && value.text.contains("plural"):
                guard let nodes = try? MessageSyntax.parse(value.text) else { continue }
                for (category, _) in pluralKeys(nodes) where !required.contains(category) && !category.hasPrefix("=") {
                    let offset = keywordOffset(category, in: value.text)
                    findings.append(subject.finding(Self.self, "lintPluralUnused", ["key": entry.key, "category": category, "language": language],
                                                    at: value.position(at: offset), text: category, severity: .minor,
                                                    discriminator: "\(entry.key)\u{1F}unused\u{1F}\(category)"))
                }
            default:
                continue
            }
        }
    }

    /// The categories of every cardinal plural in a message.
    private func pluralKeys(_ nodes: [MessageNode]) -> [(String, Bool)] {
        var keys: [(String, Bool)] = []
        for node in nodes {
            switch node {
            case let .plural(_, ordinal, _, cases):
                if !ordinal { keys += cases.map { ($0.key, ordinal) } }
                for item in cases { keys += pluralKeys(item.message) }
            case let .select(_, cases):
                for item in cases { keys += pluralKeys(item.message) }
            default:
                break
            }
        }
        return keys
    }

    private func keywordOffset(_ keyword: String, in text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(keyword.unicodeScalars)
        var index = 0
        while index + needle.count <= scalars.count {
            if Array(scalars[index..<(index + needle.count)]) == needle,
               index == 0 || !scalars[index - 1].properties.isAlphabetic {
                var after = index + needle.count
                while after < scalars.count, scalars[after].properties.isWhitespace { after += 1 }
                if after < scalars.count, scalars[after] == "{" { return index }
            }
            index += 1
        }
        return 0
    }

    private func checkGettext(_ subject: LintSubject, language: String, categories: [String]?, into findings: inout [Finding]) {
        let plurals = subject.resource.entries.filter { entry in
            if case .indexed = entry.value { return !entry.obsolete }
            return false
        }
        let headerPosition = subject.resource.pluralCountPosition ?? SourcePosition(line: 1, column: 1)
        guard let count = subject.resource.pluralCount else {
            if let first = plurals.first {
                findings.append(subject.finding(Self.self, "lintGettextNoPluralHeader", [:], at: first.keyPosition, text: first.key, discriminator: "no-header"))
            }
            return
        }
        if let categories, categories.count != count {
            findings.append(subject.finding(Self.self, "lintGettextPluralCount", ["count": String(count), "expected": String(categories.count), "language": language],
                                            at: headerPosition, text: "nplurals=\(count)", severity: .minor, discriminator: "nplurals"))
        }
        for entry in plurals {
            guard case let .indexed(forms) = entry.value, forms.count != count else { continue }
            let position: SourcePosition
            if forms.count > count, let extra = forms.dropFirst(count).first {
                position = SourcePosition(line: extra.position.line, column: 1)
            } else {
                position = entry.keyPosition
            }
            findings.append(subject.finding(Self.self, "lintGettextFormCount", ["key": entry.key, "count": String(forms.count), "expected": String(count)],
                                            at: position, text: entry.key, discriminator: "\(entry.key)\u{1F}forms"))
        }
    }
}

/// CLDR plural categories per language, from ICU, cached.
final class PluralCategories: Sendable {
    static let shared = PluralCategories()
    private let cache = Mutex<[String: [String]?]>([:])

    /// The categories of `language`, or nil if ICU does not know it.
    func categories(_ language: String) -> [String]? {
        cache.withLock { cache in
            if let known = cache[language] { return known }
            let tag = try? LanguageTag(language)
            let categories = tag.flatMap { try? PluralRules(locale: $0.icuLocale) }?.categories
            cache[language] = categories
            return categories
        }
    }
}
