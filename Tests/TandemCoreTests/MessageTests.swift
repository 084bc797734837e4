@testable import TandemCore
import TandemICU
import XCTest

final class MessageSyntaxTests: XCTestCase {
    func testArgumentsPluralsAndQuotes() throws {
        let nodes = try MessageSyntax.parse("Hallo {name}, {count, plural, =0 {keine Datei} one {# Datei} other {# Dateien}} – '{'wörtlich'}' und ''")
        XCTAssertEqual(MessageSyntax.argumentNames(nodes), ["name", "count"])
        XCTAssertEqual(nodes.last, .text(" – {wörtlich} und '"))
    }

    func testSyntaxErrorsHaveOffsets() {
        XCTAssertThrowsError(try MessageSyntax.parse("{0} und {1")) { error in
            XCTAssertEqual((error as? MessageSyntaxError)?.offset, 8)
        }
        XCTAssertThrowsError(try MessageSyntax.parse("{n, plural, one {x}}")) { error in
            XCTAssertEqual((error as? MessageSyntaxError)?.expected, "an 'other' case")
        }
        XCTAssertThrowsError(try MessageSyntax.parse("zu viel }"))
    }

    func testEveryShippedMessageIsValidICU() throws {
        let locales = try ResourceLocator.requireLocales()
        for language in MessageCatalog.supportedLanguages {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(locales)/\(language)/tandem.arb"))
            let entries = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            var count = 0
            for (key, value) in entries where !key.hasPrefix("@") {
                let pattern = try XCTUnwrap(value as? String, key)
                XCTAssertNil(MessagePattern.validate(pattern, locale: language), "\(language)/\(key): \(pattern)")
                XCTAssertNoThrow(try MessageSyntax.parse(pattern), "\(language)/\(key)")
                count += 1
            }
            XCTAssertGreaterThan(count, 10)
        }
    }

    func testGermanCatalogHasEveryEnglishKeyWithTheSameArguments() throws {
        let locales = try ResourceLocator.requireLocales()
        let english = try MessageCatalog.load(path: "\(locales)/en/tandem.arb")
        let german = try MessageCatalog.load(path: "\(locales)/de/tandem.arb")
        XCTAssertEqual(Set(english.keys), Set(german.keys))
        for (key, nodes) in english {
            XCTAssertEqual(Set(MessageSyntax.argumentNames(nodes)), Set(MessageSyntax.argumentNames(german[key] ?? [])), key)
        }
    }
}

final class MessageCatalogTests: XCTestCase {
    func testFormatsInBothLanguages() throws {
        let locales = try ResourceLocator.requireLocales()
        let en = try MessageCatalog(language: "en", directory: locales)
        let de = try MessageCatalog(language: "de", directory: locales)
        XCTAssertEqual(en.format("segmentSummary", ["segments": .integer(1), "blocks": .integer(3)]), "1 segment in 3 blocks")
        XCTAssertEqual(de.format("segmentSummary", ["segments": .integer(1200), "blocks": .integer(1)]), "1.200 Segmente in 1 Block")
        XCTAssertEqual(de.message(for: .empty(path: "a.txt")), "a.txt: die Datei ist leer")
        XCTAssertEqual(en.message(for: .unknownLanguage(tag: "qq")), "'qq' names no known language (examples: en, de, de-AT, fr)")
        XCTAssertEqual(en.format("noSuchKey"), "noSuchKey")
    }

    func testLanguageFromEnvironment() {
        XCTAssertEqual(MessageCatalog.languageFromEnvironment(["LANG": "de_DE.UTF-8"]), "de")
        XCTAssertEqual(MessageCatalog.languageFromEnvironment(["LC_ALL": "C", "LANG": "de_DE.UTF-8"]), "en")
        XCTAssertEqual(MessageCatalog.languageFromEnvironment(["LC_MESSAGES": "fr_FR"]), "en")
        XCTAssertEqual(MessageCatalog.languageFromEnvironment([:]), "en")
    }
}
