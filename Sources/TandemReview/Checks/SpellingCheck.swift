import TandemCore

/// Spelling: every target word against hunspell's dictionary for the target
/// locale, and German compounds written open (`Computer Benutzer
/// Support-Spezialist` → `Computer-Benutzer-Support-Spezialist`).
///
/// Skipped: names and words present in the source (`Headset`, `College`),
/// URLs, codes, all-caps words, numbers, gender endings (`/-innen`, `*innen`).
/// Compounds the dictionary lacks are accepted when both parts are words
/// (`Medianlohn` = `Median` + `Lohn`).
public final class SpellingCheck: ReviewCheck {
    public static let descriptor = CheckDescriptor(
        id: "spelling", category: .spelling, severity: .minor, summaryKey: "checkSpellingSummary",
        examples: examples, make: { context in SpellingCheck(context: context) })

    public var descriptor: CheckDescriptor { Self.descriptor }
    private let language: ReviewLanguage
    private var verdicts: [String: Bool] = [:]
    /// Gender and plural endings written after a slash, star, colon or underscore.
    static let genderEndings: Set<String> = ["in", "innen", "r", "e", "n", "en", "er", "nen", "m", "s"]
    /// Words before a name, never the first half of an open compound (`Herr Müller`, `Ende Mai`).
    static let nameTitles: Set<String> = [
        "Herr", "Herrn", "Frau", "Dr", "Prof", "Professor", "Professorin", "Doktor", "Familie", "Firma", "Stadt",
        "Gemeinde", "Land", "Landkreis", "Kreis", "Bezirk", "Kanton", "Sankt", "St", "Bad", "Kaiser", "König",
        "Königin", "Papst", "Präsident", "Präsidentin", "Minister", "Ministerin", "Anfang", "Ende", "Mitte", "Hotel",
        "Restaurant", "Schloss", "Burg", "Kloster", "Team", "Projekt", "Version", "Modell", "Typ", "Nummer",
    ]

    init(context: ReviewContext) {
        language = context.target
    }

    public func review(_ pair: PairView, into findings: inout FindingList) {
        guard language.hunspell != nil else { return }
        let side = pair.target
        let s = side.scalars
        // The source's words, and the parts of its hyphenated ones (`--disable-perl-regexp` gives `perl`).
        var sourceWords = Set(pair.source.words.map(\.lowercased))
        for word in pair.source.words where word.text.contains("-") {
            for part in word.hyphenParts { sourceWords.insert(part.lowercased()) }
        }
        let words = side.words
        var inCompound = Set<Int>()
        if language.code == "de" {
            openCompounds(pair, sourceWords: sourceWords, covered: &inCompound, into: &findings)
            splitInfinitives(pair, covered: &inCompound, into: &findings)
        }
        for (index, word) in words.enumerated() where word.hasLetter && !word.hasDigit && !word.isProtected && !word.isAllCaps {
            if inCompound.contains(index) { continue }
            if word.range.count < 2 { continue }
            if sourceWords.contains(word.lowercased) { continue }
            // A gender ending: Mitarbeiter/-innen, Mitarbeiter*innen, Mitarbeiter:innen.
            let start = word.range.lowerBound
            if start > 0, Self.precedesGenderEnding(s[start - 1]), Self.genderEndings.contains(word.text) { continue }
            if isCorrect(word, sourceWords: sourceWords, scalars: s) { continue }
            let suggestion = language.hunspell?.suggest(word.text).first
            findings.add(Self.descriptor, pair: pair, key: "reviewMisspelled", arguments: ["word": word.text, "suggestion": suggestion ?? ""],
                         target: word.range, suggestion: suggestion)
        }
    }

