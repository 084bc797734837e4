import XCTest
@testable import TandemDiff

final class TranslationEditRateTests: XCTestCase {
    func testIdenticalTextsHaveNoEdits() {
        let edits = TranslationEditRate.edits(old: "Die besten lösen das Problem.", new: "Die besten lösen das Problem.")
        XCTAssertEqual(edits.edits, 0)
        XCTAssertEqual(edits.referenceWords, 6)
        XCTAssertEqual(edits.rate, 0)
    }

    func testMovedWordIsOneShift() {
        // "morgen" moves: one shift instead of a deletion and an insertion.
        let edits = TranslationEditRate.edits(old: "Wir liefern morgen die Ware aus.", new: "Wir liefern die Ware morgen aus.")
        XCTAssertEqual(edits, WordEdits(shifts: 1, referenceWords: 7))
    }

    func testMovedPhraseIsOneShift() {
        let edits = TranslationEditRate.edits(old: "Von 2023 bis 2033 wird die Beschäftigung sinken.",
                                              new: "Die Beschäftigung wird von 2023 bis 2033 sinken.")
        // Shift "von 2023 bis 2033" (case differs: "Von" → "von" and "die" → "Die" stay substitutions).
        XCTAssertEqual(edits.shifts, 1)
        XCTAssertEqual(edits.referenceWords, 9)
        XCTAssertLessThan(edits.edits, 7, "a shift makes it cheaper than plain Levenshtein")
    }

    func testSnoverExample() {
        // The example of Snover et al. (2006): one shift, one substitution, two insertions over 13 words.
        let edits = TranslationEditRate.edits(old: "THIS WEEK THE SAUDIS denied information published in the new york times",
                                              new: "SAUDI ARABIA denied THIS WEEK information published in the AMERICAN new york times")
        XCTAssertEqual(edits.shifts, 1)
        XCTAssertEqual(edits.edits, 4)
        XCTAssertEqual(edits.referenceWords, 13)
        XCTAssertEqual(edits.rate, 4.0 / 13.0, accuracy: 1e-9)
    }

    func testInsertionsDeletionsSubstitutions() {
        let edits = TranslationEditRate.edits(old: "Etwa 314.700 Stellen werden frei.", new: "Jedes Jahr werden etwa 341.700 Stellen frei.")
        XCTAssertEqual(edits.referenceWords, 8)
        XCTAssertGreaterThan(edits.edits, 0)
        XCTAssertEqual(TranslationEditRate.edits(old: "", new: "Neu hier.").insertions, 3)
        XCTAssertEqual(TranslationEditRate.edits(old: "Weg damit.", new: "").deletions, 3)
        XCTAssertEqual(TranslationEditRate.edits(old: "Weg damit.", new: "").rate, 1)
    }
}
