import TandemCore
import XCTest
@testable import TandemDiff

final class ComparerTests: XCTestCase {
    func testFindingsAreMatchedByFingerprint() {
        let old = Fixtures.segments(["Er sagte \"Hallo\".", "Die Schul-und Berufsbildung.", "Gleich."])
        let new = Fixtures.segments(["Er sagte „Hallo“.", "Die Schul-und Berufsbildung.", "Gleich.", "Neu mit 100%."])
        let rows = VersionAligner.align(old: old, new: new)
        // Line numbers differ between versions: fingerprints do not use them.
        let oldFindings = [Fixtures.finding("typography", "\"Hallo\"", pair: 0, line: 1),
                           Fixtures.finding("typography", "Schul-und", pair: 1, line: 2)]
        let newFindings = [Fixtures.finding("typography", "Schul-und", pair: 1, line: 7),
                           Fixtures.finding("locale-conventions", "100%", pair: 3, line: 9)]
        let diff = RevisionComparer.compare(rows: rows, old: RevisionFile(path: "v1", language: "de", segments: 3),
                                            new: RevisionFile(path: "v2", language: "de", segments: 4), source: nil,
                                            oldFindings: oldFindings, newFindings: newFindings)
        XCTAssertEqual(diff.findings?.fixed.map(\.target?.text), ["\"Hallo\""])
        XCTAssertEqual(diff.findings?.introduced.map(\.target?.text), ["100%"])
        XCTAssertEqual(diff.findings?.kept, 1)
        XCTAssertEqual(diff.entries[0].fixed.count, 1)
        XCTAssertEqual(diff.entries[3].introduced.count, 1)
        XCTAssertEqual(diff.entries.map(\.change), [.changed, .unchanged, .unchanged, .added])
    }

    func testDuplicateFingerprintsMatchByCount() {
        let a = Fixtures.finding("spelling", "Kundne", pair: 0)
        let matched = RevisionComparer.match(old: [a, a, a], new: [a])
        XCTAssertEqual(matched.fixed.count, 2)
        XCTAssertEqual(matched.introduced.count, 0)
        XCTAssertEqual(matched.kept, 1)
    }

    func testDocumentFigures() {
        let old = Fixtures.segments(["Eins zwei drei.", "Vier fünf."])
        let new = Fixtures.segments(["Eins zwei drei.", "Vier fünf sechs."])
        let diff = RevisionComparer.compare(rows: VersionAligner.align(old: old, new: new),
                                            old: RevisionFile(path: "a", language: "de", segments: 2),
                                            new: RevisionFile(path: "b", language: "de", segments: 2), source: nil)
        XCTAssertEqual(diff.words.referenceWords, 8)
        XCTAssertEqual(diff.words.insertions, 1)
        XCTAssertEqual(diff.words.rate, 1.0 / 8.0, accuracy: 1e-9)
        XCTAssertEqual(diff.characters.distance, 6)
        XCTAssertEqual(diff.count(.changed), 1)
        XCTAssertEqual(diff.count(.unchanged), 1)
    }
}
