import TandemCore
import TandemFormats

/// `parse-error`: a file that cannot be read: broken syntax, bad encoding,
/// an XML entity tandem refuses, an empty file. The finding points at the
/// line and column where reading stopped.
public struct ParseErrorCheck: LintCheck {
    public static let id = "parse-error"
    public static let category = FindingCategory.structure
    public static let severity = Severity.critical
    public static let descriptionKey = "lintRuleParseError"

    public static let examples: [LintExample] = [
        .passing([("locales/de.json", "{\n  \"cart\": \"Warenkorb\"\n}\n")]),
        .failing([("locales/de.json", "{\n  \"cart\": \"Warenkorb\",\n↓}\n")]),
        .failing([("res/values-de/strings.xml", "<resources>\n  <string name=\"cart\">Warenkorb</string>\n↓</resource>\n")]),
        .failing([("config/locales/de.yml", "de:\n  cart:\n↓\ttitle: Warenkorb\n")]),
        .failing([("shop.xlf", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [\n  ↓<!ENTITY e SYSTEM \"file:///etc/passwd\">\n]>\n<xliff version=\"1.2\"><file source-language=\"en\"><body/></file></xliff>\n")]),
    ]

    public init() {}

    /// Findings come from ``findings(for:path:)``: a file that does not read has no resource to check.
    public func check(_ subject: LintSubject, into findings: inout [Finding]) {}

    /// The finding for a file that could not be read.
    public static func finding(for error: InputError, path: String) -> Finding {
        var line = 1
        var column = 1
        var key = "lintParseError"
        var arguments: [String: String] = [:]
        switch error {
        case let .syntax(_, errorLine, errorColumn, message):
            line = errorLine
            column = errorColumn
            arguments["message"] = message
        case let .invalidUTF8(_, _, errorLine, errorColumn):
            line = errorLine
            column = errorColumn
            key = error.messageKey
        default:
            key = error.messageKey
        }
        if key != "lintParseError" {
            for (name, value) in error.messageArguments {
                switch value {
                case let .string(text): arguments[name] = text
                case let .integer(number): arguments[name] = String(number)
                case let .number(number): arguments[name] = String(number)
                }
            }
            arguments["path"] = path
        }
        let span = FindingSpan(path: path, line: line, column: column, length: 1, text: "")
        return Finding(check: id, category: category, severity: severity, messageKey: key, messageArguments: arguments,
                       target: span, discriminator: path)
    }
}
