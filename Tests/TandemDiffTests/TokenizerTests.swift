import XCTest
@testable import TandemDiff

final class TokenizerTests: XCTestCase {
    private func texts(_ text: String) -> [String] { DiffTokenizer.tokens(text).map(\.text) }

    func testCompoundsStayWhole() {
        XCTAssertEqual(texts("Kundendienstmitarbeiterinnen und E-Mail-Adressen"),
                       ["Kundendienstmitarbeiterinnen", " ", "und", " ", "E-Mail-Adressen"])
        XCTAssertEqual(texts("High-School-Abschluss"), ["High-School-Abschluss"])
    }

    func testSuspendedHyphenIsPunctuation() {
        XCTAssertEqual(texts("Schul- und Berufsbildung"), ["Schul", "-", " ", "und", " ", "Berufsbildung"])
        XCTAssertEqual(texts("Kundendienstmitarbeiter/-innen"), ["Kundendienstmitarbeiter", "/", "-", "innen"])
    }

    func testNumbersKeepTheirSeparators() {
        XCTAssertEqual(texts("etwa 2.850.000 Stellen, 16,96 USD"), ["etwa", " ", "2.850.000", " ", "Stellen", ",", " ", "16,96", " ", "USD"])
        XCTAssertEqual(texts("1’234.50 CHF"), ["1’234.50", " ", "CHF"])
        XCTAssertEqual(DiffTokenizer.tokens("2.850.000").first?.kind, .number)
        XCTAssertEqual(texts("Ende 2023."), ["Ende", " ", "2023", "."])
    }

    func testPunctuationIsOneTokenPerMark() {
        XCTAssertEqual(texts("„Gesicht“ (100%)!"), ["„", "Gesicht", "“", " ", "(", "100", "%", ")", "!"])
        XCTAssertEqual(texts("customer's \"face\""), ["customer's", " ", "\"", "face", "\""])
    }

    func testTokensRebuildTheText() {
        for text in ["Die Beschäftigung wird von 2023 bis 2033 voraussichtlich um 5 % zurückgehen.",
                     "  zwei  Leerzeichen\tund Tab ", "Straße, Maße – und Ähnliches…", "e\u{301}cole", ""] {
            XCTAssertEqual(DiffTokenizer.tokens(text).map(\.text).joined(), text)
            var offset = 0
            for token in DiffTokenizer.tokens(text) {
                XCTAssertEqual(token.range.lowerBound, offset)
                offset = token.range.upperBound
            }
            XCTAssertEqual(offset, text.unicodeScalars.count)
        }
    }
}
