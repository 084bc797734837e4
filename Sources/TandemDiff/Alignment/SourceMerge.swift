import TandemCore

/// Puts two versions side by side through their common source: each version
/// was aligned to the same source text, and the rows are the smallest runs of
/// source segments on whose bounds both alignments agree.
///
/// When the old version translated two source sentences in one sentence and
/// the new version in two, the row holds both source sentences with the one
/// old sentence and the two new ones. A translated sentence without a source
/// (an addition) stays in the row it stands in, or gets a row of its own
/// between rows.
public enum SourceMerge {
    /// The rows for `old` and `new`, both aligned to a source of `sourceCount` segments.
    ///
    /// Source segments are identified by their `index`; pairs must be in source order.
    public static func merge(old: [SegmentPair], new: [SegmentPair], sourceCount: Int) -> [RevisionRow] {
        var oldBeads = Beads(old, sourceCount: sourceCount)
        var newBeads = Beads(new, sourceCount: sourceCount)
        let common = oldBeads.starts.intersection(newBeads.starts).union([0, sourceCount]).sorted()
        var sourceByIndex: [Int: Segment] = [:]
        for pair in old + new { for segment in pair.source { sourceByIndex[segment.index] = segment } }
        var rows: [RevisionRow] = []
        for (position, lower) in common.enumerated() {
            // Additions standing exactly at a common bound get a row of their own.
            let oldLoose = oldBeads.takeUnsourced(at: lower)
            let newLoose = newBeads.takeUnsourced(at: lower)
            if !oldLoose.isEmpty || !newLoose.isEmpty {
                rows.append(RevisionRow(old: oldLoose.flatMap { old[$0].target }, new: newLoose.flatMap { new[$0].target },
                                        oldPairs: oldLoose, newPairs: newLoose))
            }
            let upper = position + 1 < common.count ? common[position + 1] : Int.max
            let oldIn = oldBeads.take(before: upper)
            let newIn = newBeads.take(before: upper)
            let source = position + 1 < common.count ? (lower..<upper).compactMap { sourceByIndex[$0] } : []
            guard !source.isEmpty || !oldIn.isEmpty || !newIn.isEmpty else { continue }
            rows.append(RevisionRow(source: source, old: oldIn.flatMap { old[$0].target }, new: newIn.flatMap { new[$0].target },
                                    oldPairs: oldIn, newPairs: newIn))
        }
        return rows
    }

    /// One alignment seen through its source positions, read front to back.
    struct Beads {
        /// Source positions where a bead with source segments starts.
        var starts: Set<Int> = []
        /// For each pair, the source position it stands at (its first source segment,
        /// or for a pair without source, the next pair's); never decreasing.
        var positions: [Int] = []
        var hasSource: [Bool] = []
        /// The next pair not yet placed in a row.
        var cursor = 0

        init(_ pairs: [SegmentPair], sourceCount: Int) {
            positions = Array(repeating: sourceCount, count: pairs.count)
            hasSource = pairs.map { !$0.source.isEmpty }
            var next = sourceCount
            for index in stride(from: pairs.count - 1, through: 0, by: -1) {
                if let first = pairs[index].source.map(\.index).min() {
                    next = min(first, next)
                    starts.insert(first)
                }
                positions[index] = next
            }
        }

        /// The pairs without source at `position` that come next.
        mutating func takeUnsourced(at position: Int) -> [Int] {
            var taken: [Int] = []
            while cursor < positions.count, !hasSource[cursor], positions[cursor] == position {
                taken.append(cursor)
                cursor += 1
            }
            return taken
        }

        /// The next pairs that stand before source position `upper`.
        mutating func take(before upper: Int) -> [Int] {
            var taken: [Int] = []
            while cursor < positions.count, positions[cursor] < upper || (upper == Int.max) {
                taken.append(cursor)
                cursor += 1
            }
            return taken
        }
    }
}

/// Puts two bilingual files side by side by their units' ids.
public enum UnitMatcher {
    /// Rows for the units of `old` and `new` (one pair per unit, `unitID` set):
    /// units with the same id in the same order are compared, units only in the
    /// new file are added, units only in the old file removed.
    public static func match(old: [SegmentPair], new: [SegmentPair]) -> [RevisionRow] {
        let operations = EditScript.diff(old.map { $0.unitID ?? "" }, new.map { $0.unitID ?? "" })
        var rows: [RevisionRow] = []
        for operation in operations {
            switch operation {
            case let .equal(o, n, count):
                for offset in 0..<count {
                    rows.append(RevisionRow(source: new[n + offset].source, old: old[o + offset].target, new: new[n + offset].target,
                                            oldPairs: [o + offset], newPairs: [n + offset]))
                }
            case let .delete(o, count):
                for index in o..<(o + count) {
                    rows.append(RevisionRow(source: old[index].source, old: old[index].target, new: [], oldPairs: [index]))
                }
            case let .insert(n, count):
                for index in n..<(n + count) {
                    rows.append(RevisionRow(source: new[index].source, old: [], new: new[index].target, newPairs: [index]))
                }
            }
        }
        return rows
    }
}
