import TandemCore
import TandemICU
@testable import TandemTerminology
import XCTest

/// Word keys, gender spellings, inflection and the term automaton.
final class MatchingTests: XCTestCase {
    private func words(_ text: String, german: Bool = true) -> [String] {
        let scanned = TokenScanner(german: german).scan(text)
        let scalars = Array(text.unicodeScalars)
        return scanned.tokens.map { String(String.UnicodeScalarView(scalars[Int($0.start)..<Int($0.end)])) }
    }

    private func keys(_ text: String, german: Bool = true) -> [String] {
        let scanned = TokenScanner(german: german).scan(text)
        return scanned.tokens.map { String(decoding: scanned.key($0), as: UTF8.self) }
    }

    func testCaseFoldingAgreesWithICU() throws {
        let icu = try CaseMapper(locale: "en")
        for value in UInt32(0x20)...UInt32(0x24F) {
            guard let scalar = Unicode.Scalar(value), CaseFolding.isWordScalar(scalar) else { continue }
            XCTAssertEqual(CaseFolding.fold(String(scalar)), icu.folded(String(scalar)), "U+\(String(value, radix: 16))")
        }
        XCTAssertEqual(CaseFolding.fold("Straße ÄRZTIN ẞ"), "strasse ärztin ss")
    }

    func testGenderSpellingsStayOneWord() {
        for written in ["Kundendienstmitarbeiter/in", "Kundendienstmitarbeiter/-in", "Kundendienstmitarbeiter(in)",
                        "Kundendienstmitarbeiter*in", "Kundendienstmitarbeiter:in", "Kundendienstmitarbeiter_in",
                        "Kundendienstmitarbeiter/-innen", "Kundendienstmitarbeiter*innen", "Kundendienstmitarbeiter·innen"] {
            XCTAssertEqual(words("Die \(written) hilft."), ["Die", written, "hilft"], written)
            XCTAssertEqual(keys(written), ["kundendienstmitarbeiter"], written)
        }
        XCTAssertEqual(words("Assistenzarzt/-ärztin und Kaufmann/-frau"), ["Assistenzarzt/-ärztin", "und", "Kaufmann/-frau"])
        XCTAssertEqual(words("Arzt/Ärztin"), ["Arzt", "Ärztin"], "a slash between whole words separates them")
        XCTAssertEqual(words("Lehrbeauftragte/r"), ["Lehrbeauftragte/r"])
        XCTAssertEqual(words("Beratung und/oder Verkauf"), ["Beratung", "und", "oder", "Verkauf"])
        XCTAssertEqual(words("Mitarbeiter: in der Regel"), ["Mitarbeiter", "in", "der", "Regel"], "a colon and a space is punctuation")
    }

    func testGenderTagsAreSkipped() {
        for tag in ["(m/w/d)", "(w/m/d)", "(m/w/x)", "(d/m/w)", "(m/f/d)", "(all genders)", "(alle Geschlechter)", "(gn)", "(m, w, d)"] {
            XCTAssertEqual(words("Kundendienstmitarbeiter \(tag) gesucht"), ["Kundendienstmitarbeiter", "gesucht"], tag)
        }
        XCTAssertEqual(words("Schulen (mit Hort) und"), ["Schulen", "mit", "Hort", "und"], "other parentheses are text")
    }

    func testHyphenatedAndClosedSpellingsHaveOneKey() {
        XCTAssertEqual(keys("Computer-Benutzer-Support-Spezialist"), keys("Computerbenutzer-Supportspezialist"))
        XCTAssertEqual(keys("IT-Supportmitarbeiter"), ["itsupportmitarbeiter"])
    }

    private func germanTextKeys(_ word: String) -> Set<String> {
        let scanned = TokenScanner(german: true).scan(word)
        var scratch: [UInt8] = []
        var result = Set<String>()
        GermanForms.textKeys(scanned.key(scanned.tokens[0]), alternate: scanned.tokens[0].alternate, scratch: &scratch) {
            result.insert(String(decoding: $0, as: UTF8.self))
        }
        return result
    }

    private func germanTermKey(_ word: String) -> String {
        let scanned = TokenScanner(german: true).scan(word)
        var scratch: [UInt8] = []
        var key = ""
        GermanForms.termKeys(scanned.key(scanned.tokens[0]), alternate: scanned.tokens[0].alternate, scratch: &scratch) {
            if key.isEmpty { key = String(decoding: $0, as: UTF8.self) }
        }
        return key
    }

