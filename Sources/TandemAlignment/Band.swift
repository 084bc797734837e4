/// The cells of an alignment lattice that are searched: for each source
/// prefix length `r` (0…n), the target prefix lengths `lo[r]…hi[r]`.
///
/// The band follows the diagonal given by cumulative text length, so the
/// search costs O(n · width) instead of O(n · m).
struct Band: Sendable {
    let sourceCount: Int
    let targetCount: Int
    private(set) var lo: [Int]
    private(set) var hi: [Int]
    private(set) var rowStart: [Int]

    /// The number of cells.
    var cellCount: Int { rowStart[sourceCount + 1] }

    /// Every cell (for small inputs).
    static func full(sourceCount: Int, targetCount: Int) -> Band {
        Band(sourceCount: sourceCount, targetCount: targetCount,
             lo: Array(repeating: 0, count: sourceCount + 1), hi: Array(repeating: targetCount, count: sourceCount + 1))
    }

    /// A band of `halfWidth` cells on each side of the length diagonal.
    static func diagonal(sourceLengths: [Float], targetLengths: [Float], halfWidth: Int) -> Band {
        let n = sourceLengths.count
        let m = targetLengths.count
        if halfWidth >= max(n, m) { return full(sourceCount: n, targetCount: m) }
        let sourceTotal = Double(sourceLengths.reduce(0, +))
        let targetTotal = Double(targetLengths.reduce(0, +))
        var centers = [Int](repeating: 0, count: n + 1)
        if sourceTotal > 0 && targetTotal > 0 {
            var targetPrefix = 0.0
            var column = 0
            var sourcePrefix = 0.0
            for row in 0...n {
                if row > 0 { sourcePrefix += Double(sourceLengths[row - 1]) }
                let wanted = sourcePrefix / sourceTotal * targetTotal
                while column < m && targetPrefix + Double(targetLengths[column]) / 2 <= wanted {
                    targetPrefix += Double(targetLengths[column])
                    column += 1
                }
                centers[row] = column
            }
        } else {
            for row in 0...n { centers[row] = n == 0 ? m : row * m / n }
        }
        centers[n] = m
        var lo = centers.map { max(0, $0 - halfWidth) }
        var hi = centers.map { min(m, $0 + halfWidth) }
        lo[0] = 0
        hi[n] = m
        for row in 1...max(n, 1) where row <= n {
            lo[row] = max(lo[row], lo[row - 1])
            lo[row] = min(lo[row], hi[row - 1])
        }
        if n > 0 {
            for row in stride(from: n - 1, through: 0, by: -1) { hi[row] = min(hi[row], hi[row + 1]) }
            for row in 1...n { hi[row] = max(hi[row], hi[row - 1]) }
        }
        for row in 0...n where lo[row] > hi[row] { lo[row] = hi[row] }
        return Band(sourceCount: n, targetCount: m, lo: lo, hi: hi)
    }

    init(sourceCount: Int, targetCount: Int, lo: [Int], hi: [Int]) {
        self.sourceCount = sourceCount
        self.targetCount = targetCount
        self.lo = lo
        self.hi = hi
        var starts = [Int](repeating: 0, count: sourceCount + 2)
        for row in 0...sourceCount { starts[row + 1] = starts[row] + (hi[row] - lo[row] + 1) }
        self.rowStart = starts
    }

    @inline(__always)
    func contains(_ row: Int, _ column: Int) -> Bool {
        row >= 0 && row <= sourceCount && column >= lo[row] && column <= hi[row]
    }

    @inline(__always)
    func index(_ row: Int, _ column: Int) -> Int { rowStart[row] + column - lo[row] }

    /// Whether a cell is within `margin` of an edge that is not the lattice's own edge.
    func isNearEdge(_ row: Int, _ column: Int, margin: Int = 2) -> Bool {
        (lo[row] > 0 && column - lo[row] < margin) || (hi[row] < targetCount && hi[row] - column < margin)
    }

    /// For unit pairs (source unit i, target unit j): the range of j that beads in this band can touch.
    func unitRanges(maximumShape: Int) -> (lo: [Int], hi: [Int]) {
        var unitLo = [Int](repeating: 0, count: sourceCount)
        var unitHi = [Int](repeating: -1, count: sourceCount)
        for unit in 0..<sourceCount {
            let upperRow = min(sourceCount, unit + maximumShape)
            unitLo[unit] = max(0, lo[unit + 1] - maximumShape)
            unitHi[unit] = min(targetCount - 1, hi[upperRow] - 1)
            if unitHi[unit] < unitLo[unit] { unitHi[unit] = unitLo[unit] - 1 }
        }
        // Keep both bounds non-decreasing.
        for unit in stride(from: sourceCount - 2, through: 0, by: -1) where unitLo[unit] > unitLo[unit + 1] {
            unitLo[unit] = unitLo[unit + 1]
        }
        for unit in 1..<max(sourceCount, 1) where unit < sourceCount && unitHi[unit] < unitHi[unit - 1] {
            unitHi[unit] = unitHi[unit - 1]
        }
        return (unitLo, unitHi)
    }
}
