/// A word of a text as the matcher sees it.
struct TextToken: Sendable {
    /// Scalar offsets of the word in the text (gender suffixes such as `/-in` included).
    var start: Int32
    var end: Int32
    /// The folded word (hyphens removed, `’` as `'`) in the scanned text's `bytes`.
    var keyStart: Int32
    var keyEnd: Int32
    /// The first letter is upper case.
    var capitalized: Bool
    /// A second written form the word stands for (see ``GenderAlternate``).
    var alternate: GenderAlternate
}

/// The other form a German word written with a gender marker stands for.
enum GenderAlternate: UInt8, Sendable {
    case none
    /// `Angestellte/r`, `Angestellte(r)`: the word also names `Angestellter`.
    case appendR
    /// `LehrbeauftragteR`: the word (folded `lehrbeauftragter`) also names `Lehrbeauftragte`.
    case dropR
}

/// A text cut into words, with their folded keys.
struct ScannedText: Sendable {
    /// The text's scalars (token ranges index into them).
    var scalars: [Unicode.Scalar] = []
    var tokens: [TextToken] = []
    /// The folded keys of all tokens, back to back.
    var bytes: [UInt8] = []

    func key(_ token: TextToken) -> ArraySlice<UInt8> {
        bytes[Int(token.keyStart)..<Int(token.keyEnd)]
    }

    /// The text of scalars `range`, encoded straight to UTF-8.
    func text(_ range: Range<Int>) -> String {
        let slice = scalars[range]
        var capacity = 0
        for scalar in slice { capacity += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var index = 0
            for scalar in slice {
                UTF8.encode(scalar) { byte in
                    buffer[index] = byte
                    index += 1
                }
            }
            return index
        }
    }
}

/// Cuts text into words for term matching.
///
/// A word is a run of letters, digits and combining marks; a hyphen or an
/// apostrophe between two such characters stays inside it (`IT-Support`,
/// `teller's`). The key of a word is its case-folded text without hyphens, so
/// `Computer-Benutzer-Support-Spezialist` and `Computerbenutzer-Supportspezialist`
/// have the same key.
///
/// With `german` set, the ways German writes every gender of a title are read
/// as part of the word: `Kundendienstmitarbeiter/in`, `/-in`, `/-innen`,
/// `(in)`, `*in`, `:in`, `_in`, `Assistenzarzt/-ärztin`, `Kaufmann/-frau`,
/// `Angestellte/r` and `(r)`; Binnen-I (`MitarbeiterIn`) folds to the feminine
/// form; gender tags after a title — `(m/w/d)`, `(w/m/d)`, `(m/w/x)`,
/// `(d/m/w)`, `(all genders)`, `(alle Geschlechter)`, `(gn)` — are skipped. A
/// slash between two whole words (`Arzt/Ärztin`) separates two words.
struct TokenScanner {
    var german: Bool
    /// Skip text in parentheses (for glossary terms: `Polizisten (ohne Polizeikommissare)`).
    var skipParentheses = false

    func scan(_ text: String) -> ScannedText {
        var result = ScannedText()
        scan(text, into: &result)
        return result
    }

