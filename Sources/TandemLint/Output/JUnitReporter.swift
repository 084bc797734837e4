import TandemCore

/// `--format junit`: JUnit XML with one test suite per file and one failing test
/// case per finding (a file without findings is one passing case), for CI systems
/// that show test results.
public struct JUnitReporter: FindingReporter {
    public init() {}

    public func render(_ findings: [Finding], context: LintReportContext) -> [UInt8] {
        var byFile: [String: [Finding]] = [:]
        for finding in findings { byFile[finding.target?.path ?? finding.source?.path ?? "", default: []].append(finding) }
        let files = Array(Set(context.files).union(byFile.keys)).sorted()
        let total = files.reduce(0) { $0 + max(1, byFile[$1]?.count ?? 0) }
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output += "<testsuites name=\"tandem \(escape(context.command))\" tests=\"\(total)\" failures=\"\(findings.count)\">\n"
        for file in files {
            let items = byFile[file] ?? []
            output += "  <testsuite name=\"\(escape(file))\" tests=\"\(max(1, items.count))\" failures=\"\(items.count)\">\n"
            if items.isEmpty {
                output += "    <testcase classname=\"\(escape(file))\" name=\"\(escape(context.command))\"/>\n"
            }
            for finding in items {
                let place = finding.target.map { "\($0.line):\($0.column)" } ?? ""
                let message = context.message(finding)
                output += "    <testcase classname=\"\(escape(file))\" name=\"\(escape(finding.check)) \(place)\">\n"
                output += "      <failure type=\"\(escape(finding.check))\" message=\"\(escape(message))\">"
                output += escape("\(file):\(place): \(finding.severity.rawValue): \(message) [\(finding.check)]")
                output += "</failure>\n    </testcase>\n"
            }
            output += "  </testsuite>\n"
        }
        output += "</testsuites>\n"
        return Array(output.utf8)
    }

    func escape(_ text: String) -> String {
        XMLText.escape(text, keepingWhiteSpace: true)
    }
}
