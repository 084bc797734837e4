import TandemCore
import TandemICU

/// Aligns a text with its translation: blocks first (headings, paragraphs,
/// list items, table rows), then the sentences inside each pair of aligned
/// blocks.
///
/// Each bead (1-1, 1-0, 0-1, 2-1, 1-2, 2-2 between blocks; also 1-3 and 3-1
/// between sentences) is scored by sentence length (Gale–Church, with the
/// language pair's ``LengthModel``), numbers compared by value, identical
/// names, codes and URLs, a bilingual dictionary with German inflection and
/// compounds, and structure (a bullet pairs with a bullet, a heading with a
/// heading). A second pass learns word associations from confident pairs
/// (after Moore 2002) and realigns. The search follows a band around the
/// length diagonal, so time and memory grow linearly with the text.
///
///     let dictionary = try? BilingualDictionary.shared()
///     let aligner = Aligner(sourceLanguage: "en", targetLanguage: "de", dictionary: dictionary)
///     let pairs = aligner.align(source: englishBlocks, target: germanBlocks)
///     for pair in pairs where pair.kind == "1-0" { print("omitted:", pair.sourceText) }
public struct Aligner: Sendable {
    /// The source language (BCP 47).
    public let sourceLanguage: String
    /// The target language (BCP 47).
    public let targetLanguage: String
    /// The dictionary, when it covers this language pair.
    public let dictionary: BilingualDictionary?
    /// The weights of length, words and structure (defaults tuned on `Benchmarks/align`).
    public var parameters: AlignmentParameters
    /// Sentence-length parameters for the pair, from `Locales/alignment/length-model.tsv`.
    public var lengthModel: LengthModel

    private let sourceReading: NumberReading
    private let targetReading: NumberReading
    private let sourceRole: LexicalRole
    private let targetRole: LexicalRole

