import Foundation
import TandemCore
import TandemReports
import XCTest
@testable import TandemDiff

final class OutputTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func catalog(_ language: String = "en") throws -> MessageCatalog {
        try MessageCatalog(language: language, directory: Self.root.appendingPathComponent("Locales").path)
    }

    /// Source, two versions: the percent fixed, a sentence reworded, one removed, one added.
    private func diff(withFindings: Bool = true) -> RevisionDiff {
        let source = Fixtures.segments(["About 25% work part time.", "They answer calls.", "Some work from home.", "Shifts vary."])
        let old = Fixtures.segments(["Etwa 25% arbeiten in Teilzeit.", "Sie beantworten Anrufe.", "Manche arbeiten <daheim>."])
        let new = Fixtures.segments(["Etwa 25 % arbeiten in Teilzeit.", "Sie nehmen Anrufe entgegen.", "Die Schichten wechseln."])
        let oldPairs = [SegmentPair(source: [source[0]], target: [old[0]]), SegmentPair(source: [source[1]], target: [old[1]]),
                        SegmentPair(source: [source[2]], target: [old[2]]), SegmentPair(source: [source[3]], target: [])]
        let newPairs = [SegmentPair(source: [source[0]], target: [new[0]]), SegmentPair(source: [source[1]], target: [new[1]]),
                        SegmentPair(source: [source[2]], target: []), SegmentPair(source: [source[3]], target: [new[2]])]
        let percent = Finding(check: "locale-conventions", category: .localeConvention, severity: .minor, messageKey: "errorOther",
                              messageArguments: ["message": "A space belongs before %."], suggestion: "25 %",
                              target: FindingSpan(segment: old[0], offset: 5, length: 3), pairIndex: 0)
        let omission = Finding(check: "omission", category: .omission, severity: .major, messageKey: "errorOther",
                               messageArguments: ["message": "No translation."], source: FindingSpan(segment: source[2]), pairIndex: 2)
        return RevisionComparer.compare(rows: SourceMerge.merge(old: oldPairs, new: newPairs, sourceCount: 4),
                                        old: RevisionFile(path: "v1.de.md", language: "de", segments: 3),
                                        new: RevisionFile(path: "v2.de.md", language: "de", segments: 3),
                                        source: RevisionFile(path: "en.md", language: "en", segments: 4),
                                        oldFindings: withFindings ? [percent] : nil, newFindings: withFindings ? [omission] : nil)
    }

    func testTerminalWithoutColorUsesMarkers() throws {
        let text = DiffTerminalWriter.render(diff(), catalog: try catalog(), color: false)
        XCTAssertTrue(text.contains("  de  Etwa 25{+ +}% arbeiten in Teilzeit.\n"), text)
        XCTAssertTrue(text.contains("  en  About 25% work part time.\n"), text)
        XCTAssertTrue(text.contains("  de  [-Manche arbeiten <daheim>.-]\n"), text)
        XCTAssertTrue(text.contains("  de  {+Die Schichten wechseln.+}\n"), text)
        XCTAssertTrue(text.contains("  fixed [minor] locale-conventions: A space belongs before %.\n"), text)
        XCTAssertTrue(text.contains("  introduced [major] omission: No translation.\n"), text)
        XCTAssertTrue(text.contains("2 segments changed, 1 added, 1 removed, 0 unchanged\n"), text)
        XCTAssertTrue(text.contains("Review findings: 1 fixed, 1 introduced, 0 still there\n"), text)
        XCTAssertFalse(text.contains("\u{1B}"))
    }

    func testTerminalWithColor() throws {
        let text = DiffTerminalWriter.render(diff(), catalog: try catalog(), color: true)
        XCTAssertTrue(text.contains("Etwa 25\u{1B}[32;4m \u{1B}[0m% arbeiten"), text)
        XCTAssertTrue(text.contains("\u{1B}[31;9mManche arbeiten <daheim>.\u{1B}[0m"), text)
        XCTAssertFalse(text.contains("{+"))
    }

    func testJSONIsByteStableAndComplete() throws {
        let first = DiffJSONWriter.render(diff(), catalog: try catalog(), toolVersion: "1.0")
        XCTAssertEqual(first, DiffJSONWriter.render(diff(), catalog: try catalog(), toolVersion: "1.0"))
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(first)) as? [String: Any])
        let rows = try XCTUnwrap(object["rows"] as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["status"] as? String }, ["changed", "changed", "removed", "added"])
        XCTAssertEqual((rows[0]["fixed"] as? [[String: Any]])?.first?["suggestion"] as? String, "25 %")
        XCTAssertEqual((rows[2]["introduced"] as? [[String: Any]])?.first?["check"] as? String, "omission")
        let without = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(DiffJSONWriter.render(diff(withFindings: false), catalog: try catalog(), toolVersion: "1.0"))) as? [String: Any])
        XCTAssertTrue((without["summary"] as? [String: Any])?["findings"] is NSNull)
        XCTAssertTrue(without["unplacedFindings"] is NSNull)
    }

    func testHTMLMarksEditsGapsAndFindings() throws {
        let page = HTMLRevisionReport.page(diff(), catalog: try catalog(), stamp: HTMLReportStamp(toolVersion: "1.0"))
        XCTAssertTrue(page.contains(#"<div class="sheet three">"#))
        // The fixed finding is highlighted in the old text, the insertion in the new.
        XCTAssertTrue(page.contains(#"Etwa <mark class="s-minor" data-f="1">25%</mark> arbeiten"#), page)
        XCTAssertTrue(page.contains("Etwa 25<ins> </ins>% arbeiten"))
        XCTAssertTrue(page.contains("<del>Manche arbeiten &lt;daheim&gt;.</del>"))
        XCTAssertTrue(page.contains(#"<div class="tx gap" data-l="–">(not in the new version)</div>"#))
        XCTAssertTrue(page.contains(#"<div class="tx gap" data-l="–">(not in the old version)</div>"#))
        XCTAssertTrue(page.contains(#"data-fx="fixed"><span class="badge fx-fixed">fixed</span>"#))
        XCTAssertTrue(page.contains(#"<div class="pair fi st-removed nv" id="r2" data-st="removed" tabindex="-1">"#))
        XCTAssertTrue(page.contains("data-count=\"fx:introduced\">1</td>"))
        XCTAssertEqual(page, HTMLRevisionReport.page(diff(), catalog: try catalog(), stamp: HTMLReportStamp(toolVersion: "1.0")))
        let german = HTMLRevisionReport.page(diff(), catalog: try catalog("de"), stamp: HTMLReportStamp(toolVersion: "1.0"))
        XCTAssertTrue(german.contains("<h1>Versionsvergleich</h1>"))
        XCTAssertTrue(german.contains("(nicht in der neuen Fassung)"))
        XCTAssertTrue(german.contains(">behoben</span>"))
    }
}
