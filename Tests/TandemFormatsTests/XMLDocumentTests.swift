import TandemCore
@testable import TandemFormats
import XCTest

final class XMLDocumentTests: XCTestCase {
    func parse(_ text: String) throws -> XMLDocument {
        try XMLDocument(source: SourceText(path: "test.xml", string: text))
    }

    func syntaxError(_ text: String) -> (line: Int, column: Int, message: String)? {
        do {
            _ = try parse(text)
            return nil
        } catch let InputError.syntax(_, line, column, message) {
            return (line, column, message)
        } catch {
            return nil
        }
    }

    func testPositionsOfElementsAttributesAndText() throws {
        let document = try parse("<resources>\n  <string name=\"cart\">Warenkorb &amp; Kasse</string>\n</resources>")
        let string = try XCTUnwrap(document.root.elements.first)
        XCTAssertEqual(string.position, SourcePosition(line: 2, column: 3))
        XCTAssertEqual(string.attribute("name")?.position, SourcePosition(line: 2, column: 11))
        XCTAssertEqual(string.attribute("name")?.value.position, SourcePosition(line: 2, column: 17))
        let text = string.text
        XCTAssertEqual(text.text, "Warenkorb & Kasse")
        // "Kasse" comes after "&amp;", which is five characters in the file and one in the text.
        XCTAssertEqual(text.position(at: 12), SourcePosition(line: 2, column: 39))
    }

    func testCharacterReferencesAndCDATA() throws {
        let document = try parse("<a>Gr&#252;&#xDF;e <![CDATA[<b>fett</b>]]></a>")
        XCTAssertEqual(document.root.textContent, "Grüße <b>fett</b>")
    }

    func testExternalEntityIsRefused() {
        let error = syntaxError("<?xml version=\"1.0\"?>\n<!DOCTYPE x [\n  <!ENTITY secret SYSTEM \"file:///etc/passwd\">\n]>\n<x>&secret;</x>")
        XCTAssertEqual(error?.line, 3)
        XCTAssertEqual(error?.column, 3)
        XCTAssertTrue(error?.message.contains("refuses") ?? false)
    }

    func testEntityExpansionBombIsRefused() {
        let bomb = """
        <!DOCTYPE lolz [
         <!ENTITY lol "lol">
         <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        ]>
        <lolz>&lol2;</lolz>
        """
        XCTAssertEqual(syntaxError(bomb)?.line, 2)
    }

    func testUndeclaredEntityIsAnError() {
        let error = syntaxError("<p>Preis&nbsp;inkl.</p>")
        XCTAssertEqual(error?.column, 9)
        XCTAssertTrue(error?.message.contains("&nbsp;") ?? false)
    }

    func testMismatchedAndUnclosedTags() {
        XCTAssertEqual(syntaxError("<a>\n  <b>text</a>")?.line, 2)
        XCTAssertTrue(syntaxError("<a><b>text</b>")?.message.contains("</a>") ?? false)
        XCTAssertNotNil(syntaxError("<a x=\"1\" x=\"2\"/>"))
        XCTAssertNotNil(syntaxError("<a>1</a><b/>"))
        XCTAssertNotNil(syntaxError("<a>Preise & Versand</a>"))
    }

    func testTruncatedFileNamesTheOpenElement() {
        let error = syntaxError("<xliff>\n  <file>\n    <unit id=\"1\">")
        XCTAssertTrue(error?.message.contains("<unit>") ?? false)
    }

    func testUTF16WithoutByteOrderMarkAndLatin1Declaration() throws {
        var utf16: [UInt8] = []
        for unit in "<a>Größe</a>".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let decoded = try XMLDocument.decode(path: "x.xml", raw: utf16)
        XCTAssertEqual(try XMLDocument(source: decoded).root.textContent, "Größe")
        let latin1: [UInt8] = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Gr".utf8) + [0xF6, 0xDF] + Array("e</a>".utf8)
        XCTAssertEqual(try XMLDocument(source: XMLDocument.decode(path: "x.xml", raw: latin1)).root.textContent, "Größe")
    }

    func testNamespacesResolve() throws {
        let document = try parse("<resources xmlns:xliff=\"urn:oasis:names:tc:xliff:document:1.2\"><string name=\"a\"><xliff:g id=\"n\">%d</xliff:g></string></resources>")
        let g = document.root.elements[0].elements[0]
        XCTAssertEqual(g.namespace, "urn:oasis:names:tc:xliff:document:1.2")
        XCTAssertEqual(g.localName, "g")
        XCTAssertNotNil(syntaxError("<a><x:b/></a>"))
    }
}
