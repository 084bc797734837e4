/// Word-level edits between two versions of a translation, TER-style: the old
/// version is the hypothesis, the new one the reference (HTER, the measure of
/// post-editing effort).
public struct WordEdits: Hashable, Sendable {
    public var insertions: Int
    public var deletions: Int
    public var substitutions: Int
    /// Moves of a phrase of up to ten words to another place, each counted as one edit.
    public var shifts: Int
    /// The number of words (and punctuation marks) in the new version.
    public var referenceWords: Int

    public init(insertions: Int = 0, deletions: Int = 0, substitutions: Int = 0, shifts: Int = 0, referenceWords: Int = 0) {
        self.insertions = insertions
        self.deletions = deletions
        self.substitutions = substitutions
        self.shifts = shifts
        self.referenceWords = referenceWords
    }

    /// All edits.
    public var edits: Int { insertions + deletions + substitutions + shifts }

    /// Edits over the new version's words; 1 when words were removed and none are left, 0 for nothing.
    public var rate: Double {
        referenceWords == 0 ? (edits == 0 ? 0 : 1) : Double(edits) / Double(referenceWords)
    }

    /// Adds another segment's figures (for a document total).
    public static func + (a: WordEdits, b: WordEdits) -> WordEdits {
        WordEdits(insertions: a.insertions + b.insertions, deletions: a.deletions + b.deletions,
                  substitutions: a.substitutions + b.substitutions, shifts: a.shifts + b.shifts,
                  referenceWords: a.referenceWords + b.referenceWords)
    }
}

/// Translation Edit Rate (Snover et al. 2006): the fewest insertions,
/// deletions, substitutions and phrase shifts that turn one version into the
/// other, over the words of the reference. Shifts are found greedily as in
/// TERCOM: the shift that lowers the edit distance most, until none does.
///
/// Words and punctuation marks count as tokens (see ``DiffTokenizer``); white
/// space does not. Comparison is case-sensitive: a changed capital is an edit.
public enum TranslationEditRate {
    /// The longest phrase a shift moves.
    static let maximumShiftLength = 10
    /// Above this many table cells (hypothesis × reference words) no shifts are searched.
    static let shiftSearchLimit = 40_000

    /// The edits that turn `old` into `new`.
    public static func edits(old: String, new: String) -> WordEdits {
        var ids: [String: Int] = [:]
        func words(_ text: String) -> [Int] {
            DiffTokenizer.tokens(text).compactMap { token in
                guard token.kind != .space else { return nil }
                if let id = ids[token.text] { return id }
                let id = ids.count
                ids[token.text] = id
                return id
            }
        }
        return edits(hypothesis: words(old), reference: words(new))
    }

    /// The number of words and punctuation marks of `text` (what TER counts).
    public static func wordCount(_ text: String) -> Int {
        DiffTokenizer.tokens(text).reduce(0) { $0 + ($1.kind == .space ? 0 : 1) }
    }

    /// The edits that turn `hypothesis` into `reference` (words as numbers).
    public static func edits(hypothesis: [Int], reference: [Int]) -> WordEdits {
        if hypothesis == reference { return WordEdits(referenceWords: reference.count) }
        var current = hypothesis
        var alignment = align(current, reference)
        var shifts = 0
        if current.count * reference.count <= shiftSearchLimit {
            while let shifted = bestShift(current, reference, alignment) {
                current = shifted.words
                alignment = shifted.alignment
                shifts += 1
            }
        }
        return WordEdits(insertions: alignment.insertions, deletions: alignment.deletions,
                         substitutions: alignment.substitutions, shifts: shifts, referenceWords: reference.count)
    }

    /// A Levenshtein alignment with what it did to each word.
    struct Alignment {
        var cost: Int
        var insertions = 0
        var deletions = 0
        var substitutions = 0
        /// For each hypothesis word, whether it matches the reference word it is aligned with.
        var hypothesisMatched: [Bool]
        /// For each reference word, whether it is matched.
        var referenceMatched: [Bool]
        /// For each reference position (and the end), the hypothesis position it lines up with.
        var referenceToHypothesis: [Int]
    }

