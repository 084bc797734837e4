import TandemCore
import TandemFormats
import XCTest

final class JSONReaderTests: XCTestCase {
    func error(_ text: String) -> (line: Int, column: Int, message: String)? {
        do {
            _ = try JSONReader.parse(SourceText(path: "x.json", string: text))
            return nil
        } catch let InputError.syntax(_, line, column, message) {
            return (line, column, message)
        } catch {
            return nil
        }
    }

    func testTrailingCommaIsAnErrorWithItsPosition() {
        let found = error("{\n  \"cart\": \"Warenkorb\",\n  \"checkout\": \"Kasse\",\n}")
        XCTAssertEqual(found?.line, 4)
        XCTAssertEqual(found?.column, 1)
        XCTAssertTrue(found?.message.contains("trailing comma") ?? false)
        XCTAssertEqual(error("[\"a\", \"b\",]")?.column, 11)
    }

    func testDuplicateKeysAreKeptAndReported() throws {
        let (root, problems) = try JSONReader.parse(SourceText(path: "x.json", string: "{\"title\": \"Shop\",\n \"title\": \"Laden\"}"))
        XCTAssertEqual(root.members?.count, 2)
        XCTAssertEqual(problems.map(\.position), [SourcePosition(line: 2, column: 2)])
        XCTAssertEqual(problems.first?.code, "duplicate-key")
    }

    func testEscapesKeepTheSourceMap() throws {
        let (root, _) = try JSONReader.parse(SourceText(path: "x.json", string: "{\"k\": \"Zeile\\nzwei \\u00fcber\"}"))
        let text = try XCTUnwrap(root["k"]?.string)
        XCTAssertEqual(text.text, "Zeile\nzwei über")
        // "ü" is offset 11 in the text and the escape `\u00fc` at column 20 in the file.
        XCTAssertEqual(text.position(at: 11), SourcePosition(line: 1, column: 20))
    }

    func testOtherErrors() {
        XCTAssertTrue(error("{\"a\": 'x'}")?.message.contains("expected a value") ?? false)
        XCTAssertTrue(error("{\"a\": \"x\" // note\n}")?.message.contains("comment") ?? false)
        XCTAssertTrue(error("{\"a\": \"x}")?.message.contains("not closed") ?? false)
        XCTAssertNotNil(error("{\"a\": 01}"))
        XCTAssertNotNil(error(String(repeating: "[", count: 600)))
    }
}
