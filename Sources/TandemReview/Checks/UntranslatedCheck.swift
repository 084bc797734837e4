import TandemCore

/// Untranslated text: a target identical to its source, a target sentence in
/// the source language, or a heading part left in the source language
/// (`Kundendienstmitarbeiter - Job Description`).
///
/// Names, product names, URLs, codes and loanwords the target dictionary knows
/// are not untranslated: a phrase that stays the same inside translated
/// sentences elsewhere in the document (`Connections Academy`) is a name.
/// What this check finds silences the other checks on the same text.
public final class UntranslatedCheck: ReviewCheck {
    public static let descriptor = CheckDescriptor(
        id: "untranslated", category: .untranslated, severity: .major, summaryKey: "checkUntranslatedSummary",
        examples: examples, silencesOthers: true, make: { context in UntranslatedCheck(context: context) })

    public var descriptor: CheckDescriptor { Self.descriptor }
    private let source: ReviewLanguage
    private let target: ReviewLanguage
    /// Tells the two languages apart by their function words (Locales/languages/*.txt).
    private let guesser: LanguageGuesser
    /// The function words of each language.
    private let sourceFunctionWords: WordSet
    private let targetFunctionWords: WordSet
    /// Findings that wait for the end of the document: they are dropped if their text turns out to be a name.
    private var pending: [(finding: Finding, text: String, words: [String])] = []
    /// Phrases and words kept from the source inside translated sentences: names.
    private var names = Set<String>()
    private static let nameLimit = 200_000

    init(context: ReviewContext) {
        source = context.source
        target = context.target
        guesser = LanguageGuesser(profiles: [context.source.profile, context.target.profile])
        sourceFunctionWords = WordSet(context.source.profile.functionWords)
        targetFunctionWords = WordSet(context.target.profile.functionWords)
    }

    public func review(_ pair: PairView, into findings: inout FindingList) {
        guard source.code != target.code else { return }
        let side = pair.target
        let isLetterWord = { (word: Word) in word.hasLetter && !word.isProtected }
        // Usually every word is one: then the list is shared, not copied.
        let letterWords = side.words.allSatisfy(isLetterWord) ? side.words : side.words.filter(isLetterWord)
        guard !letterWords.isEmpty else { return }
        let counts = functionWordCounts(letterWords)

        // The whole target is the source, unchanged.
        if Self.sameIgnoringSpaces(side.scalars, pair.source.scalars) {
            if counts.source >= 1 && counts.source > counts.target
                || letterWords.count >= 3 && isSourceLanguage(letterWords, counts: counts, requireFunctionWord: false) {
                findings.add(Self.descriptor, pair: pair, key: "reviewUntranslated", source: 0..<pair.source.scalars.count,
                             target: 0..<side.scalars.count)
                return
            }
            // A heading made of a command or program name (6.5.1. aptitude) stays as it is.
            if letterWords.contains(where: { $0.isCapitalized && !$0.isAllCaps }), isCandidate(letterWords.map(\.text)) {
                postpone(pair, range: 0..<side.scalars.count, words: letterWords.map(\.text))
            }
            return
        }

        var flagged = false
        for (index, start) in side.segmentStarts.enumerated() {
            let end = index + 1 < side.segmentStarts.count ? side.segmentStarts[index + 1] - 1 : side.scalars.count
            let oneSegment = side.segmentStarts.count == 1
            let words = oneSegment ? letterWords : letterWords.filter { $0.range.lowerBound >= start && $0.range.upperBound <= end }
            // A sentence in the source language.
            if words.count >= 4, isSourceLanguage(words, counts: oneSegment ? counts : functionWordCounts(words)),
               confirmedBySource(side.string(start..<end)) {
                findings.add(Self.descriptor, pair: pair, key: "reviewUntranslatedSentence",
                             target: start..<end, discriminator: "\(index)")
                flagged = true
                continue
            }
            // Parts of a heading or label: "Kundendienstmitarbeiter - Job Description".
            for part in Self.parts(side.scalars, start..<end) where part != start..<end {
                let partWords = words.filter { part.contains($0.range.lowerBound) }
                guard !partWords.isEmpty, partWords.count <= 6, ScalarSearch.contains(pair.source.scalars, side.scalars, part) else { continue }
                // Commands, keywords and code (postfix, mount point, $number or %n) stay as they are: a part counts
                // only with a capitalized word, and without code characters.
                guard partWords.contains(where: { $0.isCapitalized && !$0.isAllCaps }),
                      !side.scalars[part].contains(where: Self.isCodeCharacter) else { continue }
                if isCandidate(partWords.map(\.text)) {
                    postpone(pair, range: part, words: partWords.map(\.text))
                }
            }
        }
        if !flagged { learnNames(pair, letterWords, counts: counts) }
    }

