import TandemCore

/// Segments and findings for the tests, one segment per line.
enum Fixtures {
    /// One segment per line; each in its own block unless `blocks` says otherwise.
    static func segments(_ texts: [String], blocks: [Int]? = nil) -> [Segment] {
        texts.enumerated().map { index, text in
            Segment(index: index, block: blocks?[index] ?? index, kind: .paragraph, text: text,
                    sourceMap: SourceMap(start: SourcePosition(line: index + 1, column: 1)))
        }
    }

    static func finding(_ check: String, _ text: String, pair: Int, line: Int = 1, severity: Severity = .minor) -> Finding {
        Finding(check: check, category: .typography, severity: severity, messageKey: "\(check)Message",
                messageArguments: ["text": text], target: FindingSpan(line: line, column: 1, length: text.unicodeScalars.count, text: text),
                pairIndex: pair)
    }
}
