import Synchronization
import TandemCore
import TandemSpell

/// The second look the missing-term check takes before it reports: does the
/// target name the concept in a way the term trie does not find word by word?
///
/// 1. A compound whose head is an approved one-word term keeps its meaning
///    (`Bankkassiererin` names a `Kassierer`, `Chefkoch` a `Koch`); the
///    modifier must be at least three letters. Only for approved terms: a
///    forbidden term is matched as a whole word, never inside a compound.
/// 2. An approved term written open or with other hyphens (`Computer Benutzer
///    Support-Spezialist` for `Computerbenutzer-Supportspezialist`): the
///    letters of the term, from the start of a word, followed by at most an
///    inflection or gender ending. A wrong spelling is another check's business.
/// 3. hunspell's stems of the target's capitalized words (German only), for
///    what our own rules do not reach: adjectival nouns, which inflect like
///    adjectives (`die Angestellten`, `den Vorsitzenden` stem to `Angestellte`,
///    `Vorsitzende`, and count for an entry that gives only `Angestellter`).
enum TargetPresence {
    /// Whether the target of `pair` names one of `concepts`.
    static func names(_ concepts: [Int32], in pair: AnalyzedPair, index: TermIndex) -> Bool {
        guard index.target.words.rules == .german else { return compactMatch(concepts, in: pair, index: index) }
        var heads: [[UInt8]] = []
        for concept in concepts {
            for ref in index.concepts[Int(concept)].approved where index.targetRefs[Int(ref)].tokenCount == 1 {
                for sequence in index.target.termKeyBytes(of: index.targetRefs[Int(ref)].text) where sequence.count == 1 {
                    if sequence[0].count >= 4 && !heads.contains(sequence[0]) { heads.append(sequence[0]) }
                }
            }
        }
        let scanner = index.target.words.scanner()
        var scratch: [UInt8] = []
        var capitalized: [String] = []
        for segment in pair.pair.target {
            let scanned = scanner.scan(segment.text)
            let scalars = Array(segment.text.unicodeScalars)
            for token in scanned.tokens where token.capitalized {
                var found = false
                GermanForms.textKeys(scanned.key(token), alternate: token.alternate, scratch: &scratch) { key in
                    if !found { found = heads.contains { Self.endsWith(key, $0) } }
                }
                if found { return true }
                capitalized.append(String(String.UnicodeScalarView(scalars[Int(token.start)..<Int(token.end)])))
            }
        }
        if compactMatch(concepts, in: pair, index: index) { return true }
        return hunspellMatch(capitalized, heads: heads)
    }

    /// `key` ends with `head` and has at least three letters before it.
    static func endsWith(_ key: ArraySlice<UInt8>, _ head: [UInt8]) -> Bool {
        guard key.count >= head.count + 3 else { return false }
        return key.suffix(head.count).elementsEqual(head)
    }

    /// An approved term's letters found from the start of a target word, open or hyphenated.
    static func compactMatch(_ concepts: [Int32], in pair: AnalyzedPair, index: TermIndex) -> Bool {
        var forms: [[UInt8]] = []
        for concept in concepts {
            for ref in index.concepts[Int(concept)].approved {
                for sequence in index.target.termKeyBytes(of: index.targetRefs[Int(ref)].text) {
                    var form = sequence.flatMap { $0 }
                    GermanForms.removeUmlauts(&form)
                    if form.count >= 4 && !forms.contains(form) { forms.append(form) }
                }
            }
        }
        guard !forms.isEmpty else { return false }
        let scanner = index.target.words.scanner()
        for segment in pair.pair.target {
            let scanned = scanner.scan(segment.text)
            var stream: [UInt8] = []
            var starts: Set<Int> = []
            var ends: [Int] = []
            for token in scanned.tokens {
                var key = Array(scanned.key(token))
                GermanForms.removeUmlauts(&key)
                starts.insert(stream.count)
                stream.append(contentsOf: key)
                ends.append(stream.count)
            }
            for form in forms {
                for start in starts.sorted() where start + form.count <= stream.count {
                    guard stream[start..<start + form.count].elementsEqual(form) else { continue }
                    let end = start + form.count
                    if ends.contains(where: { $0 >= end && $0 - end <= 5 }) { return true }
                }
            }
        }
        return false
    }

    /// hunspell's stems of the words, compared with the one-word approved keys (and as compound heads).
    static func hunspellMatch(_ words: [String], heads: [[UInt8]]) -> Bool {
        guard !words.isEmpty, !heads.isEmpty, let hunspell = GermanDictionary.shared else { return false }
        var scratch: [UInt8] = []
        for word in words {
            for stem in GermanDictionary.stems(word, hunspell: hunspell) {
                scratch = Array(CaseFolding.fold(stem).utf8)
                scratch.removeAll { $0 == 0x2D }
                GermanForms.canonicalize(&scratch)
                var strong = scratch
                strong.append(0x72)
                for form in [scratch, strong] where heads.contains(where: { $0.elementsEqual(form) || Self.endsWith(form[...], $0) }) {
                    return true
                }
            }
        }
        return false
    }
}

/// The German hunspell dictionary, opened on first use and shared; stems are cached.
enum GermanDictionary {
    /// The de_DE dictionary, or nil when it is not installed.
    static let shared: Hunspell? = try? Hunspell(locale: "de-DE")

    private static let cache = Mutex<[String: [String]]>([:])

    /// hunspell's stems of `word` (cached).
    static func stems(_ word: String, hunspell: Hunspell) -> [String] {
        if let known = cache.withLock({ $0[word] }) { return known }
        let stems = hunspell.stem(word)
        cache.withLock { cache in
            if cache.count > 100_000 { cache.removeAll() }
            cache[word] = stems
        }
        return stems
    }
}
