/// The matcher for one language: its word keys, its term trie and how texts are analysed.
struct SideIndex: Sendable {
    let words: WordKeys
    var keys = KeyTable(capacity: 1 << 15)
    var trie = TokenTrie()

    init(language: String) {
        words = WordKeys(language: language)
    }

    /// A term's written alternatives as key sequences, with the capitalization of each word.
    struct KeySequence {
        var keys: [Int32]
        /// Bit `i` is set when word `i` of the term starts with a capital letter.
        var capitalized: UInt64
        /// The term's words as written, for case-sensitive entries.
        var words: [String]
    }

    /// The key sequences of a glossary term (interning new keys), one per written alternative
    /// (`Arzt/Ärztin` gives two) and per gender form (`Angestellte/r` gives two keys for one word).
    /// `keepWords` keeps the words as written (for case-sensitive terms).
    mutating func keySequences(of text: String, keepWords: Bool, buffers: inout TermBuffers) -> [KeySequence] {
        var sequences: [KeySequence] = []
        let scanner = words.scanner(forTerms: true)
        for alternative in TermAlternatives.split(text, german: words.rules == .german) {
            scanner.scan(alternative, into: &buffers.scanned)
            let tokens = buffers.scanned.tokens
            guard !tokens.isEmpty else { continue }
            var partial: [[Int32]] = [[]]
            partial[0].reserveCapacity(tokens.count)
            var capitalized: UInt64 = 0
            var written: [String] = []
            let scalars = keepWords ? Array(alternative.unicodeScalars) : []
            for (position, token) in tokens.enumerated() {
                buffers.options.removeAll(keepingCapacity: true)
                words.termKeys(buffers.scanned.key(token), alternate: token.alternate, scratch: &buffers.scratch) { key in
                    let id = keys.intern(key)
                    if !buffers.options.contains(id) { buffers.options.append(id) }
                }
                if token.capitalized && position < 64 { capitalized |= 1 << UInt64(position) }
                if keepWords { written.append(String(String.UnicodeScalarView(scalars[Int(token.start)..<Int(token.end)]))) }
                if buffers.options.count == 1 {
                    for index in partial.indices { partial[index].append(buffers.options[0]) }
                } else {
                    var next: [[Int32]] = []
                    for prefix in partial {
                        for option in buffers.options where next.count < 8 { next.append(prefix + [option]) }
                    }
                    partial = next
                }
            }
            for keys in partial where !sequences.contains(where: { $0.keys == keys }) {
                sequences.append(KeySequence(keys: keys, capitalized: capitalized, words: written))
            }
        }
        return sequences
    }

    /// The keys of a term's words, without interning: one list of word keys per written alternative
    /// (the first key of each word).
    func termKeyBytes(of text: String) -> [[[UInt8]]] {
        var result: [[[UInt8]]] = []
        var scratch: [UInt8] = []
        let scanner = words.scanner(forTerms: true)
        for alternative in TermAlternatives.split(text, german: words.rules == .german) {
            let scanned = scanner.scan(alternative)
            var sequence: [[UInt8]] = []
            for token in scanned.tokens {
                var first: [UInt8]?
                words.termKeys(scanned.key(token), alternate: token.alternate, scratch: &scratch) { key in
                    if first == nil { first = Array(key) }
                }
                if let first { sequence.append(first) }
            }
            if !sequence.isEmpty { result.append(sequence) }
        }
        return result
    }

