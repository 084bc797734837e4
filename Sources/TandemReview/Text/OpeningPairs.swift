/// The first two letters of a small vocabulary's words, as bits: a test that rules
/// out most words of a text without hashing them.
///
/// Letters are compared in lower case (ASCII and Latin-1); a word of one letter, or
/// one whose second scalar is a hyphen, is kept by its first letter alone. A word
/// that opens with a scalar beyond Latin-1 always passes.
struct OpeningPairs {
    private var bits = [UInt64](repeating: 0, count: 256 * 256 / 64)

    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words {
            let scalars = Array(word.unicodeScalars)
            guard !scalars.isEmpty, let key = Self.key(scalars, scalars.indices) else { continue }
            bits[key >> 6] |= 1 << UInt64(key & 63)
        }
    }

    /// Whether the word at `range` of `scalars` may be one of the words: its first two letters open one of them.
    func mayOpen(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, let key = Self.key(scalars, range) else { return true }
        return bits[key >> 6] & (1 << UInt64(key & 63)) != 0
    }

    /// The bit of the first two scalars of `range`, or nil when one is beyond Latin-1.
    private static func key(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        let first = lowered(scalars[range.lowerBound])
        var second: UInt32 = 0
        if range.count >= 2, !ScalarClass.isHyphen(scalars[range.lowerBound + 1]) { second = lowered(scalars[range.lowerBound + 1]) }
        guard first <= 0xFF, second <= 0xFF else { return nil }
        return Int(first << 8 | second)
    }

    /// The scalar's value, in lower case for ASCII and Latin-1 capitals.
    private static func lowered(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if (value >= 0x41 && value <= 0x5A) || (value >= 0xC0 && value <= 0xDE && value != 0xD7) { return value + 0x20 }
        return value
    }
}
