import Foundation
import XCTest

final class SegmentCommandTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws { directory = try TandemProcess.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func testTextFormat() throws {
        let path = try write("de.txt", Array("# Überblick\n\nEr kam später. Dann ging er.\n\n• Am 3. Oktober ist z. B. frei.\n".utf8))
        let result = try TandemProcess.run(["segment", path, "--lang", "de"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
        1:3\theading\tÜberblick
        3:1\tparagraph\tEr kam später.
        3:16\tparagraph\tDann ging er.
        5:3\tlist-item\tAm 3. Oktober ist z. B. frei.

        """)
        XCTAssertEqual(result.stderr, "")
    }

    func testJSONFormatAndGuessedLanguage() throws {
        let path = try write("en.txt", Array("The clerk answers calls. He works for Acme Inc. in the U.S. since 2010.\n".utf8))
        let result = try TandemProcess.run(["segment", path, "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("guessed en"), result.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["schemaVersion"] as? Int, 1)
        XCTAssertEqual(object["language"] as? String, "en")
        XCTAssertEqual(object["path"] as? String, path)
        let segments = try XCTUnwrap(object["segments"] as? [[String: Any]])
        XCTAssertEqual(segments.map { $0["text"] as? String }, ["The clerk answers calls.", "He works for Acme Inc. in the U.S. since 2010."])
        XCTAssertEqual(segments[1]["column"] as? Int, 26)
        XCTAssertEqual(segments[1]["index"] as? Int, 1)
        XCTAssertEqual(segments[1]["block"] as? Int, 0)
        XCTAssertEqual(segments[1]["kind"] as? String, "paragraph")
    }

    func testOutputFileIsWrittenWhole() throws {
        let path = try write("de.txt", Array("Ein Satz. Noch einer.\n".utf8))
        let output = directory.appendingPathComponent("out.json").path
        let result = try TandemProcess.run(["segment", path, "--lang", "de-CH", "--format", "json", "-o", output])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any]
        XCTAssertEqual(object?["language"] as? String, "de-CH")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".tandem-") }
        XCTAssertEqual(leftovers, [])
    }

    func testUTF16File() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Grüße aus Zürich. Bis bald.\r\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = try TandemProcess.run(["segment", try write("utf16.txt", bytes), "--lang", "de"])
        XCTAssertEqual(result.stdout, "1:1\tparagraph\tGrüße aus Zürich.\n1:19\tparagraph\tBis bald.\n")
    }

    func testBadInputExitsWithTwoAndAClearMessage() throws {
        let cases: [(arguments: [String], message: String)] = [
            (["segment", try write("bad.txt", Array("ok\nGr".utf8) + [0xFC] + Array("ße\n".utf8)), "--lang", "de"],
             "bad.txt:2:3: invalid UTF-8 at byte offset 5"),
            (["segment", try write("empty.txt", []), "--lang", "de"], "empty.txt: the file is empty"),
            (["segment", try write("bin.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]), "--lang", "de"],
             "not a text file (a NUL byte at byte offset 8)"),
            (["segment", directory.path, "--lang", "de"], "is a folder, expected a text file"),
            (["segment", directory.appendingPathComponent("missing.txt").path], "missing.txt: no such file"),
            (["segment", try write("x.txt", Array("Text.\n".utf8)), "--lang", "Deutsch!"], "'Deutsch!' is not a BCP 47 language tag"),
            (["segment", try write("y.txt", Array("Text.\n".utf8)), "--lang", "qq"], "'qq' names no known language"),
            (["segment", try write("z.txt", Array("Text.\n".utf8)), "--format", "xml"], "xml"),
            (["segment"], "Missing expected argument"),
        ]
        for (arguments, message) in cases {
            let result = try TandemProcess.run(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            XCTAssertFalse(result.stderr.contains("Fatal error"), result.stderr)
            XCTAssertEqual(result.stdout, "", "\(arguments)")
        }
    }

    func testGermanUserInterface() throws {
        let path = try write("leer.txt", [])
        let result = try TandemProcess.run(["segment", path, "--lang", "de"], environment: ["LANG": "de_DE.UTF-8"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("Fehler: \(path): die Datei ist leer"), result.stderr)
        let flag = try TandemProcess.run(["segment", path, "--lang", "de", "--ui-lang", "de"])
        XCTAssertTrue(flag.stderr.contains("die Datei ist leer"), flag.stderr)
    }

    func testHelpAndVersion() throws {
        let version = try TandemProcess.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertEqual(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, false)
        let help = try TandemProcess.run(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("segment"))
    }
}
