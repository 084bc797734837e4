import TandemCore
import TandemFormats
import XCTest

/// Reading a bilingual file in parts gives what reading it whole gives, wherever the parts are cut.
final class BilingualStreamTests: XCTestCase {
    /// A long XLIFF 1.2 file with what can be cut badly: multi-byte letters, references,
    /// CDATA, comments, CRLF line ends, nested groups, a file-level translate="no" and a duplicate id.
    func testLongXLIFF12WithAwkwardContent() throws {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\r\n"
        xml += "<file source-language=\"en\" target-language=\"de-AT\" datatype=\"plaintext\" original=\"a\"><body>\r\n"
        for number in 1...120 {
            if number % 40 == 1 { xml += "<group id=\"g\(number)\" translate=\"\(number == 41 ? "no" : "yes")\">\r\n" }
            xml += "  <!-- unit \(number) -->\r\n"
            xml += "  <trans-unit id=\"u\(number % 97)\"><source>Über \(number) Straßen &amp; <![CDATA[<b>Brücken</b>]]> — ok</source>\r\n"
            xml += "  <target state=\"translated\">Über \(number) Straßen &#x26; Brücken — gut <x id=\"1\"/></target></trans-unit>\r\n"
            if number % 40 == 0 { xml += "</group>\r\n" }
        }
        xml += "</body></file>\r\n<file source-language=\"en\" target-language=\"de\" original=\"b\" translate=\"no\"><body>"
        xml += "<trans-unit id=\"last\"><source>End</source><target>Ende</target></trans-unit></body></file></xliff>\r\n"
        let folder = TestFolder()
        let path = folder.write("long.xlf", xml)
        try assertStreamReadsLikeReader(path)
    }

    func testLongTMXAndPOAndTSV() throws {
        var tmx = "<tmx version=\"1.4\"><header srclang=\"en\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" o-tmf=\"x\" creationtool=\"t\" creationtoolversion=\"1\"/><body>\n"
        var po = "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n"
        var tsv = "en\tde\n"
        for number in 1...150 {
            tmx += "<tu tuid=\"t\(number)\"><tuv xml:lang=\"en\"><seg>Größe \(number) of the shelf</seg></tuv><tuv xml:lang=\"de\"><seg>Größe \(number) des Regals</seg></tuv></tu>\n"
            po += "#: src/shelf.c:\(number)\nmsgctxt \"c\(number % 140)\"\nmsgid \"Shelf \(number) is full\"\nmsgstr \"\"\n\"Regal \(number) \"\n\"ist voll\"\n\n"
            tsv += "Shelf \(number) is full\tRegal \(number) ist voll – ü\n"
        }
        tmx += "</body></tmx>\n"
        let folder = TestFolder()
        try assertStreamReadsLikeReader(folder.write("long.tmx", tmx))
        try assertStreamReadsLikeReader(folder.write("long.po", po))
        try assertStreamReadsLikeReader(folder.write("long.tsv", tsv))
    }

    /// A syntax error far into a streamed file is reported at its line and column in the file.
    func testErrorDeepInTheFileHasItsFilePosition() throws {
        var xml = "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file source-language=\"en\" target-language=\"de\"><body>\n"
        for number in 1...200 {
            xml += "<trans-unit id=\"u\(number)\"><source>Line \(number)</source><target>Zeile \(number)</target></trans-unit>\n"
        }
        xml += "<trans-unit id=\"bad\"><source>Broken</source><target>Kaputt</tagret></trans-unit>\n</body></file></xliff>\n"
        let folder = TestFolder()
        let path = folder.write("broken.xlf", xml)
        XCTAssertThrowsError(try readAll(path, chunkSize: 64)) { error in
            guard case let .syntax(_, line, column, message) = error as? InputError else { return XCTFail("\(error)") }
            XCTAssertEqual(line, 202)
            XCTAssertEqual(column, 59)
            XCTAssertTrue(message.contains("</tagret> does not match <target> (opened at 202:45)"), message)
            XCTAssertEqual(Self.error { _ = try BilingualReader.read(path: path) }, error as? InputError)
        }
    }

    /// Invalid UTF-8 far into a streamed file: its byte offset, line and column.
    func testInvalidUTF8DeepInTheFile() throws {
        var bytes = Array("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file source-language=\"en\"><body>\n".utf8)
        for number in 1...50 { bytes += Array("<trans-unit id=\"u\(number)\"><source>Line</source></trans-unit>\n".utf8) }
        let offset = bytes.count + 5
        bytes += Array("<!-- ".utf8) + [0xC3, 0x28] + Array(" -->\n</body></file></xliff>\n".utf8)
        bytes += Array(repeating: 0x20, count: 10_000)
        let folder = TestFolder()
        let path = folder.write("bad.xlf", bytes: bytes)
        for chunkSize in [100, 4096] {
            XCTAssertThrowsError(try readAll(path, chunkSize: chunkSize)) { error in
                XCTAssertEqual(error as? InputError, .invalidUTF8(path: path, byteOffset: offset, line: 52, column: 6))
            }
        }
    }

    /// Entities are refused in a streamed file as in a file read whole.
    func testEntityDeclarationsAreRefused() throws {
        let folder = TestFolder()
        let path = folder.write("bomb.xlf", """
        <?xml version="1.0"?>
        <!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en"><body/></file></xliff>
        """)
        XCTAssertThrowsError(try BilingualStream.open(path: path, chunkSize: 32)) { error in
            guard case let .syntax(_, line, _, message) = error as? InputError else { return XCTFail("\(error)") }
            XCTAssertEqual(line, 2)
            XCTAssertTrue(message.contains("declares entities"), message)
        }
    }

    private func readAll(_ path: String, chunkSize: Int) throws {
        let stream = try BilingualStream.open(path: path, chunkSize: chunkSize)
        while try stream.next() != nil {}
    }

    private static func error(_ body: () throws -> Void) -> InputError? {
        do { try body() } catch { return error as? InputError }
        return nil
    }
}
