import TandemCore
import TandemFormats
@testable import TandemLint
import Foundation
import XCTest

final class LintFixerTests: XCTestCase {
    func testNFCFixTouchesOnlyTheValue() throws {
        let text = "{\n  \"size\": \"Gro\u{0308}ße\",\n  \"Mo\u{0308}bel\": \"Möbel\"\n}\n"
        let fixed = try XCTUnwrap(LintFixer().fixedBytes(path: "locales/de.json", raw: Array(text.utf8), checks: [NormalizationCheck.id]))
        XCTAssertEqual(fixed, Array("{\n  \"size\": \"Größe\",\n  \"Mo\u{0308}bel\": \"Möbel\"\n}\n".utf8), "compared byte for byte: String equality ignores normalization")
    }

    func testAllFixesTogether() throws {
        let raw: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\n  \"size\": \"Gro\u{0308}ße\",   \n  \"Mo\u{0308}bel\": \"Möbel\"\n}\n".utf8)
        let fixed = try XCTUnwrap(LintFixer().fixedBytes(path: "locales/de.json", raw: raw,
                                                         checks: [NormalizationCheck.id, ByteOrderMarkCheck.id, TrailingWhitespaceCheck.id]))
        XCTAssertEqual(fixed, Array("{\n  \"size\": \"Größe\",\n  \"Mo\u{0308}bel\": \"Möbel\"\n}\n".utf8), "compared byte for byte: String equality ignores normalization")
    }

    func testFixThroughTheEngineOnDisk() throws {
        let folder = NSTemporaryDirectory() + "tandem-fix-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/locales", withIntermediateDirectories: true)
        let path = folder + "/locales/de.json"
        try Data("{\n  \"size\": \"Gro\u{0308}ße\"\n}\n".utf8).write(to: URL(fileURLWithPath: path))
        let report = try LintEngine(configuration: LintConfiguration()).run(paths: [folder + "/locales"])
        XCTAssertEqual(report.findings.map(\.check), ["nfc"])
        XCTAssertEqual(try LintFixer().fix(report.findings), [path])
        XCTAssertEqual(Array(try Data(contentsOf: URL(fileURLWithPath: path))), Array("{\n  \"size\": \"Größe\"\n}\n".utf8))
    }

    func testByteOrderMarkAndTrailingWhitespace() throws {
        let raw: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("msgid \"\"  \nmsgstr \"Language: de\\n\"\t\n".utf8)
        let fixed = try XCTUnwrap(LintFixer().fixedBytes(path: "de.po", raw: raw, checks: [ByteOrderMarkCheck.id, TrailingWhitespaceCheck.id]))
        XCTAssertEqual(fixed, Array("msgid \"\"\nmsgstr \"Language: de\\n\"\n".utf8), "compared byte for byte: String equality ignores normalization")
    }

    func testEscapedValuesInXMLAreComposedInPlace() throws {
        let text = "<resources>\n  <string name=\"a\">Fu\u{0308}r &amp; Gro\u{0308}ße</string>\n</resources>\n"
        let fixed = try XCTUnwrap(LintFixer().fixedBytes(path: "res/values-de/strings.xml", raw: Array(text.utf8), checks: [NormalizationCheck.id]))
        XCTAssertEqual(fixed, Array("<resources>\n  <string name=\"a\">Für &amp; Größe</string>\n</resources>\n".utf8), "compared byte for byte: String equality ignores normalization")
    }

    func testUTF16FilesAreLeftAlone() throws {
        var raw: [UInt8] = [0xFF, 0xFE]
        for unit in "\"a\" = \"Gro\u{0308}ße\";\n".utf16 { raw += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        XCTAssertNil(try LintFixer().fixedBytes(path: "de.lproj/Localizable.strings", raw: raw, checks: [NormalizationCheck.id]))
    }
}
