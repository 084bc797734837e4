import TandemCore

/// One side of a segment pair, prepared for the checks: the segments' texts
/// joined by single spaces, with words, protected spans and numbers computed
/// once, and a way back from offsets to file positions.
public final class SideText {
    /// Which side this is.
    public let side: ReviewSide
    public let segments: [Segment]
    /// The segments' texts joined by a space.
    public let text: String
    public let scalars: [Unicode.Scalar]
    /// The offset of each segment's first scalar in `text`.
    public let segmentStarts: [Int]
    /// The language of this side.
    public let language: ReviewLanguage

    init(side: ReviewSide, segments: [Segment], language: ReviewLanguage) {
        self.side = side
        self.segments = segments
        self.language = language
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(segments.reduce(segments.count) { $0 + $1.text.utf8.count })
        var starts: [Int] = []
        for segment in segments {
            if !scalars.isEmpty { scalars.append(" ") }
            starts.append(scalars.count)
            for scalar in segment.text.unicodeScalars { scalars.append(scalar) }
        }
        self.scalars = scalars
        self.segmentStarts = starts
        self.text = segments.count == 1 ? segments[0].text : String(scalars: scalars)
    }

    /// Whether the side has no segment or only white space.
    public var isEmpty: Bool { !scalars.contains { !ScalarClass.isSpace($0) } }

    /// URLs, e-mail addresses, placeholders and tags.
    public private(set) lazy var protectedSpans: [ProtectedSpan] = ProtectedSpanScanner.scan(scalars)

    /// The ranges of the protected spans.
    public private(set) lazy var protectedRanges: [Range<Int>] = protectedSpans.map(\.range)

    /// The words, in order.
    public private(set) lazy var words: [Word] = WordScanner.words(scalars, protected: protectedRanges, segmentStarts: segmentStarts)

    /// The numbers, read with this side's locale.
    public private(set) lazy var numbers: [NumberMention] = language.numberReader.mentions(in: scalars, protected: protectedRanges)

    /// The text of scalars `range`.
    public func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        return String(scalars: scalars[lower..<upper])
    }

    /// The index of the segment holding offset `offset`.
    public func segmentIndex(at offset: Int) -> Int {
        var low = 0
        var high = segmentStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if segmentStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The file span of scalars `range` (clipped to the segment it starts in), or nil for an empty side.
    public func span(_ range: Range<Int>) -> FindingSpan? {
        guard !segments.isEmpty else { return nil }
        let index = segmentIndex(at: range.lowerBound)
        let segment = segments[index]
        let offset = max(0, range.lowerBound - segmentStarts[index])
        let segmentEnd = index + 1 < segmentStarts.count ? segmentStarts[index + 1] - 1 : scalars.count
        let lower = min(segmentStarts[index] + offset, segmentEnd)
        let upper = max(lower, min(range.upperBound, segmentEnd))
        let position = segment.sourceMap.position(at: offset)
        return FindingSpan(line: position.line, column: position.column, length: upper - lower, text: string(lower..<upper))
    }

    /// The span of segment `index` as a whole.
    public func span(ofSegment index: Int) -> FindingSpan? {
        guard segments.indices.contains(index) else { return nil }
        return wholeSegmentSpan(index)
    }

    /// The span of the whole side (its first segment when there are several, extended over all of them when on one line).
    public func wholeSpan() -> FindingSpan? {
        guard let first = segments.first else { return nil }
        if segments.count == 1 { return wholeSegmentSpan(0) }
        var span = wholeSegmentSpan(0)
        if segments.allSatisfy({ $0.line == first.line }) {
            let last = segments[segments.count - 1]
            let end = last.sourceMap.position(at: segmentLength(segments.count - 1))
            span.length = max(span.length, end.column - span.column)
            span.text = text
        }
        return span
    }

    /// The span of segment `index`, its text shared with the segment's rather than copied.
    private func wholeSegmentSpan(_ index: Int) -> FindingSpan {
        let segment = segments[index]
        let position = segment.sourceMap.position(at: 0)
        return FindingSpan(line: position.line, column: position.column, length: segmentLength(index), text: segment.text)
    }

    /// The number of scalars of segment `index`.
    private func segmentLength(_ index: Int) -> Int {
        let end = index + 1 < segmentStarts.count ? segmentStarts[index + 1] - 1 : scalars.count
        return end - segmentStarts[index]
    }
}

/// Source or target.
public enum ReviewSide: String, Sendable {
    case source
    case target
}
