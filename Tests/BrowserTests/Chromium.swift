import Foundation
import XCTest

/// Runs Debian's chromium headless against a page and returns what it saw.
struct Chromium {
    let executable: String

    /// The browser to test with: `$TANDEM_CHROMIUM`, else `chromium`, `chromium-browser`
    /// or `google-chrome` on the PATH; the test is skipped when there is none.
    static func find() throws -> Chromium {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let explicit = environment["TANDEM_CHROMIUM"], !explicit.isEmpty { candidates.append(explicit) }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in path.split(separator: ":") { candidates.append("\(folder)/\(name)") }
        }
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
            return Chromium(executable: candidate)
        }
        throw XCTSkip("no chromium binary found on PATH (set TANDEM_CHROMIUM, or install it: bash scripts/setup.sh chromium)")
    }

    struct Page {
        /// The DOM after the page's scripts ran.
        var dom: String
        /// What the browser logged (console messages, blocked loads).
        var log: String
    }

    /// Loads `url` and dumps its DOM once it has loaded.
    func dump(_ url: String, timeout: TimeInterval = 90) throws -> Page {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let result = try run(["--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-extensions",
                              "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0", "--dump-dom", url], timeout: timeout)
        return Page(dom: result.stdout, log: result.stderr)
    }

    /// Takes a screenshot of `url` into `output` (PNG).
    func screenshot(_ url: String, to output: String, width: Int, height: Int) throws {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        _ = try run(["--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--hide-scrollbars", "--user-data-dir=\(profile.path)",
                     "--window-size=\(width),\(height)", "--virtual-time-budget=3000", "--screenshot=\(output)", url], timeout: 90)
    }

    private func run(_ arguments: [String], timeout: TimeInterval) throws -> (stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errorURL = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-chromium-log-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let errorHandle = try FileHandle(forWritingTo: errorURL)
        defer { try? FileManager.default.removeItem(at: errorURL) }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errorHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = DispatchTime.now() + timeout
        let killer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: deadline, execute: killer)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        killer.cancel()
        try errorHandle.close()
        let log = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
        return (String(decoding: data, as: UTF8.self), log)
    }
}

extension Chromium.Page {
    /// The JSON the page's `#selftest` mode wrote into `<pre id="selftest">`.
    func selftest(file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        guard let start = dom.range(of: "<pre id=\"selftest\">"), let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex) else {
            XCTFail("the page wrote no self-test result; browser log:\n\(log.suffix(3000))", file: file, line: line)
            throw CancellationError()
        }
        let text = String(dom[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], file: file, line: line)
    }

    /// Console lines that report an error or a blocked script, style or load.
    var problems: [String] {
        log.split(separator: "\n").map(String.init).filter { line in
            line.contains("CONSOLE") && (line.contains("Uncaught") || line.contains("violates") || line.contains("Refused") || line.contains("Error"))
        }
    }
}
