/// Reads the Ding dictionary format (`German {gender} | forms :: English | forms`)
/// into a ``LinkTable``, without allocating per word: words are lower-cased
/// into one reused buffer and handled as ranges of it.
///
/// The `|`-separated groups of both sides correspond (`Paket | Pakete ::
/// package | packages`); within a group, `;` separates alternatives. German
/// alternatives of one word (or `sich` + verb) are kept; English ones of at most
/// three content words, each linked by its form and its stem.
struct DingParser {
    var table = LinkTable()
    /// The lower-cased words of the group being parsed, back to back.
    private var letters: [UInt8] = []
    /// Each word's range in `letters`.
    private var words: [Range<Int>] = []
    /// Each alternative's range in `words`.
    private var alternatives: [Range<Int>] = []
    private var germanKeys: [UInt64] = []
    private var englishKeys: [UInt64] = []

    init() {
        letters.reserveCapacity(4096)
    }

    /// English words that carry no meaning of their own in a dictionary gloss.
    static let englishStopWords: Set<UInt64> = Set([
        "a", "an", "the", "to", "of", "sth", "sb", "sth.", "sb.", "sb's", "sth's", "sb.'s", "sth.'s",
        "one's", "oneself", "and", "or", "be", "is", "in", "on", "at", "for", "with", "by", "from", "as",
        "up", "out", "off", "into", "something", "someone", "somebody", "not", "no", "it", "its", "get",
        "have", "do", "make", "…", "etc.", "e.g.",
    ].map { TokenHash.word($0) })

    static let sich = TokenHash.word("sich")

    mutating func parse(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            let count = buffer.count
            while start < count {
                var end = start
                while end < count && buffer[end] != 0x0A { end += 1 }
                if end > start && buffer[start] != UInt8(ascii: "#") {
                    parseLine(buffer, start, end)
                }
                start = end + 1
            }
        }
    }

    private mutating func parseLine(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        // Find " :: ".
        var separator = -1
        var index = start + 1
        while index + 2 < end {
            if buffer[index] == 0x3A && buffer[index + 1] == 0x3A && buffer[index - 1] == 0x20 && buffer[index + 2] == 0x20 {
                separator = index - 1
                break
            }
            index += 1
        }
        guard separator > start else { return }
        var germanGroups = 0
        var englishGroups = 0
        for position in start..<separator where buffer[position] == UInt8(ascii: "|") { germanGroups += 1 }
        for position in (separator + 4)..<end where buffer[position] == UInt8(ascii: "|") { englishGroups += 1 }
        var germanStart = start
        var englishStart = separator + 4
        let pairsGroups = germanGroups == englishGroups
        while germanStart <= separator && englishStart <= end {
            var germanEnd = germanStart
            while germanEnd < separator && buffer[germanEnd] != UInt8(ascii: "|") { germanEnd += 1 }
            var englishEnd = englishStart
            while englishEnd < end && buffer[englishEnd] != UInt8(ascii: "|") { englishEnd += 1 }
            link(buffer, germanStart..<germanEnd, englishStart..<englishEnd)
            if !pairsGroups { break }
            germanStart = germanEnd + 1
            englishStart = englishEnd + 1
        }
    }

    private mutating func link(_ buffer: UnsafeBufferPointer<UInt8>, _ germanRange: Range<Int>, _ englishRange: Range<Int>) {
        germanKeys.removeAll(keepingCapacity: true)
        englishKeys.removeAll(keepingCapacity: true)
        collect(buffer, germanRange)
        for alternative in alternatives {
            if alternative.count == 1 {
                germanKeys.append(key(words[alternative.lowerBound]))
            } else if alternative.count == 2, key(words[alternative.lowerBound]) == Self.sich {
                germanKeys.append(key(words[alternative.lowerBound + 1]))
            }
        }
        guard !germanKeys.isEmpty else { return }
        collect(buffer, englishRange)
        letters.withUnsafeBufferPointer { letterBuffer in
            for alternative in alternatives {
                var content = 0
                for word in words[alternative] where !Self.englishStopWords.contains(Self.hash(letterBuffer, word)) {
                    content += 1
                }
                guard content > 0, content <= 3 else { continue }
                for word in words[alternative] {
                    let formKey = Self.hash(letterBuffer, word)
                    if Self.englishStopWords.contains(formKey) { continue }
                    englishKeys.append(formKey)
                    let stemKey = EnglishStem.stemKey(UnsafeBufferPointer(rebasing: letterBuffer[word]))
                    if stemKey != formKey { englishKeys.append(stemKey) }
                }
            }
        }
        guard !englishKeys.isEmpty else { return }
        for german in germanKeys {
            table.link(german, to: englishKeys, limit: BilingualDictionary.maximumLinksPerForm)
        }
    }

    private func key(_ word: Range<Int>) -> UInt64 {
        letters.withUnsafeBufferPointer { Self.hash($0, word) }
    }

    @inline(__always)
    private static func hash(_ letters: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> UInt64 {
        var hash = TokenHash.offsetBasis
        for index in word {
            hash ^= UInt64(letters[index])
            hash = hash &* TokenHash.prime
        }
        return hash
    }

    /// Splits a group into `;`-separated alternatives of lower-cased words,
    /// annotations (`{m}`, `[ugs.]`, `(…)`, `<…>`, `/Abk./`) removed.
    private mutating func collect(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        letters.removeAll(keepingCapacity: true)
        words.removeAll(keepingCapacity: true)
        alternatives.removeAll(keepingCapacity: true)
        var depth = 0
        var inSlash = false
        var previousByte: UInt8 = 0x20
        var wordStart = 0
        var alternativeStart = 0
        var previousWasC3 = false
        func finishWord(_ letters: inout [UInt8], _ words: inout [Range<Int>]) {
            var lower = wordStart
            var upper = letters.count
            while lower < upper, Self.isTrimmed(letters[lower]) { lower += 1 }
            while upper > lower, Self.isTrimmed(letters[upper - 1]) { upper -= 1 }
            if upper > lower { words.append(lower..<upper) }
            wordStart = letters.count
        }
        var index = range.lowerBound
        while index <= range.upperBound {
            let byte: UInt8 = index < range.upperBound ? buffer[index] : UInt8(ascii: ";")
            index += 1
            if inSlash {
                if byte == UInt8(ascii: "/") { inSlash = false }
                previousByte = byte
                continue
            }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "<"):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ")"), UInt8(ascii: ">"):
                depth = max(0, depth - 1)
            case UInt8(ascii: "/") where depth == 0 && previousByte == 0x20:
                inSlash = true
            case UInt8(ascii: ";") where depth == 0:
                finishWord(&letters, &words)
                if words.count > alternativeStart { alternatives.append(alternativeStart..<words.count) }
                alternativeStart = words.count
            case 0x20 where depth == 0:
                finishWord(&letters, &words)
            default:
                if depth == 0 {
                    if byte >= 0x41 && byte <= 0x5A {
                        letters.append(byte + 0x20)
                    } else if previousWasC3 && byte >= 0x80 && byte <= 0x9E && byte != 0x97 {
                        letters.append(byte + 0x20)
                    } else {
                        letters.append(byte)
                    }
                }
            }
            previousWasC3 = byte == 0xC3
            previousByte = byte
        }
    }

    private static func isTrimmed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""),
             UInt8(ascii: ":"), UInt8(ascii: "'"), UInt8(ascii: "-"), 0x09:
            return true
        default:
            return false
        }
    }
}
