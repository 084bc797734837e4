import Foundation
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

final class AlignCommandTests: XCTestCase {
    private var directory: URL!
    private let english = "Locales/samples/customer-service-representative.en.md"
    private let german = "Locales/samples/customer-service-representative.de.md"

    override func setUpWithError() throws { directory = try TandemProcess.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    private func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private func pairs(_ result: TandemProcess.Result) throws -> [[String: Any]] {
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], result.stderr)
        return try XCTUnwrap(root["pairs"] as? [[String: Any]])
    }

    private func texts(_ pair: [String: Any], _ side: String) -> [String] {
        ((pair[side] as? [[String: Any]]) ?? []).compactMap { $0["text"] as? String }
    }

    func testSampleAlignmentMatchesItsGoldenDump() throws {
        let result = try TandemProcess.run(["align", english, german])
        XCTAssertEqual(result.status, 0, result.stderr)
        Golden.assertMatches(result.stdout, file: "sample-alignment.txt")
    }

    func testSampleJSONFindsTheOmittedSentence() throws {
        let result = try TandemProcess.run(["align", english, german, "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(root["schemaVersion"] as? Int, 1)
        XCTAssertEqual((root["source"] as? [String: Any])?["path"] as? String, english)
        XCTAssertEqual((root["source"] as? [String: Any])?["language"] as? String, "en")
        XCTAssertEqual((root["target"] as? [String: Any])?["language"] as? String, "de")
        let pairs = try XCTUnwrap(root["pairs"] as? [[String: Any]])
        let omissions = pairs.filter { $0["kind"] as? String == "1-0" }
        XCTAssertEqual(omissions.map { texts($0, "source") }, [["Some employers let representatives work from home."]])
        let omitted = try XCTUnwrap((omissions.first?["source"] as? [[String: Any]])?.first)
        XCTAssertEqual(omitted["line"] as? Int, 29)
        XCTAssertEqual(omitted["column"] as? Int, 153)
        XCTAssertEqual((omissions.first?["target"] as? [Any])?.count, 0)
        // Every sentence of both files appears once, in order.
        let sourceIndices = pairs.flatMap { ($0["source"] as? [[String: Any]] ?? []).compactMap { $0["index"] as? Int } }
        XCTAssertEqual(sourceIndices, Array(0..<sourceIndices.count))
        let pay = try XCTUnwrap(pairs.first { texts($0, "source").first?.hasPrefix("Median pay") == true })
        XCTAssertEqual(texts(pay, "target"), ["Medianlohn: 35.280 USD pro Jahr bzw. 16,96 USD pro Stunde (Mai 2023)."])
        for pair in pairs {
            let score = try XCTUnwrap(pair["score"] as? Double)
            XCTAssertTrue((0...1).contains(score))
        }
    }

    func testTSVHasAHeaderAndOneLinePerPair() throws {
        let result = try TandemProcess.run(["align", english, german, "--format", "tsv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "source_lines\ttarget_lines\tkind\tscore\tsource_text\ttarget_text")
        for line in lines { XCTAssertEqual(line.split(separator: "\t", omittingEmptySubsequences: false).count, 6, line) }
        XCTAssertTrue(lines.contains { $0.hasPrefix("7\t7\t1-1\t") && $0.hasSuffix("Medianlohn: 35.280 USD pro Jahr bzw. 16,96 USD pro Stunde (Mai 2023).") })
    }

    func testTMXIsAValidTranslationMemoryWithoutOmissions() throws {
        let output = directory.appendingPathComponent("sample.tmx").path
        let result = try TandemProcess.run(["align", english, german, "--format", "tmx", "-o", output])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        let reader = UnitReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        XCTAssertTrue(parser.parse(), String(describing: parser.parserError))
        XCTAssertEqual(reader.header["creationtool"], "tandem")
        XCTAssertEqual(reader.header["srclang"], "en")
        XCTAssertFalse(reader.units.isEmpty)
        XCTAssertTrue(reader.units.allSatisfy { $0.map(\.language) == ["en", "de"] })
        XCTAssertFalse(reader.units.contains { $0[0].text.contains("work from home") }, "omissions are not translation units")
        XCTAssertTrue(reader.units.contains { $0[0].text == "Bank teller" && $0[1].text == "Erzähler" })
    }

    func testSegmentedInputCountsNonEmptyLines() throws {
        let source = try write("a.en.txt", "First line with 12 apples.\n\n  Second line about Berlin.\nThird line, 7 cats.\n")
        let target = try write("a.de.txt", "Erste Zeile mit 12 Äpfeln.\nDritte Zeile, 7 Katzen.\n")
        let result = try TandemProcess.run(["align", source, target, "--segmented", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let pairs = try pairs(result)
        XCTAssertEqual(pairs.map { $0["kind"] as? String }, ["1-1", "1-0", "1-1"])
        let second = try XCTUnwrap((pairs[1]["source"] as? [[String: Any]])?.first)
        XCTAssertEqual(second["index"] as? Int, 1)
        XCTAssertEqual(second["line"] as? Int, 3)
        XCTAssertEqual(second["column"] as? Int, 3)
        XCTAssertEqual(second["text"] as? String, "Second line about Berlin.")
        let third = try XCTUnwrap((pairs[2]["target"] as? [[String: Any]])?.first)
        XCTAssertEqual(third["index"] as? Int, 1)
    }

    func testGermanFrenchPairWithoutDictionary() throws {
        let source = try write("a.de.md", """
        # Installation

        Laden Sie setup-3.1.tar.gz von https://example.org herunter. Die Datei ist 14 MB groß.

        - Version 3.1 läuft unter Debian 12.
        - Fragen beantwortet Jean Martin.
        """)
        let target = try write("a.fr.md", """
        # Installation

        Téléchargez setup-3.1.tar.gz depuis https://example.org. Le fichier fait 14 Mo.

        - Jean Martin répond aux questions.
        """)
        let result = try TandemProcess.run(["align", source, target, "--source-lang", "de", "--target-lang", "fr", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "", "no dictionary is needed for German–French")
        let pairs = try pairs(result)
        XCTAssertEqual(pairs.map { $0["kind"] as? String }, ["1-1", "1-1", "1-1", "1-0", "1-1"])
        XCTAssertEqual(texts(pairs[3], "source"), ["Version 3.1 läuft unter Debian 12."])
    }

    func testMissingDictionaryIsANoteNotAnError() throws {
        let result = try TandemProcess.run(["align", english, german, "--format", "tsv"],
                                           environment: ["TANDEM_DICTIONARY": directory.appendingPathComponent("none").path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("bilingual dictionary unavailable"), result.stderr)
        XCTAssertTrue(result.stderr.contains("trans-de-en"), result.stderr)
        XCTAssertTrue(result.stdout.contains("\t1-1\t"))
    }

    func testBadInputsAreInputErrors() throws {
        let text = try write("ok.en.txt", "A sentence.\n")
        let binary = directory.appendingPathComponent("binary.de.txt")
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10]).write(to: binary)
        var result = try TandemProcess.run(["align", text, binary.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("not a text file"), result.stderr)
        XCTAssertEqual(result.stdout, "")

        result = try TandemProcess.run(["align", text, directory.appendingPathComponent("missing.de.txt").path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("no such file"), result.stderr)

        result = try TandemProcess.run(["align", text, text, "--target-lang", "de_DE!"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("BCP 47"), result.stderr)

        result = try TandemProcess.run(["align", text, text, "--format", "xml"])
        XCTAssertEqual(result.status, 2)
    }

    func testOneSideWithoutTextLeavesEverythingUnpaired() throws {
        let source = try write("a.en.md", "One sentence. Another sentence.\n")
        let blank = try write("b.de.md", "\n   \n\n")
        let result = try TandemProcess.run(["align", source, blank, "--format", "tsv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("no text to align"), result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t")[2] }, ["1-0", "1-0"])
    }

    func testVeryDifferentLengthsAreNoted() throws {
        let source = try write("long.en.md", (1...30).map { "Item \($0) costs \($0 * 3) dollars." }.joined(separator: "\n\n"))
        let target = try write("short.de.md", "Artikel 7 kostet 21 Dollar.\n")
        let result = try TandemProcess.run(["align", source, target, "--format", "tsv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("has 30 segments and"), result.stderr)
        XCTAssertTrue(result.stderr.contains("differ greatly in length"), result.stderr)
        let kinds = result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t")[2] }
        XCTAssertEqual(kinds.filter { $0 == "1-1" }.count, 1)
        XCTAssertTrue(result.stdout.contains("Item 7 costs 21 dollars.\tArtikel 7 kostet 21 Dollar."), result.stdout)
    }

    func testSameLanguageAndWrongLanguageAreNoted() throws {
        var result = try TandemProcess.run(["align", english, english, "--target-lang", "en"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("both in en"), result.stderr)
        XCTAssertFalse(result.stdout.contains("1-0"))

        result = try TandemProcess.run(["align", english, english])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("looks like en, not de"), result.stderr)
    }

    func testGermanInterfaceNotes() throws {
        let result = try TandemProcess.run(["align", english, german, "--ui-lang", "de"],
                                           environment: ["TANDEM_DICTIONARY": directory.appendingPathComponent("none").path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("zweisprachiges Wörterbuch nicht verfügbar"), result.stderr)
    }
}

/// Collects the translation units of a TMX file.
private final class UnitReader: NSObject, XMLParserDelegate {
    var header: [String: String] = [:]
    var units: [[(language: String, text: String)]] = []
    private var language = ""
    private var text = ""
    private var inSegment = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "header": header = attributes
        case "tu": units.append([])
        case "tuv": language = attributes["xml:lang"] ?? ""
        case "seg": inSegment = true; text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inSegment { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "seg" {
            inSegment = false
            units[units.count - 1].append((language, text))
        }
    }
}
