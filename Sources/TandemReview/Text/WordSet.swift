/// A fixed set of words, such as a language's function words, with a membership test
/// that hashes an ASCII word's bytes directly (FNV-1a, open addressing) instead of going
/// through `Hasher`: the checks ask about every word of every pair.
///
/// A word with a non-ASCII scalar is looked up in the ordinary set, so canonically
/// equivalent spellings (`für` composed or decomposed) still count as equal.
struct WordSet {
    private let set: Set<String>
    /// The members that an ASCII word can equal, as ASCII.
    private let asciiWords: [String]
    /// One past the index in `asciiWords` of the word in each slot; 0 for an empty slot.
    private let slots: [Int32]
    private let mask: Int

    init(_ set: Set<String>) {
        self.set = set
        let ascii = Set(set.compactMap(Self.asciiEquivalent)).sorted()
        var size = 16
        while size < ascii.count * 2 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for (index, word) in ascii.enumerated() {
            var slot = Int(truncatingIfNeeded: Self.asciiHash(word.utf8)!) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index + 1)
        }
        self.asciiWords = ascii
        self.slots = slots
        self.mask = size - 1
    }

    /// Whether `word` is in the set (compared as `String`s are: by canonical equivalence).
    func contains(_ word: String) -> Bool {
        let asciiHash = word.utf8.withContiguousStorageIfAvailable(Self.asciiHash) ?? Self.asciiHash(word.utf8)
        guard let hash = asciiHash else { return set.contains(word) }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return false }
            if asciiWords[Int(entry) - 1] == word { return true }
            slot = (slot + 1) & mask
        }
    }

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    /// The hash of ASCII `bytes`, or nil when one is not ASCII.
    private static func asciiHash<C: Collection<UInt8>>(_ bytes: C) -> UInt64? {
        var hash = offsetBasis
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            hash = (hash ^ UInt64(byte)) &* prime
        }
        return hash
    }

    /// The ASCII string canonically equivalent to `word`, if there is one. Besides ASCII
    /// itself, only three scalars decompose to ASCII: the Kelvin sign, the Greek question
    /// mark and the Greek varia.
    private static func asciiEquivalent(_ word: String) -> String? {
        var scalars = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            switch scalar {
            case "\u{212A}": scalars.append("K")
            case "\u{037E}": scalars.append(";")
            case "\u{1FEF}": scalars.append("`")
            default:
                guard scalar.isASCII else { return nil }
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
