import TandemCore
import TandemICU

/// Consistency across the document:
///
/// - the same source segment translated differently;
/// - different source segments translated identically;
/// - a name kept in one place and translated in another (`US Bureau of Labor
///   Statistics` kept, later `Büro für Arbeitsstatistik`);
/// - a term rendered one way throughout and another way once
///   (`Kundendienstmitarbeiter/-innen` everywhere, `Kundenbetreuer/-innen` once).
public final class ConsistencyCheck: ReviewCheck {
    public static let descriptor = CheckDescriptor(
        id: "consistency", category: .consistency, severity: .minor, summaryKey: "checkConsistencySummary",
        examples: examples, make: { context in ConsistencyCheck(context: context) })

    public var descriptor: CheckDescriptor { Self.descriptor }
    /// The function words of each language.
    private let sourceFunctionWords: WordSet
    private let targetFunctionWords: WordSet

    /// The translations of each source segment (by its normalized text): each variant with how often it
    /// occurs and where it first occurs. The majority is the reference; the others are reported at the end.
    /// Keyed by digests of the keys, not the keys: a document's distinct segments are held in 16 bytes each.
    private var translations: [KeyDigest: [Variant]] = [:]
    struct Variant {
        var target: KeyDigest
        /// The digest of the target key without its digits: variants that differ only in their
        /// numbers are the numbers check's business (it reports the one with the wrong number).
        var targetWithoutDigits: KeyDigest
        var count: Int
        var pair: Int
        var text: String
        var line: Int
        var source: FindingSpan?
        var targetSpan: FindingSpan?
    }
    /// First source of each translation (by the digest of the translation's key).
    private var sources: [KeyDigest: (source: String, line: Int)] = [:]
    /// Names kept unchanged inside translated sentences.
    private var keptNames = Set<String>()
    /// Source names whose target lacks them: decided at the end.
    private var nameCandidates: [(name: String, pair: Int, source: FindingSpan?, target: FindingSpan?)] = []
    /// Terms: per pair, source term ids and target word ids (with their spans), for the first `termPairLimit` pairs.
    private var termPairs: [(pair: Int, terms: [Int32], words: [(id: Int32, span: FindingSpan)])] = []
    private var termIDs: [String: Int32] = [:]
    private var wordIDs: [String: Int32] = [:]
    private var wordForms: [Int32: String] = [:]
    /// The word id of each written target form met so far (-1: not a term rendering).
    private var wordIDsByForm: [String: Int32] = [:]
    /// Working space for building segment keys.
    private var keyBuffer: [UInt8] = []
    static let termPairLimit = 20_000
    static let memoryLimit = 1_000_000

    init(context: ReviewContext) {
        sourceFunctionWords = WordSet(context.source.profile.functionWords)
        targetFunctionWords = WordSet(context.target.profile.functionWords)
    }

    public func review(_ pair: PairView, into findings: inout FindingList) {
        let sourceKey = Self.key(pair.source, buffer: &keyBuffer)
        let targetKey = Self.key(pair.target, buffer: &keyBuffer)
        let sourceWords = Self.letterWordCount(pair.source)
        let targetWords = Self.letterWordCount(pair.target)
        let line = pair.target.segments.first?.line ?? 0

        let targetDigest = KeyDigest(targetKey)
        if sourceWords >= 2, Self.hasCharacters(8, sourceKey), !pair.isOneSided {
            // The variants are updated in place, with one lookup: not copied out of the dictionary and back.
            let sourceDigest = KeyDigest(sourceKey)
            if translations.count < Self.memoryLimit {
                Self.count(targetKey, digest: targetDigest, of: pair, line: line, in: &translations[sourceDigest, default: []])
            } else if let slot = translations.index(forKey: sourceDigest) {
                Self.count(targetKey, digest: targetDigest, of: pair, line: line, in: &translations.values[slot])
            }
        }
        if targetWords >= 3, Self.hasCharacters(12, targetKey) {
            let room = sources.count < Self.memoryLimit
            Self.compare(sourceKey, with: &sources[targetDigest], of: pair, room: room, into: &findings)
        }
        learnNames(pair)
        if termPairs.count < Self.termPairLimit { recordTerms(pair) }
    }

