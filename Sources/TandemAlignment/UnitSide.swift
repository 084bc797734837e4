import TandemCore

/// The units of one side at one level (blocks, or the sentences of a block
/// group): their lengths, words and structure.
struct UnitSide {
    var lengths: [Float] = []
    /// Per unit: type indices (distinct) and their counts.
    var types: [[Int32]] = []
    var counts: [[Float]] = []
    /// Per unit: the cost its words add when none finds a counterpart.
    var missTotal: [Float] = []
    /// Per unit: the most its words can lower the cost by finding counterparts.
    var matchCap: [Float] = []
    var kinds: [BlockKind] = []
    /// Heading level or table cell count; 0 when it does not apply.
    var details: [Int] = []
    /// The block each unit starts in (sentences: to see a bead crossing a block boundary).
    var blocks: [Int] = []

    var count: Int { lengths.count }

    mutating func append(features: [SegmentFeatures], kind: BlockKind, detail: Int, block: Int, table: TypeTable) {
        var merged: [Int32: Float] = [:]
        var length: Float = 0
        for feature in features {
            length += feature.length
            for (type, count) in zip(feature.types, feature.counts) { merged[type, default: 0] += count }
        }
        if features.count > 1 { length += Float(features.count - 1) }
        var unitTypes: [Int32] = []
        var unitCounts: [Float] = []
        var miss: Float = 0
        var cap: Float = 0
        for type in merged.keys.sorted() {
            let count = merged[type]!
            unitTypes.append(type)
            unitCounts.append(count)
            miss += count * table.missValue[Int(type)]
            cap += count * table.matchValue[Int(type)]
        }
        lengths.append(length)
        types.append(unitTypes)
        counts.append(unitCounts)
        missTotal.append(miss)
        matchCap.append(cap)
        kinds.append(kind)
        details.append(detail)
        blocks.append(block)
    }
}

/// For each word type of one side: the dense ids of its keys that also occur
/// on the other side (only those can ever match), and its match value.
struct MatchableTypes {
    var keys: [[Int32]]
    var weights: [Float]
    /// The number of dense key ids (shared by both sides).
    var keySpace: Int

    /// Restricts both tables to the keys they share; returns the source and target views.
    static func shared(_ source: TypeTable, _ target: TypeTable) -> (MatchableTypes, MatchableTypes) {
        var targetKeys = Set<UInt64>()
        for keys in target.keys { targetKeys.formUnion(keys) }
        var dense: [UInt64: Int32] = [:]
        var sourceView: [[Int32]] = []
        sourceView.reserveCapacity(source.count)
        for keys in source.keys {
            var ids: [Int32] = []
            for key in keys where targetKeys.contains(key) {
                if let id = dense[key] {
                    ids.append(id)
                } else {
                    let id = Int32(dense.count)
                    dense[key] = id
                    ids.append(id)
                }
            }
            sourceView.append(ids)
        }
        var targetView: [[Int32]] = []
        targetView.reserveCapacity(target.count)
        for keys in target.keys {
            var ids: [Int32] = []
            for key in keys { if let id = dense[key] { ids.append(id) } }
            targetView.append(ids)
        }
        return (MatchableTypes(keys: sourceView, weights: source.matchValue, keySpace: dense.count),
                MatchableTypes(keys: targetView, weights: target.matchValue, keySpace: dense.count))
    }
}

/// Matched word weight for unit pairs inside a band: `sourceMatched(i, j)` is
/// the weight of source unit i's words found in target unit j, and
/// `targetMatched(i, j)` the weight of target unit j's words found in source unit i.
struct SimilarityBand {
    let unitLo: [Int]
    let unitHi: [Int]
    private let start: [Int]
    private var sourceValues: [Float]
    private var targetValues: [Float]

    init(source: UnitSide, target: UnitSide, sourceTypes: MatchableTypes, targetTypes: MatchableTypes,
         unitLo: [Int], unitHi: [Int]) {
        let keySpace = sourceTypes.keySpace
        self.unitLo = unitLo
        self.unitHi = unitHi
        var start = [Int](repeating: 0, count: source.count + 1)
        for unit in 0..<source.count { start[unit + 1] = start[unit] + max(0, unitHi[unit] - unitLo[unit] + 1) }
        self.start = start
        sourceValues = [Float](repeating: 0, count: start[source.count])
        targetValues = [Float](repeating: 0, count: start[source.count])
        guard source.count > 0, target.count > 0 else { return }
        if source.count * target.count <= 256 {
            fillDirectly(source: source, target: target, sourceTypes: sourceTypes, targetTypes: targetTypes)
            return
        }

        // Source units matched against target postings.
        let targetPostings = Postings(side: target, types: targetTypes, keySpace: keySpace)
        var marks = [Int32](repeating: -1, count: target.count)
        var stamp: Int32 = 0
        for unit in 0..<source.count where unitHi[unit] >= unitLo[unit] {
            let low = unitLo[unit]
            let high = unitHi[unit]
            let base = start[unit] - low
            for (type, count) in zip(source.types[unit], source.counts[unit]) {
                let keys = sourceTypes.keys[Int(type)]
                if keys.isEmpty { continue }
                let weight = count * sourceTypes.weights[Int(type)]
                stamp &+= 1
                for key in keys {
                    targetPostings.forEach(key: Int(key), from: low, through: high) { other in
                        if marks[other] != stamp {
                            marks[other] = stamp
                            sourceValues[base + other] += weight
                        }
                    }
                }
            }
        }

        // Target units matched against source postings, over the transposed band.
        let sourcePostings = Postings(side: source, types: sourceTypes, keySpace: keySpace)
        var rowLo = [Int](repeating: 0, count: target.count)
        var rowHi = [Int](repeating: -1, count: target.count)
        var first = 0
        var last = -1
        for column in 0..<target.count {
            while first < source.count && unitHi[first] < column { first += 1 }
            while last + 1 < source.count && unitLo[last + 1] <= column { last += 1 }
            rowLo[column] = first
            rowHi[column] = last
        }
        var sourceMarks = [Int32](repeating: -1, count: source.count)
        stamp = 0
        for column in 0..<target.count where rowHi[column] >= rowLo[column] {
            for (type, count) in zip(target.types[column], target.counts[column]) {
                let keys = targetTypes.keys[Int(type)]
                if keys.isEmpty { continue }
                let weight = count * targetTypes.weights[Int(type)]
                stamp &+= 1
                for key in keys {
                    sourcePostings.forEach(key: Int(key), from: rowLo[column], through: rowHi[column]) { other in
                        if sourceMarks[other] != stamp, column >= unitLo[other], column <= unitHi[other] {
                            sourceMarks[other] = stamp
                            targetValues[start[other] + column - unitLo[other]] += weight
                        }
                    }
                }
            }
        }
    }

