import TandemCore

/// A stretch of a text to mark in a report: a finding's span, or a word the
/// revision inserted or deleted.
public struct HTMLTextMark: Hashable, Sendable {
    /// What the stretch is.
    public enum Kind: Hashable, Sendable {
        /// Finding number `id` (as in the report's `f<id>` element ids), with its severity.
        case finding(id: Int, severity: Severity)
        case inserted
        case deleted
    }

    /// The stretch, in Unicode scalars of the text; an empty range marks a point.
    public var range: Range<Int>
    public var kind: Kind

    public init(range: Range<Int>, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}

/// Writes a text as HTML with its marks: `<mark>` for findings (the most
/// severe finding covering a stretch gives its color; `data-f` lists every
/// finding covering it), `<ins>` and `<del>` for a revision's edits.
///
/// Marks may overlap in any way: the text is cut at every mark boundary and
/// each piece is wrapped on its own, so the markup always nests.
public enum HTMLMarkedText {
    /// Appends `text` with `marks` to `output`, every character escaped.
    public static func append(_ text: String, marks: [HTMLTextMark], to output: inout String) {
        guard !marks.isEmpty else {
            HTMLText.append(text, to: &output)
            return
        }
        let scalars = Array(text.unicodeScalars)
        let count = scalars.count
        var cuts: Set<Int> = [0, count]
        var points: [Int: [HTMLTextMark]] = [:]
        for mark in marks {
            let lower = min(max(mark.range.lowerBound, 0), count)
            let upper = min(max(mark.range.upperBound, lower), count)
            if lower == upper {
                points[lower, default: []].append(mark)
                cuts.insert(lower)
            } else {
                cuts.insert(lower)
                cuts.insert(upper)
            }
        }
        let ordered = cuts.sorted()
        for (position, lower) in ordered.enumerated() {
            if let atPoint = points[lower] { appendPoint(atPoint, to: &output) }
            guard position + 1 < ordered.count else { break }
            let upper = ordered[position + 1]
            let covering = marks.filter { $0.range.lowerBound <= lower && $0.range.upperBound >= upper && !$0.range.isEmpty }
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[lower..<upper])
            appendPiece(String(piece), covering: covering, to: &output)
        }
    }

    private static func appendPiece(_ text: String, covering: [HTMLTextMark], to output: inout String) {
        var edit: String?
        var ids: [Int] = []
        var worst: Severity?
        for mark in covering {
            switch mark.kind {
            case .inserted: edit = "ins"
            case .deleted: edit = "del"
            case let .finding(id, severity):
                ids.append(id)
                worst = max(worst ?? severity, severity)
            }
        }
        if let edit { output += "<\(edit)>" }
        if let worst {
            output += "<mark class=\"s-\(worst.rawValue)\" data-f=\"\(ids.sorted().map(String.init).joined(separator: " "))\">"
        }
        HTMLText.append(text, to: &output)
        if worst != nil { output += "</mark>" }
        if let edit { output += "</\(edit)>" }
    }

    private static func appendPoint(_ marks: [HTMLTextMark], to output: inout String) {
        var ids: [Int] = []
        var worst: Severity?
        for mark in marks {
            if case let .finding(id, severity) = mark.kind {
                ids.append(id)
                worst = max(worst ?? severity, severity)
            }
        }
        guard let worst else { return }
        output += "<mark class=\"pt s-\(worst.rawValue)\" data-f=\"\(ids.sorted().map(String.init).joined(separator: " "))\"></mark>"
    }
}

/// Finds where a finding's span lies inside the segments of one side of a pair.
public enum HTMLSpanLocator {
    /// The segment (index into `segments`) and the scalar offset in its text where `span` starts,
    /// or nil when the span is in none of them.
    ///
    /// The span's line and column are mapped back through each segment's source
    /// map first; when they land on none of the segments (a check that gave only
    /// the text), the segments' texts are searched for the span's text.
    public static func locate(_ span: FindingSpan, in segments: [Segment]) -> (segment: Int, offset: Int)? {
        let needle = Array(span.text.unicodeScalars)
        let texts = segments.map { Array($0.text.unicodeScalars) }
        for (index, segment) in segments.enumerated() {
            if let offset = positionOffset(span, needle: needle, in: segment, scalars: texts[index]) {
                return (index, offset)
            }
        }
        guard !needle.isEmpty else { return nil }
        for (index, scalars) in texts.enumerated() where needle.count <= scalars.count {
            for offset in 0...(scalars.count - needle.count) where matches(needle, in: scalars, at: offset) {
                return (index, offset)
            }
        }
        return nil
    }

    private static func positionOffset(_ span: FindingSpan, needle: [Unicode.Scalar], in segment: Segment, scalars: [Unicode.Scalar]) -> Int? {
        let anchors = segment.sourceMap.anchors
        for (index, anchor) in anchors.enumerated() where anchor.position.line == span.line && anchor.position.column <= span.column {
            let offset = anchor.offset + span.column - anchor.position.column
            let limit = index + 1 < anchors.count ? anchors[index + 1].offset : scalars.count + 1
            guard offset < limit, offset <= scalars.count else { continue }
            if needle.isEmpty || matches(needle, in: scalars, at: offset) { return offset }
        }
        return nil
    }

    private static func matches(_ needle: [Unicode.Scalar], in scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        guard offset + needle.count <= scalars.count else { return false }
        for index in 0..<needle.count where scalars[offset + index] != needle[index] { return false }
        return true
    }
}
