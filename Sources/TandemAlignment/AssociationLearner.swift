import TandemCore

/// Learns word associations from confidently aligned 1-1 pairs (in the spirit
/// of Moore 2002) and adds them as shared keys, so a realignment can match
/// words that no dictionary links: `Kundendienst ↔ customer` when the two keep
/// appearing in pairs that length, numbers and names already tied together.
///
/// An association needs at least ``minimumCount`` co-occurrences and a Dice
/// coefficient of at least ``minimumDice``; only words that the pair did not
/// already explain take part.
struct AssociationLearner {
    static let minimumScore = 0.9
    static let minimumCount: Float = 2
    static let minimumDice: Float = 0.6
    static let learnedSalt: UInt64 = 2

    let sourceTable: TypeTable
    let targetTable: TypeTable
    let parameters: AlignmentParameters

    /// Adds learned keys to the tables; false if nothing was learned.
    func learn(from pairs: [SegmentPair], sourceFeatures: [[SegmentFeatures]], targetFeatures: [[SegmentFeatures]],
               sourceBlocks: [Block], targetBlocks: [Block],
               sourceTable: inout TypeTable, targetTable: inout TypeTable) -> Bool {
        var sourcePosition: [Int: SegmentFeatures] = [:]
        var targetPosition: [Int: SegmentFeatures] = [:]
        for (block, features) in zip(sourceBlocks, sourceFeatures) {
            for (segment, feature) in zip(block.segments, features) { sourcePosition[segment.index] = feature }
        }
        for (block, features) in zip(targetBlocks, targetFeatures) {
            for (segment, feature) in zip(block.segments, features) { targetPosition[segment.index] = feature }
        }
        var sourceCounts: [Int32: Float] = [:]
        var targetCounts: [Int32: Float] = [:]
        var joint: [UInt64: Float] = [:]
        var confident = 0
        for pair in pairs where pair.kind == "1-1" && pair.score >= Self.minimumScore {
            guard let source = sourcePosition[pair.source[0].index],
                  let target = targetPosition[pair.target[0].index] else { continue }
            let sourceKeys = Set(source.types.flatMap { sourceTable.keys[Int($0)] })
            let targetKeys = Set(target.types.flatMap { targetTable.keys[Int($0)] })
            let open = source.types.filter { type in
                Self.isCandidate(sourceTable, type) && !sourceTable.keys[Int(type)].contains(where: targetKeys.contains)
            }
            let openTarget = target.types.filter { type in
                Self.isCandidate(targetTable, type) && !targetTable.keys[Int(type)].contains(where: sourceKeys.contains)
            }
            guard !open.isEmpty, !openTarget.isEmpty, open.count * openTarget.count <= 400 else { continue }
            confident += 1
            for type in open { sourceCounts[type, default: 0] += 1 }
            for type in openTarget { targetCounts[type, default: 0] += 1 }
            for type in open {
                for other in openTarget { joint[UInt64(UInt32(type)) << 32 | UInt64(UInt32(other)), default: 0] += 1 }
            }
        }
        guard confident >= 4 else { return false }
        var learned = 0
        for (combined, count) in joint where count >= Self.minimumCount {
            let type = Int32(truncatingIfNeeded: combined >> 32)
            let other = Int32(truncatingIfNeeded: combined & 0xFFFF_FFFF)
            let dice = 2 * count / (sourceCounts[type, default: 0] + targetCounts[other, default: 0])
            guard dice >= Self.minimumDice else { continue }
            let key = TokenHash.derived(combined, salt: Self.learnedSalt)
            sourceTable.keys[Int(type)].append(key)
            targetTable.keys[Int(other)].append(key)
            if sourceTable.evidenceClass[Int(type)] == .form { sourceTable.evidenceClass[Int(type)] = .word }
            if targetTable.evidenceClass[Int(other)] == .form { targetTable.evidenceClass[Int(other)] = .word }
            sourceTable.setValues(Int(type), parameters)
            targetTable.setValues(Int(other), parameters)
            learned += 1
        }
        return learned > 0
    }

    /// Words worth learning: neither numbers nor very frequent words.
    private static func isCandidate(_ table: TypeTable, _ type: Int32) -> Bool {
        !table.isNumber[Int(type)] && table.documentFrequency[Int(type)] >= 2
    }
}
