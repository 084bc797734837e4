import TandemCore

/// Finds the terms of a group of segment pairs: source terms (longest match,
/// context cues, glossary layers) and, where the source has terms, the target
/// terms of every concept.
///
/// A group is one pair, or the pairs of one table row: the cue words of an
/// ambiguous term may stand in another cell of its row (`Teller | Processes
/// deposits … at a bank`).
struct PairAnalyzer {
    let index: TermIndex
    /// Each side's analysis buffers (and the words it has met).
    private var sourceAnalysis = TextAnalysis()
    private var targetAnalysis = TextAnalysis()
    private var scratch = MatchScratch()

    init(index: TermIndex) {
        self.index = index
    }

    /// Analyses `pairs` (with their document indices) as one group.
    mutating func analyze(_ group: [(index: Int, pair: SegmentPair)]) -> [AnalyzedPair] {
        let sharedWindow: CueWindow? = group.count > 1 ? CueWindow(group.flatMap { $0.pair.source.map(\.text) }) : nil
        var result: [AnalyzedPair] = []
        for (position, pair) in group {
            var window = sharedWindow
            let occurrences = findSourceTerms(pair.source, window: &window)
            let hits = occurrences.isEmpty ? [] : findTargetTerms(pair.target)
            result.append(AnalyzedPair(index: position, pair: pair, occurrences: occurrences, hits: hits))
        }
        return result
    }

    private struct Candidate {
        var segment: Int
        var first: Int
        var last: Int
        var node: Int32
        var refs: [Int32]
        var layer: Int32
    }

    private mutating func findSourceTerms(_ segments: [Segment], window: inout CueWindow?) -> [SourceOccurrence] {
        var occurrences: [SourceOccurrence] = []
        let german = index.source.words.rules == .german
        for (segmentIndex, segment) in segments.enumerated() {
            index.source.analyze(segment.text, into: &sourceAnalysis)
            var candidates: [Candidate] = []
            var found: [(Int, Int, Int32)] = []
            index.source.matches(sourceAnalysis, scratch: &scratch) { found.append(($0, $1, $2)) }
            guard !found.isEmpty else { continue }
            let tokens = sourceAnalysis.tokens
            for (first, last, node) in found {
                var contextual: [Int32] = []
                var plain: [Int32] = []
                for ref in index.source.trie.entries[Int(node)] {
                    let term = index.sourceRefs[Int(ref)]
                    if german, !Self.capitalizationFits(term.capitalized, tokens: tokens, first: first, last: last) { continue }
                    if term.caseSensitive, !Self.caseFits(term.words, tokens: tokens, first: first, scalars: sourceAnalysis.scanned.scalars) {
                        continue
                    }
                    if term.cues.isEmpty {
                        plain.append(ref)
                    } else {
                        if window == nil { window = CueWindow(segments.map(\.text)) }
                        if window!.containsAny(term.cues) { contextual.append(ref) }
                    }
                }
                let refs = contextual.isEmpty ? plain : contextual
                guard !refs.isEmpty else { continue }
                let layer = refs.map { index.sourceRefs[Int($0)].layer }.max() ?? 0
                candidates.append(Candidate(segment: segmentIndex, first: first, last: last, node: node, refs: refs, layer: layer))
            }
            // Longest match first (a user glossary's term before the bundled termbase's), then leftmost.
            candidates.sort { a, b in
                if a.layer != b.layer { return a.layer > b.layer }
                if a.last - a.first != b.last - b.first { return a.last - a.first > b.last - b.first }
                return a.first < b.first
            }
            var taken: [ClosedRange<Int>] = []
            for candidate in candidates {
                let span = candidate.first...candidate.last
                if taken.contains(where: { $0.overlaps(span) }) { continue }
                taken.append(span)
                let start = Int(tokens[candidate.first].start)
                let end = Int(tokens[candidate.last].end)
                var concepts: [Int32] = []
                var reliable = false
                var doNotTranslate = false
                for ref in candidate.refs {
                    let term = index.sourceRefs[Int(ref)]
                    if !concepts.contains(term.concept) { concepts.append(term.concept) }
                    reliable = reliable || term.reliable
                    doNotTranslate = doNotTranslate || term.doNotTranslate
                }
                occurrences.append(SourceOccurrence(
                    segment: segmentIndex, range: start..<end, text: sourceAnalysis.scanned.text(start..<end),
                    refs: candidate.refs, concepts: concepts, reliable: reliable, doNotTranslate: doNotTranslate,
                    termNode: candidate.node, bundled: candidate.layer == 0))
            }
        }
        occurrences.sort { ($0.segment, $0.range.lowerBound) < ($1.segment, $1.range.lowerBound) }
        return occurrences
    }

