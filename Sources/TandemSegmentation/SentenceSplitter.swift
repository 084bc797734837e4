import TandemCore
import TandemICU

/// Splits a block's text into sentences: ICU's sentence iterator proposes
/// boundaries, and the language's profile takes back those that follow an
/// abbreviation, an ordinal or an initial.
///
/// ICU 72's own suppression data (`@ss=standard`) is not used: it matches word
/// endings and so joins real sentences ("Er kam später. Dann ging er."). The
/// plain iterator over-splits instead, which whole-token checks here undo.
///
///     let splitter = SentenceSplitter(profile: german)
///     splitter.split("Wir bieten z. B. Kurse an. Dann geht es los.")
///     // ["Wir bieten z. B. Kurse an.", "Dann geht es los."] as scalar ranges
public struct SentenceSplitter: Sendable {
    public let profile: LanguageProfile
    private let icuLocale: String

    public init(profile: LanguageProfile) {
        self.profile = profile
        self.icuLocale = profile.language.isEmpty ? "root" : profile.language
    }

    /// The sentences of `text` as ranges of Unicode scalar offsets, trimmed of white space.
    public func split(_ text: String) -> [Range<Int>] {
        split(text, using: BreakIterator(.sentence, locale: icuLocale))
    }

    /// A sentence iterator for this splitter's language, to pass to `split(_:using:)` when splitting many texts.
    public func makeIterator() -> BreakIterator { BreakIterator(.sentence, locale: icuLocale) }

    /// Splits `text` with an iterator made by `makeIterator()` (reused across calls).
    public func split(_ text: String, using iterator: BreakIterator) -> [Range<Int>] {
        var byteBoundaries: [Int] = []
        iterator.forEachPiece(in: text) { piece in byteBoundaries.append(piece.range.upperBound) }
        if byteBoundaries.count <= 1 {
            // One sentence (most headings, list items and cells): only trimming to do.
            let scalars = text.unicodeScalars
            let leading = scalars.prefix { $0.isSpace }.count
            let count = scalars.count
            let trailing = leading == count ? 0 : scalars.reversed().prefix { $0.isSpace }.count
            return leading < count - trailing ? [leading..<(count - trailing)] : []
        }
        let scalars = Array(text.unicodeScalars)
        // Byte offsets to scalar offsets.
        var scalarAtByte: [Int32] = []
        scalarAtByte.reserveCapacity(text.utf8.count + 1)
        for (index, scalar) in scalars.enumerated() {
            for _ in 0..<UTF8.width(scalar) { scalarAtByte.append(Int32(index)) }
        }
        scalarAtByte.append(Int32(scalars.count))

        var sentences: [Range<Int>] = []
        var start = 0
        for byteBoundary in byteBoundaries {
            let boundary = Int(scalarAtByte[byteBoundary])
            guard boundary > start else { continue }
            if boundary < scalars.count, !keepsBoundary(scalars, at: boundary) { continue }
            if let trimmed = trim(scalars, start..<boundary) { sentences.append(trimmed) }
            start = boundary
        }
        if start < scalars.count, let trimmed = trim(scalars, start..<scalars.count) { sentences.append(trimmed) }
        return sentences
    }

    /// The sentences of `text` as strings.
    public func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return split(text).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    private func trim(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower].isSpace { lower += 1 }
        while upper > lower, scalars[upper - 1].isSpace { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }

