import TandemCore

/// German typography: the slips a German proofreader marks.
///
/// - a suspended hyphen without its space (`Schul-und` → `Schul- und`);
/// - no space before an opening parenthesis (`Interessen(Holland-Code)`), gender
///   and plural endings excepted (`Mitarbeiter(in)`);
/// - doubled spaces, a space before punctuation;
/// - unpaired brackets or quotation marks (when the source pairs them);
/// - straight or English quotation marks where the locale uses „…“ (de-CH: «…»);
/// - a word written twice (`die die`), except where German grammar repeats it
///   (`Kunden, die die Geduld verlieren`).
public final class TypographyCheck: ReviewCheck {
    public static let descriptor = CheckDescriptor(
        id: "typography", category: .typography, severity: .minor, summaryKey: "checkTypographySummary",
        examples: examples, make: { context in TypographyCheck(context: context) })

    public var descriptor: CheckDescriptor { Self.descriptor }
    private let isGerman: Bool
    private let opening: String
    private let closing: String
    /// Conjunctions after a suspended hyphen.
    static let conjunctions: Set<String> = ["und", "oder", "bzw", "sowie"]
    /// Endings written in parentheses right after a word: `Mitarbeiter(in)`, `Kunde(n)`.
    static let parenthesizedEndings: Set<String> = ["in", "innen", "n", "e", "en", "s", "es", "r", "er", "m", "nen", "ne", "te"]
    /// Words that German repeats legitimately after a comma or a preposition (relative pronoun + article).
    static let relativeRepeats: Set<String> = ["die", "der", "das", "den", "dem", "des", "deren", "dessen"]
    /// Repeats that are grammatical anywhere.
    static let allowedRepeats: Set<String> = ["sie sie", "es es", "had had", "that that", "is is"]
    /// Prepositions that can open a relative clause (`…, mit der der Vertrag …`).
    static let prepositions: Set<String> = ["mit", "von", "zu", "bei", "nach", "aus", "für", "in", "an", "auf", "über", "unter", "durch", "gegen", "um", "ohne", "vor", "hinter", "neben", "zwischen", "wegen", "trotz", "während"]

    init(context: ReviewContext) {
        isGerman = context.target.code == "de"
        let swiss = context.target.region == "CH" || context.target.region == "LI"
        opening = swiss ? "«" : "„"
        closing = swiss ? "»" : "“"
    }

    public func review(_ pair: PairView, into findings: inout FindingList) {
        let side = pair.target
        let s = side.scalars
        guard !s.isEmpty else { return }
        let protected = side.protectedRanges
        func isProtected(_ index: Int) -> Bool { protected.contains { $0.contains(index) } }

        if isGerman { suspendedHyphens(pair, into: &findings) }
        parentheses(pair, protected: isProtected, into: &findings)
        spaces(pair, into: &findings)
        if isGerman { quotes(pair, protected: isProtected, into: &findings) }
        brackets(pair, into: &findings)
        repeatedWords(pair, into: &findings)
        spacedNames(pair, into: &findings)
    }

    /// A name written with a symbol inside (`O*NET`, `AT&T`) that the target spreads apart with spaces (`O * NET`).
    private func spacedNames(_ pair: PairView, into findings: inout FindingList) {
        let source = pair.source.scalars
        guard source.contains(where: Self.isNameSymbol) else { return }
        var index = 0
        while index < source.count {
            guard Self.isNameSymbol(source[index]), index > 0, index + 1 < source.count,
                  ScalarClass.isLetterOrDigit(source[index - 1]), ScalarClass.isLetterOrDigit(source[index + 1]) else { index += 1; continue }
            var start = index - 1
            while start > 0, ScalarClass.isLetterOrDigit(source[start - 1]) { start -= 1 }
            var end = index + 1
            while end < source.count, ScalarClass.isLetterOrDigit(source[end]) { end += 1 }
            index = end
            let name = Array(source[start..<end])
            let target = pair.target.scalars
            if UntranslatedCheck.find(name, in: target) != nil { continue }
            for spaced in Self.spacedVariants(name) {
                guard let found = UntranslatedCheck.find(spaced, in: target) else { continue }
                let text = String(scalars: name)
                findings.add(Self.descriptor, pair: pair, key: "reviewSpacedName", arguments: ["text": pair.target.string(found..<(found + spaced.count)), "suggestion": text],
                             source: start..<end, target: found..<(found + spaced.count), suggestion: text)
                break
            }
        }
    }

