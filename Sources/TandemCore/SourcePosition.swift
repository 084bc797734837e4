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