    /// An aligner for a language pair. A dictionary that does not cover the pair is not used.
    public init(sourceLanguage: String, targetLanguage: String, dictionary: BilingualDictionary?,
                parameters: AlignmentParameters = AlignmentParameters(), lengthModel: LengthModel? = nil) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.parameters = parameters
        let sourceTag = try? LanguageTag(sourceLanguage)
        let targetTag = try? LanguageTag(targetLanguage)
        let source = sourceTag?.language ?? Self.primaryLanguage(sourceLanguage)
        let target = targetTag?.language ?? Self.primaryLanguage(targetLanguage)
        sourceReading = NumberReading(locale: sourceTag?.icuLocale ?? source)
        targetReading = NumberReading(locale: targetTag?.icuLocale ?? target)
        self.lengthModel = lengthModel ?? LengthModel.forPair(source: source, target: target)
        if let dictionary, Set([source, target]) == Set([dictionary.firstLanguage, dictionary.secondLanguage]) {
            self.dictionary = dictionary
            sourceRole = source == dictionary.firstLanguage ? .german : .english
            targetRole = target == dictionary.firstLanguage ? .german : .english
        } else if source == target {
            self.dictionary = nil
            sourceRole = .verbatim
            targetRole = .verbatim
        } else {
            self.dictionary = nil
            sourceRole = .plain
            targetRole = .plain
        }
    }

    /// Whether a dictionary takes part in the alignment.
    public var usesDictionary: Bool { dictionary != nil }

    /// Aligns the blocks of a source text with the blocks of its translation.
    ///
    /// Every segment of both sides appears in exactly one pair, in order;
    /// pairs with an empty side are omissions (`1-0`) or additions (`0-1`).
    public func align(source: [Block], target: [Block]) -> [SegmentPair] {
        let sourceBlocks = source.filter { !$0.segments.isEmpty }
        let targetBlocks = target.filter { !$0.segments.isEmpty }
        if sourceBlocks.isEmpty || targetBlocks.isEmpty {
            return sourceBlocks.flatMap(\.segments).map { SegmentPair(kind: "1-0", score: 1, source: [$0], target: []) }
                + targetBlocks.flatMap(\.segments).map { SegmentPair(kind: "0-1", score: 1, source: [], target: [$0]) }
        }
        var sourceAnalyzer = TextAnalyzer(role: sourceRole, numbers: sourceReading, dictionary: dictionary,
                                          capitalizesNouns: Self.capitalizesNouns(sourceLanguage))
        var targetAnalyzer = TextAnalyzer(role: targetRole, numbers: targetReading, dictionary: dictionary,
                                          capitalizesNouns: Self.capitalizesNouns(targetLanguage))
        let sourceFeatures = sourceBlocks.map { $0.segments.map { sourceAnalyzer.analyze($0.text) } }
        let targetFeatures = targetBlocks.map { $0.segments.map { targetAnalyzer.analyze($0.text) } }
        sourceAnalyzer.finishWeights(segmentCount: sourceFeatures.reduce(0) { $0 + $1.count }, parameters: parameters)
        targetAnalyzer.finishWeights(segmentCount: targetFeatures.reduce(0) { $0 + $1.count }, parameters: parameters)
        var sourceTable = sourceAnalyzer.table
        var targetTable = targetAnalyzer.table

        var pairs = alignOnce(sourceBlocks, targetBlocks, sourceFeatures, targetFeatures, sourceTable, targetTable)
        for _ in 0..<(parameters.learningRounds ?? (dictionary == nil ? 1 : 0)) {
            let learner = AssociationLearner(sourceTable: sourceTable, targetTable: targetTable, parameters: parameters)
            guard learner.learn(from: pairs, sourceFeatures: sourceFeatures, targetFeatures: targetFeatures,
                                sourceBlocks: sourceBlocks, targetBlocks: targetBlocks,
                                sourceTable: &sourceTable, targetTable: &targetTable) else { break }
            pairs = alignOnce(sourceBlocks, targetBlocks, sourceFeatures, targetFeatures, sourceTable, targetTable)
        }
        return pairs
    }

    private func alignOnce(_ sourceBlocks: [Block], _ targetBlocks: [Block],
                           _ sourceFeatures: [[SegmentFeatures]], _ targetFeatures: [[SegmentFeatures]],
                           _ sourceTable: TypeTable, _ targetTable: TypeTable) -> [SegmentPair] {
        let (sourceTypes, targetTypes) = MatchableTypes.shared(sourceTable, targetTable)
        let context = Context(sourceTable: sourceTable, targetTable: targetTable,
                              sourceTypes: sourceTypes, targetTypes: targetTypes)
        var sourceUnits = UnitSide()
        var targetUnits = UnitSide()
        for (block, features) in zip(sourceBlocks, sourceFeatures) {
            sourceUnits.append(features: features, kind: block.kind, detail: Self.detail(block), block: 0, types: sourceTypes)
        }
        for (block, features) in zip(targetBlocks, targetFeatures) {
            targetUnits.append(features: features, kind: block.kind, detail: Self.detail(block), block: 0, types: targetTypes)
        }
        let blockShapes = [BeadShape(1, 1), BeadShape(1, 0), BeadShape(0, 1), BeadShape(2, 1), BeadShape(1, 2), BeadShape(2, 2)]
        let blockSteps = solve(sourceUnits, targetUnits, context, shapes: blockShapes,
                               priors: parameters.blockPriors, lexicalWeight: parameters.lexicalWeight,
                               lengthCap: parameters.blockLengthCap)

        var pairs: [SegmentPair] = []
        pairs.reserveCapacity(sourceFeatures.count + targetFeatures.count)
        for step in blockSteps {
            let sourceRange = step.sourceStart..<(step.sourceStart + step.shape.source)
            let targetRange = step.targetStart..<(step.targetStart + step.shape.target)
            if sourceRange.isEmpty || targetRange.isEmpty {
                for segment in sourceRange.flatMap({ sourceBlocks[$0].segments }) {
                    pairs.append(SegmentPair(kind: "1-0", score: step.posterior, source: [segment], target: []))
                }
                for segment in targetRange.flatMap({ targetBlocks[$0].segments }) {
                    pairs.append(SegmentPair(kind: "0-1", score: step.posterior, source: [], target: [segment]))
                }
                continue
            }
            if sourceRange.count == 1, targetRange.count == 1,
               let cellPairs = alignCells(sourceBlocks[sourceRange.lowerBound], targetBlocks[targetRange.lowerBound],
                                          sourceFeatures[sourceRange.lowerBound], targetFeatures[targetRange.lowerBound],
                                          context, blockScore: step.posterior) {
                pairs.append(contentsOf: cellPairs)
                continue
            }
            var segments: ([Segment], [Segment]) = ([], [])
            var features: ([SegmentFeatures], [SegmentFeatures]) = ([], [])
            var kinds: ([(BlockKind, Int)], [(BlockKind, Int)]) = ([], [])
            for block in sourceRange {
                segments.0.append(contentsOf: sourceBlocks[block].segments)
                features.0.append(contentsOf: sourceFeatures[block])
                let count = sourceBlocks[block].segments.count
                kinds.0.append(contentsOf: Array(repeating: (sourceBlocks[block].kind, block), count: count))
            }
            for block in targetRange {
                segments.1.append(contentsOf: targetBlocks[block].segments)
                features.1.append(contentsOf: targetFeatures[block])
                let count = targetBlocks[block].segments.count
                kinds.1.append(contentsOf: Array(repeating: (targetBlocks[block].kind, block), count: count))
            }
            pairs.append(contentsOf: alignSentences(segments.0, segments.1, features.0, features.1, kinds.0, kinds.1,
                                                    context, blockScore: step.posterior))
        }
        return pairs
    }

    /// Runs the lattice in a band that widens until the path keeps away from its edges.
    func solve(_ source: UnitSide, _ target: UnitSide, _ context: Context,
                       shapes: [BeadShape], priors: [BeadShape: Double], lexicalWeight: Float,
                       lengthCap: Float) -> [PathStep] {
        let maximumShape = shapes.reduce(0) { max($0, $1.source, $1.target) }
        var halfWidth = max(parameters.initialBand, 4)
        while true {
            let band = Band.diagonal(sourceLengths: source.lengths, targetLengths: target.lengths, halfWidth: halfWidth)
            let ranges = band.unitRanges(maximumShape: maximumShape)
            let similarity = SimilarityBand(source: source, target: target,
                                            sourceTypes: context.sourceTypes, targetTypes: context.targetTypes,
                                            unitLo: ranges.lo, unitHi: ranges.hi)
            let costing = UnitCosting(source: source, target: target, similarity: similarity, shapes: shapes,
                                      priors: priors, lengthModel: lengthModel, parameters: parameters,
                                      lexicalWeight: lexicalWeight, lengthCap: lengthCap)
            let solution = Lattice.solve(band: band, shapes: shapes, costing: costing)
            if !solution.nearEdge || halfWidth >= max(source.count, target.count) { return solution.steps }
            halfWidth *= 2
        }
    }

    /// The word tables of one alignment pass.
    struct Context {
        let sourceTable: TypeTable
        let targetTable: TypeTable
        let sourceTypes: MatchableTypes
        let targetTypes: MatchableTypes
    }

    private static func detail(_ block: Block) -> Int {
        switch block.kind {
        case .heading: return max(1, block.marker?.count ?? 1)
        case .tableRow: return (block.cells.max() ?? 0) + 1
        default: return 0
        }
    }

    /// Languages that capitalize every noun, where a capital does not mark a name.
    private static func capitalizesNouns(_ tag: String) -> Bool {
        ["de", "lb", "gsw", "nds", "bar"].contains(primaryLanguage(tag))
    }

    private static func primaryLanguage(_ tag: String) -> String {
        String(tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "")
    }
}
