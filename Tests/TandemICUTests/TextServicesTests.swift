import TandemICU
import XCTest

final class TextBreaksTests: XCTestCase {
    func testSentencesUseUTF8Offsets() {
        let pieces = TextBreaks.split(.sentence, "Er kam später. Dann ging er.", locale: "de")
        XCTAssertEqual(pieces, ["Er kam später. ", "Dann ging er."])
    }

    func testWordsSkipPunctuation() {
        XCTAssertEqual(TextBreaks.words("Grüße, 12,5 % – Kundendienst!", locale: "de"), ["Grüße", "12,5", "Kundendienst"])
        let pieces = TextBreaks.pieces(.word, in: "Team 42", locale: "en")
        XCTAssertTrue(pieces[0].isWord)
        XCTAssertTrue(pieces[2].isNumber)
    }

    func testGraphemeClusters() {
        XCTAssertEqual(TextBreaks.split(.character, "Ma\u{0308}d🇩🇪", locale: "de").count, 4)
    }

    func testEmptyText() {
        XCTAssertTrue(TextBreaks.pieces(.sentence, in: "", locale: "de").isEmpty)
    }
}

final class PluralRulesTests: XCTestCase {
    func testGermanAndEnglish() throws {
        let de = try PluralRules(locale: "de")
        XCTAssertEqual(de.category(for: 1), "one")
        XCTAssertEqual(de.category(for: 2), "other")
        XCTAssertEqual(de.category(forDecimal: "1.0"), "other")
        XCTAssertEqual(de.category(forDecimal: "1"), "one")
        XCTAssertEqual(de.categories, ["one", "other"])
        XCTAssertEqual(try PluralRules(locale: "en").categories, ["one", "other"])
    }

    func testLocalesWithMoreCategories() throws {
        XCTAssertEqual(try PluralRules(locale: "ar").categories, ["zero", "one", "two", "few", "many", "other"])
        XCTAssertEqual(try PluralRules(locale: "ru").category(for: 21), "one")
        XCTAssertEqual(try PluralRules(locale: "pl").category(for: 21), "many")
    }
}

final class MessagePatternTests: XCTestCase {
    func testValidPatterns() {
        XCTAssertNil(MessagePattern.validate("{count, plural, one {# Datei} other {# Dateien}}", locale: "de"))
        XCTAssertNil(MessagePattern.validate("Hallo {name}, Sie haben {0} Nachrichten.", locale: "de"))
    }

    func testErrorsWithOffsets() throws {
        let unmatched = try XCTUnwrap(MessagePattern.validate("{0} und {1", locale: "de"))
        XCTAssertEqual(unmatched.name, "U_UNMATCHED_BRACES")
        let missingOther = try XCTUnwrap(MessagePattern.validate("{n, plural, one {eine Datei}}", locale: "de"))
        XCTAssertEqual(missingOther.name, "U_DEFAULT_KEYWORD_MISSING")
        let syntax = try XCTUnwrap(MessagePattern.validate("Sie haben {count, plural, one {# Datei} other {# Dateien}", locale: "de"))
        XCTAssertEqual(syntax.name, "U_PATTERN_SYNTAX_ERROR")
        XCTAssertNotNil(syntax.offset)
        let unknownType = try XCTUnwrap(MessagePattern.validate("{n, plurl, one {x} other {y}}", locale: "de"))
        XCTAssertEqual(unknownType.name, "U_ILLEGAL_ARGUMENT_ERROR")
    }
}

final class CollationAndCaseTests: XCTestCase {
    func testPhonebookOrder() throws {
        let names = ["Müller", "Mueller", "Muller", "Mahler"]
        let standard = try Collator(locale: "de")
        XCTAssertEqual(names.sorted(by: standard.areInIncreasingOrder), ["Mahler", "Mueller", "Muller", "Müller"])
        let phonebook = try Collator(locale: try LanguageTag("de-u-co-phonebk").icuLocale)
        XCTAssertEqual(names.sorted(by: phonebook.areInIncreasingOrder), ["Mahler", "Mueller", "Müller", "Muller"])
    }

    func testPrimaryStrengthIgnoresCaseAndAccents() throws {
        let primary = try Collator(locale: "de", strength: .primary)
        XCTAssertEqual(primary.compare("Ärger", "arger"), 0)
        XCTAssertNotEqual(try Collator(locale: "de").compare("Ärger", "arger"), 0)
    }

    func testTransliteration() throws {
        XCTAssertEqual(try Transliterator(id: "de-ASCII").transliterate("Ärger über Maße"), "Aerger ueber Masse")
        XCTAssertEqual(try Transliterator.shared(id: "Any-Latin; Latin-ASCII").transliterate("Ärger"), "Arger")
        XCTAssertThrowsError(try Transliterator(id: "No-Such-Transform"))
    }

    func testCaseMappingWithLocale() throws {
        let de = try CaseMapper(locale: "de")
        XCTAssertEqual(de.uppercased("straße"), "STRASSE")
        XCTAssertEqual(de.folded("Straße"), "strasse")
        XCTAssertEqual(de.lowercased("ÄRGER"), "ärger")
        XCTAssertEqual(de.titlecased("kundendienst in zürich"), "Kundendienst In Zürich")
        XCTAssertEqual(try CaseMapper(locale: "tr").uppercased("i"), "İ")
    }

    func testScripts() {
        XCTAssertEqual(UnicodeScript.of("ä").code, "Latn")
        XCTAssertEqual(UnicodeScript.of("Ж").name, "Cyrillic")
        XCTAssertTrue(UnicodeScript.of("7").isShared)
    }
}

final class LanguageTagTests: XCTestCase {
    func testCanonicalization() throws {
        let swiss = try LanguageTag("de_ch")
        XCTAssertEqual(swiss.identifier, "de-CH")
        XCTAssertEqual(swiss.icuLocale, "de_CH")
        XCTAssertEqual(swiss.language, "de")
        XCTAssertEqual(swiss.region, "CH")
        XCTAssertEqual(try LanguageTag("EN-gb").identifier, "en-GB")
        XCTAssertEqual(try LanguageTag("sr-Latn-RS").script, "Latn")
        XCTAssertEqual(try LanguageTag("de-u-co-phonebk").icuLocale, "de@collation=phonebook")
    }

    func testMalformedAndUnknown() {
        XCTAssertThrowsError(try LanguageTag("de--CH"))
        XCTAssertThrowsError(try LanguageTag(""))
        XCTAssertThrowsError(try LanguageTag("Deutsch!"))
        XCTAssertThrowsError(try LanguageTag("qq")) { error in
            XCTAssertEqual(error as? LanguageTag.Problem, .unknownLanguage(tag: "qq", language: "qq"))
        }
    }

    func testDisplayName() throws {
        XCTAssertEqual(try LanguageTag("de-CH").displayName(in: try LanguageTag("de")), "Deutsch (Schweiz)")
        XCTAssertEqual(try LanguageTag("de-AT").displayName(in: try LanguageTag("en")), "German (Austria)")
    }
}
