import TandemSpell
import XCTest

final class HunspellTests: XCTestCase {
    func testGermanSpellingAndSuggestions() throws {
        let de = try Hunspell(locale: "de-DE")
        XCTAssertEqual(de.name, "de_DE")
        XCTAssertTrue(de.spell("Kundendienst"))
        XCTAssertTrue(de.spell("Straße"))
        XCTAssertFalse(de.spell("Kundendinst"))
        XCTAssertTrue(de.suggest("Kundendinst").contains("Kundendienst"))
    }

    func testSwissGermanHasNoEszett() throws {
        let ch = try Hunspell(locale: "de_CH")
        XCTAssertTrue(ch.spell("Strasse"))
        XCTAssertFalse(ch.spell("Straße"))
        XCTAssertTrue(try Hunspell(locale: "de-AT").spell("Jänner"))
    }

    func testStemAndAnalyze() throws {
        let de = try Hunspell(locale: "de")
        XCTAssertTrue(de.stem("Häusern").contains("Haus"), "stems: \(de.stem("Häusern"))")
        let en = try Hunspell(locale: "en-US")
        XCTAssertTrue(en.stem("tellers").contains("teller"))
        XCTAssertFalse(en.analyze("tellers").isEmpty)
    }

    func testEnglishVariants() throws {
        XCTAssertTrue(try Hunspell(locale: "en-GB").spell("colour"))
        XCTAssertFalse(try Hunspell(locale: "en-US").spell("colour"))
    }

    func testMissingDictionaryNamesThePackage() {
        XCTAssertThrowsError(try Hunspell(locale: "de-DE", directory: "/nonexistent")) { error in
            let load = error as? Hunspell.LoadError
            XCTAssertEqual(load, .missing(dictionary: "de_DE", directory: "/nonexistent", package: "hunspell-de-de"))
            XCTAssertTrue("\(error)".contains("hunspell-de-de"))
        }
        XCTAssertThrowsError(try Hunspell(locale: "xx-YY"))
    }

    func testDictionaryNames() {
        XCTAssertEqual(Hunspell.dictionaryName(for: "de-ch"), "de_CH")
        XCTAssertEqual(Hunspell.dictionaryName(for: "en"), "en_US")
        XCTAssertEqual(Hunspell.dictionaryName(for: "de"), "de_DE")
    }
}
