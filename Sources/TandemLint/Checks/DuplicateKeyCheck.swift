import TandemCore
import TandemFormats

/// `duplicate-key`: a key (or unit id) defined twice in one file. Platform
/// parsers hide this: JSON readers keep the first or the last value, Java
/// keeps the last property, aapt2 stops the build.
public struct DuplicateKeyCheck: LintCheck {
    public static let id = "duplicate-key"
    public static let category = FindingCategory.structure
    public static let severity = Severity.major
    public static let descriptionKey = "lintRuleDuplicateKey"

    public static let examples: [LintExample] = [
        .passing([("locales/de.json", "{\"cart\": \"Warenkorb\", \"checkout\": \"Kasse\"}")]),
        .failing([("locales/de.json", "{\n  \"cart\": \"Warenkorb\",\n  ↓\"cart\": \"Einkaufswagen\"\n}")]),
        .failing([("messages_de.properties", "cart=Warenkorb\n↓cart=Einkaufswagen\n")]),
        .failing([("de.lproj/Localizable.strings", "\"cart\" = \"Warenkorb\";\n↓\"cart\" = \"Korb\";\n")]),
        .failing([("config/locales/de.yml", "de:\n  cart: Warenkorb\n  ↓cart: Korb\n")]),
    ]

    public init() {}

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        ReaderProblems.findings(Self.self, subject, messageKey: "lintDuplicateKey",
                                where: { $0.code == "duplicate-key" || $0.code == "duplicate-id" }, into: &findings)
    }
}
