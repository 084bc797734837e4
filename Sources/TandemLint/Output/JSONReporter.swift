import TandemCore

/// `--format json`: `{"schemaVersion":1,"tool":"tandem","command":"lint","files":[…],"findings":[…]}`,
/// one finding per line, in the findings' order.
public struct JSONReporter: FindingReporter {
    public init() {}

    public func render(_ findings: [Finding], context: LintReportContext) -> [UInt8] {
        var output = "{\"schemaVersion\":1,\"tool\":\"tandem\",\"command\":\(JSONText.quote(context.command)),\"files\":["
        output += context.files.map(JSONText.quote).joined(separator: ",")
        output += "],\"findings\":["
        for (index, finding) in findings.enumerated() {
            output += index == 0 ? "\n" : ",\n"
            output += "{\"check\":\(JSONText.quote(finding.check)),\"category\":\(JSONText.quote(finding.category.rawValue)),"
            output += "\"mqm\":\(JSONText.quote(finding.mqm)),\"severity\":\(JSONText.quote(finding.severity.rawValue)),"
            output += "\"message\":\(JSONText.quote(context.message(finding))),"
            output += "\"suggestion\":\(finding.suggestion.map(JSONText.quote) ?? "null"),"
            output += "\"fingerprint\":\(JSONText.quote(finding.fingerprint)),"
            output += "\"source\":\(span(finding.source)),\"target\":\(span(finding.target))}"
        }
        output += findings.isEmpty ? "]}\n" : "\n]}\n"
        return Array(output.utf8)
    }

    func span(_ span: FindingSpan?) -> String {
        guard let span else { return "null" }
        return "{\"path\":\(span.path.map(JSONText.quote) ?? "null"),\"line\":\(span.line),\"column\":\(span.column),\"length\":\(span.length),\"text\":\(JSONText.quote(span.text))}"
    }
}