    public func finish(into findings: inout FindingList) {
        for item in pending {
            if names.contains(item.text) { continue }
            if item.words.allSatisfy({ names.contains($0) }) { continue }
            findings.append(item.finding)
        }
        pending.removeAll()
    }

    private func postpone(_ pair: PairView, range: Range<Int>, words: [String]) {
        let text = pair.target.string(range)
        let sourceRange = Self.find(Array(text.unicodeScalars), in: pair.source.scalars).map { $0..<($0 + range.count) }
        let finding = Finding(check: Self.descriptor.id, category: .untranslated, severity: Self.descriptor.severity,
                              messageKey: "reviewUntranslatedPart", messageArguments: ["text": text],
                              source: sourceRange.flatMap { pair.source.span($0) }, target: pair.target.span(range),
                              pairIndex: pair.index)
        pending.append((finding, text, words))
    }

    /// Whether words left as in the source look like untranslated text rather than a name or loanword:
    /// some word is unknown to the target dictionary but known to the source one in lower case.
    private func isCandidate(_ words: [String]) -> Bool {
        var foreign = false
        for word in words {
            if word.unicodeScalars.allSatisfy({ !ScalarClass.isLowercase($0) }) { continue }  // USA, ESFJ
            if target.knowsLoosely(word) { continue }
            let lower = word.lowercased()
            if source.knows(lower) { foreign = true } else { return false }  // a word neither dictionary knows: a name
        }
        return foreign
    }

    /// Remembers what stays unchanged inside a translated target: runs of capitalized words found verbatim in the source.
    /// `counts` are the function words of each language among `words`.
    private func learnNames(_ pair: PairView, _ words: [Word], counts: (source: Int, target: Int)) {
        guard names.count < Self.nameLimit else { return }
        guard counts.target >= 1, counts.target > counts.source else { return }
        var run: [Word] = []
        func flush() {
            defer { run.removeAll() }
            guard !run.isEmpty else { return }
            let range = run[0].range.lowerBound..<run[run.count - 1].range.upperBound
            guard ScalarSearch.contains(pair.source.scalars, pair.target.scalars, range) else { return }
            if run.count >= 2 { names.insert(pair.target.string(range)) }
            for word in run where !targetFunctionWords.contains(word.lowercased) {
                // A single word counts when the source writes it capitalized in mid-sentence too.
                if let first = Self.find(Array(word.text.unicodeScalars), in: pair.source.scalars), first > 0,
                   !pair.source.words.contains(where: { $0.range.lowerBound == first && $0.isSegmentInitial }) {
                    names.insert(word.text)
                }
            }
        }
        for word in words {
            if word.isCapitalized, !word.isSegmentInitial || run.isEmpty == false {
                run.append(word)
            } else {
                flush()
                if word.isCapitalized { run.append(word) }
            }
        }
        flush()
    }

    /// The language guesser's word on a text the counts call source language: it must not call it the target's.
    private func confirmedBySource(_ text: String) -> Bool {
        guard let guess = guesser.guess(text) else { return true }
        return guess.language == source.profile.language
    }

