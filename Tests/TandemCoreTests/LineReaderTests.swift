import TandemCore
import XCTest

final class LineReaderTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-lines-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func testUTF8WithBOMAndCRLF() throws {
        let path = try file("bom.txt", [0xEF, 0xBB, 0xBF] + Array("Grüße\r\nzweite Zeile\r\n".utf8))
        let reader = try LineReader(path: path)
        let lines = try reader.readAll()
        XCTAssertEqual(lines.map(\.text), ["Grüße", "zweite Zeile"])
        XCTAssertEqual(lines.map(\.number), [1, 2])
        XCTAssertEqual(reader.encoding, .utf8WithBOM)
    }

    func testUTF16LittleAndBigEndian() throws {
        let text = "Zürich 𝄞\nzwei"
        var little: [UInt8] = [0xFF, 0xFE]
        var big: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 {
            little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        XCTAssertEqual(try LineReader(path: try file("le.txt", little)).readAll().map(\.text), ["Zürich 𝄞", "zwei"])
        let bigReader = try LineReader(path: try file("be.txt", big))
        XCTAssertEqual(try bigReader.readAll().map(\.text), ["Zürich 𝄞", "zwei"])
        XCTAssertEqual(bigReader.encoding, .utf16BigEndian)
    }

    func testSmallChunksKeepLinesAndMultibyteCharactersWhole() throws {
        let text = (1...50).map { "Zeile \($0): Größe – „Maß“" }.joined(separator: "\n")
        let reader = try LineReader(path: try file("chunks.txt", Array(text.utf8)), chunkSize: 7)
        XCTAssertEqual(try reader.readAll().map(\.text), text.components(separatedBy: "\n"))
    }

    func testInvalidUTF8ReportsByteOffsetLineAndColumn() throws {
        let path = try file("bad.txt", Array("gut\nab".utf8) + [0xC3, 0x28] + Array("cd\n".utf8))
        XCTAssertThrowsError(try LineReader.validate(path: path)) { error in
            XCTAssertEqual(error as? InputError, .invalidUTF8(path: path, byteOffset: 6, line: 2, column: 3))
        }
        let latin1 = try file("latin1.txt", [0x47, 0x72, 0xFC, 0xDF, 0x65])  // "Grüße" in ISO-8859-1
        XCTAssertThrowsError(try LineReader.validate(path: latin1)) { error in
            XCTAssertEqual(error as? InputError, .invalidUTF8(path: latin1, byteOffset: 2, line: 1, column: 3))
        }
    }

    func testBinaryEmptyDirectoryMissing() throws {
        let binary = try file("image.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
        XCTAssertThrowsError(try LineReader.validate(path: binary)) { error in
            XCTAssertEqual(error as? InputError, .binary(path: binary, byteOffset: 4))
        }
        let empty = try file("empty.txt", [])
        XCTAssertThrowsError(try LineReader(path: empty)) { XCTAssertEqual($0 as? InputError, .empty(path: empty)) }
        XCTAssertThrowsError(try LineReader(path: directory.path)) { XCTAssertEqual($0 as? InputError, .isDirectory(path: self.directory.path)) }
        let missing = directory.appendingPathComponent("missing.txt").path
        XCTAssertThrowsError(try LineReader(path: missing)) { XCTAssertEqual($0 as? InputError, .notFound(path: missing)) }
    }

    func testLoneSurrogateInUTF16() throws {
        let path = try file("lone.txt", [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00])
        XCTAssertThrowsError(try LineReader.validate(path: path)) { error in
            XCTAssertEqual(error as? InputError, .invalidUTF16(path: path, byteOffset: 4))
        }
    }
}
