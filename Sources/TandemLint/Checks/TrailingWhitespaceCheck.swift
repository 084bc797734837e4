import TandemCore
import TandemFormats

/// `trailing-whitespace`: spaces or tabs at the end of lines in formats that
/// ignore them there (JSON files, gettext PO): noise in diffs, nothing else.
/// `tandem lint --fix` removes them; one finding per file.
public struct TrailingWhitespaceCheck: LintCheck {
    public static let id = "trailing-whitespace"
    public static let category = FindingCategory.typography
    public static let severity = Severity.neutral
    public static let descriptionKey = "lintRuleTrailingWhitespace"
    static let formats: Set<FileFormat> = [.i18next, .webExtension, .arb, .xcstrings, .po]

    public static let examples: [LintExample] = [
        .passing([("locales/de.json", "{\n  \"cart\": \"Warenkorb \"\n}\n")]),
        .failing([("locales/de.json", "{\n  \"cart\": \"Warenkorb\",↓  \n  \"pay\": \"Bezahlen\"\t\n}\n")]),
    ]

    public init() {}

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        guard Self.formats.contains(subject.resource.format), subject.resource.side != .target, let source = subject.source else { return }
        let lines = Self.lines(in: source.bytes)
        guard let first = lines.first else { return }
        let position = source.position(at: first.lowerBound)
        findings.append(subject.finding(Self.self, "lintTrailingWhitespace", ["count": String(lines.count)], at: position,
                                        text: String(repeating: " ", count: first.count), length: first.count))
    }

    /// The byte ranges of trailing spaces and tabs, line by line.
    static func lines(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == 0x0A {
                var end = index
                if end > 0, end <= bytes.count, end - 1 < bytes.count, bytes[end - 1] == 0x0D { end -= 1 }
                var start = end
                while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
                if start < end { ranges.append(start..<end) }
            }
            index += 1
        }
        return ranges
    }
}
