import TandemICU
import XCTest

final class NormalizerTests: XCTestCase {
    func testComposesDecomposedUmlauts() {
        let decomposed = "Ma\u{0308}dchen fu\u{0308}r Stra\u{00DF}en"
        let nfc = Normalizer(.nfc).normalize(decomposed)
        XCTAssertEqual(Array(nfc.unicodeScalars), Array("Mädchen für Straßen".unicodeScalars))
        XCTAssertEqual(nfc.unicodeScalars.count, decomposed.unicodeScalars.count - 2)
    }

    func testDecomposes() {
        let nfd = Normalizer(.nfd).normalize("Ärger")
        XCTAssertEqual(Array(nfd.unicodeScalars), ["A", "\u{0308}", "r", "g", "e", "r"])
    }

    func testCompatibilityForms() {
        XCTAssertEqual(Normalizer(.nfkc).normalize("ﬁnden ²"), "finden 2")
        XCTAssertEqual(Normalizer(.nfkcCasefold).normalize("Straße ÄRGER"), "strasse ärger")
    }

    func testQuickCheckSkipsNormalizedText() {
        let nfc = Normalizer(.nfc)
        XCTAssertTrue(nfc.isNormalized("Kundendienstmitarbeiter/-in verdient 35.280 $"))
        XCTAssertTrue(nfc.isNormalized("Grüße aus Zürich"))
        XCTAssertFalse(nfc.isNormalized("Gru\u{0308}ße"))
        XCTAssertEqual(nfc.normalizedPrefixLength("abc"), 3)
        XCTAssertEqual(nfc.normalizedPrefixLength("Gru\u{0308}ße"), 2)
    }

    func testEmptyText() {
        XCTAssertEqual(Normalizer(.nfc).normalize(""), "")
        XCTAssertTrue(Normalizer(.nfkcCasefold).isNormalized(""))
    }
}
