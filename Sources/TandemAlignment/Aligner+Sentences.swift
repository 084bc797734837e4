import TandemCore

/// The second level: sentences inside a group of aligned blocks, and the
/// cells of aligned table rows.
extension Aligner {
    /// Aligns the sentences of a group of source blocks with those of a group of target blocks.
    func alignSentences(_ sourceSegments: [Segment], _ targetSegments: [Segment],
                                _ sourceFeatures: [SegmentFeatures], _ targetFeatures: [SegmentFeatures],
                                _ sourceKinds: [(BlockKind, Int)], _ targetKinds: [(BlockKind, Int)],
                                _ context: Context, blockScore: Double) -> [SegmentPair] {
        if sourceSegments.count == 1 && targetSegments.count == 1 {
            return [SegmentPair(kind: "1-1", score: blockScore, source: sourceSegments, target: targetSegments)]
        }
        var sourceUnits = UnitSide()
        var targetUnits = UnitSide()
        for (feature, kind) in zip(sourceFeatures, sourceKinds) {
            sourceUnits.append(features: [feature], kind: kind.0, detail: 0, block: kind.1, types: context.sourceTypes)
        }
        for (feature, kind) in zip(targetFeatures, targetKinds) {
            targetUnits.append(features: [feature], kind: kind.0, detail: 0, block: kind.1, types: context.targetTypes)
        }
        let shapes = [BeadShape(1, 1), BeadShape(1, 0), BeadShape(0, 1), BeadShape(2, 1), BeadShape(1, 2),
                      BeadShape(2, 2), BeadShape(3, 1), BeadShape(1, 3)]
        let steps = solve(sourceUnits, targetUnits, context, shapes: shapes, priors: parameters.sentencePriors,
                          lexicalWeight: parameters.sentenceLexicalWeight, lengthCap: .infinity)
        return steps.map { step in
            SegmentPair(kind: step.shape.description, score: blockScore * step.posterior,
                        source: Array(sourceSegments[step.sourceStart..<(step.sourceStart + step.shape.source)]),
                        target: Array(targetSegments[step.targetStart..<(step.targetStart + step.shape.target)]))
        }
    }

    /// Table rows with the same number of cells: each cell's sentences are aligned with the same cell's.
    func alignCells(_ source: Block, _ target: Block, _ sourceFeatures: [SegmentFeatures], _ targetFeatures: [SegmentFeatures],
                            _ context: Context, blockScore: Double) -> [SegmentPair]? {
        guard source.kind == .tableRow, target.kind == .tableRow,
              source.cells.count == source.segments.count, target.cells.count == target.segments.count,
              let sourceLast = source.cells.last, let targetLast = target.cells.last, sourceLast == targetLast,
              Set(source.cells) == Set(target.cells)
        else { return nil }
        var pairs: [SegmentPair] = []
        for cell in 0...sourceLast {
            let sourceIndices = source.cells.indices.filter { source.cells[$0] == cell }
            let targetIndices = target.cells.indices.filter { target.cells[$0] == cell }
            pairs.append(contentsOf: alignSentences(
                sourceIndices.map { source.segments[$0] }, targetIndices.map { target.segments[$0] },
                sourceIndices.map { sourceFeatures[$0] }, targetIndices.map { targetFeatures[$0] },
                sourceIndices.map { _ in (BlockKind.tableRow, 0) }, targetIndices.map { _ in (BlockKind.tableRow, 0) },
                context, blockScore: blockScore))
        }
        return pairs
    }
}
