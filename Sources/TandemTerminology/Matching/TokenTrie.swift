/// A trie over sequences of word keys: the automaton that finds every glossary
/// term in a segment in one pass over its words.
///
/// Each edge is keyed by (node, key id) in one hash map. Matching walks the
/// words once, keeping the set of partial matches alive at the current word
/// (terms are short, so the set stays small); a word may have several
/// candidate keys (German base forms), and each is tried. Every complete match
/// is reported — choosing the longest is the caller's business.
struct TokenTrie: Sendable {
    private var edges = EdgeMap(capacity: 1 << 16)
    /// For each node, the entries (term references) that end there.
    private(set) var entries: [[Int32]] = [[]]
    /// For each node, whether entries end there (checked on the hot path without touching `entries`).
    private var terminal: [Bool] = [false]

    /// The number of nodes.
    var nodeCount: Int { entries.count }

    init() {}

    /// A trie made from its edges and its nodes' entries (from the index file).
    init(edgeKeys: [UInt64], edgeValues: [Int32], entries: [[Int32]]) {
        edges = EdgeMap(capacity: edgeKeys.count)
        for (key, value) in zip(edgeKeys, edgeValues) { edges.set(key, value) }
        self.entries = entries
        terminal = entries.map { !$0.isEmpty }
    }

    /// The edges as (node << 32 | key, child) pairs (for the index file).
    var edgePairs: (keys: [UInt64], values: [Int32]) { edges.pairs }

    @inline(__always)
    private static func edgeKey(_ node: Int32, _ key: Int32) -> UInt64 {
        (UInt64(UInt32(bitPattern: node)) << 32) | UInt64(UInt32(bitPattern: key))
    }

    /// The child of `node` along `key`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ key: Int32) -> Int32 {
        edges.value(Self.edgeKey(node, key))
    }

    /// Inserts a key sequence ending in `entry`; returns its final node.
    @discardableResult
    mutating func insert(_ keys: [Int32], entry: Int32) -> Int32 {
        var node: Int32 = 0
        for key in keys {
            let next = child(node, key)
            if next >= 0 {
                node = next
            } else {
                let created = Int32(entries.count)
                entries.append([])
                terminal.append(false)
                edges.set(Self.edgeKey(node, key), created)
                node = created
            }
        }
        if !entries[Int(node)].contains(entry) { entries[Int(node)].append(entry) }
        terminal[Int(node)] = true
        return node
    }

    /// The node a key sequence leads to, or -1.
    func node(for keys: [Int32]) -> Int32 {
        var node: Int32 = 0
        for key in keys {
            node = child(node, key)
            if node < 0 { return -1 }
        }
        return node
    }

    /// Replaces the entries of `node`.
    mutating func setEntries(_ node: Int32, _ list: [Int32]) {
        entries[Int(node)] = list
        terminal[Int(node)] = !list.isEmpty
    }

    /// Finds every term in a sequence of words.
    ///
    /// `candidates` holds each word's candidate key ids back to back;
    /// `offsets[i]..<offsets[i + 1]` are word `i`'s. `body` receives the first
    /// and last word index of each match and the node where it ends.
    func matches(candidates: [Int32], offsets: [Int32], scratch: inout MatchScratch, _ body: (Int, Int, Int32) -> Void) {
        scratch.active.removeAll(keepingCapacity: true)
        let words = offsets.count - 1
        guard words > 0 else { return }
        for word in 0..<words {
            scratch.next.removeAll(keepingCapacity: true)
            let lower = Int(offsets[word])
            let upper = Int(offsets[word + 1])
            if lower == upper {
                swap(&scratch.active, &scratch.next)
                continue
            }
            // Partial matches that continue with this word, then new matches that start at it.
            for state in scratch.active {
                advance(state.node, start: state.start, word: word, candidates: candidates[lower..<upper], scratch: &scratch, body)
            }
            advance(0, start: Int32(word), word: word, candidates: candidates[lower..<upper], scratch: &scratch, body)
            swap(&scratch.active, &scratch.next)
        }
    }

    @inline(__always)
    private func advance(_ node: Int32, start: Int32, word: Int, candidates: ArraySlice<Int32>,
                         scratch: inout MatchScratch, _ body: (Int, Int, Int32) -> Void) {
        for key in candidates {
            let next = child(node, key)
            guard next >= 0 else { continue }
            if scratch.next.contains(where: { $0.node == next && $0.start == start }) { continue }
            scratch.next.append(MatchScratch.State(node: next, start: start))
            if terminal[Int(next)] { body(Int(start), word, next) }
        }
    }
}

/// Reusable buffers for ``TokenTrie/matches(candidates:offsets:scratch:_:)``.
struct MatchScratch {
    struct State {
        var node: Int32
        var start: Int32
    }
    var active: [State] = []
    var next: [State] = []
}
