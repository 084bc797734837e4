import Foundation
import XCTest

/// Runs the built `tandem` binary and captures what it prints.
///
/// The binary is found beside the test bundle (the same build folder), so the
/// tests exercise exactly what `swift build` produced.
struct TandemProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The repository root (three levels above this file).
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `tandem` executable in the build folder of the running tests.
    static var executable: URL {
        var folder = Bundle.main.bundleURL
        if folder.pathExtension == "xctest" { folder = folder.deletingLastPathComponent() }
        for candidate in [folder, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("tandem")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return repositoryRoot.appendingPathComponent(".build/debug/tandem")
    }

    /// Runs `tandem` with `arguments` in `directory` with a clean, English environment.
    static func run(_ arguments: [String], in directory: URL? = nil, environment extra: [String: String] = [:],
                    stdin: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repositoryRoot
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment["NO_COLOR"] = "1"
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let out = Pipe()
        let input = Pipe()
        // Standard error goes to a file, so reading standard output to its end cannot deadlock.
        let errorURL = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let errorHandle = try FileHandle(forWritingTo: errorURL)
        defer { try? FileManager.default.removeItem(at: errorURL) }
        process.standardOutput = out
        process.standardError = errorHandle
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorHandle.close()
        let errData = try Data(contentsOf: errorURL)
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder for a test's files.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Golden files: compared exactly; recorded only when TANDEM_RECORD=1 (and then the test fails, to be rerun).
enum Golden {
    static func assertMatches(_ actual: String, file name: String, testFile: StaticString = #filePath, line: UInt = #line) {
        let url = URL(fileURLWithPath: "\(testFile)").deletingLastPathComponent().appendingPathComponent("Golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["TANDEM_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: false, encoding: .utf8)
            XCTFail("recorded \(name); run again without TANDEM_RECORD", file: testFile, line: line)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("no golden file \(url.path); record it with TANDEM_RECORD=1", file: testFile, line: line)
            return
        }
        if expected != actual {
            let expectedLines = expected.components(separatedBy: "\n")
            let actualLines = actual.components(separatedBy: "\n")
            var diff: [String] = []
            for index in 0..<max(expectedLines.count, actualLines.count) {
                let e = index < expectedLines.count ? expectedLines[index] : "<none>"
                let a = index < actualLines.count ? actualLines[index] : "<none>"
                if e != a { diff.append("line \(index + 1):\n- \(e)\n+ \(a)") }
                if diff.count >= 10 { break }
            }
            XCTFail("\(name) differs from its golden file:\n\(diff.joined(separator: "\n"))", file: testFile, line: line)
        }
    }
}
