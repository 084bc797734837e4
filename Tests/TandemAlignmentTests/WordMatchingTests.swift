@testable import TandemAlignment
import TandemCore
import XCTest

final class WordMatchingTests: XCTestCase {
    func testNumbersAreReadWithEachLocalesSeparators() {
        let english = NumberReading(locale: "en_US")
        let german = NumberReading(locale: "de_DE")
        let swiss = NumberReading(locale: "de_CH")
        let french = NumberReading(locale: "fr_FR")
        func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }
        XCTAssertEqual(english.value(of: scalars("32,890")), "32890")
        XCTAssertEqual(german.value(of: scalars("32.890")), "32890")
        XCTAssertEqual(swiss.value(of: scalars("32’890")), "32890")
        XCTAssertEqual(french.value(of: scalars("32\u{202F}890")), "32890")
        XCTAssertEqual(english.value(of: scalars("16.96")), "16.96")
        XCTAssertEqual(german.value(of: scalars("16,96")), "16.96")
        XCTAssertEqual(german.value(of: scalars("33,510")), "33.51", "German reads the comma as a decimal separator")
        XCTAssertEqual(german.value(of: scalars("3.2")), "3.2", "not a German grouping: read as a version-style decimal")
        XCTAssertEqual(english.value(of: scalars("007")), "7")
        XCTAssertNil(english.value(of: scalars("2.6.32")))
        XCTAssertNil(english.value(of: scalars("1,23,4")))
    }

    func testEnglishStems() {
        func stem(_ word: String) -> String { String(decoding: EnglishStem.stem(Array(word.utf8)), as: UTF8.self) }
        XCTAssertEqual(stem("files"), stem("file"))
        XCTAssertEqual(stem("installed"), stem("install"))
        XCTAssertEqual(stem("installing"), stem("installs"))
        XCTAssertEqual(stem("libraries"), "library")
        XCTAssertEqual(stem("configured"), stem("configure"))
        XCTAssertEqual(stem("box"), "box")
        XCTAssertEqual(stem("über"), "über")
    }

    func testDictionaryLinesAreParsedWithFormsAndAnnotations() {
        let dictionary = BilingualDictionary.parse(text: """
        # comment line
        Aalspieß {m} | Aalspieße {pl} :: eel spear | eel spears
        Paket {n}; Päckchen {n} (Postsendung) | Pakete {pl}; Päckchen :: parcel [Br.]; package [Am.] | parcels; packages
        sich beeilen {vr} | beeilend :: to hurry | hurrying
        das A und O [ugs.] :: the nuts and bolts [coll.]
        """)
        XCTAssertTrue(dictionary.translates(german: "Paket", english: "package"))
        XCTAssertTrue(dictionary.translates(german: "Pakete", english: "packages"))
        XCTAssertTrue(dictionary.translates(german: "Päckchen", english: "parcel"))
        XCTAssertTrue(dictionary.translates(german: "Aalspieß", english: "spear"))
        XCTAssertTrue(dictionary.translates(german: "beeilen", english: "hurry"))
        XCTAssertFalse(dictionary.translates(german: "Paket", english: "eel"))
        XCTAssertFalse(dictionary.contains(german: "und"), "multi-word entries are left out")
        XCTAssertFalse(dictionary.contains(german: "postsendung"), "annotations are not words")
    }

    func testGermanInflectionAndCompoundsFindTheirTranslations() {
        let dictionary = BilingualDictionary.parse(text: Fixtures.smallDictionary)
        var lookup = GermanLookup(dictionary: dictionary)
        func translations(_ word: String) -> Set<UInt64> { Set(lookup.translations(of: Array(word.lowercased().utf8))) }
        // An English word matches through its form or its stem, as in the aligner.
        func finds(_ german: String, _ english: String...) -> Bool {
            let keys = translations(german)
            return english.allSatisfy { word in
                let bytes = Array(word.utf8)
                return keys.contains(TokenHash.word(bytes)) || keys.contains(TokenHash.word(EnglishStem.stem(bytes)))
            }
        }
        XCTAssertTrue(finds("Paketen", "package"), "dative plural")
        XCTAssertTrue(finds("Paketverwaltung", "package", "management"), "compound")
        XCTAssertTrue(finds("Paketsverwaltungen", "management"), "linking s and plural head")
        XCTAssertTrue(finds("Serverdateien", "server", "file"))
        XCTAssertTrue(finds("Debian-Pakete", "package"), "hyphenated compound")
        XCTAssertFalse(finds("Paketverwaltung", "eel"))
        XCTAssertTrue(translations("Xylophon").isEmpty)
    }

    func testTheInstalledDictionaryLoadsQuickly() throws {
        guard let path = Optional(BilingualDictionary.defaultPath), FileManager.default.fileExists(atPath: path) else {
            throw XCTSkip("trans-de-en is not installed")
        }
        let start = Date()
        let dictionary = try BilingualDictionary.load(path: path)
        let seconds = Date().timeIntervalSince(start)
        XCTAssertGreaterThan(dictionary.germanFormCount, 100_000)
        XCTAssertTrue(dictionary.translates(german: "Rechnung", english: "bill"))
        XCTAssertTrue(dictionary.translates(german: "Kundendienst", english: "service"))
        // A debug build is several times slower than a release build (which needs ~0.1 s).
        XCTAssertLessThan(seconds, 10)
    }

    func testBinaryCacheRoundTripsAndRejectsAnotherSource() throws {
        let directory = NSTemporaryDirectory() + "/tandem-cache-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let source = directory + "/de-en"
        try Fixtures.smallDictionary.write(toFile: source, atomically: false, encoding: .utf8)
        let parsed = try BilingualDictionary.load(path: source, cacheDirectory: directory)
        XCTAssertFalse(parsed.isFromCache)
        let cached = try BilingualDictionary.load(path: source, cacheDirectory: directory)
        XCTAssertTrue(cached.isFromCache)
        XCTAssertEqual(cached.germanFormCount, parsed.germanFormCount)
        XCTAssertEqual(cached.linkCount, parsed.linkCount)
        XCTAssertTrue(cached.translates(german: "Rechnungen", english: "invoices"))
        // A changed source file is parsed again.
        try (Fixtures.smallDictionary + "\nKatze {f} :: cat\n").write(toFile: source, atomically: false, encoding: .utf8)
        let changed = try BilingualDictionary.load(path: source, cacheDirectory: directory)
        XCTAssertFalse(changed.isFromCache)
        XCTAssertTrue(changed.translates(german: "Katze", english: "cat"))
        // A damaged cache is ignored.
        for file in try FileManager.default.contentsOfDirectory(atPath: directory) where file.hasSuffix(".bin") {
            try Data([1, 2, 3]).write(to: URL(fileURLWithPath: directory + "/" + file))
        }
        let reparsed = try BilingualDictionary.load(path: source, cacheDirectory: directory)
        XCTAssertFalse(reparsed.isFromCache)
        XCTAssertTrue(reparsed.translates(german: "Katze", english: "cat"))
    }

    func testMissingDictionaryIsAnInputError() {
        XCTAssertThrowsError(try BilingualDictionary.load(path: "/nonexistent/de-en")) { error in
            XCTAssertEqual(error as? InputError, .notFound(path: "/nonexistent/de-en"))
        }
    }

    func testLengthModelTableAndReverse() throws {
        let path = NSTemporaryDirectory() + "/tandem-length-\(getpid()).tsv"
        try "# source\ttarget\tratio\tvariance\nen\tde\t1.2\t6.0\n*\t*\t1.0\t7.0\n".write(toFile: path, atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertEqual(LengthModel.load(source: "en", target: "de", path: path), LengthModel(ratio: 1.2, variance: 6.0))
        let reversed = try XCTUnwrap(LengthModel.load(source: "de", target: "en", path: path))
        XCTAssertEqual(reversed.ratio, 1 / 1.2, accuracy: 1e-9)
        XCTAssertEqual(LengthModel.load(source: "it", target: "nl", path: path), LengthModel(ratio: 1.0, variance: 7.0))
        let model = LengthModel(ratio: 1.2, variance: 6.0)
        XCTAssertLessThan(model.cost(source: 100, target: 120), model.cost(source: 100, target: 200))
        XCTAssertEqual(model.cost(source: 100, target: 120), 0, accuracy: 0.01)
    }

    func testBandFollowsTheDiagonalAndStaysNarrow() {
        let band = Band.diagonal(sourceLengths: Array(repeating: 50, count: 1000), targetLengths: Array(repeating: 60, count: 1100), halfWidth: 10)
        XCTAssertTrue(band.contains(0, 0))
        XCTAssertTrue(band.contains(1000, 1100))
        XCTAssertTrue(band.contains(500, 550))
        XCTAssertFalse(band.contains(500, 300))
        XCTAssertLessThan(band.cellCount, 1001 * 22)
    }
}