    func testGermanInflectionAndGenderFormsReachTheTermKey() {
        let cases: [(term: String, text: [String])] = [
            ("Kundendienstmitarbeiter", ["Kundendienstmitarbeiters", "Kundendienstmitarbeitern", "Kundendienstmitarbeiterin",
                                         "Kundendienstmitarbeiterinnen", "KundendienstmitarbeiterIn", "KundendienstmitarbeiterInnen"]),
            ("Arzt", ["Ärztin", "Ärztinnen", "Ärzte", "Ärzten", "Arztes"]),
            ("Koch", ["Köchin", "Köche", "Kochs"]),
            ("Kaufmann", ["Kauffrau", "Kaufleute", "Kauffrauen", "Kaufmanns"]),
            ("Dozent", ["Dozenten", "Dozentin", "Dozentinnen"]),
            ("Ingenieur", ["Ingenieure", "Ingenieurin"]),
            ("Kollege", ["Kollegin", "Kollegen", "Kolleginnen"]),
            ("Erzähler", ["Erzählers", "Erzählern", "Erzählerin"]),
        ]
        for (term, forms) in cases {
            let key = germanTermKey(term)
            for form in forms {
                XCTAssertTrue(germanTextKeys(form).contains(key), "\(form) should reach \(term) (\(key)); got \(germanTextKeys(form))")
            }
        }
        XCTAssertFalse(germanTextKeys("Nutzen").contains(germanTermKey("Nutzer")))
        XCTAssertFalse(germanTextKeys("Besuche").contains(germanTermKey("Besucher")))
        XCTAssertFalse(germanTextKeys("Lektorat").contains(germanTermKey("Lektor")))
    }

    func testAdjectivalNounsWithGenderMarkers() {
        let termKeys = { (word: String) -> Set<String> in
            let scanned = TokenScanner(german: true).scan(word)
            var scratch: [UInt8] = []
            var result = Set<String>()
            GermanForms.termKeys(scanned.key(scanned.tokens[0]), alternate: scanned.tokens[0].alternate, scratch: &scratch) {
                result.insert(String(decoding: $0, as: UTF8.self))
            }
            return result
        }
        XCTAssertEqual(termKeys("Angestellte/r"), ["angestellte", "angestellter"])
        XCTAssertEqual(termKeys("LehrbeauftragteR"), ["lehrbeauftragter", "lehrbeauftragte"])
    }

    func testEnglishPluralsAndPossessives() {
        func lemma(_ word: String) -> String {
            var output: [UInt8] = []
            EnglishForms.lemma(Array(CaseFolding.fold(word).utf8)[...], into: &output)
            return String(decoding: output, as: UTF8.self)
        }
        XCTAssertEqual(lemma("Tellers"), "teller")
        XCTAssertEqual(lemma("teller's"), "teller")
        XCTAssertEqual(lemma("tellers'"), "teller")
        XCTAssertEqual(lemma("secretaries"), "secretary")
        XCTAssertEqual(lemma("salesmen"), "salesman")
        XCTAssertEqual(lemma("salespeople"), "salesperson")
        XCTAssertEqual(lemma("coaches"), "coach")
        XCTAssertEqual(lemma("business"), "business")
        XCTAssertEqual(lemma("analysis"), "analysis")
    }

    private func index(_ tsv: String, source: String = "en", target: String = "de") throws -> TermIndex {
        TermIndex(sourceLanguage: source, targetLanguage: target).adding([try TestSupport.glossary(tsv)])
    }

    /// The source terms found in `text`, as written.
    private func sourceTerms(_ text: String, index: TermIndex) throws -> [String] {
        var analyzer = PairAnalyzer(index: index)
        let pairs = try TestSupport.pairs([(text, "x")])
        return analyzer.analyze([(0, pairs[0])]).flatMap { $0.occurrences.map(\.text) }
    }

    func testLongestMatchFirstAndCaseInsensitive() throws {
        let index = try index("en\tde\nteller\tBankkassierer\nfortune teller\tWahrsager\nbank teller\tBankkassierer\n")
        XCTAssertEqual(try sourceTerms("The Fortune Teller and the BANK TELLERS met a teller.", index: index),
                       ["Fortune Teller", "BANK TELLERS", "teller"])
    }

    func testCaseSensitiveEntries() throws {
        let index = try index("en\tde\tcase sensitive\nApple\tApple\tyes\n")
        XCTAssertEqual(try sourceTerms("Apple sells apples; Apple's phones.", index: index), ["Apple", "Apple's"])
    }

    func testContextCuesRestrictAmbiguousTerms() throws {
        let index = try index("en\tde\tcontext\nteller\tBankkassierer\tbank|deposit|credit union\n")
        XCTAssertEqual(try sourceTerms("The teller took my deposit.", index: index), ["teller"])
        XCTAssertEqual(try sourceTerms("The teller works at the Credit Union.", index: index), ["teller"])
        XCTAssertEqual(try sourceTerms("The teller told a story about a riverbank.", index: index), [], "cues match at the start of a word")
    }

    func testAutomatonHandlesTheWholeBundledTermbase() throws {
        let index = try TestSupport.bundled()
        XCTAssertGreaterThan(index.sourceTermCount, 30_000)
        XCTAssertGreaterThan(index.targetTermCount, 15_000)
        XCTAssertEqual(try sourceTerms("Our customer service representatives and a retail salesperson.", index: index),
                       ["customer service representatives", "retail salesperson"])
    }
}
