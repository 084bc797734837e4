import TandemCore

/// The review as JUnit XML for CI dashboards: one test suite per check, one
/// failed test case per finding, and one passing case for a check without findings.
public enum JUnitReporter {
    public static func render(_ findings: [Finding], context: ReportContext) -> [UInt8] {
        let sorted = FindingOrder.sorted(findings)
        var byCheck: [String: [Finding]] = [:]
        for finding in sorted { byCheck[finding.check, default: []].append(finding) }
        var ids = Set(context.rules.map(\.id))
        ids.formUnion(byCheck.keys)
        let checks = ids.sorted()
        let total = checks.reduce(0) { $0 + max(1, byCheck[$1]?.count ?? 0) }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"\(escape(context.toolName))\" tests=\"\(total)\" failures=\"\(sorted.count)\" errors=\"0\">\n"
        for check in checks {
            let list = byCheck[check] ?? []
            out += "  <testsuite name=\"\(escape(check))\" tests=\"\(max(1, list.count))\" failures=\"\(list.count)\" errors=\"0\" skipped=\"0\">\n"
            if list.isEmpty {
                out += "    <testcase classname=\"\(escape(context.toolName)).\(escape(check))\" name=\"\(escape(check))\"/>\n"
            }
            for finding in list {
                let span = finding.target ?? finding.source
                let side: ReportSide = finding.target != nil ? .target : .source
                let place = span.map { "\(context.path(of: $0, side: side)):\($0.line):\($0.column)" } ?? ""
                let message = context.message(finding)
                out += "    <testcase classname=\"\(escape(context.toolName)).\(escape(check))\" name=\"\(escape(place.isEmpty ? check : place))\""
                if let span { out += " file=\"\(escape(context.path(of: span, side: side)))\" line=\"\(span.line)\"" }
                out += ">\n"
                out += "      <failure message=\"\(escape(message))\" type=\"\(escape(finding.severity.rawValue))\">"
                var details = "\(finding.category.rawValue) (\(finding.mqm)), \(finding.severity.rawValue)\n\(message)"
                if let source = finding.source { details += "\n\(context.path(of: source, side: .source)):\(source.line):\(source.column): \(source.text)" }
                if let target = finding.target { details += "\n\(context.path(of: target, side: .target)):\(target.line):\(target.column): \(target.text)" }
                if let suggestion = finding.suggestion { details += "\n→ \(suggestion)" }
                details += "\nfingerprint \(finding.fingerprint)"
                out += escape(details) + "</failure>\n"
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return Array(out.utf8)
    }

    /// XML-escapes text for attributes and content; drops characters XML 1.0 cannot carry.
    static func escape(_ text: String) -> String {
        XMLText.escape(text, keepingWhiteSpace: true)
    }
}
