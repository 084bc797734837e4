import TandemCore
import TandemFormats
import TandemICU

/// `icu-syntax`: an ICU MessageFormat value that ICU itself rejects (an
/// unclosed brace, a plural without `other`, an unknown argument type), at the
/// line and column where ICU stopped; and `'{…}'`, which ICU reads as literal
/// text, so the placeholder is never filled.
public struct ICUSyntaxCheck: LintCheck {
    public static let id = "icu-syntax"
    public static let category = FindingCategory.structure
    public static let severity = Severity.critical
    public static let descriptionKey = "lintRuleICUSyntax"

    public static let examples: [LintExample] = [
        .passing([("lib/l10n/app_de.arb", "{\"@@locale\": \"de\", \"items\": \"{count, plural, one {# Artikel} other {# Artikel}}\", \"hi\": \"Hallo {name}!\"}")]),
        .failing([("lib/l10n/app_de.arb", "{\"@@locale\": \"de\", \"items\": \"↓{count, plural, one {# Artikel} other {# Artikel}\"}")]),
        .failing([("lib/l10n/app_de.arb", "{\"@@locale\": \"de\", \"items\": \"↓{count, plural, one {# Artikel}}\"}")]),
        .failing([("lib/l10n/app_de.arb", "{\"@@locale\": \"de\", \"total\": \"Summe: ↓'{amount}'\"}")]),
    ]

    public init() {}

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        let locale = subject.language.map { $0.icuLocaleID() } ?? "en"
        for entry in subject.resource.entries where entry.placeholderSyntax == .icu {
            for value in entry.value.texts {
                let text = value.text
                guard text.utf8.contains(0x7B) || text.utf8.contains(0x7D) || text.utf8.contains(0x27) else { continue }
                if let problem = MessagePattern.validate(text, locale: locale) {
                    // tandem's parser names the argument that is broken; ICU's offset is where it gave up.
                    let offset = ownParserOffset(text) ?? problem.offset ?? locate(problem, in: text)
                    findings.append(subject.finding(Self.self, "lintICUSyntax", ["key": entry.key, "error": problem.name, "context": problem.preContext + problem.postContext],
                                                    at: value.position(at: offset), text: text, discriminator: "\(entry.key)\u{1F}\(problem.name)"))
                    continue
                }
                if let quoted = quotedArgument(in: text) {
                    findings.append(subject.finding(Self.self, "lintICUQuotedArgument", ["key": entry.key, "text": quoted.text],
                                                    at: value.position(at: quoted.offset), text: quoted.text, severity: .major,
                                                    discriminator: "\(entry.key)\u{1F}quoted\u{1F}\(quoted.text)"))
                }
            }
        }
    }

    /// Where tandem's own parser stops on `text`, if it does.
    func ownParserOffset(_ text: String) -> Int? {
        do {
            _ = try MessageSyntax.parse(text)
            return nil
        } catch {
            return error.offset
        }
    }

    /// Where ICU's problem is when it gives no offset: where tandem's own parser stops,
    /// or the argument with an unknown type.
    func locate(_ problem: MessagePattern.Problem, in text: String) -> Int {
        do {
            _ = try MessageSyntax.parse(text)
        } catch {
            return error.offset
        }
        let scalars = Array(text.unicodeScalars)
        let known: Set<String> = ["number", "date", "time", "spellout", "ordinal", "duration", "plural", "select", "selectordinal", "choice"]
        var index = 0
        while index < scalars.count {
            if scalars[index] == "{" {
                var cursor = index + 1
                while cursor < scalars.count, scalars[cursor] != "," && scalars[cursor] != "}" && scalars[cursor] != "{" { cursor += 1 }
                if cursor < scalars.count, scalars[cursor] == "," {
                    var end = cursor + 1
                    while end < scalars.count, scalars[end] != "," && scalars[end] != "}" { end += 1 }
                    let type = String(String.UnicodeScalarView(scalars[(cursor + 1)..<end])).trimmingSpaces()
                    if !known.contains(type) { return cursor + 1 + (scalars[(cursor + 1)..<end].prefix { $0 == " " }.count) }
                }
            }
            index += 1
        }
        return 0
    }

    /// `'{name}'` outside a plural: the braces are quoted, so the argument is literal text.
    func quotedArgument(in text: String) -> (text: String, offset: Int)? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index + 1 < scalars.count {
            if scalars[index] == "'", scalars[index + 1] == "'" { index += 2; continue }
            if scalars[index] == "'", scalars[index + 1] == "{" {
                var end = index + 2
                while end < scalars.count, scalars[end] != "}" && scalars[end] != "'" { end += 1 }
                if end + 1 < scalars.count, scalars[end] == "}", scalars[end + 1] == "'" {
                    let name = String(String.UnicodeScalarView(scalars[(index + 2)..<end]))
                    if !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" }) {
                        return (String(String.UnicodeScalarView(scalars[index...(end + 1)])), index)
                    }
                }
            }
            index += 1
        }
        return nil
    }
}

extension String {
    /// A BCP 47 tag as an ICU locale ID (`de-CH` → `de_CH`).
    func icuLocaleID() -> String {
        String(map { $0 == "-" ? "_" : $0 })
    }
}
