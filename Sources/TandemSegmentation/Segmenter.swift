import TandemCore
import TandemICU

/// Cuts a text into blocks and sentences, keeping every segment's position in the file.
///
/// Structure comes first (headings, paragraphs, list items, table rows), then
/// sentences inside each block. Large files are processed block by block:
///
///     let segmenter = Segmenter(profile: german)
///     let stream = try segmenter.stream(path: "text.de.txt")
///     while let block = try stream.next() { … }
public struct Segmenter: Sendable {
    public let splitter: SentenceSplitter

    public init(profile: LanguageProfile) {
        self.splitter = SentenceSplitter(profile: profile)
    }

    /// A stream of the blocks of the file at `path`.
    public func stream(path: String) throws(InputError) -> BlockStream {
        BlockStream(reader: try LineReader(path: path), splitter: splitter)
    }

    /// All blocks of `text` (for small texts and tests).
    public func blocks(of text: String) -> [Block] {
        let stream = BlockStream(lines: LinesOfString(text), splitter: splitter)
        var blocks: [Block] = []
        while let block = try? stream.next() { blocks.append(block) }
        return blocks
    }

    /// All segments of `text`.
    public func segments(of text: String) -> [Segment] {
        blocks(of: text).flatMap(\.segments)
    }
}

/// Hands out the blocks of a text one at a time.
public final class BlockStream {
    private let nextLine: () throws(InputError) -> TextLine?
    private let splitter: SentenceSplitter
    private let iterator: BreakIterator
    private var builder = BlockBuilder()
    private var queue: [BlockText] = []
    private var queueIndex = 0
    private var finished = false
    private var blockIndex = 0
    private var segmentIndex = 0

    init(reader: LineReader, splitter: SentenceSplitter) {
        self.nextLine = { () throws(InputError) -> TextLine? in try reader.nextLine() }
        self.splitter = splitter
        self.iterator = splitter.makeIterator()
    }

    init(lines: LinesOfString, splitter: SentenceSplitter) {
        var lines = lines
        self.nextLine = { () throws(InputError) -> TextLine? in lines.next() }
        self.splitter = splitter
        self.iterator = splitter.makeIterator()
    }

    /// The next block, or nil at the end.
    public func next() throws(InputError) -> Block? {
        while queueIndex >= queue.count {
            if finished { return nil }
            queue = []
            queueIndex = 0
            if let line = try nextLine() {
                builder.add(line)
            } else {
                builder.finishInput()
                finished = true
            }
            queue = builder.takeReady()
        }
        let text = queue[queueIndex]
        queueIndex += 1
        return makeBlock(text)
    }

    private func makeBlock(_ text: BlockText) -> Block {
        var segments: [Segment] = []
        var cells: [Int] = []
        for (cell, piece) in text.pieces.enumerated() {
            let offsets = piece.text.utf8OffsetsOfScalars
            for range in splitter.split(piece.text, using: iterator) {
                var map = SourceMap(start: piece.map.position(at: range.lowerBound))
                for anchor in piece.map.anchors where anchor.offset > range.lowerBound && anchor.offset < range.upperBound {
                    map.add(offset: anchor.offset - range.lowerBound, position: anchor.position)
                }
                segments.append(Segment(
                    index: segmentIndex, block: blockIndex, kind: text.kind,
                    text: piece.text.slice(scalars: range, offsets: offsets), sourceMap: map
                ))
                cells.append(cell)
                segmentIndex += 1
            }
        }
        defer { blockIndex += 1 }
        return Block(index: blockIndex, kind: text.kind, segments: segments, marker: text.marker,
                     cells: text.kind == .tableRow ? cells : [])
    }
}

/// The lines of an in-memory string, numbered from 1.
struct LinesOfString {
    private let text: String
    private let lines: [Range<String.UTF8View.Index>]
    private var index = 0

    init(_ text: String) {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        self.text = text
        // Split on LF bytes: in Swift, CR LF is one Character and would not split on "\n".
        var ranges: [Range<String.UTF8View.Index>] = []
        var start = text.utf8.startIndex
        for position in text.utf8.indices where text.utf8[position] == 0x0A {
            ranges.append(start..<position)
            start = text.utf8.index(after: position)
        }
        ranges.append(start..<text.utf8.endIndex)
        lines = ranges
    }

    mutating func next() -> TextLine? {
        guard index < lines.count else { return nil }
        var bytes = text.utf8[lines[index]]
        if bytes.last == 0x0D { bytes = bytes.dropLast() }
        index += 1
        return TextLine(number: index, text: String(Substring(bytes)), byteOffset: 0)
    }
}
