import TandemCore

/// Aligns two versions of a text in the same language, segment by segment.
///
/// Segments that read the same and occur once in each version anchor the
/// alignment (patience diff); between anchors a monotone alignment by word
/// similarity pairs changed segments (1-1), and finds segments the revision
/// split (1-2) or merged (2-1), removed (1-0) or added (0-1).
///
///     let rows = VersionAligner.align(old: oldSegments, new: newSegments)
public enum VersionAligner {
    /// The rows of the alignment, in the order of both texts.
    public static func align(old: [Segment], new: [Segment]) -> [RevisionRow] {
        let vocabulary = Vocabulary()
        let oldKeys = old.map { vocabulary.key($0.text) }
        let newKeys = new.map { vocabulary.key($0.text) }
        var spans: [(old: Range<Int>, new: Range<Int>)] = []
        var aligner = Anchoring(oldKeys: oldKeys, newKeys: newKeys, gaps: GapAligner(old: old, new: new, vocabulary: vocabulary))
        aligner.run(0..<old.count, 0..<new.count, into: &spans)
        return spans.map { span in
            RevisionRow(old: Array(old[span.old]), new: Array(new[span.new]), oldPairs: Array(span.old), newPairs: Array(span.new))
        }
    }

    /// Numbers for whole segment texts (white space collapsed) and for their words.
    final class Vocabulary {
        private var texts: [String: Int] = [:]
        private var tokens: [String: Int] = [:]

        func key(_ text: String) -> Int {
            let normalized = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if let id = texts[normalized] { return id }
            texts[normalized] = texts.count
            return texts.count - 1
        }

        /// The sorted word numbers of a text, for similarity: words case-folded and
        /// cut at hyphens and slashes (`Schul-und` and `Schul- und` read alike),
        /// numbers reduced to their digits (`$33,510` and `33.510 USD` share one),
        /// punctuation left out.
        func words(_ text: String) -> [Int] {
            var result: [Int] = []
            func add(_ word: Substring) {
                guard !word.isEmpty else { return }
                if let id = tokens[String(word)] {
                    result.append(id)
                } else {
                    tokens[String(word)] = tokens.count
                    result.append(tokens.count - 1)
                }
            }
            for token in DiffTokenizer.tokens(text) {
                switch token.kind {
                case .word:
                    for part in token.text.lowercased().split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "\u{2011}" }) { add(part) }
                case .number:
                    add(Substring(token.text.filter(\.isNumber)))
                case .punctuation, .space:
                    continue
                }
            }
            return result.sorted()
        }
    }

    struct Anchoring {
        let oldKeys: [Int]
        let newKeys: [Int]
        let gaps: GapAligner

        mutating func run(_ a: Range<Int>, _ b: Range<Int>, into spans: inout [(old: Range<Int>, new: Range<Int>)]) {
            var a = a, b = b
            var tail: [(old: Range<Int>, new: Range<Int>)] = []
            while !a.isEmpty, !b.isEmpty, oldKeys[a.lowerBound] == newKeys[b.lowerBound] {
                spans.append((a.lowerBound..<(a.lowerBound + 1), b.lowerBound..<(b.lowerBound + 1)))
                a = (a.lowerBound + 1)..<a.upperBound
                b = (b.lowerBound + 1)..<b.upperBound
            }
            while !a.isEmpty, !b.isEmpty, oldKeys[a.upperBound - 1] == newKeys[b.upperBound - 1] {
                tail.append(((a.upperBound - 1)..<a.upperBound, (b.upperBound - 1)..<b.upperBound))
                a = a.lowerBound..<(a.upperBound - 1)
                b = b.lowerBound..<(b.upperBound - 1)
            }
            let anchors = uniqueAnchors(a, b)
            if anchors.isEmpty {
                spans.append(contentsOf: gaps.align(a, b))
            } else {
                var oldStart = a.lowerBound, newStart = b.lowerBound
                for anchor in anchors {
                    run(oldStart..<anchor.old, newStart..<anchor.new, into: &spans)
                    spans.append((anchor.old..<(anchor.old + 1), anchor.new..<(anchor.new + 1)))
                    oldStart = anchor.old + 1
                    newStart = anchor.new + 1
                }
                run(oldStart..<a.upperBound, newStart..<b.upperBound, into: &spans)
            }
            spans.append(contentsOf: tail.reversed())
        }

        /// Segments that occur exactly once in each range, in the longest order both agree on.
        private func uniqueAnchors(_ a: Range<Int>, _ b: Range<Int>) -> [(old: Int, new: Int)] {
            guard !a.isEmpty, !b.isEmpty else { return [] }
            var oldCount: [Int: (count: Int, index: Int)] = [:]
            for index in a { oldCount[oldKeys[index], default: (0, index)].count += 1 }
            var newCount: [Int: (count: Int, index: Int)] = [:]
            for index in b { newCount[newKeys[index], default: (0, index)].count += 1 }
            var candidates: [(old: Int, new: Int)] = []
            for index in a {
                let key = oldKeys[index]
                if oldCount[key]?.count == 1, let other = newCount[key], other.count == 1 {
                    candidates.append((index, other.index))
                }
            }
            return longestIncreasing(candidates)
        }

        /// The longest subsequence of `candidates` (ordered by old index) whose new indices increase.
        private func longestIncreasing(_ candidates: [(old: Int, new: Int)]) -> [(old: Int, new: Int)] {
            guard !candidates.isEmpty else { return [] }
            var tails: [Int] = []
            var previous = [Int](repeating: -1, count: candidates.count)
            for (index, candidate) in candidates.enumerated() {
                var low = 0, high = tails.count
                while low < high {
                    let middle = (low + high) / 2
                    if candidates[tails[middle]].new < candidate.new { low = middle + 1 } else { high = middle }
                }
                if low > 0 { previous[index] = tails[low - 1] }
                if low == tails.count { tails.append(index) } else { tails[low] = index }
            }
            var result: [(old: Int, new: Int)] = []
            var index = tails.last ?? -1
            while index >= 0 {
                result.append(candidates[index])
                index = previous[index]
            }
            return result.reversed()
        }
    }
}

