/// A light English stemmer for matching, not for display: `files → file`,
/// `installed → install`, `configuring → configur`, `libraries → library`.
///
/// The same function runs on the dictionary's English side and on English
/// text, so only consistency matters: both sides of a match reduce alike.
enum EnglishStem {
    /// The stem of a lower-cased word (words with non-ASCII letters are returned unchanged).
    static func stem(_ word: [UInt8]) -> [UInt8] {
        word.withUnsafeBufferPointer { buffer in
            let (count, addY) = stemLength(buffer)
            var result = Array(buffer[0..<count])
            if addY { result.append(UInt8(ascii: "y")) }
            return result
        }
    }

    /// The key of the stem of a lower-cased word, without building it.
    static func stemKey(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let (count, addY) = stemLength(word)
        var hash = TokenHash.offsetBasis
        for index in 0..<count {
            hash ^= UInt64(word[index])
            hash = hash &* TokenHash.prime
        }
        if addY {
            hash ^= UInt64(UInt8(ascii: "y"))
            hash = hash &* TokenHash.prime
        }
        return hash
    }

    /// How many leading bytes of `word` the stem keeps, and whether a `y` follows them (`libraries → library`).
    static func stemLength(_ word: UnsafeBufferPointer<UInt8>) -> (count: Int, addY: Bool) {
        var end = word.count
        guard end > 3 else { return (end, false) }
        for byte in word where byte >= 0x80 { return (end, false) }
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard end - count >= 3 else { return false }
            let pointer = suffix.utf8Start
            for offset in 0..<count where word[end - count + offset] != pointer[offset] { return false }
            return true
        }
        if ends("'s") { end -= 2 }
        if ends("ies") {
            return (end - 3, true)
        } else if ends("sses") {
            end -= 2
        } else if ends("ing") && end > 5 {
            end -= 3
        } else if ends("ed") && end > 4 {
            end -= 2
        } else if ends("es") && (ends("ches") || ends("shes") || ends("xes")) {
            end -= 2
        } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") {
            end -= 1
        }
        if end > 3, word[end - 1] == UInt8(ascii: "e") { end -= 1 }
        if end > 3, word[end - 1] == word[end - 2] {
            switch word[end - 1] {
            case UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "a"), UInt8(ascii: "e"),
                 UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"):
                break
            default:
                end -= 1
            }
        }
        return (end, false)
    }
}
