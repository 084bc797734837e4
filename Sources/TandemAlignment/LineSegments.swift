import TandemCore
import TandemICU

/// Reads a text that is already segmented: each non-empty line is one
/// segment (and one block), numbered 0, 1, 2, … among the non-empty lines.
///
/// The segment's text is the line without leading and trailing white space,
/// in NFC; its position is where the first non-space character stands.
public enum LineSegments {
    /// The blocks of the file at `path`, one per non-empty line.
    public static func read(path: String) throws(InputError) -> [Block] {
        let reader = try LineReader(path: path)
        var blocks: [Block] = []
        while let line = try reader.nextLine() {
            if let block = block(line, index: blocks.count) { blocks.append(block) }
        }
        return blocks
    }

    /// The blocks of an in-memory text, one per non-empty line.
    public static func blocks(of text: String) -> [Block] {
        var blocks: [Block] = []
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let clean = line.hasSuffix("\r") ? line.dropLast() : line
            if let block = block(TextLine(number: number + 1, text: String(clean), byteOffset: 0), index: blocks.count) {
                blocks.append(block)
            }
        }
        return blocks
    }

    private static func block(_ line: TextLine, index: Int) -> Block? {
        let scalars = Array(line.text.unicodeScalars)
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return nil }
        let text = Normalizer(.nfc).normalize(String(String.UnicodeScalarView(scalars[first...last])))
        let segment = Segment(index: index, block: index, kind: .paragraph, text: text,
                              sourceMap: SourceMap(start: SourcePosition(line: line.number, column: first + 1)))
        return Block(index: index, kind: .paragraph, segments: [segment])
    }
}
