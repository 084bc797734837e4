import TandemCore

/// The two files a review report is about and their languages.
public struct HTMLReportDocument: Hashable, Sendable {
    /// The source file as the user named it.
    public var sourcePath: String
    /// The translation file as the user named it (the same file for a bilingual file).
    public var targetPath: String
    /// BCP 47 tags, e.g. `en`, `de-CH`.
    public var sourceLanguage: String
    public var targetLanguage: String

    public init(sourcePath: String, targetPath: String, sourceLanguage: String, targetLanguage: String) {
        self.sourcePath = sourcePath
        self.targetPath = targetPath
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
    }
}

/// The MQM figures shown at the top of a review report.
public struct HTMLReportScore: Hashable, Sendable {
    /// The quality score, 100 for a text without penalties.
    public var score: Double
    /// The sum of the findings' penalty points.
    public var penalty: Double
    /// The number of source words the score is normalized by.
    public var wordCount: Int
    /// The pass mark, if the review has one.
    public var threshold: Double?

    public init(score: Double, penalty: Double, wordCount: Int, threshold: Double? = nil) {
        self.score = score
        self.penalty = penalty
        self.wordCount = wordCount
        self.threshold = threshold
    }

    /// Whether the score reaches the pass mark (nil without one).
    public var passed: Bool? { threshold.map { score >= $0 } }
}

/// What a report prints about the tool and the run, passed in so that output is byte-stable.
public struct HTMLReportStamp: Hashable, Sendable {
    /// tandem's version, e.g. `0.1.0`.
    public var toolVersion: String
    /// A date or time to print in the footer; nil prints none.
    public var generated: String?

    public init(toolVersion: String, generated: String? = nil) {
        self.toolVersion = toolVersion
        self.generated = generated
    }
}
