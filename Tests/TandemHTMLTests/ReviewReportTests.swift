import TandemCore
import XCTest
@testable import TandemReports

final class ReviewReportTests: XCTestCase {
    func testSameInputGivesTheSameBytes() {
        let first = ReportFixture.page()
        let second = HTMLReviewReport.page(pairs: ReportFixture.pairs, findings: ReportFixture.findings.reversed(),
                                           document: ReportFixture.document,
                                           score: HTMLReportScore(score: 87.5, penalty: 37, wordCount: 296, threshold: 95),
                                           catalog: ReportFixture.catalog(), stamp: HTMLReportStamp(toolVersion: "9.9.9"))
        XCTAssertEqual(first, second, "finding order in the input must not matter")
        XCTAssertFalse(first.contains("on 20"), "no date unless one is passed in")
        let dated = HTMLReviewReport.page(pairs: [], findings: [], document: ReportFixture.document, score: nil,
                                          catalog: ReportFixture.catalog(), stamp: HTMLReportStamp(toolVersion: "9.9.9", generated: "2024-05-01"))
        XCTAssertTrue(dated.contains("Made with tandem 9.9.9 on 2024-05-01"))
    }

    func testFindingsAreHighlightedWhereTheyAre() {
        let page = ReportFixture.page()
        // The percent slip, in the target text of pair 1.
        XCTAssertTrue(page.contains(#"Etwa <mark class="s-minor" data-f="1">25%</mark> von ihnen"#), page)
        // The wrong number is covered by two findings; the more severe one colors it.
        XCTAssertTrue(page.contains(#"bei <mark class="s-critical" data-f="3 4">33.150</mark><mark class="s-critical" data-f="4"> USD</mark> im Jahr"#))
        XCTAssertTrue(page.contains(#"was $<mark class="s-major" data-f="3">33,510</mark> per year"#))
        // The omitted sentence is marked on the source side, with a gap on the other.
        XCTAssertTrue(page.contains(#"<mark class="s-major" data-f="2">Some of them work from home.</mark></div><div class="tx gap" data-l="–">(no translation)</div>"#))
        XCTAssertTrue(page.contains(#"<div class="tx gap" data-l="–">(no source)</div><div class="tx" data-l="3" lang="de">Viele schätzen"#))
    }

    func testFindingListItemsCarryWhatTheFiltersNeed() {
        let page = ReportFixture.page()
        XCTAssertTrue(page.contains(#"<li class="f fi nv s-minor" id="f1" tabindex="-1" data-sev="minor" data-cat="locale-convention" data-chk="locale-conventions">"#))
        XCTAssertTrue(page.contains(#"<span class="sug">Suggestion: <span class="rep" lang="de">25 %</span></span>"#))
        XCTAssertTrue(page.contains(#"<span class="loc" title="Language, line and column in the file">de 3:6</span>"#))
        // The document-level finding is listed before the text.
        let documentSection = page.range(of: "Findings about the whole document")!
        let sheet = page.range(of: "<div class=\"sheet\">")!
        XCTAssertLessThan(documentSection.lowerBound, sheet.lowerBound)
        XCTAssertEqual(page.components(separatedBy: "<li class=\"f fi nv").count - 1, ReportFixture.findings.count)
    }

    func testSummaryCounts() {
        let page = ReportFixture.page()
        for (key, count) in [("total", 6), ("pairs", 6), ("omissions", 1), ("additions", 1), ("sev:critical", 1), ("sev:major", 2),
                             ("sev:minor", 2), ("sev:neutral", 1), ("cat:number", 2), ("chk:numbers", 2), ("chk:markup_x_", 1)] {
            XCTAssertTrue(page.contains("data-count=\"\(key)\">\(count)</td>"), key)
        }
        XCTAssertTrue(page.contains(#"<div class="big fail" data-score="87.5">87.5</div>"#))
        XCTAssertTrue(page.contains("37 penalty points over 296 source words"))
        XCTAssertTrue(page.contains("Pass mark 95.0: not passed"))
    }

    func testGermanInterface() {
        let page = ReportFixture.page(language: "de")
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"de\" data-mode=\"review\">"))
        XCTAssertTrue(page.contains("<h1>Prüfbericht</h1>"))
        XCTAssertTrue(page.contains(">87,5</div>"))
        XCTAssertTrue(page.contains("(keine Übersetzung)"))
        XCTAssertTrue(page.contains("Nur Paare mit Befunden"))
        XCTAssertTrue(page.contains(">kritisch</span>"))
        XCTAssertTrue(page.contains("Landesübliche Schreibweise"))
        XCTAssertTrue(page.contains("Ausgangstext: <b class=\"path\">pay.en.md</b> · Englisch"))
        XCTAssertTrue(page.contains("Bestehensgrenze 95,0: nicht bestanden"))
    }

    func testEveryInterfaceKeyIsInBothCatalogs() throws {
        let english = Set(ReportFixture.catalog("en").keys)
        let german = Set(ReportFixture.catalog("de").keys)
        let used = try String(contentsOf: ReportFixture.repositoryRoot.appendingPathComponent("Sources/TandemReports/HTML/HTMLParts.swift"), encoding: .utf8)
            .allMatches(#"text\("((?:html|diff)[A-Za-z]+)""#)
            + (try String(contentsOf: ReportFixture.repositoryRoot.appendingPathComponent("Sources/TandemReports/HTML/HTMLReviewReport.swift"), encoding: .utf8)
                .allMatches(#"text\("((?:html|diff)[A-Za-z]+)""#))
        XCTAssertGreaterThan(used.count, 20)
        for key in Set(used) {
            XCTAssertTrue(english.contains(key), "\(key) missing in Locales/en/tandem.arb")
            XCTAssertTrue(german.contains(key), "\(key) missing in Locales/de/tandem.arb")
        }
    }
}