    /// Counts the translation `targetKey` of a source segment among its `variants` (empty for a source met first).
    private static func count(_ targetKey: String, digest: KeyDigest, of pair: PairView, line: Int, in variants: inout [Variant]) {
        if let index = variants.firstIndex(where: { $0.target == digest }) {
            variants[index].count += 1
        } else if variants.count < 8 {
            variants.append(Variant(target: digest, targetWithoutDigits: KeyDigest(targetKey, skippingASCIIDigits: true), count: 1,
                                    pair: pair.index, text: pair.target.text, line: line,
                                    source: pair.source.wholeSpan(), targetSpan: pair.target.wholeSpan()))
        }
    }

    /// Reports a target already met as the translation of another source (`first`); else remembers this
    /// pair's source as its first, when there is `room`.
    private static func compare(_ sourceKey: String, with first: inout (source: String, line: Int)?, of pair: PairView, room: Bool,
                                into findings: inout FindingList) {
        guard let first else {
            if room { first = (sourceKey, pair.source.segments.first?.line ?? 0) }
            return
        }
        // Sources that differ only in their numbers are the numbers check's business.
        if first.source != sourceKey, !closeEnough(first.source, sourceKey), withoutDigits(first.source) != withoutDigits(sourceKey) {
            findings.add(descriptor, pair: pair, key: "reviewSameTranslation", arguments: ["line": String(first.line)],
                         source: 0..<pair.source.scalars.count, target: 0..<pair.target.scalars.count)
        }
    }

    public func finish(into findings: inout FindingList) {
        finish(into: &findings, flaggedPairs: [])
    }

    public func finish(into findings: inout FindingList, flaggedPairs: Set<Int>) {
        // The same source translated differently: every variant but the reference, the most frequent one;
        // on a tie, one in a pair without errors found by other checks, then the first.
        for variants in translations.values where variants.count >= 2 {
            let reference = variants.enumerated().max { a, b in
                (a.element.count, flaggedPairs.contains(a.element.pair) ? 0 : 1, -a.offset)
                    < (b.element.count, flaggedPairs.contains(b.element.pair) ? 0 : 1, -b.offset)
            }!.element
            for variant in variants where variant.target != reference.target && variant.targetWithoutDigits != reference.targetWithoutDigits {
                findings.append(Finding(check: Self.descriptor.id, category: .consistency, severity: Self.descriptor.severity,
                                        messageKey: "reviewInconsistentTranslation",
                                        messageArguments: ["line": String(reference.line), "first": reference.text],
                                        suggestion: reference.text, source: variant.source, target: variant.targetSpan, pairIndex: variant.pair))
            }
        }
        translations.removeAll()
        for candidate in nameCandidates {
            let kept = keptNames.contains(candidate.name) || keptNames.contains { Self.containsPhrase($0, candidate.name) }
            guard kept else { continue }
            findings.append(Finding(check: Self.descriptor.id, category: .consistency, severity: Self.descriptor.severity,
                                    messageKey: "reviewNameTranslated", messageArguments: ["name": candidate.name],
                                    source: candidate.source, target: candidate.target, pairIndex: candidate.pair))
        }
        termFindings(into: &findings)
    }

    // MARK: Segments

