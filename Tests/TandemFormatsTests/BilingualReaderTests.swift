import TandemCore
import TandemFormats
import XCTest

final class BilingualReaderTests: XCTestCase {
    func testXLIFF12UnitsCodesAndPositions() throws {
        let folder = TestFolder()
        let path = folder.write("shop.de.xlf", """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file source-language="en" target-language="de" datatype="plaintext" original="shop.strings">
            <body>
              <trans-unit id="cart.title">
                <source>Your shopping cart</source>
                <target state="translated">Ihr Warenkorb</target>
              </trans-unit>
              <group id="checkout">
                <trans-unit id="checkout.pay">
                  <source>Pay <g id="1">now</g> &amp; save <x id="2"/></source>
                  <target state="needs-review-translation">Jetzt <g id="1">bezahlen</g> &amp; sparen <x id="2"/></target>
                  <note>Button on the checkout page</note>
                </trans-unit>
              </group>
              <trans-unit id="cart.empty" translate="no">
                <source>OK</source>
              </trans-unit>
            </body>
          </file>
        </xliff>
        """)
        let document = try BilingualReader.read(path: path)
        XCTAssertEqual(document.format, .xliff12)
        XCTAssertEqual(document.sourceLanguage, "en")
        XCTAssertEqual(document.targetLanguage, "de")
        XCTAssertEqual(document.units.map(\.id), ["cart.title", "checkout.pay", "cart.empty"])
        XCTAssertEqual(document.problems, [])
        let pay = document.units[1]
        XCTAssertEqual(pay.source.text, "Pay now & save ")
        XCTAssertEqual(pay.target?.text, "Jetzt bezahlen & sparen ")
        XCTAssertEqual(pay.state, "needs-review-translation")
        XCTAssertEqual(pay.notes, ["Button on the checkout page"])
        XCTAssertEqual(pay.source.codes.map(\.element), ["g", "g", "x"])
        XCTAssertEqual(pay.source.codes.map(\.kind), [.opening, .closing, .standalone])
        XCTAssertEqual(pay.source.codes.map(\.offset), [4, 7, 15])
        // "Ihr Warenkorb" starts on line 7 after eight spaces and `<target state="translated">`.
        XCTAssertEqual(document.units[0].target?.position, SourcePosition(line: 7, column: 36))
        // "sparen" in the target: after "&amp;" the map still finds the column.
        let target = try XCTUnwrap(pay.target)
        let offset = target.text.unicodeScalars.count - "sparen ".unicodeScalars.count
        XCTAssertEqual(target.value.position(at: offset), SourcePosition(line: 12, column: 87))
        XCTAssertFalse(document.units[2].translate)
        let pairs = document.segmentPairs()
        XCTAssertEqual(pairs.count, 2)
        XCTAssertEqual(pairs[1].unitID, "checkout.pay")
        XCTAssertEqual(pairs[0].target.first?.text, "Ihr Warenkorb")
        try assertStreamReadsLikeReader(path)
    }

    func testXLIFF2SegmentsAndStates() throws {
        let folder = TestFolder()
        let path = folder.write("shop.xlf", """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
          <file id="f1">
            <unit id="order">
              <segment id="s1" state="translated">
                <source>Your order has shipped.</source>
                <target>Ihre Bestellung wurde versandt.</target>
              </segment>
              <segment id="s2">
                <source>Track it <pc id="1">here</pc>.</source>
              </segment>
            </unit>
          </file>
        </xliff>
        """)
        let document = try BilingualReader.read(path: path)
        XCTAssertEqual(document.format, .xliff2)
        XCTAssertEqual(document.units.map(\.id), ["order/s1", "order/s2"])
        XCTAssertEqual(document.units[0].state, "translated")
        XCTAssertNil(document.units[1].target)
        XCTAssertEqual(document.units[1].source.text, "Track it here.")
        XCTAssertEqual(document.units[1].source.codes.map(\.id), ["1", "1"])
        XCTAssertEqual(document.segmentPairs()[1].kind, "1-0")
        try assertStreamReadsLikeReader(path, problems: false)
    }

