import TandemCore

/// What a reporter needs besides the findings.
public struct ReportContext: Sendable {
    /// tandem's version.
    public var toolVersion: String
    /// The command that made the findings, e.g. `lint`.
    public var command: String
    /// The folder paths are relative to (the working directory), absolute.
    public var rootFolder: String
    /// The catalog the messages are written from (the UI language).
    public var catalog: MessageCatalog
    /// The files that were checked, as shown in findings.
    public var files: [String]
    /// Whether terminal output may use ANSI colors.
    public var colored: Bool
    /// The rules (checks) findings may come from.
    public var rules: [ReportRule]

    public init(toolVersion: String, command: String, rootFolder: String, catalog: MessageCatalog, files: [String], colored: Bool,
                rules: [ReportRule]) {
        self.toolVersion = toolVersion
        self.command = command
        self.rootFolder = rootFolder
        self.catalog = catalog
        self.files = files
        self.colored = colored
        self.rules = rules
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

/// A rule as reports describe it.
public struct ReportRule: Sendable {
    public var id: String
    public var category: FindingCategory
    public var severity: Severity
    /// One line in the UI language.
    public var description: String

    public init(id: String, category: FindingCategory, severity: Severity, description: String) {
        self.id = id
        self.category = category
        self.severity = severity
        self.description = description
    }
}

/// Turns findings into the bytes of one output format. Output is sorted and
/// byte-stable: the same findings and context give the same bytes.
public protocol FindingReporter: Sendable {
    func render(_ findings: [Finding], context: ReportContext) -> [UInt8]
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

extension LintChecks {
    /// The checks as report rules, described in the catalog's language.
    public static func rules(catalog: MessageCatalog) -> [ReportRule] {
        all.map { ReportRule(id: $0.id, category: $0.category, severity: $0.severity, description: catalog.format($0.descriptionKey)) }
    }
}
