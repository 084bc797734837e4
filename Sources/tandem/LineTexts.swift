import TandemCore
import TandemReports

/// The lines of the input files that findings point at (SARIF counts columns in UTF-16 and needs them).
enum LineTexts {
    static func read(for findings: [Finding], context: ReportContext) -> [String: [Int: String]] {
        var wanted: [String: Set<Int>] = [:]
        for finding in findings {
            if let span = finding.source { wanted[context.path(of: span, side: .source), default: []].insert(span.line) }
            if let span = finding.target { wanted[context.path(of: span, side: .target), default: []].insert(span.line) }
        }
        var result: [String: [Int: String]] = [:]
        for (path, lines) in wanted {
            guard let reader = try? LineReader(path: path), let last = lines.max() else { continue }
            var texts: [Int: String] = [:]
            while let line = try? reader.nextLine() {
                if lines.contains(line.number) { texts[line.number] = line.text }
                if line.number >= last { break }
            }
            result[path] = texts
        }
        return result
    }
}
