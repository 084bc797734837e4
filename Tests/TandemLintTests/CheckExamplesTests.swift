import Foundation
import TandemCore
import TandemFormats
@testable import TandemLint
import XCTest

/// Runs every check's passing and failing examples through the whole engine.
final class CheckExamplesTests: XCTestCase {
    struct Marker: Hashable, CustomStringConvertible {
        let path: String
        let line: Int
        let column: Int
        var description: String { "\(path):\(line):\(column)" }
    }

    /// Writes an example's files (markers removed) and returns the folder and the marker positions.
    static func materialize(_ example: LintExample) -> (folder: String, markers: Set<Marker>) {
        let folder = NSTemporaryDirectory() + "tandem-lint-example-\(UUID().uuidString)"
        var markers = Set<Marker>()
        for (path, content) in example.files {
            var line = 1
            var column = 1
            var clean = String.UnicodeScalarView()
            for scalar in content.unicodeScalars {
                if scalar == "↓" {
                    markers.insert(Marker(path: path, line: line, column: column))
                    continue
                }
                clean.append(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            let full = "\(folder)/\(path)"
            try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: full, contents: Data(String(clean).utf8))
        }
        return (folder, markers)
    }

    static func run(_ example: LintExample, check: String) throws -> (found: [Marker], markers: Set<Marker>, findings: [Finding]) {
        let (folder, markers) = materialize(example)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let engine = LintEngine(configuration: LintConfiguration(reference: example.reference))
        let report = try engine.run(paths: [folder])
        let findings = report.findings.filter { $0.check == check }
        let found = findings.compactMap { finding -> Marker? in
            guard let span = finding.target else { return nil }
            let path = String((span.path ?? "").dropFirst(folder.count + 1))
            return Marker(path: path, line: span.line, column: span.column)
        }
        return (found, markers, findings)
    }

    func testEveryCheckHasPassingAndFailingExamples() {
        for check in LintChecks.all {
            XCTAssertTrue(check.examples.contains { !$0.triggers }, "\(check.id) has no passing example")
            XCTAssertTrue(check.examples.contains { $0.triggers }, "\(check.id) has no failing example")
        }
    }

    func testExamples() throws {
        for check in LintChecks.all {
            for example in check.examples {
                let (found, markers, findings) = try Self.run(example, check: check.id)
                if example.triggers {
                    XCTAssertFalse(markers.isEmpty, "\(check.id): a failing example needs ↓ markers", file: example.file, line: example.line)
                    // Several findings may stand at one marker (a placeholder that is both extra and mixed).
                    XCTAssertEqual(Set(found).sorted { $0.description < $1.description }, markers.sorted { $0.description < $1.description },
                                   "\(check.id): findings \(findings.map { "\($0.messageKey) \($0.messageArguments)" })", file: example.file, line: example.line)
                } else {
                    XCTAssertEqual(found, [], "\(check.id) must not trigger: \(findings.map { "\($0.messageKey) \($0.messageArguments)" })", file: example.file, line: example.line)
                }
            }
        }
    }

    /// The registry lists every check type defined in Sources/TandemLint/Checks.
    func testRegistryIsComplete() throws {
        let checks = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/TandemLint/Checks")
        let files = try FileManager.default.contentsOfDirectory(atPath: checks.path)
        var declared = Set<String>()
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: checks.appendingPathComponent(file).path, encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains(": LintCheck {") {
                if let name = line.split(separator: " ").drop(while: { $0 != "struct" }).dropFirst().first {
                    declared.insert(String(name.dropLast()))
                }
            }
        }
        let registered = Set(LintChecks.all.map { String(describing: $0) })
        XCTAssertEqual(declared, registered)
        XCTAssertEqual(Set(LintChecks.all.map { $0.id }).count, LintChecks.all.count, "check ids must be unique")
    }
}

/// XLIFF 2 lets a translation drop an inline code unless the code says canDelete="no".
final class DeletableInlineCodeTests: XCTestCase {
    func testMissingCodeIsMinorWhenDeletableAndMajorWhenNot() throws {
        func xliff(canDelete: String?) -> String {
            let attribute = canDelete.map { " canDelete=\"\($0)\"" } ?? ""
            return """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
              <file id="f1"><unit id="u1"><segment>
                <source>Tap <pc id="1"\(attribute)>Save</pc> now.</source>
                <target>↓Jetzt Speichern tippen.</target>
              </segment></unit></file>
            </xliff>
            """
        }
        for (canDelete, severity) in [(nil, Severity.minor), ("yes", .minor), ("no", .major)] as [(String?, Severity)] {
            let result = try CheckExamplesTests.run(.failing([("app.de.xlf", xliff(canDelete: canDelete))]), check: PlaceholderCheck.id)
            XCTAssertEqual(Set(result.found), result.markers, "canDelete \(canDelete ?? "absent")")
            XCTAssertEqual(result.findings.map(\.severity), [severity, severity], "canDelete \(canDelete ?? "absent"): the opening and the closing code")
        }
    }
}
