import Foundation
import XCTest

final class DiffCommandTests: XCTestCase {
    private var directory: URL!
    private let sample = "Locales/samples/customer-service-representative"
    private let revision = "Reports/sample-revision.de.md"

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

    private let version1 = """
    # Kassierer/-in

    Kassiererinnen und Kassierer nehmen Zahlungen entgegen. Sie arbeiten vorraussichtlich in Schichten.

    Etwa 314.700 Stellen werden jedes Jahr frei. Die Arbeit ist oft anstrengend.
    """

    private let version2 = """
    # Kassierer/-in

    Kassiererinnen und Kassierer nehmen Zahlungen entgegen. Sie arbeiten voraussichtlich in Schichten.

    Jedes Jahr werden etwa 341.700 Stellen frei. Viele arbeiten in Teilzeit.
    """

    func testPlainMarkersWithoutColor() throws {
        let old = try write("v1.de.md", version1)
        let new = try write("v2.de.md", version2)
        let result = try TandemProcess.run(["diff", old, new, "--lang", "de"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Sie arbeiten vor[-r-]aussichtlich in Schichten."), result.stdout)
        XCTAssertTrue(result.stdout.contains("[-Die Arbeit ist oft anstrengend-]{+Viele arbeiten in Teilzeit+}."), result.stdout)
        XCTAssertTrue(result.stdout.contains("3 segments changed, 0 added, 0 removed, 2 unchanged"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Word edit rate (TER): "), result.stdout)
        XCTAssertFalse(result.stdout.contains("\u{1B}["), "no colors with NO_COLOR and a pipe")
        XCTAssertFalse(result.stdout.contains("Kassiererinnen und Kassierer nehmen"), "unchanged segments are not printed")
    }

    func testGermanInterface() throws {
        let old = try write("v1.de.md", version1)
        let new = try write("v2.de.md", version2)
        let result = try TandemProcess.run(["diff", old, new, "--lang", "de", "--ui-lang", "de"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("3 Segmente geändert, 0 hinzugefügt, 0 entfernt, 2 unverändert"), result.stdout)
        XCTAssertTrue(result.stdout.contains("geändert · Zeile 3 → 3"), result.stdout)
    }

    func testJSONSchemaVersionOne() throws {
        let old = try write("v1.de.md", version1)
        let new = try write("v2.de.md", version2)
        let result = try TandemProcess.run(["diff", old, new, "--lang", "de", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let report = try json(result)
        XCTAssertEqual(report["schemaVersion"] as? Int, 1)
        XCTAssertTrue(report["source"] is NSNull)
        let summary = try XCTUnwrap(report["summary"] as? [String: Any])
        XCTAssertEqual(summary["changed"] as? Int, 3)
        XCTAssertEqual(summary["unchanged"] as? Int, 2)
        XCTAssertTrue(summary["findings"] is NSNull)
        let words = try XCTUnwrap(summary["words"] as? [String: Any])
        let edits = try XCTUnwrap(words["edits"] as? Int)
        XCTAssertEqual(edits, (words["insertions"] as! Int) + (words["deletions"] as! Int) + (words["substitutions"] as! Int) + (words["shifts"] as! Int))
        let rows = try XCTUnwrap(report["rows"] as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["status"] as? String }, ["unchanged", "unchanged", "changed", "changed", "changed"])
        let misspelled = rows[2]
        let pieces = try XCTUnwrap(misspelled["diff"] as? [[String: String]])
        XCTAssertEqual(pieces.map { $0["op"]! }, ["equal", "delete", "equal"])
        XCTAssertEqual(pieces[1]["text"], "r")
        XCTAssertEqual((misspelled["old"] as? [[String: Any]])?.first?["line"] as? Int, 3)
        // The rows of the JSON rebuild both versions' texts.
        for row in rows {
            let diff = row["diff"] as! [[String: String]]
            let oldText = diff.filter { $0["op"] != "insert" }.map { $0["text"]! }.joined()
            let newText = diff.filter { $0["op"] != "delete" }.map { $0["text"]! }.joined()
            XCTAssertEqual(oldText, (row["old"] as! [[String: Any]]).map { $0["text"] as! String }.joined(separator: " "))
            XCTAssertEqual(newText, (row["new"] as! [[String: Any]]).map { $0["text"] as! String }.joined(separator: " "))
        }
    }

    func testWithSourceTellsFixedAndIntroducedFindings() throws {
        let result = try TandemProcess.run(["diff", "\(sample).de.md", revision, "--source", "\(sample).en.md", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let report = try json(result)
        XCTAssertEqual((report["source"] as? [String: Any])?["language"] as? String, "en")
        let summary = try XCTUnwrap(report["summary"] as? [String: Any])
        let findings = try XCTUnwrap(summary["findings"] as? [String: Int])
        let rows = try XCTUnwrap(report["rows"] as? [[String: Any]])
        let fixed = rows.flatMap { $0["fixed"] as! [[String: Any]] }
        let introduced = rows.flatMap { $0["introduced"] as! [[String: Any]] }
        XCTAssertGreaterThanOrEqual(fixed.count, 5)
        XCTAssertLessThanOrEqual(fixed.count, findings["fixed"]!)
        let fixedTexts = fixed.compactMap { ($0["target"] as? [String: Any])?["text"] as? String }
        for excerpt in ["vorraussichtlich", "314.700", "100%", "12.5", "Schul-und"] {
            XCTAssertTrue(fixedTexts.contains(excerpt), "\(excerpt) should be fixed: \(fixedTexts)")
        }
        // The revision brought in a wrong number: 35.820 for 35,280.
        XCTAssertTrue(introduced.contains { ($0["target"] as? [String: Any])?["text"] as? String == "35.820 USD" || ($0["message"] as? String ?? "").contains("35.820") },
                      "\(introduced)")
        // The row of the added sentence has its English source: the omission is fixed there.
        let added = try XCTUnwrap(rows.first { ($0["new"] as? [[String: Any]])?.first?["text"] as? String == "Manche Arbeitgeber lassen ihre Beschäftigten von zu Hause aus arbeiten." })
        XCTAssertEqual(added["status"] as? String, "added")
        XCTAssertEqual((added["source"] as? [[String: Any]])?.first?["text"] as? String, "Some employers let representatives work from home.")
        XCTAssertEqual((added["fixed"] as? [[String: Any]])?.first?["check"] as? String, "omission")
    }

    func testHTMLReport() throws {
        let output = directory.appendingPathComponent("diff.html").path
        let result = try TandemProcess.run(["diff", "\(sample).de.md", revision, "--source", "\(sample).en.md", "--format", "html", "-o", output])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        let page = try String(contentsOfFile: output, encoding: .utf8)
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\" data-mode=\"diff\">"))
        XCTAssertTrue(page.contains("Content-Security-Policy"))
        XCTAssertTrue(page.contains("<del>"), "deletions are marked")
        XCTAssertTrue(page.contains("<ins>"), "insertions are marked")
        // Inside a word, the letters that changed: the old column shows the deletions (inside the marked
        // false friend "Bundesländern"), the new one the insertions; the finding is listed as fixed.
        XCTAssertTrue(page.contains(">Bundes</mark><del><mark class=\"s-major\""), "the old word is marked as a finding")
        XCTAssertTrue(page.contains(">länd</mark></del>"))
        XCTAssertTrue(page.contains("In einigen Bundes<ins>staat</ins>en brauchen"))
        XCTAssertTrue(page.contains("data-chk=\"false-friends\" data-fx=\"fixed\""))
    }

    func testBilingualFilesAreMatchedByUnit() throws {
        let header = "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
        let old = try write("v1.po", header + """
        msgid "Save changes"
        msgstr "Änderungen speichern"

        msgid "Delete %d files?"
        msgstr "%d Dateien löschen?"

        msgid "Cancel"
        msgstr "Abbrechen"

        """)
        let new = try write("v2.po", header + """
        msgid "Save changes"
        msgstr "Änderungen sichern"

        msgid "Cancel"
        msgstr "Abbrechen"

        msgid "Open recent"
        msgstr "Zuletzt geöffnet"

        """)
        let result = try TandemProcess.run(["diff", old, new, "--format", "json", "--source-lang", "en"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let report = try json(result)
        let rows = try XCTUnwrap(report["rows"] as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["status"] as? String }, ["changed", "removed", "unchanged", "added"])
        XCTAssertEqual(rows.map { ($0["source"] as? [[String: Any]])?.first?["text"] as? String },
                       ["Save changes", "Delete %d files?", "Cancel", "Open recent"])
        XCTAssertFalse((report["summary"] as? [String: Any])?["findings"] is NSNull, "bilingual versions are reviewed")
    }

    func testIdenticalVersions() throws {
        let old = try write("a.de.md", version1)
        let new = try write("b.de.md", version1)
        let result = try TandemProcess.run(["diff", old, new, "--lang", "de"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("The two versions are identical.\n"), result.stdout)
    }

    func testInputErrorsExitTwo() throws {
        let old = try write("v1.de.md", version1)
        let missing = try TandemProcess.run(["diff", old, directory.appendingPathComponent("nope.md").path])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("nope.md: no such file"), missing.stderr)

        let po = try write("v.po", "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\nmsgid \"Yes\"\nmsgstr \"Ja\"\n")
        let withSource = try TandemProcess.run(["diff", po, po, "--source", old])
        XCTAssertEqual(withSource.status, 2)
        XCTAssertTrue(withSource.stderr.contains("carries its own source text"), withSource.stderr)

        let format = try TandemProcess.run(["diff", old, old, "--format", "pdf"])
        XCTAssertEqual(format.status, 2)

        let binary = try write("binary.md", "Kassierer\u{0}in")
        let bad = try TandemProcess.run(["diff", old, binary, "--lang", "de"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("binary.md"), bad.stderr)
    }
}

/// The JSON of `tandem diff` against Reports/diff.schema.json.
final class DiffSchemaTests: XCTestCase {
    func testOutputFollowsTheDocumentedSchema() throws {
        let schemaURL = TandemProcess.repositoryRoot.appendingPathComponent("Reports/diff.schema.json")
        let schema = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
        let sample = "Locales/samples/customer-service-representative"
        for arguments in [["diff", "\(sample).de.md", "Reports/sample-revision.de.md", "--source", "\(sample).en.md"],
                          ["diff", "\(sample).de.md", "Reports/sample-revision.de.md"]] {
            let result = try TandemProcess.run(arguments + ["--format", "json"])
            XCTAssertEqual(result.status, 0, result.stderr)
            let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8), options: [.fragmentsAllowed])
            var problems: [String] = []
            SchemaCheck(root: schema).check(document, against: schema, at: "$", problems: &problems)
            XCTAssertEqual(problems, [], "\(arguments.joined(separator: " "))")
        }
        // The check itself notices a wrong document.
        var problems: [String] = []
        SchemaCheck(root: schema).check(["schemaVersion": 2], against: schema, at: "$", problems: &problems)
        XCTAssertFalse(problems.isEmpty)
    }
}

/// The part of JSON Schema the diff schema uses: type, const, enum, required,
/// properties, additionalProperties false, items, oneOf, $ref, minimum, maximum, pattern.
private struct SchemaCheck {
    let root: [String: Any]

    func check(_ value: Any, against schema: [String: Any], at path: String, problems: inout [String]) {
        if let reference = schema["$ref"] as? String {
            let name = String(reference.dropFirst("#/$defs/".count))
            let definitions = root["$defs"] as? [String: Any] ?? [:]
            guard let target = definitions[name] as? [String: Any] else { problems.append("\(path): unknown \(reference)"); return }
            check(value, against: target, at: path, problems: &problems)
            return
        }
        if let options = schema["oneOf"] as? [[String: Any]] {
            let matching = options.filter { option in
                var inner: [String] = []
                check(value, against: option, at: path, problems: &inner)
                return inner.isEmpty
            }
            if matching.count != 1 { problems.append("\(path): matches \(matching.count) of oneOf") }
            return
        }
        if let constant = schema["const"] {
            if "\(constant)" != "\(value)" { problems.append("\(path): expected \(constant)") }
        }
        if let choices = schema["enum"] as? [Any], !choices.contains(where: { "\($0)" == "\(value)" }) {
            problems.append("\(path): \(value) not in \(choices)")
        }
        if let type = schema["type"] {
            let types = (type as? [String]) ?? [type as? String ?? ""]
            if !types.contains(where: { matches(value, type: $0) }) { problems.append("\(path): expected \(types)"); return }
        }
        if let number = value as? NSNumber {
            if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum { problems.append("\(path): below \(minimum)") }
            if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum { problems.append("\(path): above \(maximum)") }
        }
        if let pattern = schema["pattern"] as? String, let text = value as? String, text.range(of: pattern, options: .regularExpression) == nil {
            problems.append("\(path): \(text) does not match \(pattern)")
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { problems.append("\(path): missing \(key)") }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, item) in object {
                if let property = properties[key] as? [String: Any] {
                    check(item, against: property, at: "\(path).\(key)", problems: &problems)
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): unexpected \(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() { check(item, against: items, at: "\(path)[\(index)]", problems: &problems) }
        }
    }

    private func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "null": return value is NSNull
        case "integer":
            guard let number = value as? NSNumber else { return false }
            return number.doubleValue == number.doubleValue.rounded()
        case "number": return value is NSNumber
        case "boolean": return value is NSNumber
        default: return false
        }
    }
}
