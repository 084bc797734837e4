import Foundation
import TandemCore
import XCTest

/// The review report in a real browser: it loads without errors, shows the
/// counts of its findings, filters, moves between findings with the keys, and
/// runs nothing a translation brings in.
final class ReviewReportBrowserTests: XCTestCase {
    private func load(_ page: String, fragment: String = "#selftest") throws -> (Chromium.Page, [String: Any]) {
        let chromium = try Chromium.find()
        let url = try BrowserFixture.write(page, name: "review.html")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let loaded = try chromium.dump(url.absoluteString + fragment)
        return (loaded, try loaded.selftest())
    }

    func testLoadsWithoutErrors() throws {
        let (page, result) = try load(try BrowserFixture.reviewPage())
        XCTAssertEqual(result["errors"] as? [String], [], "script errors or blocked loads")
        XCTAssertEqual(page.problems, [], "the browser logged problems")
        XCTAssertEqual(result["mode"] as? String, "review")
        XCTAssertEqual(result["pairs"] as? Int, BrowserFixture.pairs.count)
        XCTAssertNotNil(result["readyMs"] as? Double)
    }

    func testShownCountsMatchTheFindings() throws {
        let (_, result) = try load(try BrowserFixture.reviewPage())
        let shown = try XCTUnwrap(result["shown"] as? [String: Int])
        let items = try XCTUnwrap(result["items"] as? [String: Int])
        let findings = BrowserFixture.findings
        XCTAssertEqual(shown["total"], findings.count)
        for severity in Severity.allCases {
            let expected = findings.filter { $0.severity == severity }.count
            XCTAssertEqual(shown["sev:\(severity.rawValue)"], expected, severity.rawValue)
            XCTAssertEqual(items["sev:\(severity.rawValue)"] ?? 0, expected, "list items of \(severity.rawValue)")
        }
        for category in Set(findings.map(\.category)) {
            XCTAssertEqual(shown["cat:\(category.rawValue)"], findings.filter { $0.category == category }.count, category.rawValue)
        }
        for check in Set(findings.map(\.check)) {
            XCTAssertEqual(shown["chk:\(check)"], findings.filter { $0.check == check }.count, check)
        }
        XCTAssertEqual(shown["omissions"], 1)
    }

    func testFiltersHideAndShow() throws {
        let (_, result) = try load(try BrowserFixture.reviewPage())
        let filters = try XCTUnwrap(result["filters"] as? [[String: Any]])
        let groups = Set(filters.compactMap { $0["group"] as? String })
        XCTAssertEqual(groups, ["sev", "cat", "chk"])
        for filter in filters {
            let name = "\(filter["group"]!):\(filter["value"]!)"
            let before = filter["before"] as! Int, own = filter["own"] as! Int
            XCTAssertEqual(filter["ownAfter"] as? Int, 0, "\(name): its findings are hidden")
            XCTAssertEqual(filter["othersAfter"] as? Int, before - own, "\(name): the others stay")
            XCTAssertEqual(filter["marksShown"] as? Int, 0, "\(name): its highlights go out")
            XCTAssertEqual(filter["restored"] as? Int, before, "\(name): switching it back shows all again")
        }
        let only = try XCTUnwrap(result["only"] as? [String: Int])
        XCTAssertEqual(only["shown"], only["expected"])
        XCTAssertEqual(only["expected"], Set(BrowserFixture.findings.compactMap(\.pairIndex)).count)
        let search = try XCTUnwrap(result["search"] as? [String: Any])
        XCTAssertEqual(search["allContain"] as? Bool, true)
        XCTAssertEqual(search["shown"] as? Int, search["expected"] as? Int)
        XCTAssertGreaterThan(search["shown"] as? Int ?? 0, 0)
    }

    func testKeyboardMovesBetweenFindings() throws {
        let (_, result) = try load(try BrowserFixture.reviewPage())
        let nav = try XCTUnwrap(result["nav"] as? [String: Any])
        let order = try XCTUnwrap(nav["order"] as? [String])
        XCTAssertEqual(order.count, 4)
        // Keys: j j k → → ← n p
        XCTAssertEqual(nav["visited"] as? [String], [order[0], order[1], order[0], order[1], order[2], order[1], order[2], order[1]])
        XCTAssertEqual(nav["position"] as? String, "2 / \(BrowserFixture.findings.count)")
        XCTAssertEqual(nav["focused"] as? String, order[1], "the current finding has the focus")
        let tip = try XCTUnwrap(result["tip"] as? [String: Any], "hovering a highlight")
        XCTAssertEqual(tip["shown"] as? Bool, true)
        let text = try XCTUnwrap(tip["text"] as? String)
        XCTAssertTrue(text.contains(try XCTUnwrap(tip["finding"] as? String)), "the tooltip shows the finding: \(text)")
    }