    /// Letters and digits, lower case, in NFC: what two segments must share to count as the same
    /// (two keys are equal as strings exactly when their bytes are). `buffer` is working space for
    /// the UTF-8 bytes, kept between calls.
    static func key(_ side: SideText, buffer: inout [UInt8]) -> String {
        buffer.removeAll(keepingCapacity: true)
        var mayNeedComposing = false
        for scalar in side.scalars where ScalarClass.isLetterOrDigit(scalar) {
            let value = scalar.value
            // Combining marks, and the few precomposed letters NFC replaces, are at U+0300 and above.
            if value >= 0x300 { mayNeedComposing = true }
            if (value >= 0x41 && value <= 0x5A) || (value >= 0xC0 && value <= 0xDE && value != 0xD7) {
                UTF8.encode(Unicode.Scalar(value + 0x20)!) { buffer.append($0) }
            } else if value < 0x80 || !scalar.properties.isUppercase {
                UTF8.encode(scalar) { buffer.append($0) }
            } else {
                buffer.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        let key = String(decoding: buffer, as: UTF8.self)
        return mayNeedComposing ? composer.normalize(key) : key
    }

    private static let composer = Normalizer(.nfc)

    /// Whether `key` has `count` characters at least (counting no further than that).
    static func hasCharacters(_ count: Int, _ key: String) -> Bool {
        !key.dropFirst(count - 1).isEmpty
    }

    /// How many words of `side` have a letter.
    static func letterWordCount(_ side: SideText) -> Int {
        var count = 0
        for word in side.words where word.hasLetter { count += 1 }
        return count
    }

    static func withoutDigits(_ key: String) -> String {
        String(key.unicodeScalars.filter { !ScalarClass.isDigit($0) }.map(Character.init))
    }

    /// Sources that differ only by a few characters (a plural, a typo) are not "different".
    static func closeEnough(_ a: String, _ b: String) -> Bool {
        let shorter = min(a.count, b.count), longer = max(a.count, b.count)
        guard longer - shorter <= 2 else { return false }
        let prefix = zip(a, b).prefix { $0 == $1 }.count
        return prefix >= shorter - 2
    }

    // MARK: Names

    private func learnNames(_ pair: PairView) {
        guard !pair.isOneSided else { return }
        let sourceRuns = NameRuns.runs(pair.source.words, scalars: pair.source.scalars, functionWords: sourceFunctionWords)
        guard !sourceRuns.isEmpty else { return }
        var kept: [(String, Range<Int>)] = []
        for run in sourceRuns where run.count >= 2 {
            let name = pair.source.string(run.range)
            // Labels in capitals (GOING FURTHER, CAUTION) are translated like any text.
            if !name.unicodeScalars.contains(where: ScalarClass.isLowercase) { continue }
            if let found = longestKeptPart(run.range, pair) {
                kept.append(found)
            } else if nameCandidates.count < Self.memoryLimit, !keepsAnyWord(of: run.range, pair) {
                nameCandidates.append((name, pair.index, pair.source.span(run.range), closestRun(to: name, in: pair)))
            }
        }
        guard !kept.isEmpty, keptNames.count < Self.memoryLimit else { return }
        // Learn names only from translated sentences: function words of the target language outside the names.
        var targetFunction = 0, sourceFunction = 0
        for word in pair.target.words where !kept.contains(where: { $0.1.contains(word.range.lowerBound) }) {
            let lower = word.lowercased
            if targetFunctionWords.contains(lower) { targetFunction += 1 }
            if sourceFunctionWords.contains(lower) { sourceFunction += 1 }
        }
        guard targetFunction >= 1, targetFunction > sourceFunction else { return }
        for (name, _) in kept { keptNames.insert(name) }
    }

    /// Whether the target keeps any capitalized word of the source run, alone or inside a compound
    /// (`Open-Source-System`, `Debian-Paket`): then the name was kept in part, not translated.
    private func keepsAnyWord(of range: Range<Int>, _ pair: PairView) -> Bool {
        let targetWords = pair.target.words
        for word in pair.source.words where range.contains(word.range.lowerBound) && word.isCapitalized && word.text.count >= 2 {
            if NameRuns.connectors.contains(word.text) { continue }
            let lower = word.lowercased
            if targetWords.contains(where: { $0.lowercased == lower || $0.hyphenParts.contains { $0.lowercased() == lower } }) { return true }
        }
        return false
    }

    /// The longest part of a source run (two capitalized words at least, from one to another) that the target
    /// has verbatim: a title-case heading `Reasons to Consider the Dream Careers Solution` keeps `Dream Careers Solution`.
    private func longestKeptPart(_ range: Range<Int>, _ pair: PairView) -> (String, Range<Int>)? {
        let words = pair.source.words.filter { range.contains($0.range.lowerBound) && $0.isCapitalized }
        guard words.count >= 2 else { return nil }
        var best: (String, Range<Int>)?
        for first in 0..<(words.count - 1) {
            for last in stride(from: words.count - 1, through: first + 1, by: -1) {
                let part = words[first].range.lowerBound..<words[last].range.upperBound
                if let best, best.0.unicodeScalars.count >= part.count { break }
                let text = pair.source.string(part)
                if let start = UntranslatedCheck.find(Array(text.unicodeScalars), in: pair.target.scalars) {
                    best = (text, start..<(start + part.count))
                    break
                }
            }
        }
        return best
    }

    /// The target run sharing most words with `name` (`Dreams Careers` for `Dream Careers`), else the whole target.
    private func closestRun(to name: String, in pair: PairView) -> FindingSpan? {
        let nameWords = Set(name.split(separator: " ").map { $0.lowercased() })
        let runs = NameRuns.runs(pair.target.words, scalars: pair.target.scalars, functionWords: targetFunctionWords)
        var best: (Range<Int>, Int)?
        for run in runs {
            let words = pair.target.string(run.range).split(separator: " ").map { $0.lowercased() }
            let shared = words.filter { nameWords.contains($0) }.count
            if shared > 0, shared > (best?.1 ?? 0) { best = (run.range, shared) }
        }
        return pair.target.span(best?.0 ?? 0..<pair.target.scalars.count)
    }

    /// Whether `phrase` occurs in `text` as whole words.
    static func containsPhrase(_ text: String, _ phrase: String) -> Bool {
        guard text.count > phrase.count, let range = text.range(of: phrase) else { return false }
        let before = range.lowerBound == text.startIndex ? " " : text[text.index(before: range.lowerBound)]
        let after = range.upperBound == text.endIndex ? " " : text[range.upperBound]
        return !before.isLetter && !after.isLetter
    }

    // MARK: Terms

    /// English content words without a plural s, and their pairs.
    private func sourceTerms(_ side: SideText) -> [String] {
        var stems: [String?] = []
        for word in side.words {
            guard word.hasLetter, !word.hasDigit, !word.isProtected else { stems.append(nil); continue }
            let lower = word.lowercased
            if lower.count < 4 || sourceFunctionWords.contains(lower) { stems.append(nil); continue }
            stems.append(Self.singular(lower))
        }
        var terms = stems.compactMap { $0 }
        for index in 1..<max(1, stems.count) {
            if let a = stems[index - 1], let b = stems[index] { terms.append(a + " " + b) }
        }
        return terms
    }

    static func singular(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), word.count > 4 { return String(word.dropLast()) }
        return word
    }

    /// A German word without its gender and case endings: Kundendienstmitarbeiterinnen → kundendienstmitarbeiter.
    static func germanBase(_ lower: String) -> String {
        let lower = lower.contains("-") ? String(lower.unicodeScalars.filter { !ScalarClass.isHyphen($0) }.map(Character.init)) : lower
        if lower.hasSuffix("innen"), lower.count > 9 { return String(lower.dropLast(5)) }
        for ending in ["in", "n", "s"] where lower.hasSuffix(ending) && lower.count > 8 {
            let base = String(lower.dropLast(ending.count))
            if base.hasSuffix("er") { return base }
        }
        return lower
    }

    private func recordTerms(_ pair: PairView) {
        guard !pair.isOneSided else { return }
        var terms: [Int32] = []
        for term in Set(sourceTerms(pair.source)) {
            if let id = termIDs[term] {
                terms.append(id)
            } else {
                let id = Int32(termIDs.count)
                termIDs[term] = id
                terms.append(id)
            }
        }
        var words: [(id: Int32, span: FindingSpan)] = []
        var seen = Set<Int32>()
        let s = pair.target.scalars
        for word in pair.target.words where word.hasLetter && !word.hasDigit && !word.isProtected && word.text.count >= 5 {
            guard let id = wordID(word), seen.insert(id).inserted, var span = pair.target.span(word.range) else { continue }
            // Take a gender ending into the span: Kundenbetreuer/-innen.
            var end = word.range.upperBound
            if end + 1 < s.count, Self.isGenderMarker(s[end]) {
                var probe = end + 1
                if probe < s.count, s[probe] == "-" { probe += 1 }
                var letters = probe
                while letters < s.count, ScalarClass.isLetter(s[letters]) { letters += 1 }
                if SpellingCheck.genderEndings.contains(pair.target.string(probe..<letters)) { end = letters }
            }
            if end > word.range.upperBound, let wider = pair.target.span(word.range.lowerBound..<end) { span = wider }
            words.append((id, span))
        }
        termPairs.append((pair.index, terms, words))
    }

    /// The id of a target word's base form (`Kundenbetreuerinnen` → `kundenbetreuer`), or nil for a function
    /// word or gender ending. Remembered for each written form: a document repeats its words.
    private func wordID(_ word: Word) -> Int32? {
        if let known = wordIDsByForm[word.text] { return known >= 0 ? known : nil }
        let id = newWordID(word)
        wordIDsByForm[word.text] = id ?? -1
        return id
    }

    private func newWordID(_ word: Word) -> Int32? {
        let lower = word.lowercased
        if targetFunctionWords.contains(lower) || SpellingCheck.genderEndings.contains(lower) { return nil }
        var text = word.text
        // Binnen-I
        if text.hasSuffix("Innen") { text = String(text.dropLast(5)) + "innen" }
        let base = Self.germanBase(text.lowercased())
        if let id = wordIDs[base] { return id }
        let id = Int32(wordIDs.count)
        wordIDs[base] = id
        wordForms[id] = word.text
        return id
    }

    /// `/`, `*`, `:` and `_`: the marks before a gender ending (`Kundenbetreuer/-innen`, `Kund*innen`).
    static func isGenderMarker(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "/", "*", ":", "_": true
        default: false
        }
    }

