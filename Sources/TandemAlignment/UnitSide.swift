import TandemCore

/// The units of one side at one level (blocks, or the sentences of a block
/// group): their lengths, words and structure. Word lists are stored flat
/// (unit `u` owns `types[typeStart[u] ..< typeStart[u + 1]]`) so the hot
/// loops touch plain arrays.
struct UnitSide {
    var lengths: [Float] = []
    var typeStart: [Int] = [0]
    /// Type indices (distinct within a unit).
    var types: [Int32] = []
    /// How often each type occurs in its unit.
    var counts: [Float] = []
    /// Per unit: the cost its words add when none finds a counterpart.
    var missTotal: [Float] = []
    /// Per unit: the most its words can lower the cost by finding counterparts.
    var matchCap: [Float] = []
    var kinds: [BlockKind] = []
    /// Heading level or table cell count; 0 when it does not apply.
    var details: [Int] = []
    /// The block each unit starts in (sentences: to see a bead crossing a block boundary).
    var blocks: [Int] = []
    /// How many segments each unit holds.
    var segmentCounts: [Int] = []

    var count: Int { lengths.count }

    @inline(__always)
    func typeRange(_ unit: Int) -> Range<Int> { typeStart[unit]..<typeStart[unit + 1] }

    mutating func append(features: [SegmentFeatures], kind: BlockKind, detail: Int, block: Int, types table: MatchableTypes) {
        var length: Float = 0
        var miss: Float = 0
        var cap: Float = 0
        if features.count == 1 {
            let feature = features[0]
            length = feature.length
            types.append(contentsOf: feature.types)
            counts.append(contentsOf: feature.counts)
            for (type, count) in zip(feature.types, feature.counts) {
                miss += count * table.missValues[Int(type)]
                cap += count * table.weights[Int(type)]
            }
        } else {
            var merged: [Int32: Float] = [:]
            for feature in features {
                length += feature.length
                for (type, count) in zip(feature.types, feature.counts) { merged[type, default: 0] += count }
            }
            length += Float(max(features.count - 1, 0))
            for type in merged.keys.sorted() {
                let count = merged[type]!
                types.append(type)
                counts.append(count)
                miss += count * table.missValues[Int(type)]
                cap += count * table.weights[Int(type)]
            }
        }
        typeStart.append(types.count)
        lengths.append(length)
        missTotal.append(miss)
        matchCap.append(cap)
        kinds.append(kind)
        details.append(detail)
        blocks.append(block)
        segmentCounts.append(features.count)
    }
}

/// For each word type of one side: the dense ids of its keys that also occur
/// on the other side (only those can ever match), its match value and its
/// miss value.
///
/// A type that occurs in several segments but none of whose keys occurs on
/// the other side is one tandem cannot match (a function word, a dictionary
/// gap): its absence says nothing about any pairing, so its miss value is 0.
/// A rare type keeps its miss value, as its lack of a counterpart is what an
/// omitted sentence looks like.
struct MatchableTypes {
    /// Type `t` owns `keys[keyStart[t] ..< keyStart[t + 1]]`.
    var keyStart: [Int]
    var keys: [Int32]
    /// Match value per type.
    var weights: [Float]
    /// Miss value per type (0 for types that cannot match).
    var missValues: [Float]
    /// The number of dense key ids (shared by both sides).
    var keySpace: Int

    @inline(__always)
    func keyRange(_ type: Int32) -> Range<Int> { keyStart[Int(type)]..<keyStart[Int(type) + 1] }

    /// From how many segments on an unmatched type counts as one tandem cannot match.
    static let unmatchableFrequency: Int32 = 3

    /// Restricts both tables to the keys they share; returns the source and target views.
    static func shared(_ source: TypeTable, _ target: TypeTable) -> (MatchableTypes, MatchableTypes) {
        var targetKeys = Set<UInt64>()
        for keys in target.keys { targetKeys.formUnion(keys) }
        var dense: [UInt64: Int32] = [:]
        var sourceStart = [0]
        var sourceIDs: [Int32] = []
        for keys in source.keys {
            for key in keys where targetKeys.contains(key) {
                if let id = dense[key] {
                    sourceIDs.append(id)
                } else {
                    let id = Int32(dense.count)
                    dense[key] = id
                    sourceIDs.append(id)
                }
            }
            sourceStart.append(sourceIDs.count)
        }
        var targetStart = [0]
        var targetIDs: [Int32] = []
        for keys in target.keys {
            for key in keys { if let id = dense[key] { targetIDs.append(id) } }
            targetStart.append(targetIDs.count)
        }
        func misses(_ table: TypeTable, _ start: [Int]) -> [Float] {
            (0..<table.count).map { type in
                start[type] == start[type + 1] && table.documentFrequency[type] >= unmatchableFrequency ? 0 : table.missValue[type]
            }
        }
        return (MatchableTypes(keyStart: sourceStart, keys: sourceIDs, weights: source.matchValue,
                               missValues: misses(source, sourceStart), keySpace: dense.count),
                MatchableTypes(keyStart: targetStart, keys: targetIDs, weights: target.matchValue,
                               missValues: misses(target, targetStart), keySpace: dense.count))
    }
}

