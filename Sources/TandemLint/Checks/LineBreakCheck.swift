import TandemCore
import TandemFormats

/// `line-breaks`: a translation that does not begin or end with a line break
/// where its reference does, or the other way round (what `msgfmt -c` checks
/// in PO files): the text runs into the next line or leaves an empty one.
public struct LineBreakCheck: LintCheck {
    public static let id = "line-breaks"
    public static let category = FindingCategory.typography
    public static let severity = Severity.major
    public static let descriptionKey = "lintRuleLineBreaks"

    public static let examples: [LintExample] = [
        .passing([("de.po", "msgid \"\"\nmsgstr \"Language: de\\n\"\n\nmsgid \"Saved.\\n\"\nmsgstr \"Gespeichert.\\n\"\n")]),
        .failing([("de.po", "msgid \"\"\nmsgstr \"Language: de\\n\"\n\nmsgid \"Saved.\\n\"\nmsgstr ↓\"Gespeichert.\"\n")]),
        .failing([("locales/en.json", "{\"note\": \"Thanks!\"}"), ("locales/de.json", "{\"note\": ↓\"\\nDanke!\"}")]),
    ]

    public init() {}

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        guard subject.reference != nil else { return }
        for (index, entry) in subject.resource.entries.enumerated() where entry.translatable && !entry.obsolete {
            guard let reference = subject.referenceEntry(index), let referenceText = reference.value.texts.last?.text, !referenceText.isEmpty else { continue }
            for value in entry.value.texts where !value.text.isEmpty {
                let startDiffers = referenceText.hasPrefix("\n") != value.text.hasPrefix("\n")
                let endDiffers = referenceText.hasSuffix("\n") != value.text.hasSuffix("\n")
                guard startDiffers || endDiffers else { continue }
                var position = value.position
                if position.column > 1, [.i18next, .arb, .webExtension, .xcstrings, .po, .appleStrings].contains(subject.resource.format) { position.column -= 1 }
                findings.append(subject.finding(Self.self, startDiffers ? "lintLineBreakStart" : "lintLineBreakEnd", ["key": entry.key],
                                                at: position, text: value.text, discriminator: "\(entry.key)\u{1F}\(startDiffers)"))
                break
            }
        }
    }
}
