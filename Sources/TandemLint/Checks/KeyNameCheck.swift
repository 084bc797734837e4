import TandemCore
import TandemFormats

/// `key-name`: a key the code can hardly look up: empty, with white space at
/// either end, or with control or invisible characters.
public struct KeyNameCheck: LintCheck {
    public static let id = "key-name"
    public static let category = FindingCategory.structure
    public static let severity = Severity.minor
    public static let descriptionKey = "lintRuleKeyName"

    public static let examples: [LintExample] = [
        .passing([("locales/de.json", "{\"cart.title\": \"Warenkorb\", \"Größe\": \"Größe\"}")]),
        .failing([("locales/de.json", "{↓\"cart \": \"Warenkorb\"}")]),
        .failing([("locales/de.json", "{↓\"\": \"Leer\"}")]),
    ]

    public init() {}

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        guard !subject.resource.format.isBilingual, subject.resource.format != .xcstrings, subject.resource.format != .tbx else { return }
        for entry in subject.resource.entries {
            let key = entry.key
            // Printable ASCII without spaces is always fine.
            if !key.isEmpty, key.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) { continue }
            let scalars = key.unicodeScalars
            let bad = key.isEmpty
                || scalars.first!.properties.isWhitespace || scalars.last!.properties.isWhitespace
                || scalars.contains { InvisibleCharacterCheck.kind($0) != nil || $0.value < 0x20 }
            if bad {
                findings.append(subject.finding(Self.self, "lintKeyName", ["key": key], at: entry.keyPosition, text: key, length: max(1, scalars.count),
                                                discriminator: key))
            }
        }
    }
}