    /// Whether ICU's boundary before scalar `boundary` really ends a sentence.
    func keepsBoundary(_ scalars: [Unicode.Scalar], at boundary: Int) -> Bool {
        // The text before, without trailing white space, must end in a period for any rule here to apply.
        var end = boundary
        while end > 0, scalars[end - 1].isSpace { end -= 1 }
        guard end > 0, scalars[end - 1] == "." else { return true }
        let next = firstToken(scalars, from: boundary)
        // Most boundaries follow an ordinary word: decide those without building token lists.
        let lastWord = stripOpeningPunctuation(tokens(scalars, endingAt: end, count: 1).first ?? "")
        if !profile.abbreviationTokens.contains(lastWord), !mayBeOrdinalOrInitial(lastWord) { return true }
        let before = tokens(scalars, endingAt: end, count: max(profile.longestAbbreviation, 2) + 1)
        guard let last = before.last else { return true }

        // A multi-part abbreviation that the boundary cuts through ("z. | B.").
        let after = tokens(scalars, startingAt: boundary, count: max(profile.longestAbbreviation - 1, 0))
        if !after.isEmpty {
            for taken in 1...after.count {
                for length in 1...min(before.count, profile.longestAbbreviation - taken) {
                    let candidate = stripOpeningPunctuation((before.suffix(length) + after.prefix(taken)).joined(separator: " "))
                    if profile.abbreviations.contains(candidate) || profile.finalAbbreviations.contains(candidate) { return false }
                }
            }
        }

        // Abbreviations, longest first; "z. B." and "z.B." alike.
        for length in stride(from: min(profile.longestAbbreviation, before.count), through: 1, by: -1) {
            let candidate = before.suffix(length).joined(separator: " ")
            let stripped = stripOpeningPunctuation(candidate)
            if profile.abbreviations.contains(stripped) { return false }
            if profile.finalAbbreviations.contains(stripped) {
                // These may end a sentence: keep the boundary before a word that starts one.
                return profile.sentenceStarters.contains(next.lowercased())
            }
        }
        let word = stripOpeningPunctuation(last)
        let body = word.dropLast()  // without the period
        // Initials: "J. R. Smith".
        if body.count == 1, let letter = body.unicodeScalars.first, letter.properties.isUppercase { return false }
        // Ordinals: "am 3. Oktober", "Ludwig XIV. König von Frankreich".
        let isArabic = !body.isEmpty && body.count <= 4 && body.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal }
        let isRoman = !body.isEmpty && body.count <= 6 && body.unicodeScalars.allSatisfy { "IVXLCDM".unicodeScalars.contains($0) }
        if isArabic || isRoman {
            if profile.months.contains(next) { return false }
            if let first = next.unicodeScalars.first, first.properties.isLowercase { return false }
            let previous = before.count >= 2 ? before[before.count - 2] : ""
            if isArabic, profile.ordinalContext.contains(previous.lowercased()) { return false }
            if isRoman, let first = previous.unicodeScalars.first, first.properties.isUppercase, previous.count > 1 { return false }
        }
        return true
    }

    /// A word with a period that could be an ordinal ("3.", "XIV.") or an initial ("J.").
    private func mayBeOrdinalOrInitial(_ word: String) -> Bool {
        let body = word.unicodeScalars.dropLast()
        if body.isEmpty || body.count > 6 { return false }
        if body.count == 1, body.first!.properties.isUppercase { return true }
        return body.allSatisfy { $0.properties.numericType == .decimal || "IVXLCDM".unicodeScalars.contains($0) }
    }

    private func stripOpeningPunctuation(_ token: String) -> String {
        String(token.unicodeScalars.drop { "([{„“\"'‚‘«»".unicodeScalars.contains($0) })
    }

    /// Up to `count` white-space separated tokens ending at scalar `end`.
    private func tokens(_ scalars: [Unicode.Scalar], endingAt end: Int, count: Int) -> [String] {
        var result: [String] = []
        var index = end
        while result.count < count, index > 0 {
            var start = index
            while start > 0, !scalars[start - 1].isSpace { start -= 1 }
            result.append(String(String.UnicodeScalarView(scalars[start..<index])))
            index = start
            while index > 0, scalars[index - 1].isSpace { index -= 1 }
        }
        return result.reversed()
    }

    /// Up to `count` white-space separated tokens starting at scalar `start`.
    private func tokens(_ scalars: [Unicode.Scalar], startingAt start: Int, count: Int) -> [String] {
        var result: [String] = []
        var index = start
        while result.count < count {
            while index < scalars.count, scalars[index].isSpace { index += 1 }
            guard index < scalars.count else { break }
            let tokenStart = index
            while index < scalars.count, !scalars[index].isSpace { index += 1 }
            result.append(String(String.UnicodeScalarView(scalars[tokenStart..<index])))
        }
        return result
    }

    private func firstToken(_ scalars: [Unicode.Scalar], from start: Int) -> String {
        var index = start
        while index < scalars.count, scalars[index].isSpace { index += 1 }
        var token = String.UnicodeScalarView()
        while index < scalars.count, scalars[index].properties.isAlphabetic || scalars[index].properties.numericType != nil {
            token.append(scalars[index]); index += 1
        }
        return String(token)
    }
}
