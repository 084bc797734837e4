import TandemCore
import XCTest
@testable import TandemReports

final class MarkedTextTests: XCTestCase {
    private func render(_ text: String, _ marks: [HTMLTextMark]) -> String {
        var output = ""
        HTMLMarkedText.append(text, marks: marks, to: &output)
        return output
    }

    func testOverlappingMarksNest() {
        let html = render("Der Lohn: 33.150 USD.", [
            HTMLTextMark(range: 10..<16, kind: .finding(id: 1, severity: .minor)),
            HTMLTextMark(range: 13..<20, kind: .finding(id: 2, severity: .major)),
        ])
        XCTAssertEqual(html, #"Der Lohn: <mark class="s-minor" data-f="1">33.</mark><mark class="s-major" data-f="1 2">150</mark><mark class="s-major" data-f="2"> USD</mark>."#)
    }

    func testEditsAndFindingsTogether() {
        let html = render("um 5 % <zurück>", [
            HTMLTextMark(range: 4..<5, kind: .inserted),
            HTMLTextMark(range: 3..<6, kind: .finding(id: 7, severity: .critical)),
            HTMLTextMark(range: 7..<7, kind: .finding(id: 8, severity: .neutral)),
        ])
        XCTAssertEqual(html, #"um <mark class="s-critical" data-f="7">5</mark><ins><mark class="s-critical" data-f="7"> </mark></ins><mark class="s-critical" data-f="7">%</mark> <mark class="pt s-neutral" data-f="8"></mark>&lt;zurück&gt;"#)
    }

    func testMarksOutsideTheTextAreClipped() {
        XCTAssertEqual(render("kurz", [HTMLTextMark(range: 2..<40, kind: .deleted)]), "ku<del>rz</del>")
        XCTAssertEqual(render("ÄÖÜß", [HTMLTextMark(range: 1..<3, kind: .finding(id: 1, severity: .major))]),
                       #"Ä<mark class="s-major" data-f="1">ÖÜ</mark>ß"#)
    }

    func testSpanIsFoundThroughTheSourceMap() {
        // A sentence that runs over two lines of its file: "Sie beantworten" on line 4, "Anrufe und E-Mails." on line 5.
        var map = SourceMap(start: SourcePosition(line: 4, column: 3))
        map.add(offset: 16, position: SourcePosition(line: 5, column: 1))
        let segment = Segment(index: 0, block: 0, kind: .listItem, text: "Sie beantworten Anrufe und E-Mails.", sourceMap: map)
        let span = FindingSpan(line: 5, column: 12, length: 8, text: "E-Mails.")
        let place = HTMLSpanLocator.locate(span, in: [segment])
        XCTAssertEqual(place?.segment, 0)
        XCTAssertEqual(place?.offset, 27)
        // A span whose position does not fit is found by its text.
        let moved = FindingSpan(line: 99, column: 1, length: 6, text: "Anrufe")
        XCTAssertEqual(HTMLSpanLocator.locate(moved, in: [segment])?.offset, 16)
        XCTAssertNil(HTMLSpanLocator.locate(FindingSpan(line: 99, column: 1, length: 3, text: "Fax"), in: [segment]))
    }
}
