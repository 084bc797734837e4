/// Character-level edit distance between two versions of a text.
public struct CharacterEdits: Hashable, Sendable {
    /// Levenshtein distance in Unicode scalars (insertions, deletions, substitutions).
    public var distance: Int
    /// The length of the longer text, in Unicode scalars: what the distance is normalized by.
    public var length: Int

    public init(distance: Int, length: Int) {
        self.distance = distance
        self.length = length
    }

    /// The distance over the length, 0 (the same) to 1 (nothing in common); 0 for two empty texts.
    public var rate: Double { length == 0 ? 0 : Double(distance) / Double(length) }

    /// Adds another segment's figures (for a document total).
    public static func + (a: CharacterEdits, b: CharacterEdits) -> CharacterEdits {
        CharacterEdits(distance: a.distance + b.distance, length: a.length + b.length)
    }
}

/// Levenshtein distance over Unicode scalars.
public enum CharacterDistance {
    /// The edits between `old` and `new`.
    public static func edits(old: String, new: String) -> CharacterEdits {
        let a = Array(old.unicodeScalars), b = Array(new.unicodeScalars)
        return CharacterEdits(distance: old == new ? 0 : levenshtein(a, b), length: max(a.count, b.count))
    }

    /// The Levenshtein distance between two sequences: a common prefix and
    /// suffix are skipped, then two rows of the usual table.
    public static func levenshtein<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        var start = 0
        while start < a.count, start < b.count, a[start] == b[start] { start += 1 }
        var endA = a.count, endB = b.count
        while endA > start, endB > start, a[endA - 1] == b[endB - 1] { endA -= 1; endB -= 1 }
        let n = endA - start, m = endB - start
        if n == 0 { return m }
        if m == 0 { return n }
        var previous = Array(0...m)
        var current = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            current[0] = i
            let element = a[start + i - 1]
            for j in 1...m {
                let substitution = previous[j - 1] + (element == b[start + j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[m]
    }
}
