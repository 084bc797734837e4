/// One step of an edit script between two sequences.
public enum EditOperation: Hashable, Sendable {
    /// `count` elements the same in both, from `old` and `new`.
    case equal(old: Int, new: Int, count: Int)
    /// `count` elements of the old sequence from `old`, gone in the new one.
    case delete(old: Int, count: Int)
    /// `count` elements of the new sequence from `new`, not in the old one.
    case insert(new: Int, count: Int)
}

/// The shortest edit script between two sequences (Myers 1986, "An O(ND)
/// difference algorithm"): fast when the sequences are alike, which is the
/// common case for two versions of a sentence.
public enum EditScript {
    /// The operations that turn `old` into `new`, in order; adjacent operations
    /// of one kind are merged, and deletions come before insertions.
    public static func diff<Element: Equatable>(_ old: [Element], _ new: [Element]) -> [EditOperation] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
              old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        var operations: [EditOperation] = []
        if prefix > 0 { operations.append(.equal(old: 0, new: 0, count: prefix)) }
        let middle = core(Array(old[prefix..<(old.count - suffix)]), Array(new[prefix..<(new.count - suffix)]))
        for operation in middle {
            switch operation {
            case let .equal(o, n, count): append(.equal(old: o + prefix, new: n + prefix, count: count), to: &operations)
            case let .delete(o, count): append(.delete(old: o + prefix, count: count), to: &operations)
            case let .insert(n, count): append(.insert(new: n + prefix, count: count), to: &operations)
            }
        }
        if suffix > 0 { append(.equal(old: old.count - suffix, new: new.count - suffix, count: suffix), to: &operations) }
        return normalized(operations)
    }

    private static func core<Element: Equatable>(_ a: [Element], _ b: [Element]) -> [EditOperation] {
        let n = a.count, m = b.count
        if n == 0 && m == 0 { return [] }
        if n == 0 { return [.insert(new: 0, count: m)] }
        if m == 0 { return [.delete(old: 0, count: n)] }
        let maximum = n + m
        let offset = maximum
        var v = [Int](repeating: 0, count: 2 * maximum + 2)
        var trace: [[Int]] = []
        var found = false
        outer: for d in 0...maximum {
            // Only the diagonals -d…d matter at step d: keep just that slice.
            trace.append(Array(v[(offset - d)...(offset + d)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n && y >= m { found = true; break outer }
            }
        }
        precondition(found)
        // Walk back through the snapshots.
        var steps: [EditOperation] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let snapshot = trace[d]
            func value(_ k: Int) -> Int { snapshot[k + d] }
            let k = x - y
            let previousK: Int
            if d == 0 {
                previousK = 0
            } else if k == -d || (k != d && value(k - 1) < value(k + 1)) {
                previousK = k + 1
            } else {
                previousK = k - 1
            }
            let previousX = d == 0 ? 0 : value(previousK)
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                x -= 1; y -= 1
                steps.append(.equal(old: x, new: y, count: 1))
            }
            if d > 0 {
                if x == previousX {
                    y -= 1
                    steps.append(.insert(new: y, count: 1))
                } else {
                    x -= 1
                    steps.append(.delete(old: x, count: 1))
                }
            }
        }
        var merged: [EditOperation] = []
        for step in steps.reversed() { append(step, to: &merged) }
        return merged
    }

    private static func append(_ operation: EditOperation, to operations: inout [EditOperation]) {
        guard let last = operations.last else { operations.append(operation); return }
        switch (last, operation) {
        case let (.equal(o1, n1, c1), .equal(o2, n2, c2)) where o1 + c1 == o2 && n1 + c1 == n2:
            operations[operations.count - 1] = .equal(old: o1, new: n1, count: c1 + c2)
        case let (.delete(o1, c1), .delete(o2, c2)) where o1 + c1 == o2:
            operations[operations.count - 1] = .delete(old: o1, count: c1 + c2)
        case let (.insert(n1, c1), .insert(n2, c2)) where n1 + c1 == n2:
            operations[operations.count - 1] = .insert(new: n1, count: c1 + c2)
        default:
            operations.append(operation)
        }
    }

    /// Between two equal runs, all deletions first, then all insertions.
    private static func normalized(_ operations: [EditOperation]) -> [EditOperation] {
        var output: [EditOperation] = []
        var deletes: [EditOperation] = []
        var inserts: [EditOperation] = []
        func flush() {
            for operation in deletes + inserts { append(operation, to: &output) }
            deletes = []
            inserts = []
        }
        for operation in operations {
            switch operation {
            case .equal: flush(); append(operation, to: &output)
            case .delete: deletes.append(operation)
            case .insert: inserts.append(operation)
            }
        }
        flush()
        return output
    }
}
