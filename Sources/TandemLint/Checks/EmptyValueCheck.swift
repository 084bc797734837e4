import TandemCore
import TandemFormats

/// `empty-value`: a translation that is empty where the reference has text
/// (the user sees nothing). In bilingual files (an empty `msgstr`, an empty
/// `<target>`) it means "not translated yet" and is minor.
public struct EmptyValueCheck: LintCheck {
    public static let id = "empty-value"
    public static let category = FindingCategory.untranslated
    public static let severity = Severity.major
    public static let descriptionKey = "lintRuleEmptyValue"

    public static let examples: [LintExample] = [
        .passing([("locales/en/common.json", "{\"spacer\": \"\", \"cart\": \"Cart\"}"), ("locales/de/common.json", "{\"spacer\": \"\", \"cart\": \"Warenkorb\"}")]),
        .failing([("locales/en/common.json", "{\"cart\": \"Cart\"}"), ("locales/de/common.json", "{\"cart\": ↓\"\"}")]),
        .failing([("de.po", "msgid \"\"\nmsgstr \"Language: de\\n\"\n\nmsgid \"Cart\"\nmsgstr ↓\"\"\n")]),
    ]

    public init() {}

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        guard subject.reference != nil else { return }
        let severity: Severity = subject.resource.format.isBilingual ? .minor : .major
        for (index, entry) in subject.resource.entries.enumerated() where entry.translatable && !entry.obsolete {
            guard let reference = subject.referenceEntry(index) else { continue }
            let referenceHasText = reference.value.texts.contains { !$0.text.isEmpty }
            guard referenceHasText else { continue }
            for text in entry.value.texts where text.text.isEmpty {
                // Point at the opening quote or element the empty value belongs to.
                var position = text.position
                if position.column > 1, [.i18next, .arb, .webExtension, .xcstrings, .po, .appleStrings].contains(subject.resource.format) {
                    position.column -= 1
                }
                findings.append(subject.finding(Self.self, "lintEmptyValue", ["key": entry.key], at: position, text: "", length: 1,
                                                referenceSpan: subject.referenceSpan(at: reference.valuePosition, text: reference.value.firstText?.text ?? ""),
                                                severity: severity, discriminator: entry.key))
            }
        }
    }
}
