import Foundation
import XCTest

/// `tandem lint` run as a user runs it: exit codes, the four output formats, --fix, baselines, bad input.
final class LintCommandTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try TandemProcess.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL { try write(name, Array(text.utf8)) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url
    }

    func lint(_ arguments: [String], environment: [String: String] = [:]) throws -> TandemProcess.Result {
        try TandemProcess.run(["lint"] + arguments, in: directory, environment: environment)
    }

    /// An English and a German shop catalog; the German one lacks a key and breaks a placeholder.
    func writeShop() throws {
        try write("locales/en/shop.json", """
        {
          "cart": {"title": "Your cart", "empty": "Your cart is empty"},
          "checkout": "Pay {{amount}} now",
          "items_one": "{{count}} item",
          "items_other": "{{count}} items"
        }
        """)
        try write("locales/de/shop.json", """
        {
          "cart": {"title": "Ihr Warenkorb"},
          "checkout": "Jetzt {{betrag}} bezahlen",
          "items_one": "{{count}} Artikel",
          "items_other": "{{count}} Artikel"
        }
        """)
    }

    func testTandemsOwnCatalogsLintClean() throws {
        let result = try TandemProcess.run(["lint", "Locales/"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("no findings"), result.stdout)
    }

    func testExitCodesFollowFailOn() throws {
        try writeShop()
        let failing = try lint(["locales"])
        XCTAssertEqual(failing.status, 1, failing.stderr)
        XCTAssertTrue(failing.stdout.contains("locales/de/shop.json:1:1: major: the key “cart.empty” is missing in de [missing-key]"), failing.stdout)
        XCTAssertTrue(failing.stdout.contains("[placeholders]"), failing.stdout)
        XCTAssertEqual(try lint(["locales", "--fail-on", "critical"]).status, 0)
        XCTAssertEqual(try lint(["locales", "--fail-on", "nonsense"]).status, 2)
    }

    func testJSONOutputParsesAndHasTheDocumentedFields() throws {
        try writeShop()
        let result = try lint(["locales", "--format", "json"])
        XCTAssertEqual(result.status, 1)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["schemaVersion"] as? Int, 1)
        XCTAssertEqual(object["tool"] as? String, "tandem")
        XCTAssertEqual(object["command"] as? String, "lint")
        XCTAssertEqual(object["files"] as? [String], ["locales/de/shop.json", "locales/en/shop.json"])
        let findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.map { $0["check"] as? String }, ["missing-key", "placeholders", "placeholders"])
        for finding in findings {
            for field in ["check", "category", "mqm", "severity", "message", "suggestion", "fingerprint", "source", "target"] {
                XCTAssertTrue(finding.keys.contains(field), "missing \(field)")
            }
        }
        let extra = try XCTUnwrap(findings.first { ($0["message"] as? String)?.contains("{{betrag}}") == true })
        let target = try XCTUnwrap(extra["target"] as? [String: Any])
        XCTAssertEqual(target["line"] as? Int, 3)
        XCTAssertEqual(target["column"] as? Int, 22)
        XCTAssertEqual(target["text"] as? String, "{{betrag}}")
        // Byte-stable: the same run gives the same bytes.
        XCTAssertEqual(try lint(["locales", "--format", "json"]).stdout, result.stdout)
    }

    func testSARIFHasTheRequiredFieldsAndUTF16Columns() throws {
        // "👍 " before the placeholder: 2 scalars, 3 UTF-16 code units.
        try write("app/values/strings.xml", "<resources><string name=\"hi\">Hello %1$s</string></resources>\n")
        try write("app/values-de/strings.xml", "<resources><string name=\"hi\">👍 Hallo %1$d</string></resources>\n")
        let result = try lint(["app", "--format", "sarif", "-o", "report.sarif"])
        XCTAssertEqual(result.status, 1, result.stderr)
        let data = try Data(contentsOf: directory.appendingPathComponent("report.sarif"))
        let sarif = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(sarif["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((sarif["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "tandem")
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertTrue(rules.contains { $0["id"] as? String == "placeholders" && ($0["shortDescription"] as? [String: Any])?["text"] != nil })
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        let first = try XCTUnwrap(results.first)
        XCTAssertEqual(first["ruleId"] as? String, "placeholders")
        XCTAssertEqual(first["level"] as? String, "error")
        XCTAssertNotNil((first["message"] as? [String: Any])?["text"])
        XCTAssertNotNil((first["partialFingerprints"] as? [String: Any])?["tandemFingerprint/v1"])
        let location = try XCTUnwrap(((first["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        XCTAssertEqual((location["artifactLocation"] as? [String: Any])?["uri"] as? String, "app/values-de/strings.xml")
        let region = try XCTUnwrap(location["region"] as? [String: Any])
        XCTAssertEqual(region["startLine"] as? Int, 1)
        // Scalars: 30 + "👍 Hallo " (8) = column 38; UTF-16: one more for the emoji's surrogate pair.
        XCTAssertEqual(region["startColumn"] as? Int, 39)
    }

    func testJUnitOutput() throws {
        try writeShop()
        let result = try lint(["locales", "--format", "junit"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"tandem lint\""), result.stdout)
        XCTAssertTrue(result.stdout.contains("failures=\"3\""), result.stdout)
        XCTAssertTrue(result.stdout.contains("<testsuite name=\"locales/en/shop.json\" tests=\"1\" failures=\"0\">"), result.stdout)
    }

    func testFixChangesOnlyTheFixableBytes() throws {
        // A byte-order mark, a decomposed "ö" (o + U+0308) in a value, trailing spaces; the key keeps its decomposed form.
        let original = "\u{FEFF}{\n  \"size\": \"Gro\u{0308}ße\",   \n  \"Mo\u{0308}bel\": \"Möbel\"\n}\n"
        let url = try write("locales/de.json", original)
        let untouched = "{\"size\": \"Size\", \"Mo\u{0308}bel\": \"Furniture\"}\n"
        let other = try write("locales/en.json", untouched)
        let before = try lint(["locales", "--format", "json"])
        XCTAssertTrue(before.stdout.contains("\"check\":\"nfc\""), before.stdout)
        let result = try lint(["locales", "--fix"])
        XCTAssertTrue(result.stderr.contains("locales/de.json: fixed"), result.stderr)
        let expected = "{\n  \"size\": \"Größe\",\n  \"Mo\u{0308}bel\": \"Möbel\"\n}\n"
        XCTAssertEqual(Array(try Data(contentsOf: url)), Array(expected.utf8))
        XCTAssertEqual(Array(try Data(contentsOf: other)), Array(untouched.utf8))
        let after = try lint(["locales", "--format", "json"])
        XCTAssertFalse(after.stdout.contains("\"check\":\"nfc\""), after.stdout)
        XCTAssertFalse(after.stdout.contains("\"check\":\"byte-order-mark\""), after.stdout)
        XCTAssertFalse(after.stdout.contains("\"check\":\"trailing-whitespace\""), after.stdout)
    }

    func testFixNeverTouchesFilesItCannotFixSafely() throws {
        let bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]>\n<resources><string name=\"a\">&lol2;</string></resources>\n"
        let url = try write("res/values/strings.xml", bomb)
        let result = try lint(["res", "--fix", "--format", "json"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("\"check\":\"parse-error\""), result.stdout)
        XCTAssertTrue(result.stdout.contains("\"line\":2"), result.stdout)
        XCTAssertEqual(String(decoding: try Data(contentsOf: url), as: UTF8.self), bomb)
    }

    func testBaselineAcceptsKnownFindingsOnly() throws {
        try writeShop()
        let written = try lint(["locales", "--write-baseline", "baseline.json"])
        XCTAssertEqual(written.status, 1)
        XCTAssertEqual(try lint(["locales", "--baseline", "baseline.json"]).status, 0)
        // A new problem on another line: the old findings stay accepted, the new one counts.
        try write("locales/de/shop.json", """
        {

          "cart": {"title": "Ihr Warenkorb"},
          "checkout": "Jetzt {{betrag}} bezahlen",
          "items_one": "{{count}} Artikel",
          "items_other": "{{count}} Artikel",
          "extra": "Übrig"
        }
        """)
        let again = try lint(["locales", "--baseline", "baseline.json", "--fail-on", "minor"])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stdout.contains("[obsolete-key]"), again.stdout)
        XCTAssertFalse(again.stdout.contains("[missing-key]"), again.stdout)
    }

    func testBadInputGivesClearErrorsNotCrashes() throws {
        try write("notes.txt", "Einkaufsliste\n")
        let unknown = try lint(["notes.txt"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("notes.txt: tandem cannot read this file"), unknown.stderr)
        XCTAssertEqual(try lint(["missing-folder"]).status, 2)

        try write("bad/de.json", "{\"cart\": \"Warenkorb\",}")
        try write("bad/config/locales/de.yml", "de:\n  cart:\n\ttitle: Warenkorb\n")
        try write("bad/res/values-de/strings.xml", "<resources>\n  <string name=\"cart\">Waren")
        try write("bad/de.po", [0x6D, 0x73, 0x67, 0x69, 0x64, 0x20, 0x22, 0xFF, 0x22, 0x0A])
        try write("bad/messages_de.properties", "key\\u12=Wert\n")
        let result = try lint(["bad", "--format", "json"])
        XCTAssertEqual(result.status, 1, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
        let places = findings.compactMap { finding -> String? in
            guard finding["check"] as? String == "parse-error", let target = finding["target"] as? [String: Any] else { return nil }
            return "\(target["path"]!):\(target["line"]!):\(target["column"]!)"
        }
        XCTAssertEqual(places, ["bad/config/locales/de.yml:3:1", "bad/de.json:1:22", "bad/de.po:1:8", "bad/messages_de.properties:1:4",
                                "bad/res/values-de/strings.xml:2:28"])
    }

    func testGermanMessages() throws {
        try writeShop()
        let result = try lint(["locales"], environment: ["LANG": "de_DE.UTF-8"])
        XCTAssertTrue(result.stdout.contains("der Schlüssel „cart.empty“ fehlt in de"), result.stdout)
        XCTAssertTrue(result.stdout.contains("schwer"), result.stdout)
    }
}
