import TandemCore

/// One terminology check: it reads the terms found in each segment pair and
/// reports findings (category ``FindingCategory/terminology``).
///
/// A check is made fresh for every document (it may keep state, as the
/// consistency check does). Each check lives in its own file with its passing
/// and failing ``TerminologyExample``s; `TerminologyExampleTests` runs them all.
protocol TerminologyCheck: AnyObject {
    /// The id in outputs and in `.tandem.yml`.
    static var id: String { get }
    /// The severity of most of its findings.
    static var severity: Severity { get }
    /// Catalog key of its one-line description.
    static var summaryKey: String { get }
    static var examples: [TerminologyExample] { get }

    init(index: TermIndex)
    /// Looks at one analysed pair.
    func check(_ pair: AnalyzedPair, into findings: inout [TermFinding])
    /// Called after the last pair.
    func finish(into findings: inout [TermFinding])
}

extension TerminologyCheck {
    func finish(into findings: inout [TermFinding]) {}
}

/// The terminology checks, in the order they run.
public enum TerminologyChecks {
    static var all: [any TerminologyCheck.Type] {
        [MissingTermCheck.self, ForbiddenTermCheck.self, DoNotTranslateCheck.self, TermConsistencyCheck.self]
    }

    /// The ids of all terminology checks.
    public static var ids: [String] { all.map { $0.id } }

    /// Each check's id, default severity and summary key.
    public static var descriptions: [(id: String, severity: Severity, summaryKey: String)] {
        all.map { ($0.id, $0.severity, $0.summaryKey) }
    }

    /// Every check's examples, by check id.
    public static var examples: [(id: String, examples: [TerminologyExample])] {
        all.map { ($0.id, $0.examples) }
    }
}

/// Which side of a pair a finding points at.
public enum TermSide: String, Sendable {
    case source
    case target
}

/// A worked example of a terminology check: a segment pair (or several), the
/// glossary it uses, and what the check must find.
public struct TerminologyExample: Sendable {
    /// A finding the example must produce: the text its span on `side` must cover.
    public struct Expected: Sendable {
        /// The side whose span must equal `excerpt`.
        public let side: TermSide
        /// The text the finding must point at.
        public let excerpt: String
        /// The first suggested replacement, when the example names one.
        public let suggestion: String?

        /// A finding at `excerpt` on `side`.
        public init(side: TermSide = .target, excerpt: String, suggestion: String? = nil) {
            self.side = side
            self.excerpt = excerpt
            self.suggestion = suggestion
        }
    }

    /// Source and target texts, one pair each (English source, German target unless `languages` says otherwise).
    public let pairs: [(source: String, target: String)]
    /// A glossary in the wide TSV layout (header first); nil for the bundled occupation termbase.
    public let glossary: String?
    /// Empty for a passing example.
    public let expected: [Expected]
    /// The languages of the pairs (BCP 47).
    public let sourceLanguage: String
    public let targetLanguage: String
    /// Why the example is right or wrong.
    public let note: String

    /// An example with several pairs.
    public init(pairs: [(source: String, target: String)], glossary: String? = nil, expected: [Expected],
                sourceLanguage: String = "en", targetLanguage: String = "de", note: String = "") {
        self.pairs = pairs
        self.glossary = glossary
        self.expected = expected
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.note = note
    }

    /// A correct translation the check must leave alone.
    public static func passing(_ source: String, _ target: String, glossary: String? = nil, _ note: String) -> TerminologyExample {
        TerminologyExample(pairs: [(source, target)], glossary: glossary, expected: [], note: note)
    }

    /// An error the check must find at `excerpt` on `side`.
    public static func failing(_ source: String, _ target: String, flags excerpt: String, side: TermSide = .target,
                               suggestion: String? = nil, glossary: String? = nil, _ note: String) -> TerminologyExample {
        TerminologyExample(pairs: [(source, target)], glossary: glossary,
                           expected: [Expected(side: side, excerpt: excerpt, suggestion: suggestion)], note: note)
    }

    /// Whether the check must find something.
    public var isFailing: Bool { !expected.isEmpty }
}