    private func termFindings(into findings: inout FindingList) {
        guard termPairs.count >= 3 else { return }
        var termCount: [Int32: Int] = [:]
        var wordCount: [Int32: Int] = [:]
        for record in termPairs {
            for word in record.words { wordCount[word.id, default: 0] += 1 }
            for term in record.terms { termCount[term, default: 0] += 1 }
        }
        // Co-occurrence of frequent terms with frequent words only: a usual rendering occurs 3 times at least.
        var together: [Int32: [Int32: Int]] = [:]
        var pairsOfTerm: [Int32: [Int]] = [:]
        for (index, record) in termPairs.enumerated() {
            let frequentWords = record.words.filter { (wordCount[$0.id] ?? 0) >= 3 }
            for term in record.terms where (termCount[term] ?? 0) >= 3 {
                pairsOfTerm[term, default: []].append(index)
                for word in frequentWords { together[term, default: [:]][word.id, default: 0] += 1 }
            }
        }
        // For each target word, how well the best source term predicts it: a term counts only when no other term
        // predicts the word clearly better ("representative", not "customer service", predicts Kundendienstmitarbeiter).
        var bestPrediction: [Int32: Double] = [:]
        for (term, words) in together {
            let count = termCount[term] ?? 0
            for (word, shared) in words where shared >= 3 {
                bestPrediction[word] = max(bestPrediction[word] ?? 0, Self.prediction(shared, count))
            }
        }
        var termText: [Int32: String] = [:]
        var reported = Set<String>()
        for (term, words) in together {
            let count = termCount[term] ?? 0
            guard let (usual, shared) = words.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { continue }
            guard shared >= 3, Double(shared) >= 0.7 * Double(count), Double(shared) >= 0.6 * Double(wordCount[usual] ?? 1) else { continue }
            guard Self.prediction(shared, count) >= (bestPrediction[usual] ?? 0) - 0.05 else { continue }
            guard let usualForm = wordForms[usual] else { continue }
            let usualBase = Self.germanBase(usualForm.lowercased())
            for index in pairsOfTerm[term] ?? [] {
                let record = termPairs[index]
                guard !record.words.contains(where: { $0.id == usual }) else { continue }
                for word in record.words where (wordCount[word.id] ?? 0) <= 2 {
                    guard let form = wordForms[word.id] else { continue }
                    let base = Self.germanBase(form.lowercased())
                    guard !base.hasPrefix(usualBase), !usualBase.hasPrefix(base), !base.hasSuffix(usualBase), !usualBase.hasSuffix(base) else { continue }
                    // Another compound part, not another ending: Kunden|betreuer for Kunden|dienstmitarbeiter,
                    // not bestell|en for bestell|ungen. Nouns only (German capitalizes them).
                    guard form.first?.isUppercase == true, usualForm.first?.isUppercase == true else { continue }
                    let prefix = Self.commonPrefix(base, usualBase), suffix = Self.commonSuffix(base, usualBase)
                    let differentPart = { (shared: Int) in base.count - shared >= 4 && usualBase.count - shared >= 4 }
                    guard (prefix >= 5 && differentPart(prefix)) || (suffix >= 5 && differentPart(suffix)) else { continue }
                    // The usual rendering written apart (Datei .preseed for Preseed-Datei): its own part is there.
                    let usualPart = prefix >= 5 ? String(usualBase.dropFirst(prefix)) : String(usualBase.dropLast(suffix))
                    if usualPart.count >= 4, record.words.contains(where: { wordForms[$0.id].map { Self.germanBase($0.lowercased()) } == usualPart }) { continue }
                    guard reported.insert("\(record.pair):\(word.id)").inserted else { continue }
                    if termText.isEmpty { for (text, id) in termIDs { termText[id] = text } }
                    findings.append(Finding(check: Self.descriptor.id, category: .consistency, severity: Self.descriptor.severity,
                                            messageKey: "reviewInconsistentTerm",
                                            messageArguments: ["term": termText[term] ?? "", "usual": usualForm, "text": word.span.text, "count": String(shared)],
                                            suggestion: usualForm, target: word.span, pairIndex: record.pair))
                }
            }
        }
    }