/// Matched word value for unit pairs inside a band: `sourceMatched(i, j)` is
/// the value of source unit i's words found in target unit j, and
/// `targetMatched(i, j)` that of target unit j's words found in source unit i.
struct SimilarityBand {
    let unitLo: [Int]
    let unitHi: [Int]
    private let start: [Int]
    private var sourceValues: [Float]
    private var targetValues: [Float]

    init(source: UnitSide, target: UnitSide, sourceTypes: MatchableTypes, targetTypes: MatchableTypes,
         unitLo: [Int], unitHi: [Int]) {
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
        let targetPostings = Postings(side: target, types: targetTypes)
        Self.accumulate(from: source, types: sourceTypes, into: targetPostings, otherCount: target.count,
                        lo: unitLo, hi: unitHi) { unit, other, value in
            sourceValues[start[unit] + other - unitLo[unit]] += value
        }
        // Target units matched against source postings, over the transposed band.
        let sourcePostings = Postings(side: source, types: sourceTypes)
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
        Self.accumulate(from: target, types: targetTypes, into: sourcePostings, otherCount: source.count,
                        lo: rowLo, hi: rowHi) { column, unit, value in
            if column >= unitLo[unit] && column <= unitHi[unit] {
                targetValues[start[unit] + column - unitLo[unit]] += value
            }
        }
    }

    /// For each unit of `side` and each of its types, adds the type's value once to every unit of the
    /// other side within `lo…hi` whose keys include one of the type's.
    private static func accumulate(from side: UnitSide, types: MatchableTypes, into postings: Postings, otherCount: Int,
                                   lo: [Int], hi: [Int], add: (Int, Int, Float) -> Void) {
        var marks = [Int32](repeating: -1, count: otherCount)
        var stamp: Int32 = 0
        side.types.withUnsafeBufferPointer { sideTypes in
        side.counts.withUnsafeBufferPointer { sideCounts in
        types.keys.withUnsafeBufferPointer { keys in
        types.keyStart.withUnsafeBufferPointer { keyStart in
        types.weights.withUnsafeBufferPointer { weights in
            for unit in 0..<side.count where hi[unit] >= lo[unit] {
                let low = lo[unit]
                let high = hi[unit]
                for slot in side.typeRange(unit) {
                    let type = Int(sideTypes[slot])
                    let keyLow = keyStart[type]
                    let keyHigh = keyStart[type + 1]
                    if keyLow == keyHigh { continue }
                    let value = sideCounts[slot] * weights[type]
                    stamp &+= 1
                    for keySlot in keyLow..<keyHigh {
                        postings.forEach(key: Int(keys[keySlot]), from: low, through: high) { other in
                            if marks[other] != stamp {
                                marks[other] = stamp
                                add(unit, other, value)
                            }
                        }
                    }
                }
            }
        }
        }
        }
        }
        }
    }

    /// Compares every pair in the band key by key (for small groups, where postings cost more than they save).
    private mutating func fillDirectly(source: UnitSide, target: UnitSide,
                                       sourceTypes: MatchableTypes, targetTypes: MatchableTypes) {
        func keySet(_ side: UnitSide, _ types: MatchableTypes, _ unit: Int) -> [Int32] {
            var keys: [Int32] = []
            for slot in side.typeRange(unit) { keys.append(contentsOf: types.keys[types.keyRange(side.types[slot])]) }
            keys.sort()
            return keys
        }
        func matched(_ side: UnitSide, _ types: MatchableTypes, _ unit: Int, in keys: [Int32]) -> Float {
            guard !keys.isEmpty else { return 0 }
            var total: Float = 0
            for slot in side.typeRange(unit) {
                let type = side.types[slot]
                if types.keyRange(type).contains(where: { Self.sortedContains(keys, types.keys[$0]) }) {
                    total += side.counts[slot] * types.weights[Int(type)]
                }
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

    init(side: UnitSide, types: MatchableTypes) {
        let keySpace = types.keySpace
        var counts = [Int32](repeating: 0, count: keySpace + 1)
        var lastUnit = [Int32](repeating: -1, count: keySpace)
        for unit in 0..<side.count {
            for slot in side.typeRange(unit) {
                for keySlot in types.keyRange(side.types[slot]) {
                    let key = Int(types.keys[keySlot])
                    if lastUnit[key] != Int32(unit) {
                        lastUnit[key] = Int32(unit)
                        counts[key + 1] += 1
                    }
                }
            }
        }
        for key in 0..<keySpace { counts[key + 1] += counts[key] }
        var fill = counts
        var units = [Int32](repeating: 0, count: Int(counts[keySpace]))
        for index in 0..<keySpace { lastUnit[index] = -1 }
        for unit in 0..<side.count {
            for slot in side.typeRange(unit) {
                for keySlot in types.keyRange(side.types[slot]) {
                    let key = Int(types.keys[keySlot])
                    if lastUnit[key] != Int32(unit) {
                        lastUnit[key] = Int32(unit)
                        units[Int(fill[key])] = Int32(unit)
                        fill[key] += 1
                    }
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
