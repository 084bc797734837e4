import TandemCore

/// What a reporter needs besides the findings.
public struct LintReportContext: Sendable {
    /// The command that made the findings, e.g. `lint`.
    public var command: String
    /// The catalog the messages are written from (the UI language).
    public var catalog: MessageCatalog
    /// The files that were checked, as shown in findings.
    public var files: [String]
    /// Whether terminal output may use ANSI colors.
    public var colored: Bool

    public init(command: String, catalog: MessageCatalog, files: [String], colored: Bool) {
        self.command = command
        self.catalog = catalog
        self.files = files
        self.colored = colored
    }

    /// The message of a finding in the UI language.
    public func message(_ finding: Finding) -> String {
        var arguments: [String: MessageArgument] = [:]
        for (name, value) in finding.messageArguments {
            if let number = Int(value), String(number) == value { arguments[name] = .integer(number) } else { arguments[name] = .string(value) }
        }
        return catalog.format(finding.messageKey, arguments)
    }
}

/// Turns findings into the bytes of one output format. Output is sorted and
/// byte-stable: the same findings and context give the same bytes.
public protocol FindingReporter: Sendable {
    func render(_ findings: [Finding], context: LintReportContext) -> [UInt8]
}

/// The output formats of `tandem lint`. SARIF is written by the reporter `tandem review` uses
/// (TandemReports), so both commands give code-scanning services the same shape.
public enum ReportFormat: String, Sendable, CaseIterable {
    case terminal
    case json
    case sarif
    case junit

    /// Lint's own reporter for this format; nil for SARIF.
    public var reporter: (any FindingReporter)? {
        switch self {
        case .terminal: return TerminalReporter()
        case .json: return JSONReporter()
        case .sarif: return nil
        case .junit: return JUnitReporter()
        }
    }
}
