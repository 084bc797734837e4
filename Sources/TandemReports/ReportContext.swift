import TandemCore

/// One input file of a report.
public struct ReportDocument: Sendable, Equatable {
    /// The path as the user gave it.
    public var path: String
    /// The language (BCP 47), if known.
    public var language: String?

    public init(path: String, language: String?) {
        self.path = path
        self.language = language
    }
}

/// What a check is, for the reports' rule lists (SARIF rules, JUnit suites).
public struct ReportRule: Sendable, Equatable {
    public var id: String
    public var category: FindingCategory
    public var severity: Severity
    /// One line, in the UI language.
    public var summary: String
    /// Longer help: examples, in the UI language.
    public var help: String

    public init(id: String, category: FindingCategory, severity: Severity, summary: String, help: String) {
        self.id = id
        self.category = category
        self.severity = severity
        self.summary = summary
        self.help = help
    }
}

/// A segment as written in its file.
public struct ReportSegment: Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var text: String

    public init(line: Int, column: Int, text: String) {
        self.line = line
        self.column = column
        self.text = text
    }

    public init(_ segment: Segment) {
        self.init(line: segment.line, column: segment.column, text: segment.text)
    }
}

/// A segment pair as the reports list it.
public struct ReportPair: Sendable, Equatable {
    public var index: Int
    /// The bead shape (`1-1`, `1-0`, …).
    public var kind: String
    public var unitID: String?
    public var source: [ReportSegment]
    public var target: [ReportSegment]

    public init(index: Int, kind: String, unitID: String?, source: [ReportSegment], target: [ReportSegment]) {
        self.index = index
        self.kind = kind
        self.unitID = unitID
        self.source = source
        self.target = target
    }

    public init(index: Int, pair: SegmentPair) {
        self.init(index: index, kind: pair.kind, unitID: pair.unitID, source: pair.source.map(ReportSegment.init), target: pair.target.map(ReportSegment.init))
    }
}

/// Everything a reporter needs besides the findings. Reporters are pure
/// functions of (findings, context): the same input gives the same bytes.
public struct ReportContext {
    public var toolName = "tandem"
    public var toolVersion: String
    public var source: ReportDocument?
    public var target: ReportDocument?
    /// The folder relative paths are given against (SARIF `%SRCROOT%`).
    public var rootDirectory: String?
    /// Message texts in the UI language.
    public var catalog: MessageCatalog
    public var rules: [ReportRule]
    /// The pairs (for JSON's `segments` and the terminal's grouping).
    public var pairs: [ReportPair]
    /// How many pairs the review looked at (`pairs` may list only some of them).
    public var pairCount: Int
    public var score: QualityScore
    /// ANSI colors in the terminal view.
    public var color: Bool
    /// The text of the lines findings point at, by path and line (SARIF needs them for UTF-16 columns).
    public var lines: [String: [Int: String]]

    public init(toolVersion: String, source: ReportDocument?, target: ReportDocument?, rootDirectory: String? = nil,
                catalog: MessageCatalog, rules: [ReportRule], pairs: [ReportPair], pairCount: Int? = nil, score: QualityScore,
                color: Bool = false, lines: [String: [Int: String]] = [:]) {
        self.pairCount = pairCount ?? pairs.count
        self.toolVersion = toolVersion
        self.source = source
        self.target = target
        self.rootDirectory = rootDirectory
        self.catalog = catalog
        self.rules = rules
        self.pairs = pairs
        self.score = score
        self.color = color
        self.lines = lines
    }

    /// The message of `finding` in the UI language. Arguments written as whole numbers are passed
    /// as numbers, so that plural forms can choose by them (`{count, plural, one {…} other {…}}`).
    public func message(_ finding: Finding) -> String {
        catalog.format(finding.messageKey, finding.messageArguments.mapValues { value in
            if let number = Int(value), String(number) == value { return .integer(number) }
            return .string(value)
        })
    }

    /// The path a finding's span refers to.
    public func path(of span: FindingSpan, side: ReportSide) -> String {
        span.path ?? (side == .source ? source?.path : target?.path) ?? ""
    }
}

/// Source or target, in reports.
public enum ReportSide: String, Sendable {
    case source
    case target
}
