import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TandemCore
@testable import TandemReports
import XCTest

final class ReporterTests: XCTestCase {
    func testJSONGolden() throws {
        Golden.assertMatches(JSONReporter.render(ReporterFixture.findings, context: try ReporterFixture.context()), "review.json")
    }

    func testSARIFGolden() throws {
        Golden.assertMatches(SARIFReporter.render(ReporterFixture.findings, context: try ReporterFixture.context()), "review.sarif")
    }

    func testJUnitGolden() throws {
        Golden.assertMatches(JUnitReporter.render(ReporterFixture.findings, context: try ReporterFixture.context()), "review.junit.xml")
    }

    func testTerminalGolden() throws {
        Golden.assertMatches(TerminalReporter.render(ReporterFixture.findings, context: try ReporterFixture.context()), "review.terminal.txt")
        Golden.assertMatches(TerminalReporter.render(ReporterFixture.findings, context: try ReporterFixture.context(color: true)), "review.terminal-color.txt")
        Golden.assertMatches(TerminalReporter.render(ReporterFixture.findings, context: try ReporterFixture.context(language: "de")), "review.terminal.de.txt")
    }

    func testOutputDoesNotDependOnFindingOrder() throws {
        let context = try ReporterFixture.context()
        let findings = ReporterFixture.findings
        XCTAssertEqual(JSONReporter.render(findings, context: context), JSONReporter.render(findings.reversed(), context: context))
        XCTAssertEqual(SARIFReporter.render(findings, context: context), SARIFReporter.render(findings.reversed(), context: context))
        XCTAssertEqual(JUnitReporter.render(findings, context: context), JUnitReporter.render(findings.reversed(), context: context))
    }

    func testJSONHasTheDocumentedFields() throws {
        let bytes = JSONReporter.render(ReporterFixture.findings, context: try ReporterFixture.context())
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        XCTAssertEqual(object["schemaVersion"] as? Int, 1)
        XCTAssertEqual((object["source"] as? [String: Any])?["language"] as? String, "en")
        let findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.count, 3)
        for key in ["check", "category", "mqm", "severity", "message", "suggestion", "fingerprint", "source", "target"] {
            XCTAssertTrue(findings.allSatisfy { $0.keys.contains(key) }, key)
        }
        XCTAssertTrue(findings[2]["target"] is NSNull)
        XCTAssertEqual((findings[0]["target"] as? [String: Any])?["column"] as? Int, 24)
        let score = try XCTUnwrap(object["score"] as? [String: Any])
        XCTAssertEqual(score["penalty"] as? Int, 11)
        XCTAssertEqual((score["bySeverity"] as? [String: Int])?["major"], 2)
    }

    func testSARIFColumnsAreUTF16() throws {
        // „ (U+201E) is one UTF-16 unit; an emoji before a span would count two. Here the line has none before 314.700.
        let context = try ReporterFixture.context()
        let span = try XCTUnwrap(ReporterFixture.findings[0].target)
        XCTAssertEqual(SARIFReporter.columns(span, side: .target, context: context).0, 24)
        var emoji = context
        emoji.lines["texts/job.de.md"]?[10] = "😀Offene Stellen: etwa 314.700 Stellen im Jahr – „100%“."
        XCTAssertEqual(SARIFReporter.columns(span, side: .target, context: emoji).0, 25)
    }

    func testJUnitIsWellFormedXML() throws {
        let bytes = JUnitReporter.render(ReporterFixture.findings, context: try ReporterFixture.context())
        let parser = XMLParser(data: Data(bytes))
        let counter = ElementCounter()
        parser.delegate = counter
        XCTAssertTrue(parser.parse(), String(describing: parser.parserError))
        XCTAssertEqual(counter.counts["testsuite"], 4)
        XCTAssertEqual(counter.counts["failure"], 3)
    }

    func testScoreWeights() {
        let score = QualityScore(findings: ReporterFixture.findings, sourceWords: 1000)
        XCTAssertEqual(score.penalty, 11)
        XCTAssertEqual(score.penaltyPer1000Words, 11)
        XCTAssertEqual(score.qualityScore, 98.9, accuracy: 0.0001)
        XCTAssertEqual(QualityScore(findings: [], sourceWords: 0).qualityScore, 100)
    }

    func testBaselineAcceptsKnownFindingsOnly() throws {
        let findings = ReporterFixture.findings
        let baseline = Baseline(findings: Array(findings.prefix(2)))
        let split = baseline.partition(findings)
        XCTAssertEqual(split.new.map(\.check), ["omission"])
        XCTAssertEqual(split.accepted.count, 2)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("baseline-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(Baseline.render(findings)).write(to: url)
        XCTAssertEqual(try Baseline.load(path: url.path), Baseline(findings: findings))
        XCTAssertThrowsError(try Baseline.load(path: "/nonexistent/baseline.json"))
    }

    func testTheEarlierLintBaselineFormatIsStillRead() throws {
        let findings = ReporterFixture.findings
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("baseline-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        let listed = findings[0].fingerprint
        try Data("{\"schemaVersion\":1,\"tool\":\"tandem\",\"fingerprints\":[\"\(listed)\"]}\n".utf8).write(to: url)
        // Each listed fingerprint accepts every finding that has it.
        let split = try Baseline.load(path: url.path).partition(findings + [findings[0]])
        XCTAssertEqual(split.accepted.count, 2)
        XCTAssertEqual(split.new.count, findings.count - 1)
    }
}

/// Counts XML elements by name.
final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        counts[elementName, default: 0] += 1
    }
}
