import TandemAlignment
import TandemCore
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

final class AlignmentReportTests: XCTestCase {
    private func report() -> AlignmentReport {
        let source = Fixtures.blocks("""
        # Prices & fees

        Median pay is $35,280 per year. Most work <full time>.
        """, language: "en")
        let target = Fixtures.blocks("""
        # Preise & Gebühren

        Der Medianlohn beträgt 35.280 USD pro Jahr.
        """, language: "de")
        let pairs = Fixtures.aligner().align(source: source, target: target)
        return AlignmentReport(source: AlignmentSide(path: "pay.en.md", language: "en"),
                               target: AlignmentSide(path: "pay.de.md", language: "de"),
                               pairs: pairs, toolVersion: "1.2.3")
    }

    func testTextIsSideBySideWithLineNumbers() {
        let lines = report().render(.text).split(separator: "\n").map(String.init)
        guard lines.count == 3 else { return XCTFail(lines.joined(separator: "\n")) }
        XCTAssertTrue(lines[0].hasPrefix("1 ↔ 1  1-1  "), lines[0])
        XCTAssertTrue(lines[0].hasSuffix("Prices & fees  ║  Preise & Gebühren"), lines[0])
        XCTAssertTrue(lines[2].contains("1-0"), lines[2])
        XCTAssertTrue(lines[2].hasSuffix("║  —"), lines[2])
    }

    func testTSVHasAHeaderAndSixColumns() {
        let lines = report().render(.tsv).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        guard lines.count == 4 else { return XCTFail(lines.joined(separator: "\n")) }
        XCTAssertEqual(lines[0], "source_lines\ttarget_lines\tkind\tscore\tsource_text\ttarget_text")
        for line in lines { XCTAssertEqual(line.split(separator: "\t", omittingEmptySubsequences: false).count, 6, line) }
        let omission = lines[3].split(separator: "\t", omittingEmptySubsequences: false)
        XCTAssertEqual(omission[0], "3")
        XCTAssertEqual(omission[1], "-")
        XCTAssertEqual(omission[2], "1-0")
        XCTAssertEqual(omission[5], "")
    }

    func testJSONParsesBackWithPositions() throws {
        let data = Data(report().render(.json).utf8)
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(root["schemaVersion"] as? Int, 1)
        XCTAssertEqual((root["source"] as? [String: Any])?["language"] as? String, "en")
        XCTAssertEqual((root["target"] as? [String: Any])?["path"] as? String, "pay.de.md")
        let pairs = try XCTUnwrap(root["pairs"] as? [[String: Any]])
        guard pairs.count == 3 else { return XCTFail("expected 3 pairs, got \(pairs.count)") }
        let second = pairs[1]
        XCTAssertEqual(second["kind"] as? String, "1-1")
        let score = try XCTUnwrap(second["score"] as? Double)
        XCTAssertTrue((0...1).contains(score))
        let source = try XCTUnwrap(second["source"] as? [[String: Any]])
        XCTAssertEqual(source[0]["index"] as? Int, 1)
        XCTAssertEqual(source[0]["line"] as? Int, 3)
        XCTAssertEqual(source[0]["column"] as? Int, 1)
        XCTAssertEqual(source[0]["text"] as? String, "Median pay is $35,280 per year.")
        let third = pairs[2]
        XCTAssertEqual((third["target"] as? [Any])?.count, 0)
        XCTAssertEqual(((third["source"] as? [[String: Any]])?[0])?["column"] as? Int, 33)
    }

    func testTMXIsWellFormedAndEscaped() throws {
        let xml = report().render(.tmx)
        let collector = TMXCollector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), String(describing: parser.parserError))
        XCTAssertEqual(collector.header["creationtool"], "tandem")
        XCTAssertEqual(collector.header["srclang"], "en")
        XCTAssertEqual(collector.version, "1.4")
        // The omission (1-0) is left out of the memory.
        guard collector.units.count == 2 else { return XCTFail(xml) }
        XCTAssertEqual(collector.units[0].map(\.language), ["en", "de"])
        XCTAssertEqual(collector.units[0].map(\.text), ["Prices & fees", "Preise & Gebühren"])
        XCTAssertTrue(xml.contains("Prices &amp; fees"))
    }
}

/// Collects the translation units of a TMX file.
private final class TMXCollector: NSObject, XMLParserDelegate {
    var header: [String: String] = [:]
    var version = ""
    var units: [[(language: String, text: String)]] = []
    private var language = ""
    private var text = ""
    private var inSegment = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "tmx": version = attributes["version"] ?? ""
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