    func testTMXPicksSourceAndTargetLanguages() throws {
        let folder = TestFolder()
        let path = folder.write("memory.tmx", """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header creationtool="test" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="en" o-tmf="none"/>
          <body>
            <tu tuid="42">
              <tuv xml:lang="en"><seg>Add to cart</seg></tuv>
              <tuv xml:lang="de-DE"><seg>In den Warenkorb <ph x="1">&lt;br/&gt;</ph>legen</seg></tuv>
            </tu>
          </body>
        </tmx>
        """)
        let document = try BilingualReader.read(path: path)
        XCTAssertEqual(document.format, .tmx)
        XCTAssertEqual(document.targetLanguage, "de-DE")
        XCTAssertEqual(document.units.first?.target?.text, "In den Warenkorb legen")
        XCTAssertEqual(document.units.first?.target?.codes.first?.content, "<br/>")
        try assertStreamReadsLikeReader(path)
    }

    func testPOUnitsWithPluralsAndFuzzy() throws {
        let folder = TestFolder()
        let path = folder.write("de.po", """
        msgid ""
        msgstr ""
        "Language: de\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

        #. Shown in the cart header
        #, c-format
        msgid "%d item"
        msgid_plural "%d items"
        msgstr[0] "%d Artikel"
        msgstr[1] "%d Artikel"

        #, fuzzy
        msgctxt "button"
        msgid "Checkout"
        msgstr "Zur Kasse"
        """)
        let document = try BilingualReader.read(path: path)
        XCTAssertEqual(document.format, .po)
        XCTAssertEqual(document.targetLanguage, "de")
        XCTAssertEqual(document.units.map(\.id), ["%d item[0]", "%d item[1]", "button\u{04}Checkout"])
        XCTAssertEqual(document.units[1].source.text, "%d items")
        XCTAssertEqual(document.units[2].state, "fuzzy")
        XCTAssertEqual(document.units[2].target?.position, SourcePosition(line: 17, column: 9))
        try assertStreamReadsLikeReader(path)
    }

    func testTSVWithLanguageHeader() throws {
        let folder = TestFolder()
        let path = folder.write("pairs.tsv", "en\tde\nFree shipping\tKostenloser Versand\nSale\tAusverkauf\n")
        let document = try BilingualReader.read(path: path)
        XCTAssertEqual(document.sourceLanguage, "en")
        XCTAssertEqual(document.units.count, 2)
        XCTAssertEqual(document.units[0].target?.position, SourcePosition(line: 2, column: 15))
        try assertStreamReadsLikeReader(path)
    }

    func testUnknownFileIsAClearError() {
        let folder = TestFolder()
        let path = folder.write("notes.md", "# Notes\n")
        XCTAssertThrowsError(try BilingualReader.read(path: path)) { error in
            guard case let .other(message) = error as? InputError else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("cannot read"))
        }
    }
}

/// Reads `path` whole and as a stream in parts of several sizes, and checks that both give
/// the same languages, units (texts, codes, positions) and, unless told otherwise, problems.
func assertStreamReadsLikeReader(_ path: String, problems: Bool = true, file: StaticString = #filePath, line: UInt = #line) throws {
    let document = try BilingualReader.read(path: path)
    for chunkSize in [16, 61, 4096, StreamedText.defaultChunkSize] {
        let stream = try BilingualStream.open(path: path, chunkSize: chunkSize)
        var units: [TranslationUnit] = []
        while let unit = try stream.next() { units.append(unit) }
        XCTAssertEqual(stream.format, document.format, file: file, line: line)
        XCTAssertEqual(stream.sourceLanguage, document.sourceLanguage, "chunk \(chunkSize)", file: file, line: line)
        XCTAssertEqual(stream.targetLanguage, document.targetLanguage, "chunk \(chunkSize)", file: file, line: line)
        XCTAssertEqual(units, document.units, "chunk \(chunkSize)", file: file, line: line)
        if problems { XCTAssertEqual(stream.problems, document.problems, "chunk \(chunkSize)", file: file, line: line) }
    }
}
