import TandemCore
import TandemFormats

/// `obsolete-key`: a key a translation has that the reference no longer has.
/// It is dead weight, and often a renamed key whose new name is missing.
public struct ObsoleteKeyCheck: LintCheck {
    public static let id = "obsolete-key"
    public static let category = FindingCategory.structure
    public static let severity = Severity.minor
    public static let descriptionKey = "lintRuleObsoleteKey"

    public static let examples: [LintExample] = [
        .passing([("messages.properties", "cart=Cart\n"), ("messages_de.properties", "cart=Warenkorb\n")]),
        .failing([("messages.properties", "cart=Cart\n"), ("messages_de.properties", "cart=Warenkorb\n↓basket=Korb\n")]),
        .failing([("config/locales/en.yml", "en:\n  cart: Cart\n"), ("config/locales/de.yml", "de:\n  cart: Warenkorb\n  ↓wishlist: Wunschzettel\n")]),
    ]

    public init() {}

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        guard subject.reference != nil, subject.resource.side == nil, subject.resource.format != .tbx else { return }
        for (index, entry) in subject.resource.entries.enumerated() where !entry.obsolete && subject.referenceIndex[index] < 0 {
            findings.append(subject.finding(Self.self, "lintObsoleteKey", ["key": entry.key], at: entry.keyPosition, text: entry.key, discriminator: entry.key))
        }
    }
}