    func scan(_ text: String, into result: inout ScannedText) {
        result.tokens.removeAll(keepingCapacity: true)
        result.bytes.removeAll(keepingCapacity: true)
        result.scalars.removeAll(keepingCapacity: true)
        result.scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { result.scalars.append(scalar) }
        let scalars = result.scalars
        let count = scalars.count
        var index = 0
        while index < count {
            let scalar = scalars[index]
            if scalar == "(" {
                if german, let end = Self.genderTagEnd(scalars, from: index) {
                    index = end
                    continue
                }
                if skipParentheses, let close = scalars[index...].firstIndex(of: ")") {
                    index = close + 1
                    continue
                }
            }
            guard CaseFolding.isWordScalar(scalar) else {
                index += 1
                continue
            }
            let start = index
            let keyStart = result.bytes.count
            let capitalized = CaseFolding.isUppercase(scalar)
            while index < count {
                let next = scalars[index]
                if CaseFolding.isWordScalar(next) {
                    CaseFolding.append(next, to: &result.bytes)
                    index += 1
                } else if index > start, index + 1 < count, Self.isHyphen(next), CaseFolding.isWordScalar(scalars[index + 1]) {
                    index += 1
                } else if index > start, index + 1 < count, Self.isApostrophe(next), CaseFolding.isWordScalar(scalars[index + 1]) {
                    result.bytes.append(0x27)
                    index += 1
                } else {
                    break
                }
            }
            var end = index
            var alternate = GenderAlternate.none
            if german {
                if end - start >= 4, scalars[end - 1] == "R", scalars[end - 2] == "e", !CaseFolding.isUppercase(scalars[end - 3]) {
                    alternate = .dropR
                }
                if let (suffixEnd, suffixAlternate) = Self.genderSuffix(scalars, at: end) {
                    end = suffixEnd
                    index = suffixEnd
                    if suffixAlternate != .none { alternate = suffixAlternate }
                }
            }
            result.tokens.append(TextToken(start: Int32(start), end: Int32(end), keyStart: Int32(keyStart),
                                           keyEnd: Int32(result.bytes.count), capitalized: capitalized, alternate: alternate))
        }
    }

    @inline(__always)
    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    @inline(__always)
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    /// The end of a gender marker right after a word (`/-in`, `(innen)`, `*in`, `/r`, `/-ärztin`), if one is there.
    static func genderSuffix(_ scalars: [Unicode.Scalar], at position: Int) -> (Int, GenderAlternate)? {
        guard position < scalars.count else { return nil }
        let marker = scalars[position]
        guard marker == "/" || marker == "*" || marker == ":" || marker == "_" || marker == "(" || marker == "\u{00B7}" else { return nil }
        var index = position + 1
        var hyphen = false
        if marker == "/", index < scalars.count, isHyphen(scalars[index]) {
            hyphen = true
            index += 1
        }
        let runStart = index
        while index < scalars.count, CaseFolding.isWordScalar(scalars[index]) { index += 1 }
        guard index > runStart, !CaseFolding.isUppercase(scalars[runStart]) else { return nil }
        let run = String(String.UnicodeScalarView(scalars[runStart..<index]))
        if marker == "(" {
            guard index < scalars.count, scalars[index] == ")", run == "in" || run == "innen" || run == "r" else { return nil }
            return (index + 1, run == "r" ? .appendR : .none)
        }
        // After the suffix comes the end of the word.
        if index < scalars.count, isHyphen(scalars[index]) || isApostrophe(scalars[index]) { return nil }
        if run == "in" || run == "innen" { return (index, .none) }
        if marker == "/" && run == "r" { return (index, .appendR) }
        if marker == "/" && (run == "e" || run == "n") { return (index, .none) }
        if hyphen { return (index, .none) }
        return nil
    }

    /// The end of a gender tag such as `(m/w/d)` starting at `position` (an opening parenthesis).
    static func genderTagEnd(_ scalars: [Unicode.Scalar], from position: Int) -> Int? {
        var index = position + 1
        var inner: [Unicode.Scalar] = []
        while index < scalars.count, scalars[index] != ")", index - position < 24 {
            inner.append(scalars[index])
            index += 1
        }
        guard index < scalars.count, scalars[index] == ")" else { return nil }
        let text = CaseFolding.fold(String(String.UnicodeScalarView(inner))).trimmingSpaces()
        if ["all genders", "alle geschlechter", "gn", "gn*", "divers"].contains(text) { return index + 1 }
        let letters = text.split(whereSeparator: { $0 == "/" || $0 == "," || $0 == " " || $0 == "|" })
        guard letters.count >= 2, letters.allSatisfy({ $0.count == 1 && "mwdxfi".contains($0) }) else { return nil }
        return index + 1
    }
}
