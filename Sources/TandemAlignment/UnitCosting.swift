import Foundation
import TandemCore

/// The cost of a bead between units: shape prior, Gale–Church length cost,
/// word/number/name evidence and structure.
///
/// The word part is a log-likelihood ratio: each word that finds a
/// counterpart on the other side lowers the cost by its reward (rarer words
/// earn more), each that does not raises it by its class's penalty (numbers,
/// codes, names, dictionary words, plain forms). Omissions and additions
/// compare no words, so an unrelated sentence costs less as a 1-0 than merged
/// into a neighbour's 2-1. The length cost of blocks with several sentences
/// is capped, as an added sentence explains a long block.
struct UnitCosting: BeadCosting {
    let source: UnitSide
    let target: UnitSide
    let similarity: SimilarityBand
    /// `-ln prior` per shape slot.
    let priorCosts: [Float]
    let lengthModel: LengthModel
    let parameters: AlignmentParameters
    let lexicalWeight: Float
    let lengthCap: Float

    init(source: UnitSide, target: UnitSide, similarity: SimilarityBand, shapes: [BeadShape],
         priors: [BeadShape: Double], lengthModel: LengthModel, parameters: AlignmentParameters,
         lexicalWeight: Float, lengthCap: Float) {
        self.source = source
        self.target = target
        self.similarity = similarity
        self.priorCosts = shapes.map { Float(-log(max(priors[$0] ?? 1e-4, 1e-9))) }
        self.lengthModel = lengthModel
        self.parameters = parameters
        self.lexicalWeight = lexicalWeight
        self.lengthCap = lengthCap
    }

    func cost(slot: Int, shape: BeadShape, row: Int, column: Int) -> Float {
        let prior = priorCosts[slot]
        if shape.source == 0 || shape.target == 0 { return prior }
        let sources = (row - shape.source)..<row
        let targets = (column - shape.target)..<column
        let measure = measure(sources: sources, targets: targets)
        var length = lengthModel.cost(source: measure.sourceLength, target: measure.targetLength)
        if length > lengthCap
            && (sources.contains { source.segmentCounts[$0] > 1 } || targets.contains { target.segmentCounts[$0] > 1 }) {
            length = lengthCap
        }
        let lexical = lexicalWeight * (measure.missTotal - measure.matched)
        return prior + parameters.lengthWeight * length + lexical + structureCost(sources: sources, targets: targets)
    }

    /// Lengths and matched word value of a group of source units and a group of target units.
    ///
    /// A unit's words are credited with their matches in its best partner
    /// only: a short sentence whose words also occur in its neighbour's long
    /// translation must not make merging the two pay.
    func measure(sources: Range<Int>, targets: Range<Int>)
        -> (sourceLength: Float, targetLength: Float, missTotal: Float, matched: Float) {
        var sourceLength: Float = 0
        var targetLength: Float = 0
        var missTotal: Float = 0
        var matched: Float = 0
        for unit in sources {
            sourceLength += source.lengths[unit]
            missTotal += source.missTotal[unit]
            var best: Float = 0
            for other in targets { best = max(best, similarity.sourceMatched(unit, other)) }
            matched += min(best, source.matchCap[unit])
        }
        for other in targets {
            targetLength += target.lengths[other]
            missTotal += target.missTotal[other]
            var best: Float = 0
            for unit in sources { best = max(best, similarity.targetMatched(unit, other)) }
            matched += min(best, target.matchCap[other])
        }
        sourceLength += Float(sources.count - 1)
        targetLength += Float(targets.count - 1)
        return (sourceLength, targetLength, missTotal, matched)
    }

    private func structureCost(sources: Range<Int>, targets: Range<Int>) -> Float {
        var cost: Float = 0
        let sourceKind = source.kinds[sources.lowerBound]
        let targetKind = target.kinds[targets.lowerBound]
        var mixed = false
        for unit in sources where source.kinds[unit] != sourceKind { mixed = true }
        for unit in targets where target.kinds[unit] != targetKind { mixed = true }
        if sourceKind != targetKind || mixed { cost += parameters.kindMismatch }
        if sources.count == 1 && targets.count == 1 {
            let sourceDetail = source.details[sources.lowerBound]
            let targetDetail = target.details[targets.lowerBound]
            if sourceKind == targetKind && sourceDetail != targetDetail && sourceDetail > 0 && targetDetail > 0 {
                cost += parameters.detailMismatch
            }
        }
        if source.blocks[sources.lowerBound] != source.blocks[sources.upperBound - 1]
            || target.blocks[targets.lowerBound] != target.blocks[targets.upperBound - 1] {
            cost += parameters.detailMismatch
        }
        return cost
    }
}
