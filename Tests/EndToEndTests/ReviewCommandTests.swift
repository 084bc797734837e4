import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

final class ReviewCommandTests: XCTestCase {
    private var directory: URL!
    private let sample = "Locales/samples/customer-service-representative"

    override func setUpWithError() throws { directory = try TandemProcess.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    private func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private func json(_ result: TandemProcess.Result) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], result.stderr)
    }

    func testSampleFindsThePlantedErrorsAndExitsOne() throws {
        let result = try TandemProcess.run(["review", "\(sample).en.md", "\(sample).de.md", "--format", "json"])
        XCTAssertEqual(result.status, 1, result.stderr)
        let report = try json(result)
        XCTAssertEqual(report["schemaVersion"] as? Int, 1)
        let findings = try XCTUnwrap(report["findings"] as? [[String: Any]])
        let targets = findings.compactMap { ($0["target"] as? [String: Any])?["text"] as? String }
        for excerpt in ["314.700", "100%", "Schul-und", "12.5", "$33,510", "die die", "Interessen(Holland-Code)", "vorraussichtlich",
                        "Some move into sales, training or quality assurance.", "Computer Benutzer Support-Spezialist"] {
            XCTAssertTrue(targets.contains(excerpt), "\(excerpt) not found in \(targets)")
        }
        let omission = try XCTUnwrap(findings.first { $0["check"] as? String == "omission" })
        XCTAssertEqual((omission["source"] as? [String: Any])?["line"] as? Int, 29)
        XCTAssertTrue(omission["target"] is NSNull)
        let suggestion = findings.first { ($0["target"] as? [String: Any])?["text"] as? String == "$33,510" }?["suggestion"] as? String
        XCTAssertEqual(suggestion, "33.510\u{A0}USD")
        // The correct lines stay quiet: localized numbers and German quotes.
        XCTAssertFalse(targets.contains { $0.contains("35.280") || $0.contains("„Gesicht“") || $0.contains("2.850.000") })
    }

    func testNoArgumentsReviewsTheSampleWithASummary() throws {
        let result = try TandemProcess.run(["review"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stdout.contains("findings in"), result.stdout)
        XCTAssertTrue(result.stdout.contains("MQM"), result.stdout)
        XCTAssertFalse(result.stdout.contains("\u{1B}["), "no colors without a terminal")
    }

    func testFailOnAndBaseline() throws {
        let english = try write("pay.en.txt", "Employers expect 100% of their attention.\n")
        let german = try write("pay.de.txt", "Arbeitgeber erwarten 100% ihrer Aufmerksamkeit.\n")
        let minorOnly = try TandemProcess.run(["review", english, german, "--source-lang", "en", "--target-lang", "de", "--format", "json"])
        XCTAssertEqual(minorOnly.status, 0, "a minor finding does not fail the default --fail-on major: \(minorOnly.stdout)")
        XCTAssertEqual((try json(minorOnly)["findings"] as? [Any])?.count, 1)
        let strict = try TandemProcess.run(["review", english, german, "--source-lang", "en", "--target-lang", "de", "--fail-on", "minor"])
        XCTAssertEqual(strict.status, 1)
        let baseline = directory.appendingPathComponent("baseline.json").path
        let first = try TandemProcess.run(["review", "\(sample).en.md", "\(sample).de.md", "--write-baseline", baseline, "--format", "json"])
        XCTAssertEqual(first.status, 1)
        let second = try TandemProcess.run(["review", "\(sample).en.md", "\(sample).de.md", "--baseline", baseline, "--format", "json"])
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertEqual((try json(second)["findings"] as? [Any])?.count, 0)
    }

    func testSARIFHasTheRequiredFields() throws {
        let result = try TandemProcess.run(["review", "\(sample).en.md", "\(sample).de.md", "--format", "sarif"])
        XCTAssertEqual(result.status, 1, result.stderr)
        let sarif = try json(result)
        XCTAssertEqual(sarif["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((sarif["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "tandem")
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertTrue(rules.contains { $0["id"] as? String == "numbers" })
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertFalse(results.isEmpty)
        for result in results {
            XCTAssertNotNil(result["ruleId"] as? String)
            XCTAssertNotNil((result["message"] as? [String: Any])?["text"] as? String)
            XCTAssertNotNil((result["partialFingerprints"] as? [String: Any])?["tandemFingerprint/v1"])
            let region = ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
            XCTAssertNotNil(region?["startLine"] as? Int)
            XCTAssertNotNil(region?["startColumn"] as? Int)
        }
    }

    func testJUnitParses() throws {
        let output = directory.appendingPathComponent("review.xml")
        let result = try TandemProcess.run(["review", "\(sample).en.md", "\(sample).de.md", "--format", "junit", "-o", output.path])
        XCTAssertEqual(result.status, 1, result.stderr)
        let parser = XMLParser(data: try Data(contentsOf: output))
        let delegate = FailureCounter()
        parser.delegate = delegate
        XCTAssertTrue(parser.parse())
        XCTAssertGreaterThan(delegate.failures, 10)
    }

    func testBilingualFileWithPositionsInTheFile() throws {
        let xliff = try write("shop.xlf", """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file original="shop" source-language="en" target-language="de-DE" datatype="plaintext">
            <body>
              <trans-unit id="price">
                <source>The price is $1,250.50.</source>
                <target>Der Preis beträgt 1.205,50 USD.</target>
              </trans-unit>
              <trans-unit id="empty">
                <source>Checkout</source>
                <target></target>
              </trans-unit>
            </body>
          </file>
        </xliff>
        """)
        let result = try TandemProcess.run(["review", xliff, "--format", "json"])
        XCTAssertEqual(result.status, 1, result.stderr)
        let findings = try XCTUnwrap(try json(result)["findings"] as? [[String: Any]])
        let number = try XCTUnwrap(findings.first { $0["check"] as? String == "numbers" })
        let target = try XCTUnwrap(number["target"] as? [String: Any])
        XCTAssertEqual(target["line"] as? Int, 7)
        XCTAssertEqual(target["column"] as? Int, 35)
        XCTAssertTrue(findings.contains { $0["check"] as? String == "omission" }, "an empty target is reported")
    }

    func testBadInputExitsTwoAndWritesNothing() throws {
        let output = directory.appendingPathComponent("out.json")
        let invalid = directory.appendingPathComponent("bad.de.txt")
        try Data([0x48, 0x61, 0x6C, 0xFF, 0x6C, 0x6F, 0x0A]).write(to: invalid)
        let utf8 = try TandemProcess.run(["review", "\(sample).en.md", invalid.path, "-o", output.path])
        XCTAssertEqual(utf8.status, 2)
        XCTAssertTrue(utf8.stderr.contains("UTF-8"), utf8.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))

        let malformed = try write("broken.xlf", "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n  <file source-language=\"en\" target-language=\"de\"><body>\n    <trans-unit id=\"1\"><source>Hi</source><target>Hallo</targt>\n")
        let broken = try TandemProcess.run(["review", malformed, "-o", output.path])
        XCTAssertEqual(broken.status, 2)
        XCTAssertTrue(broken.stderr.contains("broken.xlf:4:"), broken.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))

        let entities = try write("xxe.xlf", """
        <?xml version="1.0"?>
        <!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="de"><body>
        <trans-unit id="1"><source>&xxe;</source><target>&b;</target></trans-unit></body></file></xliff>
        """)
        let xxe = try TandemProcess.run(["review", entities])
        XCTAssertEqual(xxe.status, 2)
        XCTAssertFalse(xxe.stdout.contains("root:"))

        XCTAssertEqual(try TandemProcess.run(["review", "/nonexistent/a.txt", "/nonexistent/b.txt"]).status, 2)
        XCTAssertEqual(try TandemProcess.run(["review", "a", "b", "c"]).status, 2)
    }

    func testLanguageMismatchAndSameLanguage() throws {
        let xliff = try write("fr.xlf", """
        <?xml version="1.0"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="fr" datatype="plaintext"><body>
        <trans-unit id="1"><source>Hello</source><target>Bonjour</target></trans-unit></body></file></xliff>
        """)
        let mismatch = try TandemProcess.run(["review", xliff, "--target-lang", "de"])
        XCTAssertEqual(mismatch.status, 2)
        XCTAssertTrue(mismatch.stderr.contains("fr"), mismatch.stderr)
        let same = try TandemProcess.run(["review", "\(sample).en.md", "\(sample).en.md", "--source-lang", "en", "--target-lang", "en"])
        XCTAssertEqual(same.status, 2)
    }

    func testConfigurationErrorsNameLineAndColumn() throws {
        let config = try write("tandem.yml", "checks:\n  spelling: off\n  grammer: on\n")
        let result = try TandemProcess.run(["review", "\(sample).en.md", "\(sample).de.md", "--config", config])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("tandem.yml:3:3"), result.stderr)
        let quiet = try write("quiet.yml", "checks:\n  spelling: off\n  typography: off\n  numbers: off\n  locale-conventions: off\n  untranslated: off\n  omission: off\n  consistency: off\n")
        let off = try TandemProcess.run(["review", "\(sample).en.md", "\(sample).de.md", "--config", quiet, "--format", "json"])
        XCTAssertEqual((try json(off)["findings"] as? [[String: Any]])?.filter { ["numbers", "spelling", "typography"].contains($0["check"] as? String) }.count, 0)
    }

    func testChecksListsEveryCheckInBothLanguages() throws {
        let english = try TandemProcess.run(["checks"])
        XCTAssertEqual(english.status, 0)
        for id in ["numbers", "locale-conventions", "typography", "untranslated", "omission", "spelling", "consistency", "markup"] {
            XCTAssertTrue(english.stdout.contains("\(id) ("), id)
        }
        XCTAssertTrue(english.stdout.contains("314.700"))
        let german = try TandemProcess.run(["checks", "--ui-lang", "de"])
        XCTAssertTrue(german.stdout.contains("Zahlen werden"), german.stdout)
    }

    func testGermanMessages() throws {
        let result = try TandemProcess.run(["review", "\(sample).en.md", "\(sample).de.md", "--format", "json", "--ui-lang", "de"])
        XCTAssertTrue(result.stdout.contains("Die Zahl wurde geändert"), result.stdout)
    }
}

/// Counts `<failure>` elements.
final class FailureCounter: NSObject, XMLParserDelegate {
    var failures = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if elementName == "failure" { failures += 1 }
    }
}
