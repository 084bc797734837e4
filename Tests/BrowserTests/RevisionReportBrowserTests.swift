import Foundation
import XCTest

/// The revision report (`tandem diff --format html`) in a real browser.
final class RevisionReportBrowserTests: XCTestCase {
    func testRevisionPageFiltersAndMovesBetweenChanges() throws {
        let chromium = try Chromium.find()
        let url = try BrowserFixture.write(try BrowserFixture.revisionPage(), name: "diff.html")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let page = try chromium.dump(url.absoluteString + "#selftest")
        let result = try page.selftest()
        XCTAssertEqual(result["errors"] as? [String], [])
        XCTAssertEqual(page.problems, [])
        XCTAssertEqual(result["mode"] as? String, "diff")
        let shown = try XCTUnwrap(result["shown"] as? [String: Int])
        // Changed: the percent (pair 1) and the hostile sentence (pair 5); removed: pair 6.
        XCTAssertEqual(shown["st:changed"], 2)
        XCTAssertEqual(shown["st:removed"], 1)
        XCTAssertEqual(shown["st:unchanged"], 4)
        XCTAssertEqual(shown["fx:fixed"], 3)
        XCTAssertEqual(shown["fx:introduced"], 1)
        let filters = try XCTUnwrap(result["filters"] as? [[String: Any]])
        XCTAssertEqual(Set(filters.compactMap { $0["group"] as? String }), ["st", "fx"])
        for filter in filters {
            XCTAssertEqual(filter["ownAfter"] as? Int, 0, "\(filter)")
            XCTAssertEqual(filter["restored"] as? Int, filter["before"] as? Int, "\(filter)")
        }
        let nav = try XCTUnwrap(result["nav"] as? [String: Any])
        let order = try XCTUnwrap(nav["order"] as? [String])
        XCTAssertEqual(order, ["r1", "r5", "r6"], "the keys stop at changed, added and removed rows")
        XCTAssertEqual(nav["visited"] as? [String], ["r1", "r5", "r1", "r5", "r6", "r5", "r6", "r5"])
        let hostile = try XCTUnwrap(result["hostile"] as? [String: Any])
        XCTAssertEqual(hostile["elements"] as? Int, 0)
        XCTAssertEqual(hostile["pwned"] as? Bool, false)
        XCTAssertTrue(page.dom.contains("<del>"), "deletions are marked")
        XCTAssertTrue(page.dom.contains("<ins>"), "insertions are marked")
    }
}
