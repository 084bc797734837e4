import XCTest
@testable import TandemDiff

final class TextDiffTests: XCTestCase {
    func testEditScriptRebuildsBothSequences() {
        let cases: [([Character], [Character])] = [
            (Array("ABCABBA"), Array("CBABAC")), (Array(""), Array("abc")), (Array("abc"), Array("")),
            (Array("gleich"), Array("gleich")), (Array("Kundendienst"), Array("Kundenbetreuung")),
        ]
        for (old, new) in cases {
            var rebuiltOld: [Character] = []
            var rebuiltNew: [Character] = []
            var edits = 0
            for operation in EditScript.diff(old, new) {
                switch operation {
                case let .equal(o, n, count):
                    rebuiltOld += old[o..<(o + count)]
                    rebuiltNew += new[n..<(n + count)]
                    XCTAssertEqual(Array(old[o..<(o + count)]), Array(new[n..<(n + count)]))
                case let .delete(o, count): rebuiltOld += old[o..<(o + count)]; edits += count
                case let .insert(n, count): rebuiltNew += new[n..<(n + count)]; edits += count
                }
            }
            XCTAssertEqual(rebuiltOld, old)
            XCTAssertEqual(rebuiltNew, new)
            if old == Array("ABCABBA") { XCTAssertEqual(edits, 5, "the shortest script of Myers' example has D = 5") }
        }
    }

    func testMisspelledWordIsComparedCharacterByCharacter() {
        let pieces = TextDiff.pieces(old: "Die Beschäftigung wird vorraussichtlich sinken.",
                                     new: "Die Beschäftigung wird voraussichtlich sinken.")
        XCTAssertEqual(pieces, [DiffPiece(.equal, "Die Beschäftigung wird vor"), DiffPiece(.delete, "r"),
                                DiffPiece(.equal, "aussichtlich sinken.")])
    }

    func testSuspendedHyphenGetsItsSpace() {
        let pieces = TextDiff.pieces(old: "in der Schul-und Berufsbildung", new: "in der Schul- und Berufsbildung")
        XCTAssertEqual(pieces, [DiffPiece(.equal, "in der Schul-"), DiffPiece(.insert, " "), DiffPiece(.equal, "und Berufsbildung")])
    }

    func testUnrelatedWordsAreReplacedWhole() {
        let pieces = TextDiff.pieces(old: "Sie sind das Gesicht der Firma.", new: "Sie sind das Aushängeschild der Firma.")
        XCTAssertEqual(pieces, [DiffPiece(.equal, "Sie sind das "), DiffPiece(.delete, "Gesicht"),
                                DiffPiece(.insert, "Aushängeschild"), DiffPiece(.equal, " der Firma.")])
    }

    func testPiecesRebuildBothTexts() {
        let pairs = [
            ("Etwa 314.700 Stellen werden frei.", "Jedes Jahr werden etwa 341.700 Stellen frei."),
            ("100% ihrer Aufmerksamkeit", "100 % ihrer Aufmerksamkeit"),
            ("", "Neu hinzugekommen."),
            ("Entfernt.", ""),
            ("\"eine ruhige Stimme\"", "„eine ruhige Stimme“"),
        ]
        for (old, new) in pairs {
            let pieces = TextDiff.pieces(old: old, new: new)
            XCTAssertEqual(TextDiff.oldText(pieces), old)
            XCTAssertEqual(TextDiff.newText(pieces), new)
        }
    }

    func testLevenshtein() {
        XCTAssertEqual(CharacterDistance.levenshtein(Array("kitten"), Array("sitting")), 3)
        XCTAssertEqual(CharacterDistance.levenshtein(Array("Straße"), Array("Strasse")), 2)
        XCTAssertEqual(CharacterDistance.levenshtein(Array(""), Array("abc")), 3)
        let edits = CharacterDistance.edits(old: "Kundenbetreuer", new: "Kundendienstmitarbeiter")
        XCTAssertEqual(edits.length, 23)
        XCTAssertEqual(edits.rate, Double(edits.distance) / 23, accuracy: 1e-9)
        XCTAssertEqual(CharacterDistance.edits(old: "", new: "").rate, 0)
    }
}

final class TextDiffRefinementTests: XCTestCase {
    func testScatteredLettersFallBackToWholeWords() {
        let pieces = TextDiff.pieces(old: "Kundenbetreuer/-innen benötigen", new: "Kundendienstmitarbeiter/-innen benötigen")
        XCTAssertEqual(pieces, [DiffPiece(.delete, "Kundenbetreuer"), DiffPiece(.insert, "Kundendienstmitarbeiter"),
                                DiffPiece(.equal, "/-innen benötigen")])
    }

    func testTwoChangedPlacesStayInsideTheWord() {
        let pieces = TextDiff.pieces(old: "etwa 314.700 Stellen", new: "etwa 341.700 Stellen")
        XCTAssertEqual(pieces, [DiffPiece(.equal, "etwa 3"), DiffPiece(.delete, "1"), DiffPiece(.equal, "4"),
                                DiffPiece(.insert, "1"), DiffPiece(.equal, ".700 Stellen")])
    }
}

final class TextDiffCleanupTests: XCTestCase {
    func testRewordedSentenceIsOneReplacement() {
        let pieces = TextDiff.pieces(old: "Die Arbeit ist oft anstrengend.", new: "Viele arbeiten in Teilzeit.")
        XCTAssertEqual(pieces, [DiffPiece(.delete, "Die Arbeit ist oft anstrengend"), DiffPiece(.insert, "Viele arbeiten in Teilzeit"),
                                DiffPiece(.equal, ".")])
    }

    func testLongStretchesThatStayAreKept() {
        let pieces = TextDiff.pieces(old: "Sie beantworten Anrufe und nehmen Bestellungen an.",
                                     new: "Sie beantworten E-Mails und nehmen Reklamationen an.")
        XCTAssertEqual(pieces.filter { $0.operation == .equal }.map(\.text), ["Sie beantworten ", " und nehmen ", " an."])
    }
}
