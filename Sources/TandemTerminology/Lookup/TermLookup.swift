import TandemICU

/// Finds the glossary entries that contain a word (`tandem terms lookup`).
///
/// A term contains the word when one of its words has the word's base form
/// (`teller` is in `fortune teller` and `Tellers`, `Ärztinnen` finds `Arzt`;
/// for German the hunspell stems of the word are tried too), or the word is a
/// phrase the term contains. German compounds whose head is the word
/// (`Kassierer` in `Bankkassierer`) count when the search is for German terms
/// (`--lang de`) or the word is capitalized like a German noun — a lower-case
/// `teller` does not find `Hersteller`. Entries whose term *is* the word come first.
public struct TermLookup {
    /// The glossaries searched, in order.
    public let glossaries: [Glossary]

    /// A lookup over `glossaries`.
    public init(glossaries: [Glossary]) {
        self.glossaries = glossaries
    }

    /// One entry that contains the word.
    public struct Match: Sendable {
        /// The glossary's path.
        public var glossary: String
        /// The entry.
        public var concept: Concept
        /// Indices (in `concept.terms`) of the terms that contain the word.
        public var terms: [Int]
        /// 0: a term is the word; 1: a term has the word's base form; 2: a term contains it.
        public var rank: Int
    }

    /// The entries containing `word`, searching terms in `language` (a BCP 47 tag) or in every language.
    public func find(_ word: String, language: String? = nil) -> [Match] {
        let nfc = Normalizer(.nfc)
        let query = CaseFolding.fold(nfc.normalize(word.trimmingSpaces()))
        guard !query.isEmpty else { return [] }
        let primary = language.map { Term.primaryLanguage(of: $0) }
        let compounds = primary == "de" || word.unicodeScalars.first.map(CaseFolding.isUppercase) == true
        var keysByLanguage: [String: Set<[UInt8]>] = [:]
        func keys(for language: String) -> Set<[UInt8]> {
            if let known = keysByLanguage[language] { return known }
            let words = WordKeys(language: language)
            var result = Set<[UInt8]>()
            var scratch: [UInt8] = []
            var forms = [word]
            if words.rules == .german, let hunspell = GermanDictionary.shared {
                forms += GermanDictionary.stems(word, hunspell: hunspell)
            }
            for form in forms {
                let scanned = words.scanner().scan(nfc.normalize(form))
                guard scanned.tokens.count == 1, let token = scanned.tokens.first else { continue }
                words.textKeys(scanned.key(token), alternate: token.alternate, scratch: &scratch) { result.insert(Array($0)) }
            }
            keysByLanguage[language] = result
            return result
        }
        var matches: [Match] = []
        for glossary in glossaries {
            for concept in glossary.concepts {
                var found: [Int] = []
                var rank = 3
                for (position, term) in concept.terms.enumerated() {
                    if let primary, term.primaryLanguage != primary { continue }
                    let folded = CaseFolding.fold(nfc.normalize(term.text))
                    var termRank: Int?
                    if folded == query {
                        termRank = 0
                    } else if Self.hasWord(term, keys: keys(for: term.primaryLanguage), compounds: compounds) {
                        termRank = 1
                    } else if query.utf8.contains(0x20), Self.contains(" \(folded) ", " \(query) ") {
                        termRank = 2
                    }
                    guard let termRank else { continue }
                    found.append(position)
                    rank = min(rank, termRank)
                }
                if !found.isEmpty {
                    matches.append(Match(glossary: glossary.path, concept: concept, terms: found, rank: rank))
                }
            }
        }
        // Stable: by rank, then in file order.
        return matches.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element)
    }

    /// Whether `text` contains `part` (bytewise: both are folded NFC).
    static func contains(_ text: String, _ part: String) -> Bool {
        let haystack = Array(text.utf8)
        let needle = Array(part.utf8)
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }

    /// Whether a word of `term` has one of `keys` as its key (or, in German, ends with one: a compound).
    private static func hasWord(_ term: Term, keys: Set<[UInt8]>, compounds: Bool) -> Bool {
        guard !keys.isEmpty else { return false }
        let words = WordKeys(language: term.language)
        let scanned = words.scanner(forTerms: true).scan(term.text)
        var scratch: [UInt8] = []
        var found = false
        for token in scanned.tokens where !found {
            words.termKeys(scanned.key(token), alternate: token.alternate, scratch: &scratch) { key in
                if keys.contains(Array(key)) { found = true }
                if compounds, words.rules == .german, !found {
                    found = keys.contains { $0.count >= 4 && TargetPresence.endsWith(key, $0) }
                }
            }
        }
        return found
    }

    /// The written forms a German title also matches, from its masculine and feminine terms:
    /// gender spellings (`Kassierer/-in`, `Kassierer*in`, `Kassierer:in`, `Kassierer_in`,
    /// `Kassierer(in)`, `KassiererIn`), the pair form, the plural and a gender tag.
    public static func germanForms(masculine: String, feminine: String) -> [String] {
        guard feminine == masculine + "in" else {
            return ["\(masculine)/\(feminine)", "\(feminine) und \(masculine)", "\(masculine) (m/w/d)"]
        }
        return [
            "\(masculine)/-in", "\(masculine)/in", "\(masculine)(in)", "\(masculine)*in", "\(masculine):in", "\(masculine)_in",
            "\(masculine)In", "\(masculine)/-innen", "\(masculine)*innen", "\(feminine)nen und \(masculine)", "\(masculine) (m/w/d)",
        ]
    }
}