    /// Compares every pair in the band key by key (for small groups, where postings cost more than they save).
    private mutating func fillDirectly(source: UnitSide, target: UnitSide, sourceTypes: MatchableTypes, targetTypes: MatchableTypes) {
        func keySet(_ side: UnitSide, _ types: MatchableTypes, _ unit: Int) -> [Int32] {
            var keys: [Int32] = []
            for type in side.types[unit] { keys.append(contentsOf: types.keys[Int(type)]) }
            keys.sort()
            return keys
        }
        func matched(_ side: UnitSide, _ types: MatchableTypes, _ unit: Int, in keys: [Int32]) -> Float {
            guard !keys.isEmpty else { return 0 }
            var total: Float = 0
            for (type, count) in zip(side.types[unit], side.counts[unit]) {
                let typeKeys = types.keys[Int(type)]
                if typeKeys.isEmpty { continue }
                if typeKeys.contains(where: { Self.sortedContains(keys, $0) }) { total += count * types.weights[Int(type)] }
            }
            return total
        }
        let sourceKeys = (0..<source.count).map { keySet(source, sourceTypes, $0) }
        let targetKeys = (0..<target.count).map { keySet(target, targetTypes, $0) }
        for unit in 0..<source.count where unitHi[unit] >= unitLo[unit] {
            for other in unitLo[unit]...unitHi[unit] {
                let slot = start[unit] + other - unitLo[unit]
                sourceValues[slot] = matched(source, sourceTypes, unit, in: targetKeys[other])
                targetValues[slot] = matched(target, targetTypes, other, in: sourceKeys[unit])
            }
        }
    }

    private static func sortedContains(_ values: [Int32], _ value: Int32) -> Bool {
        var lower = 0
        var upper = values.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if values[middle] < value { lower = middle + 1 } else { upper = middle }
        }
        return lower < values.count && values[lower] == value
    }

    @inline(__always)
    func sourceMatched(_ source: Int, _ target: Int) -> Float {
        guard target >= unitLo[source], target <= unitHi[source] else { return 0 }
        return sourceValues[start[source] + target - unitLo[source]]
    }

    @inline(__always)
    func targetMatched(_ source: Int, _ target: Int) -> Float {
        guard target >= unitLo[source], target <= unitHi[source] else { return 0 }
        return targetValues[start[source] + target - unitLo[source]]
    }
}

/// For each dense key, the sorted units of one side that contain it.
struct Postings {
    private let offsets: [Int32]
    private let units: [Int32]

    init(side: UnitSide, types: MatchableTypes, keySpace: Int) {
        var counts = [Int32](repeating: 0, count: keySpace + 1)
        var lastUnit = [Int32](repeating: -1, count: keySpace)
        for unit in 0..<side.count {
            for type in side.types[unit] {
                for key in types.keys[Int(type)] where lastUnit[Int(key)] != Int32(unit) {
                    lastUnit[Int(key)] = Int32(unit)
                    counts[Int(key) + 1] += 1
                }
            }
        }
        for key in 0..<keySpace { counts[key + 1] += counts[key] }
        var fill = counts
        var units = [Int32](repeating: 0, count: Int(counts[keySpace]))
        for index in 0..<keySpace { lastUnit[index] = -1 }
        for unit in 0..<side.count {
            for type in side.types[unit] {
                for key in types.keys[Int(type)] where lastUnit[Int(key)] != Int32(unit) {
                    lastUnit[Int(key)] = Int32(unit)
                    units[Int(fill[Int(key)])] = Int32(unit)
                    fill[Int(key)] += 1
                }
            }
        }
        self.offsets = counts
        self.units = units
    }

    /// Calls `body` with each unit containing `key` in `low…high`.
    @inline(__always)
    func forEach(key: Int, from low: Int, through high: Int, _ body: (Int) -> Void) {
        var lower = Int(offsets[key])
        var upper = Int(offsets[key + 1])
        let end = upper
        // First posting ≥ low.
        while lower < upper {
            let middle = (lower + upper) / 2
            if Int(units[middle]) < low { lower = middle + 1 } else { upper = middle }
        }
        var index = lower
        while index < end {
            let unit = Int(units[index])
            if unit > high { break }
            body(unit)
            index += 1
        }
    }
}
