/// A place in a file the user gave: 1-based line and column, the column
/// counted in Unicode scalars.
public struct SourcePosition: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// Maps offsets in a segment's processed text back to positions in the file.
///
/// A segment's text is normalized: lines joined with single spaces, runs of
/// white space collapsed, list markers removed. The map keeps one anchor per
/// place where the text stops following the file character by character.
public struct SourceMap: Hashable, Sendable {
    /// An offset in the processed text (Unicode scalars) and the file position it came from.
    public struct Anchor: Hashable, Sendable {
        public var offset: Int
        public var position: SourcePosition

        public init(offset: Int, position: SourcePosition) {
            self.offset = offset
            self.position = position
        }
    }

    /// Anchors in increasing offset order; the first is at offset 0.
    public private(set) var anchors: [Anchor]

    public init(start: SourcePosition) {
        anchors = [Anchor(offset: 0, position: start)]
    }

    public init(anchors: [Anchor]) {
        precondition(!anchors.isEmpty, "a source map needs at least one anchor")
        self.anchors = anchors
    }

    /// Records that the text at `offset` came from `position`.
    public mutating func add(offset: Int, position: SourcePosition) {
        if let last = anchors.last {
            let expected = SourcePosition(line: last.position.line, column: last.position.column + offset - last.offset)
            if expected == position { return }
            if last.offset == offset { anchors.removeLast() }
        }
        anchors.append(Anchor(offset: offset, position: position))
    }

    /// The file position of the scalar at `offset` in the processed text.
    public func position(at offset: Int) -> SourcePosition {
        var low = 0
        var high = anchors.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if anchors[middle].offset <= offset { low = middle } else { high = middle - 1 }
        }
        let anchor = anchors[low]
        return SourcePosition(line: anchor.position.line, column: anchor.position.column + max(0, offset - anchor.offset))
    }

    /// The position where the processed text starts.
    public var start: SourcePosition { anchors[0].position }
}

extension Unicode.Scalar {
    /// White space, answered without a property lookup for ASCII (the common case on hot paths).
    @inlinable
    public var isSpace: Bool {
        value < 0x80 ? (value == 0x20 || (0x09...0x0D).contains(value)) : properties.isWhitespace
    }
}

extension String {
    /// The UTF-8 offset of every Unicode scalar, plus the end offset: `[0, 1, 3, …, utf8.count]`.
    public var utf8OffsetsOfScalars: [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(utf8.count + 1)
        var offset = 0
        for scalar in unicodeScalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        return offsets
    }

    /// The text between two scalar offsets, given the offsets from `utf8OffsetsOfScalars`.
    public func slice(scalars range: Range<Int>, offsets: [Int]) -> String {
        let start = utf8.index(utf8.startIndex, offsetBy: offsets[range.lowerBound])
        let end = utf8.index(start, offsetBy: offsets[range.upperBound] - offsets[range.lowerBound])
        return String(Substring(utf8[start..<end]))
    }
}
