import TandemCore

/// A value read from a file: its text after unescaping, and where each part of
/// the text came from, so a finding at any offset in the text can name the
/// line and column in the file.
public struct TextValue: Hashable, Sendable {
    /// The text, unescaped (`\n` in a `.strings` file is a newline here).
    public var text: String
    /// Where the text starts in the file.
    public private(set) var position: SourcePosition
    /// Anchors after the first: where the text stops following the file scalar for
    /// scalar. Empty (and not allocated) for the many values without escapes.
    private var anchors: [SourceMap.Anchor]

    public init(text: String, map: SourceMap) {
        self.text = text
        self.position = map.start
        self.anchors = Array(map.anchors.dropFirst())
    }

    /// A text that follows the file character by character from `start`.
    public init(text: String, start: SourcePosition) {
        self.text = text
        self.position = start
        self.anchors = []
    }

    init(text: String, start: SourcePosition, anchors: [SourceMap.Anchor]) {
        self.text = text
        self.position = start
        self.anchors = anchors
    }

    /// Offsets (Unicode scalars) in `text` to positions in the file.
    public var map: SourceMap {
        get { SourceMap(anchors: [SourceMap.Anchor(offset: 0, position: position)] + anchors) }
        set {
            position = newValue.start
            anchors = Array(newValue.anchors.dropFirst())
        }
    }

    /// The file position of the scalar at `offset` in `text`.
    public func position(at offset: Int) -> SourcePosition {
        guard let first = anchors.first, offset >= first.offset else {
            return SourcePosition(line: position.line, column: position.column + max(0, offset))
        }
        var low = 0
        var high = anchors.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if anchors[middle].offset <= offset { low = middle } else { high = middle - 1 }
        }
        let anchor = anchors[low]
        return SourcePosition(line: anchor.position.line, column: anchor.position.column + offset - anchor.offset)
    }

    /// The value as a TandemCore segment (one paragraph block), for the review engine.
    public func segment(index: Int, block: Int) -> Segment {
        Segment(index: index, block: block, kind: .paragraph, text: text, sourceMap: map)
    }
}

/// Builds a ``TextValue`` while a reader walks the file, adding a source-map
/// anchor wherever the text stops following the file one scalar for one
/// (an escape, an entity, a skipped character, a new line).
struct TextBuilder {
    private(set) var bytes: [UInt8] = []
    /// Scalars written so far.
    private(set) var count = 0
    private let start: SourcePosition
    private var anchors: [SourceMap.Anchor] = []
    /// The file position of the next input character.
    private(set) var line: Int
    private(set) var column: Int

    init(start: SourcePosition) {
        self.start = start
        line = start.line
        column = start.column
    }

    /// Copies `input[range]` (valid UTF-8 that follows the file) into the text.
    mutating func copy(_ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        for index in range {
            let byte = input[index]
            bytes.append(byte)
            if byte & 0xC0 == 0x80 { continue }
            count += 1
            if byte == 0x0A {
                line += 1
                column = 1
                add(offset: count, position: SourcePosition(line: line, column: column))
            } else {
                column += 1
            }
        }
    }

    /// Appends one scalar that stands for `sourceScalars` characters of the file.
    mutating func emit(_ scalar: Unicode.Scalar, consuming sourceScalars: Int) {
        SourceText.appendUTF8(scalar.value, to: &bytes)
        count += 1
        column += sourceScalars
        add(offset: count, position: SourcePosition(line: line, column: column))
    }

    /// Appends a string that stands for `sourceScalars` characters of the file.
    mutating func emit(_ string: String, consuming sourceScalars: Int) {
        for scalar in string.unicodeScalars {
            SourceText.appendUTF8(scalar.value, to: &bytes)
            count += 1
        }
        column += sourceScalars
        add(offset: count, position: SourcePosition(line: line, column: column))
    }

    /// Consumes `sourceScalars` characters of the file that add nothing to the text.
    mutating func skip(_ sourceScalars: Int) {
        column += sourceScalars
        add(offset: count, position: SourcePosition(line: line, column: column))
    }

    /// Consumes a line break of the file that adds nothing to the text.
    mutating func skipNewline() {
        line += 1
        column = 1
        add(offset: count, position: SourcePosition(line: line, column: column))
    }

    /// Appends a line break of the file to the text as `scalar` (e.g. a space).
    mutating func emitNewline(as scalar: Unicode.Scalar) {
        SourceText.appendUTF8(scalar.value, to: &bytes)
        count += 1
        line += 1
        column = 1
        add(offset: count, position: SourcePosition(line: line, column: column))
    }

    /// Moves the input position without writing (e.g. to the start of a continuation).
    mutating func move(to position: SourcePosition) {
        line = position.line
        column = position.column
        add(offset: count, position: position)
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// Records that the text at `offset` came from `position` (as `SourceMap.add` does).
    private mutating func add(offset: Int, position: SourcePosition) {
        let last = anchors.last ?? SourceMap.Anchor(offset: 0, position: start)
        let expected = SourcePosition(line: last.position.line, column: last.position.column + offset - last.offset)
        if expected == position { return }
        if last.offset == offset {
            if anchors.isEmpty {
                // A change at offset 0 moves the start itself: keep it as an anchor at 0 replacing the start.
                anchors.append(SourceMap.Anchor(offset: 0, position: position))
                return
            }
            anchors.removeLast()
        }
        anchors.append(SourceMap.Anchor(offset: offset, position: position))
    }

    func finish() -> TextValue {
        let text = String(decoding: bytes, as: UTF8.self)
        if let first = anchors.first, first.offset == 0 {
            return TextValue(text: text, start: first.position, anchors: Array(anchors.dropFirst()))
        }
        return TextValue(text: text, start: start, anchors: anchors)
    }
}
