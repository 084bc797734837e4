import TandemCore
import TandemSegmentation
import XCTest

final class SegmenterTests: XCTestCase {
    private var german: Segmenter!

    override func setUpWithError() throws {
        german = Segmenter(profile: try Profiles.load("de"))
    }

    func testStructureAndPositions() {
        let text = """
        # Kundendienst

        Ein Kundendienstmitarbeiter beantwortet Fragen. Er nimmt
          Bestellungen an.

        • Gehalt: 35.280 USD pro Jahr.
        - Zweiter Punkt
          mit Fortsetzung.
        1. Nummeriert.

        | Beruf | Lohn |
        |---|---|
        | Bankkassierer/-in | 36.310 $ |
        """
        let blocks = german.blocks(of: text)
        XCTAssertEqual(blocks.map(\.kind), [.heading, .paragraph, .listItem, .listItem, .listItem, .tableRow, .tableRow])
        let segments = blocks.flatMap(\.segments)
        XCTAssertEqual(segments.map(\.text), [
            "Kundendienst",
            "Ein Kundendienstmitarbeiter beantwortet Fragen.", "Er nimmt Bestellungen an.",
            "Gehalt: 35.280 USD pro Jahr.", "Zweiter Punkt mit Fortsetzung.", "Nummeriert.",
            "Beruf", "Lohn", "Bankkassierer/-in", "36.310 $",
        ])
        XCTAssertEqual(segments.map { "\($0.line):\($0.column)" }, [
            "1:3", "3:1", "3:49", "6:3", "7:3", "9:4", "11:3", "11:11", "13:3", "13:23",
        ])
        XCTAssertEqual(segments.map(\.index), Array(0..<10))
        XCTAssertEqual(blocks[2].marker, "•")
        XCTAssertEqual(blocks[6].cells, [0, 1])
        // A position inside the second line of a joined sentence.
        let joined = segments[2]
        let offset = joined.text.unicodeScalars.distance(from: joined.text.unicodeScalars.startIndex,
                                                         to: joined.text.range(of: "Bestellungen")!.lowerBound.samePosition(in: joined.text.unicodeScalars)!)
        XCTAssertEqual(joined.sourceMap.position(at: offset), SourcePosition(line: 4, column: 3))
    }

    func testPlainTextHeadingsAndUnpunctuatedLines() {
        let text = """
        Schnelle Fakten

        Diese Zeile ist ein Absatz, weil sie mit einem Punkt endet.

        Bankkassierer 36.310 USD
        Bibliotheksassistent 31.920 USD
        """
        let blocks = german.blocks(of: text)
        XCTAssertEqual(blocks.map(\.kind), [.heading, .paragraph, .paragraph, .paragraph])
        XCTAssertEqual(blocks.flatMap(\.segments).map(\.text).suffix(2), ["Bankkassierer 36.310 USD", "Bibliotheksassistent 31.920 USD"])
    }

    func testSetextHeadingAndCRLF() {
        let blocks = german.blocks(of: "Titel\r\n=====\r\n\r\nText hier.\r\n")
        XCTAssertEqual(blocks.map(\.kind), [.heading, .paragraph])
        XCTAssertEqual(blocks[1].segments[0].line, 4)
    }

    func testNonNFCTextIsComposed() {
        let segments = german.segments(of: "Gru\u{0308}ße aus Zu\u{0308}rich.")
        XCTAssertEqual(Array(segments[0].text.unicodeScalars), Array("Grüße aus Zürich.".unicodeScalars))
    }

    func testWhiteSpaceRunsCollapseButNoBreakSpacesStay() {
        let segments = german.segments(of: "Das   kostet\t25\u{00A0}%.")
        XCTAssertEqual(segments[0].text, "Das kostet 25\u{00A0}%.")
        XCTAssertEqual(segments[0].sourceMap.position(at: 4), SourcePosition(line: 1, column: 7))
    }
}
