import TandemCore
import XCTest

final class SourceMapTests: XCTestCase {
    func testPositionsAcrossJoinedLines() {
        var map = SourceMap(start: SourcePosition(line: 3, column: 5))
        map.add(offset: 10, position: SourcePosition(line: 4, column: 3))
        XCTAssertEqual(map.position(at: 0), SourcePosition(line: 3, column: 5))
        XCTAssertEqual(map.position(at: 9), SourcePosition(line: 3, column: 14))
        XCTAssertEqual(map.position(at: 12), SourcePosition(line: 4, column: 5))
    }

    func testRedundantAnchorsAreDropped() {
        var map = SourceMap(start: SourcePosition(line: 1, column: 1))
        map.add(offset: 4, position: SourcePosition(line: 1, column: 5))
        XCTAssertEqual(map.anchors.count, 1)
    }
}

final class FindingTests: XCTestCase {
    func testFingerprintIgnoresLineNumbers() {
        let first = Finding(check: "numbers", category: .number, severity: .major, messageKey: "numberChanged",
                            target: FindingSpan(line: 3, column: 1, length: 5, text: "2.000"))
        let moved = Finding(check: "numbers", category: .number, severity: .major, messageKey: "numberChanged",
                            target: FindingSpan(line: 30, column: 7, length: 5, text: "2.000"))
        XCTAssertEqual(first.fingerprint, moved.fingerprint)
        XCTAssertEqual(first.fingerprint.count, 16)
        XCTAssertEqual(first.mqm, "Accuracy/Mistranslation/Number")
        XCTAssertTrue(Severity.minor < Severity.critical)
        XCTAssertEqual(Severity.major.penalty, 5)
    }

    func testJSONQuoting() {
        XCTAssertEqual(JSONText.quote("„Team“\n\t\u{01}"), "\"„Team“\\n\\t\\u0001\"")
        for text in ["„Team“\n\t\u{01}", "", "plain", "Say \"hi\" \\ back\r\u{08}\u{0C}\u{1F}", "€ 12,50 – ok"] {
            var bytes: [UInt8] = []
            JSONText.appendQuoted(text, to: &bytes)
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), JSONText.quote(text), text)
        }
        XCTAssertEqual(JSONText.number(0.97), "0.97")
        XCTAssertEqual(JSONText.number(12), "12")
    }
}

final class LanguageGuesserTests: XCTestCase {
    func testTellsGermanFromEnglish() throws {
        let locales = try ResourceLocator.requireLocales()
        let guesser = LanguageGuesser(profiles: [
            try LanguageProfile.load(language: "de", directory: locales),
            try LanguageProfile.load(language: "en", directory: locales),
        ])
        XCTAssertEqual(guesser.guess("Die Mitarbeiterin beantwortet die Fragen der Kunden am Telefon.")?.language, "de")
        XCTAssertEqual(guesser.guess("The representative answers the questions of customers on the phone.")?.language, "en")
        XCTAssertNil(guesser.guess("32.890 USD"))
    }
}

final class KeyDigestTests: XCTestCase {
    func testDigestsAreStableAndTellTextsApart() {
        XCTAssertEqual(KeyDigest("kundendienst"), KeyDigest("kundendienst"))
        XCTAssertNotEqual(KeyDigest("kundendienst"), KeyDigest("kundendiensd"))
        XCTAssertNotEqual(KeyDigest(""), KeyDigest("a"))
        // Fixed seeds: the same digest in every run (FNV-1a of "a").
        XCTAssertEqual(KeyDigest("a").first, 0xAF63_DC4C_8601_EC8C)
    }

    func testFirstPositionsReportTheFirstPlaceOfADuplicate() {
        var seen = FirstPositions()
        XCTAssertNil(seen.record("u1", at: SourcePosition(line: 3, column: 5)))
        XCTAssertNil(seen.record("u2", at: SourcePosition(line: 7, column: 5)))
        XCTAssertEqual(seen.record("u1", at: SourcePosition(line: 9, column: 5)), SourcePosition(line: 3, column: 5))
    }
}

final class XMLTextTests: XCTestCase {
    func testEscapesMarkupAndDropsWhatXMLForbids() {
        XCTAssertEqual(XMLText.escape("„A & B“ <b>\"x\"</b>\u{0}\u{7}\u{FFFE}"), "„A &amp; B“ &lt;b&gt;&quot;x&quot;&lt;/b&gt;")
        XCTAssertEqual(XMLText.escape("a\tb\nc"), "a\tb\nc")
        XCTAssertEqual(XMLText.escape("a\tb\nc\r", keepingWhiteSpace: true), "a&#9;b&#10;c&#13;")
    }
}
