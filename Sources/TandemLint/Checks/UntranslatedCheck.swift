import TandemCore
import TandemFormats

/// `untranslated`: a value identical to the reference in another language, most
/// likely copied and never translated.
///
/// Values that read the same in both languages are left alone: values that are
/// only placeholders, numbers, URLs, e-mail addresses or punctuation, and single
/// words (brand names, "OK", "Status", "Name", "Login"), which German often keeps.
/// Reference and translation in the same language (en and en-GB) are not compared.
public struct UntranslatedCheck: LintCheck {
    public static let id = "untranslated"
    public static let category = FindingCategory.untranslated
    public static let severity = Severity.minor
    public static let descriptionKey = "lintRuleUntranslated"

    public static let examples: [LintExample] = [
        .passing([("locales/en.json", "{\"ok\": \"OK\", \"status\": \"Status\", \"price\": \"{{amount}} €\", \"web\": \"https://shop.example.com/help\", \"t\": \"%1$s: %2$s\"}"),
                  ("locales/de.json", "{\"ok\": \"OK\", \"status\": \"Status\", \"price\": \"{{amount}} €\", \"web\": \"https://shop.example.com/help\", \"t\": \"%1$s: %2$s\"}")]),
        .passing([("locales/en.json", "{\"cart\": \"Your cart\"}"), ("locales/en-GB.json", "{\"cart\": \"Your cart\"}")]),
        .failing([("locales/en.json", "{\"pay\": \"Pay now\"}"), ("locales/de.json", "{\"pay\": ↓\"Pay now\"}")]),
        .passing([("po/en.po", "msgid \"\"\nmsgstr \"Language: en\\n\"\n\nmsgid \"Tom Lord\"\nmsgstr \"Tom Lord\"\n\nmsgid \"fuser (PSmisc) %s\"\nmsgstr \"fuser (PSmisc) %s\"\n"),
                  ("po/de.po", "msgid \"\"\nmsgstr \"Language: de\\n\"\n\nmsgid \"Tom Lord\"\nmsgstr \"Tom Lord\"\n\nmsgid \"fuser (PSmisc) %s\"\nmsgstr \"fuser (PSmisc) %s\"\n")]),
    ]

    public init() {}

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        guard subject.reference != nil, let language = subject.language, let referenceLanguage = subject.referenceLanguage,
              baseLanguage(language) != baseLanguage(referenceLanguage), subject.resource.format != .tbx else { return }
        for (index, entry) in subject.resource.entries.enumerated() where entry.translatable && !entry.obsolete && entry.state != "fuzzy" {
            guard let reference = subject.referenceEntry(index) else { continue }
            let texts = entry.value.texts
            let referenceTexts = reference.value.texts
            for text in texts where !text.text.isEmpty {
                guard referenceTexts.contains(where: { $0.text == text.text }) else { continue }
                guard Self.looksTranslatable(text.text, syntax: entry.placeholderSyntax) else { continue }
                var position = text.position
                if position.column > 1, [.i18next, .arb, .webExtension, .xcstrings, .po, .appleStrings].contains(subject.resource.format) { position.column -= 1 }
                findings.append(subject.finding(Self.self, "lintUntranslated", ["key": entry.key, "language": language],
                                                at: position, text: text.text,
                                                referenceSpan: subject.referenceSpan(at: reference.valuePosition, text: text.text), discriminator: entry.key))
                break
            }
        }
    }

    func baseLanguage(_ tag: String) -> String {
        String(tag.lowercased().prefix { $0 != "-" && $0 != "_" })
    }

    /// Whether a text has words a translator would translate: at least two words of
    /// two or more letters once placeholders, URLs, e-mail addresses and words in
    /// parentheses (`fuser (PSmisc) %s`) are taken out. Two capitalized words alone are
    /// taken for a name (`Assaf Gordon`), which stays as it is.
    static func looksTranslatable(_ text: String, syntax: PlaceholderSyntax) -> Bool {
        var scalars = Array(text.unicodeScalars)
        // Blank out placeholders.
        for placeholder in PlaceholderScanner.scan(text, syntax: syntax == .none ? .printf : syntax) {
            let length = placeholder.text.unicodeScalars.count
            for index in placeholder.offset..<min(scalars.count, placeholder.offset + length) { scalars[index] = " " }
        }
        let words = String(String.UnicodeScalarView(scalars)).split(whereSeparator: { $0.isWhitespace })
        var count = 0
        var capitalized = 0
        for word in words {
            if word.contains("://") || word.contains("@") || word.hasPrefix("www.") || word.hasPrefix("(") { continue }
            let letters = word.filter(\.isLetter)
            guard letters.count >= 2 else { continue }
            count += 1
            if letters.first!.isUppercase, letters.dropFirst().allSatisfy(\.isLowercase) { capitalized += 1 }
        }
        if count == 2, capitalized == 2 { return false }
        return count >= 2
    }
}
