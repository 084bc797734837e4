import TandemCore

/// A value read from a file: its text after unescaping, and where each part of
/// the text came from, so a finding at any offset in the text can name the
/// line and column in the file.
public struct TextValue: Hashable, Sendable {
    /// The text, unescaped (`\n` in a `.strings` file is a newline here).
    public var text: String
    /// Offsets (Unicode scalars) in `text` to positions in the file.
    public var map: SourceMap

    public init(text: String, map: SourceMap) {
        self.text = text
        self.map = map
    }

    /// A text that follows the file character by character from `start`.
    public init(text: String, start: SourcePosition) {
        self.init(text: text, map: SourceMap(start: start))
    }

    /// Where the value starts in the file.
    public var position: SourcePosition { map.start }

    /// The file position of the scalar at `offset` in `text`.
    public func position(at offset: Int) -> SourcePosition { map.position(at: offset) }

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
    private(set) var map: SourceMap
    /// The file position of the next input character.
    private(set) var line: Int
    private(set) var column: Int

    init(start: SourcePosition) {
        map = SourceMap(start: start)
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
                map.add(offset: count, position: SourcePosition(line: line, column: column))
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
        map.add(offset: count, position: SourcePosition(line: line, column: column))
    }

    /// Appends a string that stands for `sourceScalars` characters of the file.
    mutating func emit(_ string: String, consuming sourceScalars: Int) {
        for scalar in string.unicodeScalars {
            SourceText.appendUTF8(scalar.value, to: &bytes)
            count += 1
        }
        column += sourceScalars
        map.add(offset: count, position: SourcePosition(line: line, column: column))
    }

    /// Consumes `sourceScalars` characters of the file that add nothing to the text.
    mutating func skip(_ sourceScalars: Int) {
        column += sourceScalars
        map.add(offset: count, position: SourcePosition(line: line, column: column))
    }

    /// Consumes a line break of the file that adds nothing to the text.
    mutating func skipNewline() {
        line += 1
        column = 1
        map.add(offset: count, position: SourcePosition(line: line, column: column))
    }

    /// Appends a line break of the file to the text as `scalar` (e.g. a space).
    mutating func emitNewline(as scalar: Unicode.Scalar) {
        SourceText.appendUTF8(scalar.value, to: &bytes)
        count += 1
        line += 1
        column = 1
        map.add(offset: count, position: SourcePosition(line: line, column: column))
    }

    /// Moves the input position without writing (e.g. to the start of a continuation).
    mutating func move(to position: SourcePosition) {
        line = position.line
        column = position.column
        map.add(offset: count, position: position)
    }

    var isEmpty: Bool { bytes.isEmpty }

    func finish() -> TextValue {
        TextValue(text: String(decoding: bytes, as: UTF8.self), map: map)
    }
}
