import Foundation

/// Gives the cost of one bead: `shape` ending at source prefix `row` and target prefix `column`.
protocol BeadCosting {
    func cost(slot: Int, shape: BeadShape, row: Int, column: Int) -> Float
}

/// One step of the best path: a bead, where it ends, and its posterior probability.
struct PathStep: Sendable {
    let shape: BeadShape
    /// Source units `sourceStart ..< sourceStart + shape.source`.
    let sourceStart: Int
    /// Target units `targetStart ..< targetStart + shape.target`.
    let targetStart: Int
    let cost: Float
    /// The probability, over all paths in the band, that this bead is part of the alignment.
    let posterior: Double
}

/// The best path through a band and whether it came close to the band's edge.
struct LatticeSolution: Sendable {
    let steps: [PathStep]
    let nearEdge: Bool
}

/// Dynamic programming over a band: the least-cost path (Viterbi) and each of
/// its beads' posterior probability (forward–backward over the same costs).
enum Lattice {
    static func solve<Costing: BeadCosting>(band: Band, shapes: [BeadShape], costing: Costing) -> LatticeSolution {
        let n = band.sourceCount
        let m = band.targetCount
        let shapeCount = shapes.count
        let cells = band.cellCount
        var costs = [Float](repeating: .infinity, count: cells * shapeCount)
        var previousCell = [Int32](repeating: -1, count: cells * shapeCount)
        for row in 0...n {
            for column in band.lo[row]...band.hi[row] {
                let cell = band.index(row, column)
                for (slot, shape) in shapes.enumerated() {
                    let fromRow = row - shape.source
                    let fromColumn = column - shape.target
                    guard fromRow >= 0, fromColumn >= 0, band.contains(fromRow, fromColumn) else { continue }
                    costs[cell * shapeCount + slot] = costing.cost(slot: slot, shape: shape, row: row, column: column)
                    previousCell[cell * shapeCount + slot] = Int32(band.index(fromRow, fromColumn))
                }
            }
        }

        // Viterbi and forward pass (cells are in topological order).
        var best = [Float](repeating: .infinity, count: cells)
        var back = [Int8](repeating: -1, count: cells)
        var forward = [Double](repeating: -.infinity, count: cells)
        best[0] = 0
        forward[0] = 0
        var terms = [Double](repeating: 0, count: shapeCount)
        for cell in 1..<max(cells, 1) where cell < cells {
            var bestCost = Float.infinity
            var bestSlot: Int8 = -1
            var termCount = 0
            var maximum = -Double.infinity
            for slot in 0..<shapeCount {
                let from = Int(previousCell[cell * shapeCount + slot])
                guard from >= 0 else { continue }
                let cost = costs[cell * shapeCount + slot]
                let total = best[from] + cost
                if total < bestCost {
                    bestCost = total
                    bestSlot = Int8(slot)
                }
                let term = forward[from] - Double(cost)
                terms[termCount] = term
                termCount += 1
                if term > maximum { maximum = term }
            }
            best[cell] = bestCost
            back[cell] = bestSlot
            forward[cell] = logSumExp(terms, termCount, maximum)
        }

        // Backward pass.
        var backward = [Double](repeating: -.infinity, count: cells)
        backward[cells - 1] = 0
        for cell in stride(from: cells - 1, through: 1, by: -1) {
            let value = backward[cell]
            guard value > -.infinity else { continue }
            for slot in 0..<shapeCount {
                let from = Int(previousCell[cell * shapeCount + slot])
                guard from >= 0 else { continue }
                let candidate = value - Double(costs[cell * shapeCount + slot])
                let current = backward[from]
                if current == -.infinity {
                    backward[from] = candidate
                } else {
                    let high = max(current, candidate)
                    backward[from] = high + log(exp(current - high) + exp(candidate - high))
                }
            }
        }

        // Trace back the best path.
        let total = forward[cells - 1]
        var steps: [PathStep] = []
        var nearEdge = false
        var row = n
        var column = m
        while row > 0 || column > 0 {
            let cell = band.index(row, column)
            let slot = Int(back[cell])
            guard slot >= 0 else { break }
            let shape = shapes[slot]
            let from = Int(previousCell[cell * shapeCount + slot])
            let cost = costs[cell * shapeCount + slot]
            let logPosterior = forward[from] - Double(cost) + backward[cell] - total
            let posterior = min(1, max(0, exp(logPosterior)))
            if row > 0 && row < n && band.isNearEdge(row, column) { nearEdge = true }
            row -= shape.source
            column -= shape.target
            steps.append(PathStep(shape: shape, sourceStart: row, targetStart: column, cost: cost,
                                  posterior: posterior.isNaN ? 0 : posterior))
        }
        steps.reverse()
        return LatticeSolution(steps: steps, nearEdge: nearEdge)
    }

    @inline(__always)
    private static func logSumExp(_ terms: [Double], _ count: Int, _ maximum: Double) -> Double {
        guard count > 0, maximum > -.infinity else { return -.infinity }
        var sum = 0.0
        for index in 0..<count { sum += exp(terms[index] - maximum) }
        return maximum + log(sum)
    }
}