/// A monotone alignment of two short runs of segments by word similarity
/// (Dice coefficient of their words), with 1-1, 1-0, 0-1, 2-1 and 1-2 beads.
///
/// A split (1-2) or merge (2-1) joins two segments of one block only, and only
/// when the joined pair is more alike than either part alone.
struct GapAligner {
    let old: [Segment]
    let new: [Segment]
    /// Words are looked up only for the segments in gaps (most segments of a revision are anchors).
    let vocabulary: VersionAligner.Vocabulary

    /// Above this many table cells, a gap is cut along its diagonal into pieces aligned one by one.
    static let fullTableLimit = 250_000

    func align(_ a: Range<Int>, _ b: Range<Int>) -> [(old: Range<Int>, new: Range<Int>)] {
        let n = a.count, m = b.count
        if n == 0 && m == 0 { return [] }
        if n == 0 { return b.map { (a.lowerBound..<a.lowerBound, $0..<($0 + 1)) } }
        if m == 0 { return a.map { ($0..<($0 + 1), b.lowerBound..<b.lowerBound) } }
        if (n + 1) * (m + 1) > Self.fullTableLimit {
            let pieces = (max(n, m) + 399) / 400
            var spans: [(old: Range<Int>, new: Range<Int>)] = []
            for piece in 0..<pieces {
                let oldPart = (a.lowerBound + piece * n / pieces)..<(a.lowerBound + (piece + 1) * n / pieces)
                let newPart = (b.lowerBound + piece * m / pieces)..<(b.lowerBound + (piece + 1) * m / pieces)
                spans.append(contentsOf: align(oldPart, newPart))
            }
            return spans
        }
        let oldWords = a.map { vocabulary.words(old[$0].text) }
        let newWords = b.map { vocabulary.words(new[$0].text) }
        let width = m + 1
        var cost = [Double](repeating: .infinity, count: (n + 1) * width)
        var move = [UInt8](repeating: 0, count: (n + 1) * width)
        cost[0] = 0
        // Moves: 1 = 1-0, 2 = 0-1, 3 = 1-1, 4 = 2-1, 5 = 1-2.
        for i in 0...n {
            for j in 0...m where i > 0 || j > 0 {
                var best = Double.infinity, bestMove: UInt8 = 0
                func consider(_ value: Double, _ kind: UInt8) {
                    if value < best { best = value; bestMove = kind }
                }
                if i > 0 { consider(cost[(i - 1) * width + j] + 1, 1) }
                if j > 0 { consider(cost[i * width + j - 1] + 1, 2) }
                if i > 0, j > 0, cost[(i - 1) * width + j - 1].isFinite {
                    let similarity = dice(oldWords[i - 1], newWords[j - 1])
                    consider(cost[(i - 1) * width + j - 1] + 1.98 - 2 * similarity, 3)
                }
                if i > 1, j > 0, cost[(i - 2) * width + j - 1].isFinite,
                   old[a.lowerBound + i - 2].block == old[a.lowerBound + i - 1].block {
                    let first = oldWords[i - 2], second = oldWords[i - 1]
                    let other = newWords[j - 1]
                    let similarity = dice(merge(first, second), other)
                    if similarity > 0.5, similarity > max(dice(first, other), dice(second, other)) {
                        consider(cost[(i - 2) * width + j - 1] + 3.2 - 3 * similarity, 4)
                    }
                }
                if i > 0, j > 1, cost[(i - 1) * width + j - 2].isFinite,
                   new[b.lowerBound + j - 2].block == new[b.lowerBound + j - 1].block {
                    let first = newWords[j - 2], second = newWords[j - 1]
                    let other = oldWords[i - 1]
                    let similarity = dice(other, merge(first, second))
                    if similarity > 0.5, similarity > max(dice(other, first), dice(other, second)) {
                        consider(cost[(i - 1) * width + j - 2] + 3.2 - 3 * similarity, 5)
                    }
                }
                cost[i * width + j] = best
                move[i * width + j] = bestMove
            }
        }
        var spans: [(old: Range<Int>, new: Range<Int>)] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let (di, dj): (Int, Int)
            switch move[i * width + j] {
            case 1: (di, dj) = (1, 0)
            case 2: (di, dj) = (0, 1)
            case 3: (di, dj) = (1, 1)
            case 4: (di, dj) = (2, 1)
            case 5: (di, dj) = (1, 2)
            default: (di, dj) = (i > 0 ? 1 : 0, i > 0 ? 0 : 1)
            }
            spans.append(((a.lowerBound + i - di)..<(a.lowerBound + i), (b.lowerBound + j - dj)..<(b.lowerBound + j)))
            i -= di
            j -= dj
        }
        return spans.reversed()
    }

    /// 2·|A∩B| / (|A|+|B|) over sorted multisets.
    func dice(_ x: [Int], _ y: [Int]) -> Double {
        if x.isEmpty && y.isEmpty { return 1 }
        var i = 0, j = 0, common = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] { common += 1; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return Double(2 * common) / Double(x.count + y.count)
    }

    func merge(_ x: [Int], _ y: [Int]) -> [Int] {
        (x + y).sorted()
    }
}