    /// Whether `scalar` is a symbol that joins the parts of a name (`O*NET`, `AT&T`).
    static func isNameSymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "*", "&", "+", "@", "#": true
        default: false
        }
    }

    /// `O*NET` written `O * NET`, `O *NET` or `O* NET`.
    static func spacedVariants(_ name: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var variants: [[Unicode.Scalar]] = []
        for (before, after) in [(true, true), (true, false), (false, true)] {
            var variant: [Unicode.Scalar] = []
            for scalar in name {
                if isNameSymbol(scalar) {
                    if before { variant.append(" ") }
                    variant.append(scalar)
                    if after { variant.append(" ") }
                } else {
                    variant.append(scalar)
                }
            }
            variants.append(variant)
        }
        return variants
    }

    private func suspendedHyphens(_ pair: PairView, into findings: inout FindingList) {
        let words = pair.target.words
        let s = pair.target.scalars
        for word in words where word.hasLetter && (4...6).contains(where: { word.range.count > $0 + 1 && ScalarClass.isHyphen(s[word.range.upperBound - $0]) }) {
            // "Schul-und": the scanner keeps it one word; its last part is the conjunction.
            let parts = word.hyphenParts
            guard parts.count == 2, let last = parts.last, Self.conjunctions.contains(String(last)),
                  let first = parts.first, first.count >= 2, first.first.map({ $0.isUppercase }) == true || first.count >= 3 else { continue }
            // "Forschungs-und-Entwicklungs-Abteilung" is a hyphenated compound, not a slip.
            if word.range.upperBound < s.count, ScalarClass.isHyphen(s[word.range.upperBound]) { continue }
            let suggestion = "\(first)- \(last)"
            findings.add(Self.descriptor, pair: pair, key: "reviewSuspendedHyphen", arguments: ["text": word.text, "suggestion": suggestion],
                         target: word.range, suggestion: suggestion)
        }
    }

    private func parentheses(_ pair: PairView, protected: (Int) -> Bool, into findings: inout FindingList) {
        let s = pair.target.scalars
        for index in 1..<max(1, s.count) where s[index] == "(" && ScalarClass.isLetter(s[index - 1]) && !protected(index) {
            var close = index + 1
            while close < s.count, s[close] != ")", s[close] != "(", close - index < 200 { close += 1 }
            let inner = String(scalars: s[(index + 1)..<min(close, s.count)])
            if Self.parenthesizedEndings.contains(inner) || inner.isEmpty { continue }
            // Code such as printf() is written the same in the source.
            var start = index - 1
            while start > 0, ScalarClass.isLetterOrDigit(s[start - 1]) || ScalarClass.isHyphen(s[start - 1]) { start -= 1 }
            let written = pair.target.string(start..<(index + 1))
            if pair.source.text.contains(written) { continue }
            let end = close < s.count && s[close] == ")" ? close + 1 : index + 1
            let text = pair.target.string(start..<end)
            let suggestion = pair.target.string(start..<index) + " " + pair.target.string(index..<end)
            findings.add(Self.descriptor, pair: pair, key: "reviewSpaceBeforeParenthesis", arguments: ["text": text, "suggestion": suggestion],
                         target: start..<end, suggestion: suggestion)
        }
    }

    private func spaces(_ pair: PairView, into findings: inout FindingList) {
        let side = pair.target
        let s = side.scalars
        // Doubled spaces: in the text itself (bilingual files keep them), or collapsed by segmentation (the file positions jump).
        // Not in laid-out text: when the source lines things up with runs of spaces (a program's help
        // text: `-B, --before=NUM  print NUM lines`), the translation does the same; nor as indentation.
        let sourceAligns = Self.hasSpaceRun(pair.source.scalars) || !Self.collapsedSpaces(pair.source).isEmpty
        if !sourceAligns {
            var index = 1
            while index < s.count {
                if s[index] == " ", s[index - 1] == " " {
                    var end = index + 1
                    while end < s.count, s[end] == " " { end += 1 }
                    let indents = index - 1 == 0 || s[index - 2] == "\n" || end == s.count || s[end] == "\n"
                    if !indents {
                        findings.add(Self.descriptor, pair: pair, key: "reviewDoubledSpace", arguments: [:],
                                     target: (index - 1)..<end, suggestion: " ", discriminator: "\(index)")
                    }
                    index = end
                    continue
                }
                index += 1
            }
            for offset in Self.collapsedSpaces(side) {
                findings.add(Self.descriptor, pair: pair, key: "reviewDoubledSpace", arguments: [:],
                             target: (offset - 1)..<offset, suggestion: " ", discriminator: "map\(offset)")
            }
        }
        // A space before punctuation: "Wort ," (not an ellipsis, not ".NET").
        for index in 1..<max(1, s.count) where Self.isSentencePunctuation(s[index]) && s[index - 1] == " " {
            guard index >= 2, ScalarClass.isLetterOrDigit(s[index - 2]) || s[index - 2] == ")" || s[index - 2] == "“" else { continue }
            let next = index + 1 < s.count ? s[index + 1] : " "
            if s[index] == ".", next == "." { continue }
            if ScalarClass.isLetterOrDigit(next) { continue }
            let text = pair.target.string((index - 2)..<(index + 1))
            findings.add(Self.descriptor, pair: pair, key: "reviewSpaceBeforePunctuation",
                         arguments: ["text": String(s[index])], target: (index - 1)..<(index + 1),
                         suggestion: String(s[index]), category: .punctuation, discriminator: text)
        }
    }

    /// `,` `.` `;` `:` `!` `?`: the marks that take no space before them.
    static func isSentencePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ".", ";", ":", "!", "?": true
        default: false
        }
    }

    /// Offsets (just after a space) in `side`'s text where the file has more white space on the
    /// same line than the text shows: segmentation collapsed a run of spaces there.
    static func collapsedSpaces(_ side: SideText) -> [Int] {
        var offsets: [Int] = []
        let s = side.scalars
        for (segmentIndex, segment) in side.segments.enumerated() {
            let anchors = segment.sourceMap.anchors
            guard anchors.count >= 2 else { continue }
            let base = side.segmentStarts[segmentIndex]
            let length = (segmentIndex + 1 < side.segmentStarts.count ? side.segmentStarts[segmentIndex + 1] - 1 : s.count) - base
            for i in anchors.indices.dropFirst() {
                let previous = anchors[i - 1], anchor = anchors[i]
                guard previous.position.line == anchor.position.line, anchor.offset >= 1, anchor.offset <= length,
                      s[base + anchor.offset - 1] == " " else { continue }
                let expected = previous.position.column + (anchor.offset - previous.offset)
                if anchor.position.column > expected { offsets.append(base + anchor.offset) }
            }
        }
        return offsets
    }

    /// Whether `scalars` hold two spaces in a row.
    static func hasSpaceRun(_ scalars: [Unicode.Scalar]) -> Bool {
        var previousWasSpace = false
        for scalar in scalars {
            if scalar == " " {
                if previousWasSpace { return true }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
        }
        return false
    }

    /// A quotation as a message shows it: whole when short, else its first words and an ellipsis.
    static func shortQuotation(_ inner: String, opening: String, closing: String) -> String {
        let scalars = Array(inner.unicodeScalars)
        guard scalars.count > 60 else { return opening + inner + closing }
        var end = 40
        while end > 10, scalars[end] != " " { end -= 1 }
        return opening + String(String.UnicodeScalarView(scalars[..<end])).trimmingSpaces() + " …" + closing
    }

    private func quotes(_ pair: PairView, protected: (Int) -> Bool, into findings: inout FindingList) {
        let s = pair.target.scalars
        // Straight double quotes, paired left to right.
        var straight: [Int] = []
        for (index, scalar) in s.enumerated() where scalar == "\"" && !protected(index) {
            if index > 0, ScalarClass.isDigit(s[index - 1]) { continue }  // 5" (inches)
            straight.append(index)
        }
        var cursor = 0
        while cursor < straight.count {
            let open = straight[cursor]
            let opensHere = open + 1 < s.count && !ScalarClass.isSpace(s[open + 1])
            if cursor + 1 < straight.count, opensHere {
                let close = straight[cursor + 1]
                let inner = pair.target.string((open + 1)..<close)
                let suggestion = opening + inner + closing
                findings.add(Self.descriptor, pair: pair, key: "reviewStraightQuotes",
                             arguments: ["text": pair.target.string(open..<(close + 1)),
                                         "suggestion": Self.shortQuotation(inner, opening: opening, closing: closing)],
                             target: open..<(close + 1), suggestion: suggestion)
                cursor += 2
            } else {
                let mark = opensHere ? opening : closing
                findings.add(Self.descriptor, pair: pair, key: "reviewStraightQuote", arguments: ["suggestion": mark],
                             target: open..<(open + 1), suggestion: mark, discriminator: "\(cursor)")
                cursor += 1
            }
        }
        // English quotation marks: “ opening a quotation, or ”.
        guard opening == "„" else { return }
        for (index, scalar) in s.enumerated() where scalar == "”" || scalar == "“" {
            let before = index > 0 ? s[index - 1] : " "
            let after = index + 1 < s.count ? s[index + 1] : " "
            let opensQuote = (ScalarClass.isSpace(before) || before == "(" || index == 0) && !ScalarClass.isSpace(after)
            if scalar == "“", !opensQuote { continue }
            let suggestion = opensQuote ? opening : closing
            findings.add(Self.descriptor, pair: pair, key: "reviewEnglishQuote", arguments: ["text": String(scalar), "suggestion": suggestion],
                         target: index..<(index + 1), suggestion: suggestion, discriminator: "\(index)")
        }
    }

    private func brackets(_ pair: PairView, into findings: inout FindingList) {
        var pairs: [(Unicode.Scalar, Unicode.Scalar)] = [("(", ")"), ("[", "]")]
        if isGerman { pairs.append(opening == "„" ? ("„", "“") : ("«", "»")) }
        let t = pair.target.scalars
        // English quotation marks are the quotes check's business; counted as German ones they would look unpaired.
        let englishQuotes = t.enumerated().contains { index, scalar in
            scalar == "”" || (scalar == "“" && (index == 0 || ScalarClass.isSpace(t[index - 1]) || t[index - 1] == "(")
                              && index + 1 < t.count && !ScalarClass.isSpace(t[index + 1]))
        }
        for (open, close) in pairs {
            if open == "„", englishQuotes { continue }
            let targetBalance = Self.balance(pair.target.scalars, open, close)
            guard targetBalance.unmatched != nil else { continue }
            // Only when the source pairs its own marks: a quotation may span segments in both texts.
            let sourceOpen: Unicode.Scalar = open == "„" || open == "«" ? "“" : open
            let sourceClose: Unicode.Scalar = close == "“" || close == "»" ? "”" : close
            let sourceBalance = Self.balance(pair.source.scalars, sourceOpen, sourceClose)
            guard sourceBalance.unmatched == nil else { continue }
            if open == "„" || open == "«" {
                let straightCount = pair.source.scalars.filter { $0 == "\"" }.count
                guard straightCount % 2 == 0, sourceBalance.count > 0 || straightCount > 0 else { continue }
            }
            let index = targetBalance.unmatched!
            findings.add(Self.descriptor, pair: pair, key: "reviewUnpairedMark", arguments: ["text": String(pair.target.scalars[index])],
                         target: index..<(index + 1), category: .punctuation, discriminator: String(open))
        }
    }

    /// The first unmatched mark (a closing one without opening, or the last opening one left), and how many pairs there are.
    static func balance(_ s: [Unicode.Scalar], _ open: Unicode.Scalar, _ close: Unicode.Scalar) -> (unmatched: Int?, count: Int) {
        var stack: [Int] = []
        var count = 0
        for (index, scalar) in s.enumerated() {
            if scalar == open {
                stack.append(index)
            } else if scalar == close {
                if stack.isEmpty {
                    // "1) item" lists close without opening in both languages; the caller compares with the source.
                    return (index, count)
                }
                stack.removeLast()
                count += 1
            }
        }
        return (stack.first, count)
    }

    private func repeatedWords(_ pair: PairView, into findings: inout FindingList) {
        let words = pair.target.words
        let s = pair.target.scalars
        guard words.count >= 2 else { return }
        for i in 1..<words.count {
            let a = words[i - 1], b = words[i]
            guard a.hasLetter, !a.hasDigit, a.text == b.text, b.range.lowerBound == a.range.upperBound + 1, s[a.range.upperBound] == " " else { continue }
            let lower = a.lowercased
            if Self.allowedRepeats.contains("\(lower) \(lower)") { continue }
            if isGerman, Self.relativeRepeats.contains(lower) {
                // "Kunden, die die Geduld verlieren", "…, mit der der Vertrag": a relative pronoun and an article.
                var back = a.range.lowerBound - 1
                while back >= 0, ScalarClass.isSpace(s[back]) { back -= 1 }
                if back >= 0, s[back] == "," { continue }
                if i >= 2, Self.prepositions.contains(words[i - 2].lowercased) {
                    var before = words[i - 2].range.lowerBound - 1
                    while before >= 0, ScalarClass.isSpace(s[before]) { before -= 1 }
                    if before >= 0, s[before] == "," { continue }
                }
            }
            findings.add(Self.descriptor, pair: pair, key: "reviewRepeatedWord", arguments: ["word": a.text],
                         target: a.range.lowerBound..<b.range.upperBound, suggestion: a.text, category: .grammar,
                         discriminator: "\(i)")
        }
    }

    static let examples: [CheckExample] = [
        .passing("customers and bank customers", "Bankkundinnen und -kunden"),
        .passing("-c, --count  print only a count of selected lines", "-c, --count  nur die Anzahl ausgewählter Zeilen ausgeben",
                 "a program's help text lines its columns up with spaces, in both languages"),
        .passing("evening, weekend and holiday shifts", "Abend-, Wochenend- und Feiertagsschichten"),
        .passing("the \"face\" of the company", "das „Gesicht“ des Unternehmens"),
        .passing("the \"face\" of the company", "das »Gesicht« des Unternehmens", "Guillemets pointing inwards are German too."),
        .passing("the \"face\" of the company", "das «Gesicht» des Unternehmens", language: "de-CH"),
        .passing("Customers who lose patience", "Kundinnen und Kunden, die die Geduld verlieren", "Relative pronoun and article."),
        .passing("customer service representative", "Kundendienstmitarbeiter(in)"),
        .passing("Interests (Holland code)", "Interessen (Holland-Code)"),
        .passing("Research and development department", "Forschungs-und-Entwicklungs-Abteilung"),
        .passing("a 5\" screen", "ein 5\" großer Bildschirm", "Inch marks are not quotes."),
        .failing("School and vocational training", "Schul-und Berufsausbildung", flags: "Schul-und", suggestion: "Schul- und"),
        .failing("Interests (Holland code): Conventional", "Interessen(Holland-Code): konventionell", flags: "Interessen(Holland-Code)",
                 suggestion: "Interessen (Holland-Code)"),
        .failing("as \"a calm voice on a bad day.\"", "als \"eine ruhige Stimme an einem schlechten Tag\".",
                 flags: "\"eine ruhige Stimme an einem schlechten Tag\"", suggestion: "„eine ruhige Stimme an einem schlechten Tag“"),
        .failing("the \"face\" of the company", "das \"Gesicht\" des Unternehmens", flags: "\"Gesicht\"", suggestion: "«Gesicht»", language: "de-CH"),
        .failing("the \"face\" of the company", "das “Gesicht” des Unternehmens", flags: "“", suggestion: "„"),
        .failing("They find the cause of a problem.", "Sie finden die die Ursache eines Problems.", flags: "die die", suggestion: "die"),
        .failing("It works.", "Es funktioniert .", flags: " .", suggestion: "."),
        .failing("It works (mostly).", "Es funktioniert (meistens.", flags: "(", "Unpaired parenthesis."),
        .failing("Source: O*NET Online", "Quelle: O * NET Online", flags: "O * NET", suggestion: "O*NET", "A name spread apart."),
    ]
}
