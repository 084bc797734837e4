/// A bead shape: how many source and target units one alignment step takes.
public struct BeadShape: Hashable, Sendable, CustomStringConvertible {
    /// Source units in the bead.
    public let source: Int
    /// Target units in the bead.
    public let target: Int

    /// The shape `source-target`, e.g. `BeadShape(2, 1)`.
    public init(_ source: Int, _ target: Int) {
        self.source = source
        self.target = target
    }

    /// `1-1`, `2-1`, `1-0`, …
    public var description: String { "\(source)-\(target)" }
}

/// The weights that combine length, words, numbers and structure into one bead cost.
///
/// Costs are negative log-probabilities: a bead's cost is its shape's prior
/// plus `lengthWeight` × the Gale–Church length cost plus `lexicalWeight` ×
/// the word evidence (a log-likelihood ratio of matched and unmatched words) plus structure penalties. The defaults were tuned on
/// the debian-handbook benchmark (`Benchmarks/align`).
public struct AlignmentParameters: Hashable, Sendable {
    /// Prior probability of each shape between blocks (headings, paragraphs, list items, rows).
    public var blockPriors: [BeadShape: Double]
    /// Prior probability of each shape between sentences inside aligned blocks.
    public var sentencePriors: [BeadShape: Double]
    /// How much the length cost counts.
    public var lengthWeight: Float
    /// The most a length mismatch can cost between blocks of several sentences: a paragraph that is
    /// much longer than its counterpart may hold an added sentence, which the sentence level pairs as 0-1.
    public var blockLengthCap: Float
    /// How much the word evidence counts against length and priors between blocks.
    public var lexicalWeight: Float
    /// How much it counts between sentences (sentences have fewer words, so each counts more).
    public var sentenceLexicalWeight: Float
    /// How often a true translation keeps a number's value.
    public var keptNumber: Float
    /// How often a true translation keeps a code, URL, path or acronym as written.
    public var keptCode: Float
    /// How often a true translation keeps a name as written.
    public var keptName: Float
    /// How often a word with translations finds one of them in a true translation.
    public var keptWord: Float
    /// How often a long or capitalized word appears as written in a true translation.
    public var keptForm: Float
    /// The cost of pairing blocks of different kinds (heading with paragraph, bullet with row).
    public var kindMismatch: Float
    /// The cost of pairing headings of different levels or rows with different cell counts.
    public var detailMismatch: Float
    /// Half-width of the first band around the diagonal, in units; it doubles when the path nears its edge.
    public var initialBand: Int
    /// Rounds of learning word associations from confident pairs and realigning (Moore 2002);
    /// nil: one round when no dictionary covers the language pair, none when one does (the
    /// dictionary already links the words, and the benchmark shows no gain from a second pass).
    public var learningRounds: Int?

    /// Parameters with the given values; every default is the tuned one.
    public init(
        blockPriors: [BeadShape: Double] = AlignmentParameters.defaultBlockPriors,
        sentencePriors: [BeadShape: Double] = AlignmentParameters.defaultSentencePriors,
        lengthWeight: Float = 0.6,
        blockLengthCap: Float = 6,
        lexicalWeight: Float = 0.2,
        sentenceLexicalWeight: Float = 0.5,
        keptNumber: Float = 0.85,
        keptCode: Float = 0.8,
        keptName: Float = 0.6,
        keptWord: Float = 0.45,
        keptForm: Float = 0.1,
        kindMismatch: Float = 3.0,
        detailMismatch: Float = 0.7,
        initialBand: Int = 24,
        learningRounds: Int? = nil
    ) {
        self.blockPriors = blockPriors
        self.sentencePriors = sentencePriors
        self.lengthWeight = lengthWeight
        self.blockLengthCap = blockLengthCap
        self.lexicalWeight = lexicalWeight
        self.sentenceLexicalWeight = sentenceLexicalWeight
        self.keptNumber = keptNumber
        self.keptCode = keptCode
        self.keptName = keptName
        self.keptWord = keptWord
        self.keptForm = keptForm
        self.kindMismatch = kindMismatch
        self.detailMismatch = detailMismatch
        self.initialBand = initialBand
        self.learningRounds = learningRounds
    }

    /// Block-level priors: translations keep paragraphs; merges and splits are rarer than omissions.
    public static let defaultBlockPriors: [BeadShape: Double] = [
        BeadShape(1, 1): 0.93,
        BeadShape(1, 0): 0.03, BeadShape(0, 1): 0.03,
        BeadShape(2, 1): 0.003, BeadShape(1, 2): 0.003,
        BeadShape(2, 2): 0.001,
    ]

    /// Sentence-level priors after Gale and Church (1993), with 1-3 and 3-1 added and
    /// omissions twice as likely (a reviewer's texts omit more than parliament's).
    public static let defaultSentencePriors: [BeadShape: Double] = [
        BeadShape(1, 1): 0.89,
        BeadShape(1, 0): 0.01, BeadShape(0, 1): 0.01,
        BeadShape(2, 1): 0.0445, BeadShape(1, 2): 0.0445,
        BeadShape(2, 2): 0.011,
        BeadShape(3, 1): 0.005, BeadShape(1, 3): 0.005,
    ]

    /// The probability that a true translation keeps evidence of this class.
    public func keptProbability(_ evidenceClass: EvidenceClass) -> Float {
        switch evidenceClass {
        case .number: return keptNumber
        case .code: return keptCode
        case .name: return keptName
        case .word: return keptWord
        case .form: return keptForm
        }
    }
}
