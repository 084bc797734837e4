import Foundation
import XCTest

/// Reports/ holds the HTML reports of the bundled sample; they must be what
/// tandem writes now. Regenerate them with `bash scripts/make-reports.sh`.
final class SampleReportsTests: XCTestCase {
    private let sample = "Locales/samples/customer-service-representative"

    private func assertUpToDate(_ arguments: [String], report: String, statuses: Set<Int32>, file: StaticString = #filePath, line: UInt = #line) throws {
        let directory = try TandemProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("report.html").path
        let result = try TandemProcess.run(arguments + ["--ui-lang", "en", "--format", "html", "-o", output])
        XCTAssertTrue(statuses.contains(result.status), "exit status \(result.status): \(result.stderr)", file: file, line: line)
        let fresh = try Data(contentsOf: URL(fileURLWithPath: output))
        let committed = try Data(contentsOf: TandemProcess.repositoryRoot.appendingPathComponent(report))
        XCTAssertTrue(fresh == committed, "\(report) is out of date: run bash scripts/make-reports.sh", file: file, line: line)
    }

    func testSampleReviewReportIsUpToDate() throws {
        try assertUpToDate(["review", "\(sample).en.md", "\(sample).de.md"], report: "Reports/sample-report.html", statuses: [0, 1])
    }

    func testSampleRevisionReportIsUpToDate() throws {
        try assertUpToDate(["diff", "\(sample).de.md", "Reports/sample-revision.de.md", "--source", "\(sample).en.md"],
                           report: "Reports/sample-diff.html", statuses: [0])
    }

    func testScriptRunsTheSameCommands() throws {
        let script = try String(contentsOf: TandemProcess.repositoryRoot.appendingPathComponent("scripts/make-reports.sh"), encoding: .utf8)
        XCTAssertTrue(script.contains(#""$tandem" review "$sample.en.md" "$sample.de.md" --ui-lang en --format html -o Reports/sample-report.html"#))
        XCTAssertTrue(script.contains(#""$tandem" diff "$sample.de.md" Reports/sample-revision.de.md --source "$sample.en.md" --ui-lang en --format html -o Reports/sample-diff.html"#))
    }
}
