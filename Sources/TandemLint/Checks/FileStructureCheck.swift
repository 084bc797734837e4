import TandemCore
import TandemFormats

/// `file-structure`: a file that reads but breaks its format's rules: a value of
/// the wrong type, metadata without its message, a plural item without a valid
/// quantity, a TSV line without two columns, a stringsdict variable without its rule.
public struct FileStructureCheck: LintCheck {
    public static let id = "file-structure"
    public static let category = FindingCategory.structure
    public static let severity = Severity.major
    public static let descriptionKey = "lintRuleFileStructure"

    public static let examples: [LintExample] = [
        .passing([("lib/l10n/app_de.arb", "{\"@@locale\": \"de\", \"cart\": \"Warenkorb\", \"@cart\": {\"description\": \"Cart\"}}")]),
        .failing([("lib/l10n/app_de.arb", "{\"@@locale\": \"de\", \"count\": ↓3}")]),
        .failing([("res/values-de/strings.xml", "<resources><plurals name=\"items\">↓<item quantity=\"several\">%d Artikel</item><item quantity=\"other\">%d Artikel</item></plurals></resources>")]),
    ]

    public init() {}

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        ReaderProblems.findings(Self.self, subject, messageKey: "lintFileStructure", where: { problem in
            !problem.code.hasPrefix("xliff-") && problem.code != "duplicate-key" && problem.code != "duplicate-id" && !EscapingCheck.codes.contains(problem.code)
        }, into: &findings)
    }
}
