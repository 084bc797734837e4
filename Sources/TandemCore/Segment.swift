/// The kind of block a segment belongs to.
public enum BlockKind: String, Sendable, Codable, CaseIterable {
    case heading
    case paragraph
    case listItem = "list-item"
    case tableRow = "table-row"
}

/// One segment of a text: a sentence, or a table cell's sentence.
public struct Segment: Hashable, Sendable {
    /// 0-based index of the segment in its document.
    public var index: Int
    /// 0-based index of the block (heading, paragraph, list item, table row) it belongs to.
    public var block: Int
    /// The kind of that block.
    public var kind: BlockKind
    /// The text: NFC, white space collapsed, markers removed.
    public var text: String
    /// Where each part of `text` came from in the file.
    public var sourceMap: SourceMap

    public init(index: Int, block: Int, kind: BlockKind, text: String, sourceMap: SourceMap) {
        self.index = index
        self.block = block
        self.kind = kind
        self.text = text
        self.sourceMap = sourceMap
    }

    /// The position of the segment's first character in the file.
    public var position: SourcePosition { sourceMap.start }
    public var line: Int { sourceMap.start.line }
    public var column: Int { sourceMap.start.column }
}

/// A block of text: a heading, a paragraph, a list item or a table row.
public struct Block: Hashable, Sendable {
    /// 0-based index of the block in its document.
    public var index: Int
    public var kind: BlockKind
    /// The block's segments in order (a table row: its cells' sentences).
    public var segments: [Segment]
    /// For a list item, its marker (`•`, `-`, `1.`); for a heading, its level (1 for `#`).
    public var marker: String?
    /// For a table row, the 0-based cell index of each segment.
    public var cells: [Int]

    public init(index: Int, kind: BlockKind, segments: [Segment], marker: String? = nil, cells: [Int] = []) {
        self.index = index
        self.kind = kind
        self.segments = segments
        self.marker = marker
        self.cells = cells
    }

    /// The first line of the block in the file.
    public var line: Int { segments.first?.line ?? 0 }
}