    static func align(_ hypothesis: [Int], _ reference: [Int]) -> Alignment {
        let n = hypothesis.count, m = reference.count
        let width = m + 1
        var table = [Int](repeating: 0, count: (n + 1) * width)
        for j in 0...m { table[j] = j }
        for i in stride(from: 1, through: n, by: 1) {
            table[i * width] = i
            for j in stride(from: 1, through: m, by: 1) {
                let diagonal = table[(i - 1) * width + j - 1] + (hypothesis[i - 1] == reference[j - 1] ? 0 : 1)
                table[i * width + j] = min(diagonal, table[(i - 1) * width + j] + 1, table[i * width + j - 1] + 1)
            }
        }
        var result = Alignment(cost: table[n * width + m], hypothesisMatched: Array(repeating: false, count: n),
                               referenceMatched: Array(repeating: false, count: m),
                               referenceToHypothesis: Array(repeating: n, count: m + 1))
        var i = n, j = m
        while i > 0 || j > 0 {
            result.referenceToHypothesis[j] = i
            if i > 0, j > 0, table[i * width + j] == table[(i - 1) * width + j - 1] + (hypothesis[i - 1] == reference[j - 1] ? 0 : 1) {
                if hypothesis[i - 1] == reference[j - 1] {
                    result.hypothesisMatched[i - 1] = true
                    result.referenceMatched[j - 1] = true
                } else {
                    result.substitutions += 1
                }
                i -= 1; j -= 1
            } else if i > 0, table[i * width + j] == table[(i - 1) * width + j] + 1 {
                result.deletions += 1
                i -= 1
            } else {
                result.insertions += 1
                j -= 1
            }
        }
        result.referenceToHypothesis[0] = 0
        // Positions before an insertion point at the same place line up with it.
        for position in stride(from: m - 1, through: 0, by: -1) where result.referenceToHypothesis[position] > result.referenceToHypothesis[position + 1] {
            result.referenceToHypothesis[position] = result.referenceToHypothesis[position + 1]
        }
        return result
    }

    /// The shift that lowers the edit distance most (by more than the shift's own cost), if any.
    private static func bestShift(_ words: [Int], _ reference: [Int], _ alignment: Alignment) -> (words: [Int], alignment: Alignment)? {
        var positions: [Int: [Int]] = [:]
        for (index, word) in reference.enumerated() where !alignment.referenceMatched[index] { positions[word, default: []].append(index) }
        var best: (gain: Int, words: [Int], alignment: Alignment)?
        for start in 0..<words.count {
            guard let targets = positions[words[start]] else { continue }
            for target in targets {
                for length in 1...maximumShiftLength {
                    guard start + length <= words.count, target + length <= reference.count,
                          words[start + length - 1] == reference[target + length - 1] else { break }
                    let phrase = start..<(start + length)
                    // A phrase already in place is not moved.
                    if phrase.allSatisfy({ alignment.hypothesisMatched[$0] }) { continue }
                    // Substituted words line up loosely: try the places next to the target's words too (as TERCOM does).
                    var destinations: [Int] = []
                    for offset in -1...length where target + offset >= 0 && target + offset <= reference.count {
                        let place = alignment.referenceToHypothesis[target + offset] + (offset < 0 ? 1 : 0)
                        if !destinations.contains(place) { destinations.append(place) }
                    }
                    for destination in destinations where destination < phrase.lowerBound || destination > phrase.upperBound {
                        var moved = words
                        moved.removeSubrange(phrase)
                        let insertAt = destination > phrase.lowerBound ? destination - length : destination
                        moved.insert(contentsOf: words[phrase], at: min(insertAt, moved.count))
                        let candidate = align(moved, reference)
                        // The shift itself costs one edit: it must save at least two.
                        let gain = alignment.cost - candidate.cost
                        if gain > 1, gain > (best?.gain ?? 1) {
                            best = (gain, moved, candidate)
                        }
                    }
                }
            }
        }
        return best.map { ($0.words, $0.alignment) }
    }
}
