import TandemCore
import TandemFormats

/// `escaping`: text the platform will not read as written: an unescaped
/// apostrophe in Android strings (aapt2 rejects it), a malformed `\u` escape,
/// an unquoted YAML `yes`/`no` that Ruby reads as a boolean.
public struct EscapingCheck: LintCheck {
    public static let id = "escaping"
    public static let category = FindingCategory.structure
    public static let severity = Severity.major
    public static let descriptionKey = "lintRuleEscaping"
    static let codes: Set<String> = ["android-apostrophe", "android-escape", "android-quotes", "yaml-boolean", "properties-escape"]

    public static let examples: [LintExample] = [
        .passing([("res/values-de/strings.xml", "<resources><string name=\"go\">Los geht\\'s</string><string name=\"q\">\"Geht's?\"</string></resources>")]),
        .failing([("res/values-de/strings.xml", "<resources><string name=\"go\">Los geht↓'s</string></resources>")]),
        .failing([("config/locales/de.yml", "de:\n  confirm:\n    answer: ↓no\n")]),
        .failing([("messages_de.properties", "tab=Spalte↓\\qEnde\n")]),
        .failing([("res/values-de/strings.xml", "<resources><string name=\"q\">Sag ↓\"\"Hallo↓\"\"</string></resources>")]),
    ]

    public init() {}

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        ReaderProblems.findings(Self.self, subject, messageKey: "lintEscaping", where: { Self.codes.contains($0.code) }, into: &findings)
    }
}
