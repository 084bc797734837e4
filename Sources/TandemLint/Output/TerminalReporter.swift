import TandemCore

/// `--format terminal`: one line per finding, `path:line:column: severity: message [check]`,
/// the text it is about on the next line, and a summary; colored when the context allows.
public struct TerminalReporter: FindingReporter {
    public init() {}

    func color(_ severity: Severity) -> String {
        switch severity {
        case .critical: return "\u{1B}[1;31m"
        case .major: return "\u{1B}[31m"
        case .minor: return "\u{1B}[33m"
        case .neutral: return "\u{1B}[36m"
        }
    }

    public func render(_ findings: [Finding], context: LintReportContext) -> [UInt8] {
        let catalog = context.catalog
        let reset = context.colored ? "\u{1B}[0m" : ""
        let dim = context.colored ? "\u{1B}[2m" : ""
        var output = ""
        for finding in findings {
            let span = finding.target ?? finding.source
            let place = span.map { "\($0.path ?? ""):\($0.line):\($0.column)" } ?? ""
            let severity = catalog.format("severity_" + finding.severity.rawValue)
            let start = context.colored ? color(finding.severity) : ""
            output += "\(place): \(start)\(severity)\(reset): \(context.message(finding)) \(dim)[\(finding.check)]\(reset)\n"
            if let text = span?.text, !text.isEmpty, !text.contains("\n"), text.unicodeScalars.count <= 120 {
                output += "    \(dim)\(visible(text))\(reset)\n"
            }
            if let suggestion = finding.suggestion, !suggestion.contains("\n") {
                output += "    " + catalog.format("lintSuggestion", ["suggestion": .string(visible(suggestion))]) + "\n"
            }
        }
        var counts: [String: MessageArgument] = ["files": .integer(context.files.count), "count": .integer(findings.count)]
        for severity in Severity.allCases { counts[severity.rawValue] = .integer(findings.filter { $0.severity == severity }.count) }
        output += catalog.format(findings.isEmpty ? "lintSummaryClean" : "lintSummary", counts) + "\n"
        return Array(output.utf8)
    }

    /// Shows invisible characters as their code points.
    func visible(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            if InvisibleCharacterCheck.kind(scalar) != nil || scalar == "\t" {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                output += "<U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)>"
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
