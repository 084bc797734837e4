import TandemCore
import TandemFormats

/// `value-type`: a translation whose value is of another kind than the
/// reference's: plural forms for a plain string, a list for plural forms. The
/// code asks for one kind, and the platform fails or falls back.
public struct ValueKindCheck: LintCheck {
    public static let id = "value-type"
    public static let category = FindingCategory.structure
    public static let severity = Severity.major
    public static let descriptionKey = "lintRuleValueType"

    public static let examples: [LintExample] = [
        .passing([("res/values/strings.xml", "<resources><plurals name=\"items\"><item quantity=\"one\">%d item</item><item quantity=\"other\">%d items</item></plurals></resources>"),
                  ("res/values-de/strings.xml", "<resources><plurals name=\"items\"><item quantity=\"one\">%d Artikel</item><item quantity=\"other\">%d Artikel</item></plurals></resources>")]),
        .failing([("res/values/strings.xml", "<resources><plurals name=\"items\"><item quantity=\"one\">%d item</item><item quantity=\"other\">%d items</item></plurals></resources>"),
                  ("res/values-de/strings.xml", "<resources><string name=\"↓items\">%d Artikel</string></resources>")]),
        .failing([("config/locales/en.yml", "en:\n  sizes:\n    - Small\n    - Large\n"), ("config/locales/de.yml", "de:\n  ↓sizes: Klein, Groß\n")]),
    ]

    public init() {}

    static func kind(_ value: LocaleValue) -> String {
        switch value {
        case .text: return "text"
        case .plural, .indexed: return "plural"
        case .list: return "list"
        }
    }

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        guard subject.reference != nil, subject.resource.side == nil else { return }
        for (index, entry) in subject.resource.entries.enumerated() {
            guard let reference = subject.referenceEntry(index) else { continue }
            let mine = Self.kind(entry.value)
            let theirs = Self.kind(reference.value)
            guard mine != theirs else { continue }
            findings.append(subject.finding(Self.self, "lintValueKind", ["key": entry.key, "kind": mine, "expected": theirs],
                                            at: entry.keyPosition, text: entry.key, discriminator: entry.key))
        }
    }
}