    /// How well a term predicts a word: the share of the term's pairs that have the word, pulled toward 0 for
    /// rare terms (two imagined pairs without the word), so that three chance co-occurrences do not beat eight of ten.
    static func prediction(_ shared: Int, _ count: Int) -> Double {
        Double(shared) / Double(count + 2)
    }

    static func commonPrefix(_ a: String, _ b: String) -> Int { zip(a, b).prefix { $0 == $1 }.count }
    static func commonSuffix(_ a: String, _ b: String) -> Int { zip(a.reversed(), b.reversed()).prefix { $0 == $1 }.count }

    static let examples: [CheckExample] = [
        CheckExample(pairs: [.init("Press the green button to start.", "Drücken Sie die grüne Taste, um zu starten."),
                             .init("Press the green button to start.", "Drücken Sie die grüne Taste, um zu starten.")],
                     expected: [], note: "The same sentence, translated the same way."),
        CheckExample(pairs: [.init("Press the green button to start.", "Drücken Sie die grüne Taste, um zu starten."),
                             .init("Press the green button to start.", "Dru\u{0308}cken Sie die gru\u{0308}ne Taste, um zu starten.")],
                     expected: [], note: "The same translation, once with its umlauts written as a letter and a combining mark."),
        CheckExample(pairs: [.init("Press the green button to start.", "Drücken Sie die grüne Taste, um zu starten."),
                             .init("Press the green button to start.", "Betätigen Sie den grünen Knopf zum Starten.")],
                     expected: [.init(excerpt: "Betätigen Sie den grünen Knopf zum Starten.", pair: 1)],
                     note: "The same sentence, translated two ways."),
        CheckExample(pairs: [.init("The US Bureau of Labor Statistics predicts growth.", "Das US Bureau of Labor Statistics sagt Wachstum voraus."),
                             .init("Source: Bureau of Labor Statistics.", "Quelle: Büro für Arbeitsstatistik.")],
                     expected: [.init(side: .source, excerpt: "Bureau of Labor Statistics", pair: 1)],
                     note: "A name kept in one place, translated in another."),
        CheckExample(pairs: [
            .init("Representatives answer calls.", "Kundendienstmitarbeiter/-innen beantworten Anrufe."),
            .init("Representatives take orders.", "Kundendienstmitarbeiter/-innen nehmen Bestellungen an."),
            .init("Experienced representatives become team leads.", "Erfahrene Kundendienstmitarbeiter/-innen werden Teamleitung."),
            .init("Representatives need a diploma.", "Kundenbetreuer/-innen brauchen einen Abschluss."),
            .init("Representatives work in shifts.", "Kundendienstmitarbeiter/-innen arbeiten in Schichten."),
        ], expected: [.init(excerpt: "Kundenbetreuer/-innen", pair: 3)], note: "A term rendered differently once."),
    ]
}
