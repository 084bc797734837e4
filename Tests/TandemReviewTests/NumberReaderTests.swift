import TandemReview
import XCTest

final class NumberReaderTests: XCTestCase {
    private func mentions(_ text: String, _ language: String = "de", region: String = "DE") -> [NumberMention] {
        let reader = NumberReader(language: language, region: region, icuLocale: "\(language)_\(region)")
        return reader.mentions(in: Array(text.unicodeScalars), protected: [])
    }

    func testGermanAmountsAndScales() {
        let found = mentions("Rund 1,7 Millionen Menschen verdienen 32.890 USD; 25 % mehr als 2016.")
        XCTAssertEqual(found.map { $0.value?.plainString }, ["1700000", "32890", "25", "2016"])
        XCTAssertEqual(found[1].currency, "USD")
        XCTAssertFalse(found[1].currencyBefore)
        XCTAssertTrue(found[2].isPercent)
        XCTAssertTrue(found[2].percentSpaced)
    }

    func testUSFormatInGermanTextHasTheUSReadingAsAlternative() {
        let found = mentions("Bibliotheksassistent: $33,510, Schulung 12.5 Tage")
        XCTAssertEqual(found[0].value?.plainString, "33.51")
        XCTAssertEqual(found[0].alternatives.map(\.plainString), ["33510"])
        XCTAssertTrue(found[0].currencyBefore)
        XCTAssertNil(found[1].value, "12.5 is not a German number")
        XCTAssertEqual(found[1].alternatives.map(\.plainString), ["12.5"])
    }

    func testEnglishNumbers() {
        let found = mentions("$1.2 billion, 2,785,000 people, -5 degrees, the 21st century and 50k users", "en", region: "US")
        XCTAssertEqual(found.map { $0.value?.plainString }, ["1200000000", "2785000", "-5", "21", "50000"])
        XCTAssertTrue(found[3].isOrdinal)
    }

    func testDatesAndTimes() {
        let german = mentions("am 20. August 2018 um 17:30 Uhr und am 03.10.2023")
        XCTAssertEqual(german.map(\.kind), [.date, .time, .date])
        XCTAssertEqual(german[0].date, CalendarDate(year: 2018, month: 8, day: 20))
        XCTAssertEqual(german[1].minutes, 17 * 60 + 30)
        XCTAssertEqual(german[2].date, CalendarDate(year: 2023, month: 10, day: 3))
        let english = mentions("on August 20, 2018 at 5:30 p.m. and on 10/3/2023", "en", region: "US")
        XCTAssertEqual(english.map(\.kind), [.date, .time, .date])
        XCTAssertEqual(english[0].date, CalendarDate(year: 2018, month: 8, day: 20))
        XCTAssertEqual(english[1].minutes, 17 * 60 + 30)
        XCTAssertEqual(english[2].date, CalendarDate(year: 2023, month: 10, day: 3))
    }

    func testCodesAndVersionsAreIdentifiers() {
        let found = mentions("MOS 13B, K-12-Lehrer, Version 6.3.1 und Abschnitt 4.2")
        XCTAssertEqual(found.map(\.kind), [.identifier, .identifier, .identifier, .number])
        XCTAssertEqual(found.map(\.token), ["13B", "K-12", "6.3.1", "4.2"])
        XCTAssertTrue(found[3].isIdentifier, "a section number keeps its form in every language")
        XCTAssertEqual(found[3].alternatives.map(\.plainString), ["4.2"])
    }

    func testNumberWords() {
        let found = mentions("zwölf Wochen, ein zweijähriger Abschluss, eine Million Nutzer")
        XCTAssertEqual(found.map { $0.value?.plainString }, ["12", "1", "2", "1000000"])
        XCTAssertTrue(found[1].isArticleLike)
        XCTAssertFalse(found[3].isArticleLike, "eine Million is a number")
    }

    func testSwissAndAustrianGrouping() {
        let swiss = mentions("33’510.25 CHF und 12.5 Tage", "de", region: "CH")
        XCTAssertEqual(swiss.map { $0.value?.plainString }, ["33510.25", "12.5"])
        let austrian = mentions("2\u{A0}850\u{A0}000 Stellen", "de", region: "AT")
        XCTAssertEqual(austrian.map { $0.value?.plainString }, ["2850000"])
    }

    func testDecimalValue() {
        XCTAssertEqual(DecimalValue("0033.50"), DecimalValue("33.5"))
        XCTAssertEqual(DecimalValue("1.7")?.scaled(by: 6), DecimalValue(1_700_000))
        XCTAssertEqual(DecimalValue("-0.25")?.plainString, "-0.25")
        XCTAssertNil(DecimalValue("1,5"))
    }
}
