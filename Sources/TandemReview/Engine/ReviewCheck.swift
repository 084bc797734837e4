import TandemCore

/// A check: looks at each segment pair, and optionally at the whole document at the end.
///
/// A check is made fresh for every review (it may keep state across pairs, as
/// the consistency check does). A new check plugs in by providing a
/// ``CheckDescriptor`` and registering it in a ``CheckRegistry``:
///
///     final class TerminologyCheck: ReviewCheck {
///         static let descriptor = CheckDescriptor(
///             id: "terminology", category: .terminology, severity: .major,
///             summaryKey: "checkTerminologySummary", examples: [...],
///             make: { context in try TerminologyCheck(glossaries: context.glossaries) })
///         var descriptor: CheckDescriptor { Self.descriptor }
///         func review(_ pair: PairView, into findings: inout FindingList) { ... }
///     }
///     registry.register(TerminologyCheck.descriptor)
public protocol ReviewCheck: AnyObject {
    /// The descriptor the check was made from.
    var descriptor: CheckDescriptor { get }
    /// Looks at one pair and adds what it finds.
    func review(_ pair: PairView, into findings: inout FindingList)
    /// Called once after the last pair: findings that need the whole document.
    func finish(into findings: inout FindingList)
    /// The same, told which pairs have findings (a check that must pick one of several
    /// renderings as the reference prefers one the other checks found nothing wrong with).
    func finish(into findings: inout FindingList, flaggedPairs: Set<Int>)
}

extension ReviewCheck {
    public func finish(into findings: inout FindingList) {}

    public func finish(into findings: inout FindingList, flaggedPairs: Set<Int>) {
        finish(into: &findings)
    }
}

/// What a check is: its id, category, default severity, description and examples, and how to make one.
public struct CheckDescriptor: Sendable {
    /// The id used in outputs, `.tandem.yml` and `--fail-on` reports, e.g. `numbers`.
    public let id: String
    /// The category of most of its findings.
    public let category: FindingCategory
    /// The default severity of its findings (a finding may state its own).
    public let severity: Severity
    /// Catalog key of the one-line description (`tandem checks`, SARIF rule docs).
    public let summaryKey: String
    /// Passing and failing examples: the documentation and the tests.
    public let examples: [CheckExample]
    /// Whether the check also looks at pairs with a side missing (1-0, 0-1).
    public let reviewsOneSidedPairs: Bool
    /// Whether a finding of this check on a target segment silences the other checks there (untranslated text).
    public let silencesOthers: Bool
    /// Makes a check for one review.
    public let make: @Sendable (ReviewContext) throws -> any ReviewCheck

    public init(id: String, category: FindingCategory, severity: Severity, summaryKey: String,
                examples: [CheckExample], reviewsOneSidedPairs: Bool = false, silencesOthers: Bool = false,
                make: @escaping @Sendable (ReviewContext) throws -> any ReviewCheck) {
        self.id = id
        self.category = category
        self.severity = severity
        self.summaryKey = summaryKey
        self.examples = examples
        self.reviewsOneSidedPairs = reviewsOneSidedPairs
        self.silencesOthers = silencesOthers
        self.make = make
    }
}

/// A worked example of a check: pairs of source and target text, and what the check must find.
public struct CheckExample: Sendable {
    /// One pair of the example; an empty side is a missing side (omission or addition).
    public struct Pair: Sendable {
        public let source: String
        public let target: String

        public init(_ source: String, _ target: String) {
            self.source = source
            self.target = target
        }
    }

    /// A finding the example must produce.
    public struct Expected: Sendable {
        /// The side whose span must equal `excerpt`.
        public let side: ReviewSide
        public let excerpt: String
        public let suggestion: String?
        /// The pair the finding belongs to (for document-level checks), 0-based.
        public let pair: Int?

        public init(side: ReviewSide = .target, excerpt: String, suggestion: String? = nil, pair: Int? = nil) {
            self.side = side
            self.excerpt = excerpt
            self.suggestion = suggestion
            self.pair = pair
        }
    }

    public let pairs: [Pair]
    /// Empty for a passing example.
    public let expected: [Expected]
    /// The target language (BCP 47).
    public let targetLanguage: String
    /// Why the example is right or wrong, in English (shown by `tandem checks`).
    public let note: String

    public init(pairs: [Pair], expected: [Expected], targetLanguage: String = "de-DE", note: String = "") {
        self.pairs = pairs
        self.expected = expected
        self.targetLanguage = targetLanguage
        self.note = note
    }

    /// A correct translation the check must leave alone.
    public static func passing(_ source: String, _ target: String, language: String = "de-DE", _ note: String = "") -> CheckExample {
        CheckExample(pairs: [Pair(source, target)], expected: [], targetLanguage: language, note: note)
    }

    /// An error the check must find at `flags` (on the target side unless `side` says otherwise).
    public static func failing(_ source: String, _ target: String, flags excerpt: String, side: ReviewSide = .target,
                               suggestion: String? = nil, language: String = "de-DE", _ note: String = "") -> CheckExample {
        CheckExample(pairs: [Pair(source, target)], expected: [Expected(side: side, excerpt: excerpt, suggestion: suggestion)],
                     targetLanguage: language, note: note)
    }

    /// Whether the check must find something.
    public var isFailing: Bool { !expected.isEmpty }
}
