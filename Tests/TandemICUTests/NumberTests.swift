import TandemICU
import XCTest

final class NumberFormatTests: XCTestCase {
    func testCurrencyPerGermanLocale() throws {
        XCTAssertEqual(try NumberFormat(skeleton: "currency/USD", locale: "de_DE").format(33510), "33.510,00\u{00A0}$")
        XCTAssertEqual(try NumberFormat(skeleton: "currency/USD", locale: "de_CH").format(33510), "$\u{00A0}33’510.00")
        XCTAssertEqual(try NumberFormat(skeleton: "currency/USD", locale: "de_AT").format(33510), "$\u{00A0}33.510,00")
        XCTAssertEqual(try NumberFormat(skeleton: "currency/USD", locale: "en_US").format(33510), "$33,510.00")
        XCTAssertEqual(try NumberFormat(skeleton: "currency/EUR", locale: "de_DE").format(1234.5), "1.234,50\u{00A0}€")
    }

    func testPercentAndGrouping() throws {
        XCTAssertEqual(try NumberFormat(skeleton: "percent scale/100", locale: "de_DE").format(0.25), "25\u{00A0}%")
        XCTAssertEqual(try NumberFormat(skeleton: "percent scale/100", locale: "de_CH").format(0.25), "25%")
        XCTAssertEqual(try NumberFormat(skeleton: "percent scale/100", locale: "en_US").format(0.25), "25%")
        XCTAssertEqual(try NumberFormat(skeleton: "", locale: "de_DE").format(2_785_000), "2.785.000")
        XCTAssertEqual(try NumberFormat(skeleton: "", locale: "de_CH").format(2_785_000), "2’785’000")
        XCTAssertEqual(try NumberFormat(skeleton: "", locale: "de_AT").format(2_785_000), "2\u{00A0}785\u{00A0}000")
        XCTAssertEqual(try NumberFormat(skeleton: "group-off", locale: "de_DE").format(2017), "2017")
    }

    func testPrecision() throws {
        XCTAssertEqual(try NumberFormat(skeleton: ".00", locale: "de_DE").format(15.8), "15,80")
        XCTAssertEqual(try NumberFormat(skeleton: "precision-integer", locale: "en_US").format(15.81), "16")
        XCTAssertEqual(try NumberFormat(skeleton: "", locale: "de_DE").format(decimal: "12345678901234567890.5"), "12.345.678.901.234.567.890,5")
    }

    func testBadSkeletonIsAnError() {
        XCTAssertThrowsError(try NumberFormat(skeleton: "currency/", locale: "de_DE")) { error in
            XCTAssertEqual((error as? ICUError)?.name, "U_NUMBER_SKELETON_SYNTAX_ERROR")
        }
    }
}

final class NumberParserTests: XCTestCase {
    func testUSFormatReadAsGermanIsAnotherValue() throws {
        let de = try NumberParser(locale: "de_DE")
        XCTAssertEqual(de.parse("33,510")?.decimal, "33.51")
        XCTAssertEqual(de.parse("33.510")?.decimal, "33510")
        XCTAssertEqual(try NumberParser(locale: "en_US").parse("33,510")?.decimal, "33510")
    }

    func testSwissAndAustrianGrouping() throws {
        XCTAssertEqual(try NumberParser(locale: "de_CH").parse("33’510.25")?.decimal, "33510.25")
        XCTAssertEqual(try NumberParser(locale: "de_AT").parse("2\u{00A0}785\u{00A0}000")?.decimal, "2785000")
    }

    func testRangeCoversOnlyTheNumber() throws {
        let parsed = try XCTUnwrap(try NumberParser(locale: "de_DE").parse("rund 32.890 USD pro Jahr", from: 5))
        XCTAssertEqual(parsed.decimal, "32890")
        XCTAssertEqual(parsed.range, 5..<11)
    }

    func testCurrency() throws {
        let de = try NumberParser(locale: "de_DE", style: .currency)
        let amount = try XCTUnwrap(de.parse("33.510,00\u{00A0}$"))
        XCTAssertEqual(amount.decimal, "33510")
        XCTAssertEqual(amount.currency, "USD")
        XCTAssertEqual(try NumberParser(locale: "de_DE", style: .currency).parse("1.234,50\u{00A0}€")?.currency, "EUR")
        XCTAssertEqual(try NumberParser(locale: "en_US", style: .currency).parse("$15.81")?.decimal, "15.81")
    }

    func testStrictAndLenient() throws {
        // Strict de_DE parsing does not accept an ASCII space before the symbol; lenient parsing does.
        let strict = try NumberParser(locale: "de_DE", style: .currency, lenient: false)
        let lenient = try NumberParser(locale: "de_DE", style: .currency, lenient: true)
        XCTAssertNil(strict.parseWhole("33.510,00 $"))
        XCTAssertEqual(lenient.parseWhole("33.510,00 $")?.decimal, "33510")
        XCTAssertTrue(lenient.isLenient)
    }

    func testPercentAndNegative() throws {
        XCTAssertEqual(try NumberParser(locale: "de_DE", style: .percent).parse("25\u{00A0}%")?.decimal, "0.25")
        XCTAssertEqual(try NumberParser(locale: "de_DE").parse("-12,5")?.decimal, "-12.5")
    }

    func testNoNumber() throws {
        XCTAssertNil(try NumberParser(locale: "de_DE").parse("keine Zahl"))
        XCTAssertNil(try NumberParser(locale: "de_DE").parse(""))
    }

    func testSymbols() throws {
        let de = try LocaleSymbols(locale: "de_DE")
        XCTAssertEqual(de.decimalSeparator, ",")
        XCTAssertEqual(de.groupingSeparator, ".")
        XCTAssertEqual(de.percentSign, "%")
        XCTAssertEqual(de.currencyCode, "EUR")
        XCTAssertEqual(de.currencySymbol, "€")
        XCTAssertEqual([de.quotationStart, de.quotationEnd, de.alternateQuotationStart, de.alternateQuotationEnd], ["„", "“", "‚", "‘"])
        let ch = try LocaleSymbols(locale: "de_CH")
        XCTAssertEqual(ch.groupingSeparator, "’")
        XCTAssertEqual(ch.decimalSeparator, ".")
        XCTAssertEqual(ch.currencyCode, "CHF")
        // CLDR 42 (ICU 72) has no delimiters of its own for de_CH: they come from de.
        // Swiss typography's «…» is tandem's own data, not ICU's.
        XCTAssertEqual([ch.quotationStart, ch.quotationEnd], ["„", "“"])
        XCTAssertEqual(try LocaleSymbols(locale: "gsw").quotationStart, "«")
        let en = try LocaleSymbols(locale: "en_US")
        XCTAssertEqual([en.quotationStart, en.quotationEnd], ["“", "”"])
        XCTAssertEqual(try LocaleSymbols(locale: "de_AT").groupingSeparator, "\u{00A0}")
    }
}
