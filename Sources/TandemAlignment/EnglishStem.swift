/// A light English stemmer for matching, not for display: `files → file`,
/// `installed → install`, `configuring → configur`, `libraries → library`.
///
/// The same function runs on the dictionary's English side and on English
/// text, so only consistency matters: both sides of a match reduce alike.
enum EnglishStem {
    /// The stem of a lower-cased ASCII word (other words are returned unchanged).
    static func stem(_ word: [UInt8]) -> ArraySlice<UInt8> {
        var end = word.count
        guard end > 3, word.allSatisfy({ $0 < 0x80 }) else { return word[...] }
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard end - count >= 3 else { return false }
            let pointer = suffix.utf8Start
            for offset in 0..<count where word[end - count + offset] != pointer[offset] { return false }
            return true
        }
        if ends("'s") { end -= 2 }
        if ends("ies") {
            return word[0..<(end - 3)] + [UInt8(ascii: "y")]
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
        if end > 3, word[end - 1] == word[end - 2], word[end - 1] != UInt8(ascii: "l"), word[end - 1] != UInt8(ascii: "s") {
            let last = word[end - 1]
            if last != UInt8(ascii: "a") && last != UInt8(ascii: "e") && last != UInt8(ascii: "i")
                && last != UInt8(ascii: "o") && last != UInt8(ascii: "u") { end -= 1 }
        }
        return word[0..<end]
    }
}
