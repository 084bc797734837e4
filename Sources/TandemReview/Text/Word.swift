/// A word of a segment: letters and digits, with hyphens and apostrophes
/// inside it (`E-Mail`, `geht's`), at scalar offsets in the side's text.
public struct Word: Hashable, Sendable {
    /// Scalar offsets in the side's joined text.
    public let range: Range<Int>
    public let text: String
    /// Whether it holds at least one letter / one digit.
    public let hasLetter: Bool
    public let hasDigit: Bool
    /// The first letter is upper case.
    public let isCapitalized: Bool
    /// All letters are upper case (and there are at least two): `USA`, `ESFJ`.
    public let isAllCaps: Bool
    /// Inside a URL, e-mail address, placeholder or tag.
    public let isProtected: Bool
    /// The first word of its segment (or after a sentence-internal colon or bullet).
    public let isSegmentInitial: Bool
    /// The word in lower case.
    public let lowercased: String


    /// The parts of a hyphenated word (`High-School-Abschluss` → three parts).
    public var hyphenParts: [Substring] {
        guard text.unicodeScalars.contains(where: ScalarClass.isHyphen) else { return [text[...]] }
        return text.split(whereSeparator: { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" })
    }
}

/// Splits text into ``Word``s.
enum WordScanner {
    /// The words of `scalars`; `protected` ranges (URLs, placeholders) mark the words inside them.
    static func words(_ scalars: [Unicode.Scalar], protected: [Range<Int>], segmentStarts: [Int]) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(scalars.count / 4)
        var index = 0
        let count = scalars.count
        var protectedIndex = 0
        var startIndex = 0
        while index < count {
            let scalar = scalars[index]
            guard ScalarClass.isLetterOrDigit(scalar) else { index += 1; continue }
            let start = index
            var end = index + 1
            var hasLetter = ScalarClass.isLetter(scalar)
            var hasDigit = ScalarClass.isDigit(scalar)
            var uppercase = ScalarClass.isUppercase(scalar) ? 1 : 0
            var lowercase = ScalarClass.isLowercase(scalar) ? 1 : 0
            while end < count {
                let next = scalars[end]
                if ScalarClass.isLetterOrDigit(next) {
                    if ScalarClass.isLetter(next) { hasLetter = true }
                    if ScalarClass.isDigit(next) { hasDigit = true }
                    if ScalarClass.isUppercase(next) { uppercase += 1 }
                    if ScalarClass.isLowercase(next) { lowercase += 1 }
                    end += 1
                } else if (ScalarClass.isHyphen(next) || ScalarClass.isApostrophe(next)),
                          end + 1 < count, ScalarClass.isLetterOrDigit(scalars[end + 1]) {
                    end += 1
                } else {
                    break
                }
            }
            while protectedIndex < protected.count, protected[protectedIndex].upperBound <= start { protectedIndex += 1 }
            let isProtected = protectedIndex < protected.count && protected[protectedIndex].lowerBound < end
            while startIndex + 1 < segmentStarts.count, segmentStarts[startIndex + 1] <= start { startIndex += 1 }
            var initial = start == (segmentStarts.isEmpty ? 0 : segmentStarts[startIndex])
            if !initial {
                // After a colon, bullet or dash that opens a list entry, or after an opening quote at the start.
                var back = start - 1
                while back >= 0, ScalarClass.isSpace(scalars[back]) || isOpeningMark(scalars[back]) { back -= 1 }
                initial = back < (segmentStarts.isEmpty ? 0 : segmentStarts[startIndex]) || scalars[back] == ":" || scalars[back] == "•"
            }
            let written = scalars[start..<end]
            let text = String(scalars: written)
            let latin1 = written.allSatisfy { $0.value <= 0xFF }
            let lowercased = uppercase == 0 ? text : latin1 ? String(lowercasingLatin1: written) : text.lowercased()
            words.append(Word(range: start..<end, text: text, hasLetter: hasLetter, hasDigit: hasDigit,
                              isCapitalized: ScalarClass.isUppercase(scalar),
                              isAllCaps: uppercase >= 2 && lowercase == 0,
                              isProtected: isProtected, isSegmentInitial: initial,
                              lowercased: lowercased))
            index = end
        }
        return words
    }

    /// Quotation marks and brackets that may open a list entry or a quotation before its first word.
    static func isOpeningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "„", "“", "‚", "‘", "«", "»", "(", "[": true
        default: false
        }
    }
}
