/// How serious a finding is, with MQM's penalty weights.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case neutral
    case minor
    case major
    case critical

    /// MQM penalty points: 0, 1, 5, 25.
    public var penalty: Double {
        switch self {
        case .neutral: return 0
        case .minor: return 1
        case .major: return 5
        case .critical: return 25
        }
    }

    private var rank: Int { Severity.allCases.firstIndex(of: self)! }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// What kind of error a finding is (the `category` field of every output).
public enum FindingCategory: String, Sendable, Codable, CaseIterable {
    case terminology
    case mistranslation
    case number
    case localeConvention = "locale-convention"
    case omission
    case addition
    case untranslated
    case consistency
    case spelling
    case grammar
    case punctuation
    case typography
    case markup
    case placeholder
    case length
    /// A file that does not parse, a key that is missing, a wrong encoding: lint's structural findings.
    case structure

    /// The MQM error type path, e.g. `Accuracy/Mistranslation`.
    public var mqm: String {
        switch self {
        case .terminology: return "Terminology/Inconsistent with termbase"
        case .mistranslation: return "Accuracy/Mistranslation"
        case .number: return "Accuracy/Mistranslation/Number"
        case .localeConvention: return "Locale conventions/Number format"
        case .omission: return "Accuracy/Omission"
        case .addition: return "Accuracy/Addition"
        case .untranslated: return "Accuracy/Untranslated"
        case .consistency: return "Fluency/Inconsistency"
        case .spelling: return "Fluency/Spelling"
        case .grammar: return "Fluency/Grammar"
        case .punctuation: return "Fluency/Punctuation"
        case .typography: return "Fluency/Typography"
        case .markup: return "Design and markup/Markup"
        case .placeholder: return "Design and markup/Placeholder"
        case .length: return "Design and markup/Length"
        case .structure: return "Design and markup/File format"
        }
    }
}

/// A stretch of text in one file that a finding points at.
public struct FindingSpan: Hashable, Sendable, Codable {
    /// The file, as the user named it (nil when the finding's file is the document's).
    public var path: String?
    /// 1-based line and column (Unicode scalars) of the first character.
    public var line: Int
    public var column: Int
    /// Length in Unicode scalars.
    public var length: Int
    /// The text of the span.
    public var text: String

    public init(path: String? = nil, line: Int, column: Int, length: Int, text: String) {
        self.path = path
        self.line = line
        self.column = column
        self.length = length
        self.text = text
    }

    /// The span of `length` scalars from `offset` in `segment`'s text.
    public init(segment: Segment, offset: Int, length: Int, path: String? = nil) {
        let position = segment.sourceMap.position(at: offset)
        let scalars = segment.text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: min(offset, scalars.count))
        let upper = scalars.index(lower, offsetBy: min(length, scalars.distance(from: lower, to: scalars.endIndex)))
        self.init(path: path, line: position.line, column: position.column, length: length, text: String(scalars[lower..<upper]))
    }

    /// Whether the two spans share a character of the same file.
    public func overlaps(_ other: FindingSpan) -> Bool {
        guard path == other.path, line == other.line else { return false }
        let end = column + max(length, 1)
        let otherEnd = other.column + max(other.length, 1)
        return column < otherEnd && other.column < end
    }

    /// The whole of `segment`.
    public init(segment: Segment, path: String? = nil) {
        self.init(segment: segment, offset: 0, length: segment.text.unicodeScalars.count, path: path)
    }
}

/// One likely error, as every output format reports it.
public struct Finding: Hashable, Sendable {
    /// The id of the check that found it, e.g. `numbers`.
    public var check: String
    public var category: FindingCategory
    public var severity: Severity
    /// The catalog key of the message and its arguments (the text is made in the UI language by the reporter).
    public var messageKey: String
    public var messageArguments: [String: String]
    /// A replacement for the target span, when one can be proposed.
    public var suggestion: String?
    public var source: FindingSpan?
    public var target: FindingSpan?
    /// The index of the segment pair the finding belongs to, if any.
    public var pairIndex: Int?
    /// Stable across line moves: made from the check, the spans' texts and a discriminator, never line numbers.
    public var fingerprint: String

    public init(check: String, category: FindingCategory, severity: Severity, messageKey: String,
                messageArguments: [String: String] = [:], suggestion: String? = nil,
                source: FindingSpan? = nil, target: FindingSpan? = nil, pairIndex: Int? = nil,
                discriminator: String = "") {
        self.check = check
        self.category = category
        self.severity = severity
        self.messageKey = messageKey
        self.messageArguments = messageArguments
        self.suggestion = suggestion
        self.source = source
        self.target = target
        self.pairIndex = pairIndex
        self.fingerprint = Fingerprint.make([check, messageKey, source?.text ?? "", target?.text ?? "", discriminator])
    }

    /// The MQM path of the finding's category.
    public var mqm: String { category.mqm }
}

/// Short stable hashes (FNV-1a, 64 bit, hex) for fingerprints.
public enum Fingerprint {
    public static func make(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            hash ^= 0x1F
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