    /// Whether a sentence is in the source language: by function words (`counts`, among `words`), and where they
    /// leave it open, by dictionaries.
    private func isSourceLanguage(_ words: [Word], counts: (source: Int, target: Int), requireFunctionWord: Bool = true) -> Bool {
        if counts.source >= 2, counts.source >= 2 * counts.target + 1 { return true }
        guard counts.target == 0, counts.source >= 1 || !requireFunctionWord else { return false }
        var sourceOnly = 0, targetOnly = 0
        for word in words where !word.isAllCaps {
            let lower = word.lowercased
            let inTarget = target.knowsLoosely(word.text) || target.knows(lower)
            let inSource = source.knows(lower) || source.knows(word.text)
            if inSource, !inTarget { sourceOnly += 1 }
            if inTarget, !inSource { targetOnly += 1 }
        }
        return sourceOnly >= 3 && sourceOnly >= 2 * targetOnly + 1
    }

    private func functionWordCounts(_ words: [Word]) -> (source: Int, target: Int) {
        var s = 0, t = 0
        for word in words {
            let lower = word.lowercased
            if sourceFunctionWords.contains(lower) { s += 1 }
            if targetFunctionWords.contains(lower) { t += 1 }
        }
        return (s, t)
    }

    /// The pieces of a heading or label between ` - `, ` – `, ` — ` and `: `.
    static func parts(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = s[index]
            let dash = (scalar == "-" || scalar == "–" || scalar == "—") && index > range.lowerBound && index + 1 < range.upperBound
                && s[index - 1] == " " && s[index + 1] == " "
            let colon = scalar == ":" && index + 1 < range.upperBound && s[index + 1] == " "
            if dash || colon {
                let end = dash ? index - 1 : index
                if end > start { parts.append(start..<end) }
                start = index + 2
                index += 2
                continue
            }
            index += 1
        }
        if start < range.upperBound { parts.append(start..<range.upperBound) }
        // Trim white space and closing punctuation.
        return parts.compactMap { part in
            var lower = part.lowerBound, upper = part.upperBound
            while lower < upper, ScalarClass.isSpace(s[lower]) { lower += 1 }
            while upper > lower, ScalarClass.isSpace(s[upper - 1]) || s[upper - 1] == "." || s[upper - 1] == "!" || s[upper - 1] == "?" { upper -= 1 }
            return lower < upper ? lower..<upper : nil
        }
    }

    /// `$ % = _ / \ { } < > @`: characters of commands, keywords and code.
    static func isCodeCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "$", "%", "=", "_", "/", "\\", "{", "}", "<", ">", "@": true
        default: false
        }
    }

    /// Whether two texts are equal but for white space.
    static func sameIgnoringSpaces(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        var i = 0, j = 0
        while true {
            while i < a.count, ScalarClass.isSpace(a[i]) { i += 1 }
            while j < b.count, ScalarClass.isSpace(b[j]) { j += 1 }
            if i == a.count || j == b.count { return i == a.count && j == b.count }
            if a[i] != b[j] { return false }
            i += 1
            j += 1
        }
    }

    static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
        ScalarSearch.find(needle, in: haystack)
    }

    static let examples: [CheckExample] = [
        .passing("Headset", "Headset", "A loanword the German dictionary knows."),
        .passing("Find out about positions at Connections Academy.", "Informieren Sie sich über Stellen bei Connections Academy.",
                 "A name inside a German sentence."),
        .passing("Visit www.example.com for details.", "Details unter www.example.com."),
        .passing("ESFJ, ISTJ, INFJ or INFP", "ESFJ, ISTJ, INFJ oder INFP"),
        .passing("postfix: the mail server", "postfix: der Mailserver", "A command name before a colon."),
        .passing("6.5.1. aptitude", "6.5.1. aptitude", "A program name."),
        .failing("Some move into sales, training or quality assurance.", "Some move into sales, training or quality assurance.",
                 flags: "Some move into sales, training or quality assurance."),
        .failing("Experienced representatives can move up. Some move into sales, training or quality assurance.",
                 "Erfahrene Mitarbeiter können aufsteigen. Some move into sales, training or quality assurance.",
                 flags: "Some move into sales, training or quality assurance.", "One sentence of the target is English."),
        .failing("Customer Service Representative - Job Description", "Kundendienstmitarbeiter - Job Description",
                 flags: "Job Description", "Half a heading left in English."),
        .failing("Conservationist - Career Information", "Conservationist - Karriereinformationen", flags: "Conservationist"),
    ]
}