    private mutating func findTargetTerms(_ segments: [Segment]) -> [TargetHit] {
        var hits: [TargetHit] = []
        let german = index.target.words.rules == .german
        for (segmentIndex, segment) in segments.enumerated() {
            index.target.analyze(segment.text, into: &targetAnalysis)
            var found: [(Int, Int, Int32)] = []
            index.target.matches(targetAnalysis, scratch: &scratch) { found.append(($0, $1, $2)) }
            guard !found.isEmpty else { continue }
            let tokens = targetAnalysis.tokens
            let scalars = targetAnalysis.scanned.scalars
            for (first, last, node) in found {
                let start = Int(tokens[first].start)
                let end = Int(tokens[last].end)
                let text = targetAnalysis.scanned.text(start..<end)
                for ref in index.target.trie.entries[Int(node)] {
                    let term = index.targetRefs[Int(ref)]
                    if german, !Self.capitalizationFits(term.capitalized, tokens: tokens, first: first, last: last) { continue }
                    if term.caseSensitive, !Self.caseFits(term.words, tokens: tokens, first: first, scalars: scalars) { continue }
                    hits.append(TargetHit(segment: segmentIndex, range: start..<end, text: text, ref: ref))
                }
            }
        }
        return hits
    }

    /// German nouns are capitalized: a term word written with a capital matches only a capitalized
    /// word (the cook `Koch` is not the verb form `koch`); a lower-case term word matches either.
    static func capitalizationFits(_ mask: UInt64, tokens: [TextToken], first: Int, last: Int) -> Bool {
        guard mask != 0 else { return true }
        for position in first...last where position - first < 64 {
            if mask & (1 << UInt64(position - first)) != 0 && !tokens[position].capitalized { return false }
        }
        return true
    }

    /// A case-sensitive term matches only words that start with its words exactly (endings may follow).
    static func caseFits(_ words: [String], tokens: [TextToken], first: Int, scalars: [Unicode.Scalar]) -> Bool {
        for (offset, word) in words.enumerated() {
            let position = first + offset
            guard position < tokens.count else { return false }
            let token = tokens[position]
            let written = scalars[Int(token.start)..<Int(token.end)].filter { !TokenScanner.isHyphen($0) }
            let expected = word.unicodeScalars.filter { !TokenScanner.isHyphen($0) }
            guard written.count >= expected.count, zip(written, expected).allSatisfy({ $0 == $1 }) else { return false }
        }
        return true
    }
}

/// The folded text around a term, where its context cues are looked for.
struct CueWindow {
    private let bytes: [UInt8]

    init(_ texts: [String]) {
        var bytes: [UInt8] = []
        for text in texts {
            for scalar in text.unicodeScalars { CaseFolding.append(scalar, to: &bytes) }
            bytes.append(0x20)
        }
        self.bytes = bytes
    }

    /// Whether one of `cues` starts a word of the window (`librar` matches `libraries`).
    func containsAny(_ cues: [String]) -> Bool {
        cues.contains { contains(Array($0.utf8)) }
    }

    private func contains(_ cue: [UInt8]) -> Bool {
        guard !cue.isEmpty, cue.count <= bytes.count else { return false }
        var start = 0
        while start + cue.count <= bytes.count {
            if (start == 0 || !Self.isWordByte(bytes[start - 1])) && bytes[start] == cue[0] {
                var matched = true
                for offset in 1..<cue.count where bytes[start + offset] != cue[offset] {
                    matched = false
                    break
                }
                if matched { return true }
            }
            start += 1
        }
        return false
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }
}
