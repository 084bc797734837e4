import Foundation
import TandemCore

/// Which checks run, at which severity, and which findings are ignored.
public struct ReviewSettings: Sendable {
    /// Checks switched off by id.
    public var disabled: Set<String> = []
    /// When set, only these checks run.
    public var enabledOnly: Set<String>?
    /// Severity overrides by check id.
    public var severities: [String: Severity] = [:]
    /// Findings to drop.
    public var ignores: [IgnoreRule] = []

    public init(disabled: Set<String> = [], enabledOnly: Set<String>? = nil, severities: [String: Severity] = [:], ignores: [IgnoreRule] = []) {
        self.disabled = disabled
        self.enabledOnly = enabledOnly
        self.severities = severities
        self.ignores = ignores
    }

    /// Whether the check `id` runs.
    public func isEnabled(_ id: String) -> Bool {
        if disabled.contains(id) { return false }
        if let enabledOnly { return enabledOnly.contains(id) }
        return true
    }
}

/// A pattern whose matches are not reported: findings whose source or target
/// text matches it (optionally only for one check).
public struct IgnoreRule: @unchecked Sendable {
    public let pattern: String
    public let check: String?
    private let expression: NSRegularExpression

    /// A rule from a regular expression (ICU syntax).
    public init(pattern: String, check: String? = nil) throws {
        self.pattern = pattern
        self.check = check
        self.expression = try NSRegularExpression(pattern: pattern)
    }

    /// Whether the rule silences `finding`.
    public func matches(_ finding: Finding) -> Bool {
        if let check, check != finding.check { return false }
        for text in [finding.target?.text, finding.source?.text].compactMap({ $0 }) {
            let range = NSRange(text.startIndex..<text.endIndex, in: text)
            if expression.firstMatch(in: text, range: range) != nil { return true }
        }
        return false
    }
}
