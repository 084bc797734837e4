import TandemCore

/// A source term found in a segment pair, after context cues and glossary layers decided
/// which concepts it names.
struct SourceOccurrence: Sendable {
    /// The segment (index into the pair's source segments) and the scalar range in its text.
    var segment: Int
    var range: Range<Int>
    /// The text as written in the segment.
    var text: String
    /// The source term references that apply (one per concept and written form).
    var refs: [Int32]
    /// The concepts the term names here.
    var concepts: [Int32]
    /// Whether a missing target term may be reported (see ``TermIndex``).
    var reliable: Bool
    /// Whether the term must stay untranslated.
    var doNotTranslate: Bool
    /// The trie node of the term: occurrences with the same node are the same source term.
    var termNode: Int32
    /// Whether the term comes from the bundled termbase (layer 0).
    var bundled: Bool
}

/// A target-language term found in a segment pair's target side.
struct TargetHit: Sendable {
    var segment: Int
    var range: Range<Int>
    var text: String
    var ref: Int32
}

/// A segment pair with the terms found on both sides: what every terminology check reads.
struct AnalyzedPair {
    /// The pair's index in the document.
    var index: Int
    var pair: SegmentPair
    var occurrences: [SourceOccurrence]
    var hits: [TargetHit]

    /// The offset of each segment of `side` in the side's text joined by single spaces (as the review engine joins them).
    func joinedOffset(target: Bool, segment: Int) -> Int {
        let segments = target ? pair.target : pair.source
        var offset = 0
        for index in 0..<min(segment, segments.count) { offset += segments[index].text.unicodeScalars.count + 1 }
        return offset
    }

    /// The file span of an occurrence.
    func span(_ occurrence: SourceOccurrence) -> FindingSpan {
        FindingSpan(segment: pair.source[occurrence.segment], offset: occurrence.range.lowerBound, length: occurrence.range.count)
    }

    /// The file span of a target hit.
    func span(_ hit: TargetHit) -> FindingSpan {
        FindingSpan(segment: pair.target[hit.segment], offset: hit.range.lowerBound, length: hit.range.count)
    }

    /// The whole target side (its first segment), for findings about something missing from it.
    var targetSpan: FindingSpan? {
        pair.target.first.map { FindingSpan(segment: $0) }
    }

    /// The target range of the whole target side in joined coordinates.
    var targetRange: Range<Int>? {
        guard let first = pair.target.first else { return nil }
        return 0..<first.text.unicodeScalars.count
    }

    /// The joined-coordinate range of a hit.
    func targetRange(_ hit: TargetHit) -> Range<Int> {
        let offset = joinedOffset(target: true, segment: hit.segment)
        return (offset + hit.range.lowerBound)..<(offset + hit.range.upperBound)
    }
}

/// A finding with the range of the pair's target text it covers (for the review engine's silencing).
public struct TermFinding: Sendable {
    /// The finding itself.
    public var finding: Finding
    /// Scalar range in the pair's target segments joined by single spaces.
    public var targetRange: Range<Int>?
}
