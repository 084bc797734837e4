import TandemCore
import TandemFormats
import TandemICU

/// `nfc`: a value not in Unicode Normalization Form C, e.g. `a` followed by a
/// combining diaeresis instead of `ä`. It looks the same but compares, sorts and
/// searches differently. `tandem lint --fix` composes it.
public struct NormalizationCheck: LintCheck {
    public static let id = "nfc"
    public static let category = FindingCategory.typography
    public static let severity = Severity.minor
    public static let descriptionKey = "lintRuleNFC"
    static let nfc = Normalizer(.nfc)

    public static let examples: [LintExample] = [
        .passing([("locales/de.json", "{\"size\": \"Größe\"}")]),
        .failing([("locales/de.json", "{\"size\": \"Gro↓\u{0308}ße\"}")]),
    ]

    public init() {}

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        for entry in subject.resource.entries {
            for value in entry.value.texts where !Self.nfc.isNormalized(value.text) {
                let offset = firstChange(value.text)
                findings.append(subject.finding(Self.self, "lintNotNFC", ["key": entry.key], at: value.position(at: offset), text: value.text,
                                                suggestion: Self.nfc.normalize(value.text), discriminator: entry.key))
            }
        }
    }

    /// The offset of the first scalar that normalization changes (a combining mark, usually).
    func firstChange(_ text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        if let index = scalars.firstIndex(where: { $0.properties.canonicalCombiningClass.rawValue != 0 }) { return index }
        return Self.nfc.normalizedPrefixLength(text)
    }
}
