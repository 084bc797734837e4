import TandemCore

/// Segments and findings for the tests, one segment per line.
enum Fixtures {
    static func segments(_ texts: [String]) -> [Segment] {
        texts.enumerated().map { index, text in
            Segment(index: index, block: index, kind: .paragraph, text: text,
                    sourceMap: SourceMap(start: SourcePosition(line: index + 1, column: 1)))
        }
    }

    static func finding(_ check: String, _ text: String, pair: Int, line: Int = 1, severity: Severity = .minor) -> Finding {
        Finding(check: check, category: .typography, severity: severity, messageKey: "\(check)Message",
                messageArguments: ["text": text], target: FindingSpan(line: line, column: 1, length: text.unicodeScalars.count, text: text),
                pairIndex: pair)
    }
}