    func testHostileTranslationDoesNotRun() throws {
        let (page, result) = try load(try BrowserFixture.reviewPage())
        let hostile = try XCTUnwrap(result["hostile"] as? [String: Any])
        XCTAssertEqual(hostile["elements"] as? Int, 0, "no element from the translation")
        XCTAssertEqual(hostile["scripts"] as? Int, 2, "only the page's own scripts")
        XCTAssertEqual(hostile["handlers"] as? Int, 0, "no inline event handler")
        XCTAssertEqual(hostile["pwned"] as? Bool, false)
        XCTAssertTrue(page.dom.contains("&lt;script&gt;window.tandemPwned=1&lt;/script&gt;&lt;img src=x onerror=\"window.tandemPwned=2\"&gt;"),
                      "the translation is shown as text")
        XCTAssertFalse(page.dom.contains("data-pwned"))
    }

    func testGermanPageCounts() throws {
        let (page, result) = try load(try BrowserFixture.reviewPage(language: "de"))
        XCTAssertEqual(result["errors"] as? [String], [])
        XCTAssertEqual((result["shown"] as? [String: Int])?["total"], BrowserFixture.findings.count)
        XCTAssertTrue(page.dom.contains("<h1>Prüfbericht</h1>"))
    }

    /// The counts the page shows equal those of `tandem review --format json` on the bundled sample.
    func testSampleReportAgreesWithTheJSONReport() throws {
        let chromium = try Chromium.find()
        let tandem = try TandemBinary.find()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("sample.html").path
        let json = folder.appendingPathComponent("sample.json").path
        let sample = "Locales/samples/customer-service-representative"
        for (format, output) in [("html", html), ("json", json)] {
            let status = try tandem.run(["review", "\(sample).en.md", "\(sample).de.md", "--format", format, "-o", output])
            XCTAssertTrue(status == 0 || status == 1, "tandem review exited \(status)")
        }
        let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        let findings = try XCTUnwrap(report["findings"] as? [[String: Any]])
        let loaded = try chromium.dump(URL(fileURLWithPath: html).absoluteString + "#selftest")
        let result = try loaded.selftest()
        XCTAssertEqual(result["errors"] as? [String], [])
        XCTAssertEqual(loaded.problems, [])
        let shown = try XCTUnwrap(result["shown"] as? [String: Int])
        XCTAssertEqual(shown["total"], findings.count)
        for severity in Severity.allCases {
            XCTAssertEqual(shown["sev:\(severity.rawValue)"], findings.filter { $0["severity"] as? String == severity.rawValue }.count, severity.rawValue)
        }
        for category in Set(findings.compactMap { $0["category"] as? String }) {
            XCTAssertEqual(shown["cat:\(category)"], findings.filter { $0["category"] as? String == category }.count, category)
        }
        for check in Set(findings.compactMap { $0["check"] as? String }) {
            XCTAssertEqual(shown["chk:\(check)"], findings.filter { $0["check"] as? String == check }.count, check)
        }
        XCTAssertEqual(result["pairs"] as? Int, (report["segments"] as? [Any])?.count)
    }
}

/// The built `tandem` binary (beside the test bundle, or `$TANDEM_BINARY`), for the tests that run it.
struct TandemBinary {
    let url: URL

    static func find() throws -> TandemBinary {
        if let explicit = ProcessInfo.processInfo.environment["TANDEM_BINARY"], FileManager.default.isExecutableFile(atPath: explicit) {
            return TandemBinary(url: URL(fileURLWithPath: explicit))
        }
        var folder = Bundle.main.bundleURL
        if folder.pathExtension == "xctest" { folder = folder.deletingLastPathComponent() }
        for candidate in [folder, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("tandem")
            if FileManager.default.isExecutableFile(atPath: url.path) { return TandemBinary(url: url) }
        }
        throw XCTSkip("the tandem binary is not built beside the tests (swift build --build-tests builds it)")
    }

    /// Runs tandem in the repository root; returns the exit status.
    func run(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = BrowserFixture.repositoryRoot
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
