import TandemCore
import XCTest
@testable import TandemDiff

final class AlignmentTests: XCTestCase {
    private func shapes(_ rows: [RevisionRow]) -> [String] {
        rows.map { "\($0.old.count)-\($0.new.count)" }
    }

    func testIdenticalVersionsPairOneToOne() {
        let texts = ["Kundendienst", "Sie beantworten Anrufe.", "Sie nehmen Bestellungen an.", "Sie beantworten Anrufe."]
        let rows = VersionAligner.align(old: Fixtures.segments(texts), new: Fixtures.segments(texts))
        XCTAssertEqual(shapes(rows), ["1-1", "1-1", "1-1", "1-1"])
        XCTAssertEqual(rows.map { $0.old[0].index }, [0, 1, 2, 3])
        XCTAssertEqual(rows.map { $0.new[0].index }, [0, 1, 2, 3])
    }

    func testChangedAddedAndRemovedSentences() {
        let old = Fixtures.segments([
            "Die meisten arbeiten an einem Schreibtisch.",
            "Callcenter können laut sein.",
            "Manche Arbeitgeber erlauben Heimarbeit.",
            "Viele Callcenter sind rund um die Uhr besetzt.",
        ])
        let new = Fixtures.segments([
            "Die meisten arbeiten an einem Schreibtisch mit Headset.",
            "Callcenter können laut sein.",
            "Viele Callcenter sind rund um die Uhr besetzt.",
            "Abend- und Wochenendschichten sind üblich.",
        ])
        let rows = VersionAligner.align(old: old, new: new)
        XCTAssertEqual(shapes(rows), ["1-1", "1-1", "1-0", "1-1", "0-1"])
        let diff = RevisionComparer.compare(rows: rows, old: RevisionFile(path: "a", language: "de", segments: 4),
                                            new: RevisionFile(path: "b", language: "de", segments: 4), source: nil)
        XCTAssertEqual(diff.entries.map(\.change), [.changed, .unchanged, .removed, .unchanged, .added])
    }

    func testSplitSentenceIsOneRow() {
        let old = Fixtures.segments([
            "Sie hören sich jedes Anliegen an und rufen das Kundenkonto auf, bevor sie entscheiden.",
            "Die besten lösen das Problem beim ersten Kontakt.",
        ])
        let new = Fixtures.segments([
            "Sie hören sich jedes Anliegen an und rufen das Kundenkonto auf.",
            "Dann entscheiden sie.",
            "Die besten lösen das Problem schon beim ersten Kontakt.",
        ], blocks: [0, 0, 0])
        let rows = VersionAligner.align(old: old, new: new)
        XCTAssertEqual(shapes(rows), ["1-2", "1-1"])
        // Sentences of different blocks (a heading and a paragraph) are never joined.
        let apart = Fixtures.segments(new.map(\.text))
        XCTAssertEqual(shapes(VersionAligner.align(old: old, new: apart)), ["1-1", "0-1", "1-1"])
    }

    func testRepeatedSentencesDoNotConfuseTheAnchors() {
        let old = Fixtures.segments(["Ja.", "Erster Satz.", "Ja.", "Zweiter Satz.", "Ja."])
        let new = Fixtures.segments(["Ja.", "Erster Satz.", "Ja.", "Ein ganz neuer Satz.", "Zweiter Satz.", "Ja."])
        let rows = VersionAligner.align(old: old, new: new)
        XCTAssertEqual(shapes(rows), ["1-1", "1-1", "1-1", "0-1", "1-1", "1-1"])
        XCTAssertEqual(rows[3].new.first?.text, "Ein ganz neuer Satz.")
    }

    func testLargeGapIsAlignedInPieces() {
        let old = Fixtures.segments((0..<800).map { "Satz Nummer \($0) im alten Text." })
        let new = Fixtures.segments((0..<800).map { "Satz Nummer \($0) im neuen Text." })
        let rows = VersionAligner.align(old: old, new: new)
        XCTAssertEqual(rows.count, 800)
        XCTAssertTrue(rows.allSatisfy { $0.old.count == 1 && $0.new.count == 1 && $0.old[0].index == $0.new[0].index })
    }

    func testMergeThroughTheSource() {
        let source = Fixtures.segments(["S0.", "S1.", "S2.", "S3."])
        let old = Fixtures.segments(["A0 und A1.", "A2.", "A3."])
        let new = Fixtures.segments(["B0.", "B1.", "B2.", "Zusatz.", "B3."])
        let oldPairs = [SegmentPair(source: [source[0], source[1]], target: [old[0]]),
                        SegmentPair(source: [source[2]], target: [old[1]]),
                        SegmentPair(source: [source[3]], target: [old[2]])]
        let newPairs = [SegmentPair(source: [source[0]], target: [new[0]]),
                        SegmentPair(source: [source[1]], target: [new[1]]),
                        SegmentPair(source: [source[2]], target: [new[2]]),
                        SegmentPair(source: [], target: [new[3]]),
                        SegmentPair(source: [source[3]], target: [new[4]])]
        let rows = SourceMerge.merge(old: oldPairs, new: newPairs, sourceCount: 4)
        XCTAssertEqual(rows.map { $0.source.map(\.text) }, [["S0.", "S1."], ["S2."], [], ["S3."]])
        XCTAssertEqual(rows.map { $0.old.map(\.text) }, [["A0 und A1."], ["A2."], [], ["A3."]])
        XCTAssertEqual(rows.map { $0.new.map(\.text) }, [["B0.", "B1."], ["B2."], ["Zusatz."], ["B3."]])
        XCTAssertEqual(rows.map(\.newPairs), [[0, 1], [2], [3], [4]])
        XCTAssertEqual(rows.map(\.oldPairs), [[0], [1], [], [2]])
    }

    func testUnitsMatchByID() {
        let source = Fixtures.segments(["Save", "Cancel", "Delete"])
        let old = Fixtures.segments(["Speichern", "Abbrechen"])
        let new = Fixtures.segments(["Sichern", "Löschen"])
        let oldPairs = [SegmentPair(source: [source[0]], target: [old[0]], unitID: "save"),
                        SegmentPair(source: [source[1]], target: [old[1]], unitID: "cancel")]
        let newPairs = [SegmentPair(source: [source[0]], target: [new[0]], unitID: "save"),
                        SegmentPair(source: [source[2]], target: [new[1]], unitID: "delete")]
        let rows = UnitMatcher.match(old: oldPairs, new: newPairs)
        XCTAssertEqual(rows.map { "\($0.source.first?.text ?? ""):\($0.old.first?.text ?? "-"):\($0.new.first?.text ?? "-")" },
                       ["Save:Speichern:Sichern", "Cancel:Abbrechen:-", "Delete:-:Löschen"])
    }
}