    /// `/`, `*`, `:`, `_`, `-` and `(`: the marks a gender ending follows (`Mitarbeiter/-innen`, `Mitarbeiter(innen)`).
    static func precedesGenderEnding(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "/", "*", ":", "_", "-", "(": true
        default: false
        }
    }

    private func isCorrect(_ word: Word, sourceWords: Set<String>, scalars s: [Unicode.Scalar]) -> Bool {
        var text = word.text
        // Binnen-I: KundendienstmitarbeiterInnen.
        for ending in ["Innen", "In"] where text.hasSuffix(ending) && text.count > ending.count + 2 {
            let stem = text.dropLast(ending.count)
            if let last = stem.last, last.isLowercase { text = stem + ending.lowercased() }
        }
        if known(text) { return true }
        // A source word with a German genitive ending after its article: crontab → des Crontabs.
        let lower = text.lowercased()
        if Self.genitiveArticles.contains(Self.wordBefore(word.range.lowerBound, in: s).lowercased()) {
            for ending in ["s", "es"] where lower.hasSuffix(ending) && sourceWords.contains(String(lower.dropLast(ending.count))) { return true }
        }
        // The plural of an abbreviation: PCREs, URLs, APIs.
        if text.count >= 3, text.hasSuffix("s"), text.dropLast().unicodeScalars.allSatisfy({ ScalarClass.isUppercase($0) || ScalarClass.isDigit($0) }) {
            return true
        }
        if word.isSegmentInitial || word.isCapitalized, known(text.lowercased()) { return true }
        if word.isCapitalized, adjectiveCompound(text.lowercased(), sourceWords: sourceWords) { return true }
        // An abbreviation (bzw.), a suspended part (Wochenend- und, Bankkundinnen und -kunden).
        let end = word.range.upperBound, start = word.range.lowerBound
        if end < s.count, s[end] == ".", known(text + ".") { return true }
        if end < s.count, ScalarClass.isHyphen(s[end]),
           known(text + "-") || isHead(Self.capitalized(text), sourceWords: sourceWords) || compound(text + "-", sourceWords: sourceWords) { return true }
        if start > 0, ScalarClass.isHyphen(s[start - 1]), known("-" + text) || known(Self.capitalized(text)) { return true }
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" }).map(String.init)
        if parts.count > 1 {
            return parts.enumerated().allSatisfy { index, part in
                sourceWords.contains(part.lowercased()) || known(part) || known(Self.capitalized(part))
                    || (index < parts.count - 1 && known(part + "-")) || (index > 0 && known("-" + part))
                    || compound(part, sourceWords: sourceWords) || part.count <= 1
                    || part.unicodeScalars.allSatisfy { !ScalarClass.isLowercase($0) }
            }
        }
        if language.isDingHeadword(text) { return true }
        return compound(text, sourceWords: sourceWords)
    }

    /// Articles and determiners before a genitive singular: des Crontabs, eines Headsets.
    static let genitiveArticles: Set<String> = ["des", "eines", "dieses", "jenes", "jedes", "keines", "meines", "ihres", "seines", "unseres", "Ihres"]

    /// The word that ends before offset `start` (white space between), or "".
    static func wordBefore(_ start: Int, in s: [Unicode.Scalar]) -> String {
        var end = start
        while end > 0, ScalarClass.isSpace(s[end - 1]) { end -= 1 }
        var begin = end
        while begin > 0, ScalarClass.isLetter(s[begin - 1]) { begin -= 1 }
        return String(String.UnicodeScalarView(s[begin..<end]))
    }

    private func known(_ word: String) -> Bool {
        language.knows(word)
    }

    /// A noun compound the dictionary lacks whose parts it knows, or whose head the source gives:
    /// Median|lohn (median is in the source), Chat|nachrichten. Only capitalized words: a German
    /// adjective (`vorraussichtlich`) is not a compound of `vor` and `raussichtlich`.
    private func compound(_ word: String, sourceWords: Set<String>) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        guard ScalarClass.isUppercase(first) else { return adjectiveCompound(word, sourceWords: sourceWords) }
        if let verdict = verdicts[word] { return verdict }
        var core = word
        let fragment = core.hasSuffix("-")
        if fragment { core.removeLast() }
        let scalars = Array(core.unicodeScalars)
        var verdict = false
        if scalars.count >= 6 {
            for split in stride(from: scalars.count - 3, through: 3, by: -1) {
                let head = String(scalars: scalars[..<split])
                let tail = Self.capitalized(String(scalars: scalars[split...]))
                guard isNounForm(tail) || (fragment && known(tail + "-")) || compoundTail(tail) || isLoanNoun(tail) else { continue }
                if isHead(head, sourceWords: sourceWords) {
                    verdict = true
                    break
                }
            }
        }
        if verdicts.count > 100_000 { verdicts.removeAll(keepingCapacity: true) }
        verdicts[word] = verdict
        return verdict
    }

    /// An adjective or participle with a noun in front: detail|orientiert, arbeits|bezogen, kunden|freundlich.
    /// The first part must be a noun (or its compound form), so `vorraussichtlich` stays wrong.
    private func adjectiveCompound(_ word: String, sourceWords: Set<String>) -> Bool {
        if let verdict = verdicts[word] { return verdict }
        let scalars = Array(word.unicodeScalars)
        var verdict = false
        if scalars.count >= 8 {
            for split in stride(from: scalars.count - 4, through: 4, by: -1) {
                let tail = String(scalars: scalars[split...])
                guard known(tail) else { continue }
                let head = Self.capitalized(String(scalars: scalars[..<split]))
                if known(head + "-") || isNounForm(head) || (head.hasSuffix("s") && isNounForm(String(head.dropLast()))) {
                    verdict = true
                    break
                }
            }
        }
        verdicts[word] = verdict
        return verdict
    }

    /// A first part of a compound: a word with its compound form (`Forschungs-`), a noun, an adverb
    /// or adjective of four letters or more (`Rückwärts|referenz`), a compound itself
    /// (`Zurückverfolgungs|beschränkung`), or a word of the source.
    private func isHead(_ head: String, sourceWords: Set<String>) -> Bool {
        if known(head + "-") || isNounForm(head) { return true }
        if sourceWords.contains(head.lowercased()) { return true }
        if head.unicodeScalars.count >= 4, known(head.lowercased()) { return true }
        if head.hasSuffix("s"), head.count > 3 {
            let bare = String(head.dropLast())
            return isNounForm(bare) || sourceWords.contains(bare.lowercased()) || compound(bare, sourceWords: sourceWords)
        }
        return false
    }

    /// A noun hunspell lacks that the Ding dictionary has (`Deskriptor`), in the singular or with a genitive or plural `-s`.
    private func isLoanNoun(_ word: String) -> Bool {
        language.isDingHeadword(word) || (word.hasSuffix("s") && word.count > 4 && language.isDingHeadword(String(word.dropLast())))
    }

    /// A capitalized form the dictionary knows only capitalized: a noun.
    private func isNounForm(_ word: String) -> Bool {
        known(word) && !known(word.lowercased())
    }

    private func compoundTail(_ tail: String) -> Bool {
        // One more level: Kunden|dienst|mitarbeiter.
        let scalars = Array(tail.unicodeScalars)
        guard scalars.count >= 7 else { return false }
        for split in 3...(scalars.count - 3) {
            let head = String(scalars: scalars[..<split])
            let rest = Self.capitalized(String(scalars: scalars[split...]))
            if known(head + "-") || isNounForm(head), isNounForm(rest) { return true }
        }
        return false
    }

    static func capitalized(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// Whether `word` is a German noun the dictionary knows: capitalized, and not a word in lower case too.
    private func isNoun(_ word: String) -> Bool {
        if word.contains("-") {
            return word.split(separator: "-").allSatisfy { $0.first?.isUppercase == true && (known(String($0)) || compound(String($0), sourceWords: [])) }
        }
        return (known(word) || compound(word, sourceWords: [])) && !known(word.lowercased())
    }

    /// Runs of capitalized nouns that German writes as one word or with hyphens.
    private func openCompounds(_ pair: PairView, sourceWords: Set<String>, covered: inout Set<Int>, into findings: inout FindingList) {
        // A target that copies its source word for word (a name: `Tom Lord`) is the untranslated check's business.
        guard pair.target.text != pair.source.text else { return }
        let words = pair.target.words
        let s = pair.target.scalars
        let sourceText = pair.source.text
        var index = 0
        while index + 1 < words.count {
            let a = words[index], b = words[index + 1]
            guard Self.joinable(a, b, s), !Self.nameTitles.contains(a.text), language.profile.months.contains(b.text) == false,
                  !language.isFunctionWord(a.lowercased),
                  !Self.opensPhrase(words, index), !Self.labelsNumber(b, s) else { index += 1; continue }
            // Only words that share a part with the source: the cheapest condition first.
            let sharesWithSource = a.hyphenParts.contains { sourceWords.contains($0.lowercased()) } || b.hyphenParts.contains { sourceWords.contains($0.lowercased()) }
            guard sharesWithSource else { index += 1; continue }
            // A name kept from the source: "Connections Academy"; a name after a noun: "Frau Schmidt".
            let phrase = pair.target.string(a.range.lowerBound..<b.range.upperBound)
            // A name kept from the source: the phrase as the source writes it, with a word German does not know (`Adobe Flash`).
            let nameKept = sourceText.contains(phrase) && (!known(b.text) || !known(a.text))
            let bIsName = sourceText.contains(b.text) && !sourceText.contains(phrase) && !known(b.text)
            let closed = a.text + b.text.lowercased()
            let closedKnown = !a.text.contains("-") && !b.text.contains("-") && known(closed)
            guard !nameKept, !bIsName, closedKnown || (isNoun(a.text) && isNoun(b.text)) else { index += 1; continue }
            // Extend the run: Computer Benutzer Support-Spezialist.
            var last = index + 1
            while last + 1 < words.count, Self.joinable(words[last], words[last + 1], s), isNoun(words[last + 1].text),
                  words[last + 1].hyphenParts.contains(where: { sourceWords.contains($0.lowercased()) }) || words[last + 1].text.contains("-") {
                last += 1
            }
            let run = words[index...last]
            let range = run.first!.range.lowerBound..<run.last!.range.upperBound
            let suggestion = run.count == 2 && closedKnown ? closed : run.map(\.text).joined(separator: "-")
            findings.add(Self.descriptor, pair: pair, key: "reviewOpenCompound", arguments: ["text": pair.target.string(range), "suggestion": suggestion],
                         target: range, suggestion: suggestion)
            for position in index...last { covered.insert(position) }
            index = last + 1
        }
    }

    /// The zu-infinitive of a separable verb split at the wrong place: `zufrieden zustellen` for
    /// `zufriedenzustellen`, `fest zustellen` for `festzustellen`. Reported when the joined word and
    /// the verb without `zu` (`zufriedenstellen`) are both words, and the first word is not one
    /// that stands on its own before a verb (`wieder zulassen`, `nicht zustimmen`).
    private func splitInfinitives(_ pair: PairView, covered: inout Set<Int>, into findings: inout FindingList) {
        let words = pair.target.words
        let s = pair.target.scalars
        guard words.count >= 2 else { return }
        for index in 0..<(words.count - 1) where !covered.contains(index) && !covered.contains(index + 1) {
            let a = words[index], b = words[index + 1]
            guard b.lowercased.hasPrefix("zu"), b.range.count >= 6, !a.isCapitalized, !b.isCapitalized,
                  a.range.count >= 3, a.hasLetter, !a.hasDigit, !b.hasDigit, !a.isProtected, !b.isProtected,
                  b.range.lowerBound == a.range.upperBound + 1, s[a.range.upperBound] == " ",
                  !language.isFunctionWord(a.lowercased), !Self.freeParticles.contains(a.lowercased) else { continue }
            let joined = a.text + b.text
            let withoutZu = a.text + b.text.dropFirst(2)
            guard known(joined), known(String(withoutZu)) else { continue }
            let range = a.range.lowerBound..<b.range.upperBound
            findings.add(Self.descriptor, pair: pair, key: "reviewSplitInfinitive", arguments: ["text": pair.target.string(range), "suggestion": joined],
                         target: range, suggestion: joined)
            covered.insert(index)
            covered.insert(index + 1)
        }
    }

    /// Words that stand on their own before a verb with `zu-`: `wieder zulassen`, `noch zunehmen`, `stark zunehmen`.
    static let freeParticles: Set<String> = [
        "wieder", "noch", "nicht", "nie", "immer", "schon", "erst", "bald", "gern", "gerne", "sehr", "stark", "deutlich",
        "weiter", "weiterhin", "kaum", "leicht", "schnell", "langsam", "stetig", "rasch", "jährlich", "ständig", "etwas",
    ]

    /// Contractions of a preposition and an article: after them a noun stands alone (`zum Beispiel Version 2`, `im Jahr Zweitausend`).
    static let contractions: Set<String> = ["zum", "zur", "im", "am", "beim", "vom", "ins", "ans", "aufs", "durchs", "fürs", "ums", "hinterm", "überm", "unterm", "vorm"]

    /// Whether the word before `index` is a contraction that makes the word at `index` a phrase of its own.
    private static func opensPhrase(_ words: [Word], _ index: Int) -> Bool {
        index > 0 && contractions.contains(words[index - 1].lowercased)
    }

    /// Whether a number follows the word: `Version 1.0`, `Kapitel 12` label a number, they are no compound part.
    private static func labelsNumber(_ word: Word, _ s: [Unicode.Scalar]) -> Bool {
        word.range.upperBound + 1 < s.count && s[word.range.upperBound] == " " && ScalarClass.isDigit(s[word.range.upperBound + 1])
    }

    /// Two capitalized letter words separated by one space.
    private static func joinable(_ a: Word, _ b: Word, _ s: [Unicode.Scalar]) -> Bool {
        a.isCapitalized && b.isCapitalized && a.hasLetter && b.hasLetter && !a.hasDigit && !b.hasDigit && !a.isAllCaps && !b.isAllCaps
            && !a.isProtected && !b.isProtected && b.range.lowerBound == a.range.upperBound + 1 && s[a.range.upperBound] == " "
            && a.range.count >= 2 && b.range.count >= 2
    }

    static let examples: [CheckExample] = [
        .passing("Median pay", "Medianlohn", "A compound of two known words."),
        .passing("Removing the crontab was skipped.", "Das Entfernen des Crontabs wurde übersprungen.",
                 "a word of the source with a German genitive ending"),
        .failing("Good skills help you keep customers satisfied.", "Gute Fähigkeiten helfen, Kunden zufrieden zustellen.",
                 flags: "zufrieden zustellen", suggestion: "zufriedenzustellen", "a zu-infinitive split at the wrong place"),
        .passing("Good skills help you keep customers satisfied.", "Gute Fähigkeiten helfen, Kunden zufriedenzustellen."),
        .passing("Demand will grow again.", "Die Nachfrage wird wieder zunehmen.", "wieder stands on its own"),
        .passing("The couriers deliver parcels.", "Die Kuriere sollen Pakete zustellen.", "a noun before the verb"),
        .passing("They work with a headset.", "Sie arbeiten mit einem Headset.", "A word taken from the source."),
        .passing("a high school diploma", "ein High-School-Abschluss"),
        .passing("customer service representatives", "Kundendienstmitarbeiter/-innen"),
        .passing("customer service representatives", "Kundendienstmitarbeiter*innen"),
        .passing("Find out about Connections Academy.", "Erfahren Sie mehr über Connections Academy.", "A name kept from the source."),
        .passing("Which soft skills do you need?", "Welche Soft Skills brauchen Sie?", "An English term German writes open."),
        .passing("Talk to Ms. Schmidt.", "Sprechen Sie mit Frau Schmidt."),
        .failing("Employment is projected to decline.", "Die Beschäftigung wird vorraussichtlich zurückgehen.", flags: "vorraussichtlich",
                 suggestion: "voraussichtlich"),
        .failing("Computer user support specialist", "Computer Benutzer Support-Spezialist", flags: "Computer Benutzer Support-Spezialist",
                 suggestion: "Computer-Benutzer-Support-Spezialist", "An open compound."),
        .failing("Interests (Holland Code)", "Interessen (Holland Code)", flags: "Holland Code", suggestion: "Holland-Code"),
        .failing("Call centers are noisy.", "Call Center sind laut.", flags: "Call Center", suggestion: "Callcenter"),
    ]
}
