import Foundation
import TandemCore
@testable import TandemTerminology
import XCTest

/// The bundled occupation termbase: the merge of its two files and its precomputed index.
final class BundledTermbaseTests: XCTestCase {
    func testCuratedRowsReplaceGeneratedOnesAndAddTheirOwn() throws {
        let glossary = try BundledTermbase.load(directory: TestSupport.terminology)
        let teller = try XCTUnwrap(glossary.concepts.first { $0.id == "esco:2ff9e53c-6e7f-42af-8d71-b5dd7f283089" })
        let tellers = teller.terms.filter { $0.text == "teller" }
        XCTAssertEqual(tellers.count, 1, "the curated row replaces the generated one")
        XCTAssertEqual(tellers.first?.origin, "curated")
        XCTAssertTrue(tellers.first?.contextCues.contains("deposit") == true)
        XCTAssertTrue(teller.terms.contains { $0.text == "Erzähler" && $0.status == .forbidden })
        let warehouse = try XCTUnwrap(glossary.concepts.first { $0.id == "esco:bea705fe-06ac-4147-b8e0-6e8ac1208d8f" })
        XCTAssertEqual(warehouse.terms.first { $0.text == "order clerk" }?.status, .forbidden, "order clerk withdrawn from the warehouse concept")
        XCTAssertNotNil(glossary.concepts.first { $0.id == "tandem:order-clerk" })
        XCTAssertGreaterThan(glossary.termCount, 54_000)
    }

    func testCommittedIndexIsCurrent() throws {
        let stale = "Locales/terminology/\(BundledTermbase.indexFileName) is stale: run `tandem terms index` (or scripts/build-termbase.py)"
        XCTAssertTrue(try BundledTermbase.indexIsCurrent(directory: TestSupport.terminology), stale)
        let committed = try Data(contentsOf: URL(fileURLWithPath: "\(TestSupport.terminology)/\(BundledTermbase.indexFileName)"))
        XCTAssertTrue([UInt8](committed) == (try BundledTermbase.compiledIndex(directory: TestSupport.terminology)),
                      "\(stale) (the matcher changed without a new TermIndex.formatVersion)")
    }

    func testIndexFileGivesTheSameIndexAsTheTSVFiles() throws {
        let compiled = TermIndex(glossaries: [try BundledTermbase.load(directory: TestSupport.terminology)], sourceLanguage: "en", targetLanguage: "de")
        let bytes = compiled.serialized(sourceHash: 42)
        let read = try XCTUnwrap(TermIndex(serialized: bytes, expectedHash: 42))
        XCTAssertTrue(read.serialized(sourceHash: 42) == bytes, "serialization round trip")
        XCTAssertNil(TermIndex(serialized: bytes, expectedHash: 43), "an index of other files is ignored")
        XCTAssertNil(TermIndex(serialized: Array(bytes.prefix(bytes.count / 2)), expectedHash: 42), "a truncated file is ignored")
        var damaged = bytes
        damaged[damaged.count - 40] ^= 0xFF
        damaged[damaged.count / 3] ^= 0xFF
        _ = TermIndex(serialized: damaged, expectedHash: 42) // must not crash
        let pairs = try TestSupport.pairs([("The teller took my deposit.", "Der Erzähler nahm meine Einzahlung.")])
        XCTAssertEqual(TerminologyReviewer.findings(in: pairs, index: read).map(\.check), ["terminology-forbidden"])
    }

    func testOtherLanguagePairsCompileTheTSVFiles() throws {
        let index = try BundledTermbase.index(sourceLanguage: "de", targetLanguage: "en", directory: TestSupport.terminology)
        XCTAssertEqual(index.sourceLanguage, "de")
        let pairs = try TestSupport.pairs([("Die Bankkassiererin zählt das Geld.", "The teller counts the money.")],
                                          sourceLanguage: "de", targetLanguage: "en")
        XCTAssertEqual(TerminologyReviewer.findings(in: pairs, index: index).count, 0, "German source, English target")
        let wrong = try TestSupport.pairs([("Der Bankkassierer zählt das Geld.", "The narrator counts the money.")],
                                          sourceLanguage: "de", targetLanguage: "en")
        XCTAssertEqual(TerminologyReviewer.findings(in: wrong, index: index).map(\.check), ["terminology-missing"])
    }
}

/// `tandem terms lint` and `lookup` as library calls.
final class LintAndLookupTests: XCTestCase {
    func testLintFindsEachKindOfProblem() throws {
        let glossary = try TestSupport.glossary("""
        en\tde\tstatus
        teller\tBankkassierer\tpreferred
        teller\tbankkassierer\tadmitted
        clerk\tSachbearbeiter\tpreferred
        clerk\tSachbearbeiter\tforbidden
        patron\tGönner\tforbidden
        \tNutzer\tpreferred
        """, path: "team.tsv")
        let problems = GlossaryLinter().lint(glossary)
        XCTAssertEqual(problems.map(\.messageKey), ["termsLintDuplicate", "termsLintConflict", "termsLintOnlyForbidden", "termsLintNoTarget"])
        XCTAssertEqual(problems.map { $0.location?.line ?? 0 }, [3, 5, 6, 7])
    }

    func testLookupRanksTheWordItselfFirst() throws {
        let glossary = try BundledTermbase.load(directory: TestSupport.terminology)
        let matches = TermLookup(glossaries: [glossary]).find("teller", language: "en")
        XCTAssertEqual(matches.first?.concept.id, "esco:2ff9e53c-6e7f-42af-8d71-b5dd7f283089")
        XCTAssertTrue(matches.contains { $0.concept.terms.contains { $0.text == "fortune teller" } })
        XCTAssertFalse(matches.contains { $0.concept.terms.allSatisfy { $0.language == "de" } })
        let german = TermLookup(glossaries: [glossary]).find("Köchinnen", language: "de")
        XCTAssertTrue(german.contains { $0.concept.terms.contains { $0.text == "Koch" } }, "inflected and feminine: Koch")
        XCTAssertTrue(german.contains { $0.concept.terms.contains { $0.text.hasSuffix("koch") } }, "compounds with the head Koch")
        XCTAssertEqual(TermLookup.germanForms(masculine: "Kassierer", feminine: "Kassiererin").prefix(2), ["Kassierer/-in", "Kassierer/in"])
    }
}
