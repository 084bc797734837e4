import TandemCore

/// A piece of a text for word-level comparison: a word, a number, one
/// punctuation mark or a run of white space.
public struct DiffToken: Hashable, Sendable {
    /// What the piece is.
    public enum Kind: String, Sendable {
        /// Letters (with the digits, marks, inner hyphens and apostrophes of one word).
        case word
        /// Digits with their inner grouping and decimal marks, e.g. `1.234,56`.
        case number
        /// One punctuation mark or symbol.
        case punctuation
        /// White space.
        case space
    }

    public var kind: Kind
    public var text: String
    /// Where the token is in the text, in Unicode scalars.
    public var range: Range<Int>

    public init(kind: Kind, text: String, range: Range<Int>) {
        self.kind = kind
        self.text = text
        self.range = range
    }
}

/// Cuts a text into words, numbers, punctuation marks and white space.
///
/// German compounds stay whole (`Kundendienstmitarbeiterinnen`), and so do
/// hyphenated ones (`E-Mail-Adresse`, `High-School-Abschluss`); a hyphen that
/// does not join two word characters (`Schul- und`, `/-innen`) is a
/// punctuation mark of its own. Numbers keep their separators (`2.850.000`,
/// `16,96`, `1’234.5`), so a changed digit shows inside one number.
///
///     DiffTokenizer.tokens("100% der Kund(inn)en")
///     // 100 · % · ␣ · der · ␣ · Kund · ( · inn · ) · en
public enum DiffTokenizer {
    /// The tokens of `text`, in order; their texts joined give `text` back.
    public static func tokens(_ text: String) -> [DiffToken] {
        let scalars = Array(text.unicodeScalars)
        let offsets = text.utf8OffsetsOfScalars
        var tokens: [DiffToken] = []
        tokens.reserveCapacity(scalars.count / 3)
        var index = 0
        while index < scalars.count {
            let start = index
            let scalar = scalars[index]
            let kind: DiffToken.Kind
            if scalar.isSpace {
                while index < scalars.count, scalars[index].isSpace { index += 1 }
                kind = .space
            } else if isWordScalar(scalar) {
                let startsWithDigit = isDigit(scalar)
                var sawLetter = !startsWithDigit
                index += 1
                while index < scalars.count {
                    let current = scalars[index]
                    if isWordScalar(current) || isMark(current) {
                        if !isDigit(current) && isWordScalar(current) { sawLetter = true }
                        index += 1
                        continue
                    }
                    guard index + 1 < scalars.count else { break }
                    let following = scalars[index + 1]
                    if isJoiner(current), isWordScalar(following), isWordScalar(scalars[index - 1]) {
                        index += 2
                        if !isDigit(following) { sawLetter = true }
                        continue
                    }
                    if isNumberSeparator(current), isDigit(following), isDigit(scalars[index - 1]), !sawLetter {
                        index += 2
                        continue
                    }
                    break
                }
                kind = startsWithDigit && !sawLetter ? .number : .word
            } else {
                index += 1
                // Keep a base character together with its combining marks.
                while index < scalars.count, isMark(scalars[index]) { index += 1 }
                kind = .punctuation
            }
            tokens.append(DiffToken(kind: kind, text: text.slice(scalars: start..<index, offsets: offsets), range: start..<index))
        }
        return tokens
    }

    /// Letters and digits of any script.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return (0x30...0x39).contains(scalar.value) || (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType == .decimal
    }

    /// Combining marks (never ASCII), which belong to the character before them.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (0x30...0x39).contains(scalar.value) : scalar.properties.numericType == .decimal
    }

    /// Hyphens and apostrophes that join the parts of one word.
    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "\u{2010}", "\u{2011}", "'", "\u{2019}": return true
        default: return false
        }
    }

    /// Grouping and decimal marks inside a number.
    static func isNumberSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", "'", "\u{2019}", "\u{00A0}", "\u{202F}", "\u{2009}": return true
        default: return false
        }
    }
}