    /// Scans `text` and computes every word's candidate keys (those that occur in some term).
    /// `analysis` must be used with this side only: it remembers the candidates of the words it has seen.
    func analyze(_ text: String, into analysis: inout TextAnalysis) {
        words.scanner().scan(text, into: &analysis.scanned)
        analysis.candidates.removeAll(keepingCapacity: true)
        analysis.offsets.removeAll(keepingCapacity: true)
        analysis.offsets.append(0)
        for token in analysis.scanned.tokens {
            let start = analysis.candidates.count
            let word = analysis.scanned.key(token)
            // A word written with a gender marker (rare) is worked out every time.
            let plain = token.alternate == .none
            if plain, let known = analysis.known.candidates(of: word) {
                analysis.candidates.append(contentsOf: known)
            } else {
                words.textKeys(word, alternate: token.alternate, scratch: &analysis.keyScratch) { key in
                    let id = keys.id(of: key)
                    if id >= 0 && !analysis.candidates[start...].contains(id) { analysis.candidates.append(id) }
                }
                if plain { analysis.known.remember(word, candidates: analysis.candidates[start...]) }
            }
            analysis.offsets.append(Int32(analysis.candidates.count))
        }
    }

    /// Every term match in an analysed text: first and last word index and the trie node.
    func matches(_ analysis: TextAnalysis, scratch: inout MatchScratch, _ body: (Int, Int, Int32) -> Void) {
        trie.matches(candidates: analysis.candidates, offsets: analysis.offsets, scratch: &scratch, body)
    }
}

/// Reusable buffers for indexing terms.
struct TermBuffers {
    var scanned = ScannedText()
    var scratch: [UInt8] = []
    var options: [Int32] = []
}

/// A text cut into words with each word's candidate keys.
struct TextAnalysis {
    var scanned = ScannedText()
    var candidates: [Int32] = []
    var offsets: [Int32] = []
    var keyScratch: [UInt8] = []
    /// The candidate keys of the words analysed so far.
    var known = KnownWords()

    var tokens: [TextToken] { scanned.tokens }
}

/// The candidate keys of words already analysed, by folded word (words without a gender alternate):
/// a document repeats its words, and each word's forms are worked out and looked up once.
struct KnownWords {
    /// The known words as ids.
    private var words = KeyTable(capacity: 1 << 12)
    /// The candidates of all known words back to back; word `id`'s end at `ends[id]`.
    private var candidates: [Int32] = []
    private var ends: [Int32] = []
    /// How many words are remembered at most.
    static let limit = 200_000

    /// The candidates of `word`, if it was remembered.
    func candidates(of word: ArraySlice<UInt8>) -> ArraySlice<Int32>? {
        let id = Int(words.id(of: word))
        guard id >= 0 else { return nil }
        let start = id == 0 ? 0 : Int(ends[id - 1])
        return candidates[start..<Int(ends[id])]
    }

    /// Remembers the candidates of `word` (after a failed ``candidates(of:)`` for it).
    mutating func remember(_ word: ArraySlice<UInt8>, candidates found: ArraySlice<Int32>) {
        guard words.count < Self.limit else { return }
        _ = words.intern(word)
        candidates.append(contentsOf: found)
        ends.append(Int32(candidates.count))
    }
}

/// Splits a glossary term at slashes that separate two written alternatives.
///
/// `Arzt/Ärztin`, `actor/actress`, `Reiseleiter/Fremdenführer` and
/// `Wissenschaftler Natur- und Artenschutz/Wissenschaftlerin Natur- und Artenschutz`
/// are two alternatives each; the slash of a German gender suffix
/// (`Dozent/-in`, `Dozent/in`, `Angestellte/r`, `Kaufmann/-frau`) is not a separator.
enum TermAlternatives {
    static func split(_ text: String, german: Bool) -> [String] {
        guard text.utf8.contains(0x2F) else { return [text] }
        let scalars = Array(text.unicodeScalars)
        var parts: [String] = []
        var start = 0
        var cuts: [Int] = []
        for index in scalars.indices where scalars[index] == "/" {
            if german, TokenScanner.genderSuffix(scalars, at: index) != nil { continue }
            cuts.append(index)
        }
        guard !cuts.isEmpty else { return [text] }
        for cut in cuts + [scalars.count] {
            var part = String.UnicodeScalarView()
            part.append(contentsOf: scalars[start..<cut])
            let trimmed = String(part).trimmingSpaces()
            if !trimmed.isEmpty { parts.append(trimmed) }
            start = cut + 1
        }
        return parts
    }
}
