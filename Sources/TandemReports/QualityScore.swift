import TandemCore

/// The MQM score of a document: penalty points (0 neutral, 1 minor, 5 major,
/// 25 critical per finding) per 1,000 source words, and counts by category
/// and severity.
public struct QualityScore: Sendable, Equatable {
    public var sourceWords: Int
    public var penalty: Double
    public var findings: Int
    public var bySeverity: [Severity: Int]
    public var byCategory: [FindingCategory: Int]

    public init(findings: [Finding], sourceWords: Int) {
        self.sourceWords = sourceWords
        self.findings = findings.count
        var penalty = 0.0
        var severity: [Severity: Int] = [:]
        var category: [FindingCategory: Int] = [:]
        for finding in findings {
            penalty += finding.severity.penalty
            severity[finding.severity, default: 0] += 1
            category[finding.category, default: 0] += 1
        }
        self.penalty = penalty
        self.bySeverity = severity
        self.byCategory = category
    }

    /// Penalty points per 1,000 source words.
    public var penaltyPer1000Words: Double {
        sourceWords == 0 ? 0 : penalty * 1000 / Double(sourceWords)
    }

    /// 100 minus the penalty per 100 source words, never below 0: 100 is a flawless text.
    public var qualityScore: Double {
        max(0, 100 - penaltyPer1000Words / 10)
    }
}
