import Foundation
import XCTest

/// Compares output with a golden file in `Golden/`. Golden files are written
/// only when TANDEM_RECORD=1 (and the test then fails, so a recording is never
/// mistaken for a pass); a mismatch prints a line diff and leaves the file alone.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func assertMatches(_ bytes: [UInt8], _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["TANDEM_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? Data(bytes).write(to: url)
            XCTFail("recorded \(name); run again without TANDEM_RECORD to compare", file: file, line: line)
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            XCTFail("no golden file \(name): record it with TANDEM_RECORD=1", file: file, line: line)
            return
        }
        guard Array(expected) != bytes else { return }
        XCTFail("\(name) differs from its golden file:\n" + diff(String(decoding: expected, as: UTF8.self), String(decoding: bytes, as: UTF8.self)),
                file: file, line: line)
    }

    /// The lines that differ, as `-expected` / `+actual` with line numbers.
    static func diff(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? String(a[index]) : nil
            let right = index < b.count ? String(b[index]) : nil
            if left != right {
                if let left { out.append("-\(index + 1): \(left)") }
                if let right { out.append("+\(index + 1): \(right)") }
            }
            if out.count > 40 { out.append("…"); break }
        }
        return out.joined(separator: "\n")
    }
}
