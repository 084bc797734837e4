import TandemCore
import TandemICU

/// The text of one block, assembled from its lines, with a map back to the file.
struct BlockText {
    var kind: BlockKind
    var marker: String?
    /// One entry per table cell (one entry for other kinds).
    var pieces: [(text: String, map: SourceMap)]
}

/// Groups lines into blocks: headings, paragraphs, list items and table rows.
///
/// Feeds on lines one at a time and hands out each block as soon as it is
/// complete, so a whole document never has to be in memory.
struct BlockBuilder {
    private var lines: [TextLine] = []
    private var kind: BlockKind = .paragraph
    private var marker: String?
    private var textStart: Int = 0
    private var ready: [BlockText] = []
    private let nfc = Normalizer(.nfc)

    /// Adds a line; completed blocks become available from `takeReady()`.
    mutating func add(_ line: TextLine) {
        switch LineClassifier.classify(line.text) {
        case .blank:
            finish()
        case let .heading(level, textColumn):
            finish()
            ready.append(BlockText(kind: .heading, marker: String(repeating: "#", count: level),
                                   pieces: [assemble([(line, textColumn)])].filter { !$0.text.isEmpty }))
        case let .rule(character):
            // A setext underline turns the single line above into a heading.
            if kind == .paragraph, lines.count == 1, character == "=" || character == "-" {
                kind = .heading
                marker = character == "=" ? "#" : "##"
            }
            finish()
        case .tableSeparator:
            finish()
        case .tableRow:
            finish()
            ready.append(tableRow(line))
        case let .listItem(itemMarker, textColumn):
            finish()
            kind = .listItem
            marker = itemMarker
            lines = [line]
            textStart = textColumn
        case let .text(indent):
            if kind == .listItem, !lines.isEmpty, indent == 0 {
                // An unindented line after a list item starts a paragraph.
                finish()
            }
            if lines.isEmpty {
                kind = .paragraph
                marker = nil
                textStart = indent
            }
            lines.append(line)
        }
    }

    /// Completes the block in progress (at the end of the input).
    mutating func finishInput() { finish() }

    /// The blocks completed so far, in order.
    mutating func takeReady() -> [BlockText] {
        defer { ready.removeAll(keepingCapacity: true) }
        return ready
    }

    private mutating func finish() {
        guard !lines.isEmpty else { return }
        defer { lines.removeAll(keepingCapacity: true); kind = .paragraph; marker = nil }
        if kind == .paragraph, lines.count >= 2, lines.allSatisfy({ !Self.endsSentence($0.text) }) {
            // Lines that never end a sentence are one entry each (a list or table without markers).
            for line in lines {
                let indent = Self.indent(of: line.text)
                ready.append(BlockText(kind: .paragraph, marker: nil, pieces: [assemble([(line, indent)])]))
            }
            return
        }
        if kind == .paragraph, lines.count == 1, Self.looksLikeHeading(lines[0].text) {
            kind = .heading
        }
        var parts: [(TextLine, Int)] = [(lines[0], textStart)]
        for line in lines.dropFirst() { parts.append((line, Self.indent(of: line.text))) }
        let piece = assemble(parts)
        if !piece.text.isEmpty {
            ready.append(BlockText(kind: kind, marker: marker, pieces: [piece]))
        }
    }

    /// A short line standing alone that does not end like a sentence.
    static func looksLikeHeading(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.isEmpty, !endsSentence(trimmed), let last = trimmed.last, last != "," else { return false }
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
        return words <= 12 && trimmed.unicodeScalars.count <= 90
    }

    /// The byte length of a UTF-8 sequence from its first byte.
    static func width(ofLead byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }

    static func endsSentence(_ text: String) -> Bool {
        var scalars = Substring(text.trimmingSpaces()).unicodeScalars
        // Look through closing quotes and brackets.
        while let last = scalars.last, "\"'”“«»“‘’)]".unicodeScalars.contains(last) { scalars = scalars.dropLast() }
        guard let last = scalars.last else { return false }
        return ".!?:;…".unicodeScalars.contains(last)
    }

    static func indent(of text: String) -> Int {
        text.unicodeScalars.prefix { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }.count
    }

    private func tableRow(_ line: TextLine) -> BlockText {
        let scalars = Array(line.text.unicodeScalars)
        var pieces: [(text: String, map: SourceMap)] = []
        var cellStart: Int?
        var index = 0
        var escaped = false
        while index <= scalars.count {
            let isPipe = index < scalars.count && scalars[index] == "|" && !escaped
            escaped = index < scalars.count && scalars[index] == "\\" && !escaped
            if index == scalars.count || isPipe {
                if let start = cellStart {
                    let cell = String(String.UnicodeScalarView(scalars[start..<index]))
                    let piece = assemble([(TextLine(number: line.number, text: cell, byteOffset: line.byteOffset), 0)], columnOffset: start)
                    if !piece.text.isEmpty { pieces.append(piece) }
                }
                cellStart = index + 1
            }
            index += 1
        }
        return BlockText(kind: .tableRow, marker: nil, pieces: pieces)
    }

    /// Joins lines (each from its start column) with single spaces, collapsing
    /// runs of white space, in NFC, recording where each run came from.
    private func assemble(_ parts: [(TextLine, Int)], columnOffset: Int = 0) -> (text: String, map: SourceMap) {
        // Works on UTF-8 bytes: copying runs of bytes is far cheaper than appending scalars.
        var output: [UInt8] = []
        var anchors: [SourceMap.Anchor] = []
        var count = 0
        var pendingSpace = false
        for (line, start) in parts {
            var source = line.text
            source.withUTF8 { bytes in
                var index = 0
                var column = 0
                // Skip to the scalar where the text starts.
                while index < bytes.count, column < start {
                    index += Self.width(ofLead: bytes[index])
                    column += 1
                }
                var atRunStart = true
                if count > 0 { pendingSpace = true }
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == 0x20 || byte == 0x09 {
                        pendingSpace = count > 0
                        atRunStart = true
                        index += 1
                        column += 1
                        continue
                    }
                    if pendingSpace { output.append(0x20); count += 1; pendingSpace = false }
                    if atRunStart {
                        anchors.append(SourceMap.Anchor(offset: count, position: SourcePosition(line: line.number, column: columnOffset + column + 1)))
                        atRunStart = false
                    }
                    let width = min(Self.width(ofLead: byte), bytes.count - index)
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + width)]))
                    index += width
                    count += 1
                    column += 1
                }
            }
        }
        var text = String(decoding: output, as: UTF8.self)
        if !nfc.isNormalized(text) {
            // Rare: keep the anchors (positions stay close; offsets inside the run may shift by the combining marks).
            text = nfc.normalize(text)
        }
        var map = SourceMap(start: anchors.first?.position ?? SourcePosition(line: parts.first?.0.number ?? 1, column: 1))
        for anchor in anchors.dropFirst() { map.add(offset: anchor.offset, position: anchor.position) }
        return (text, map)
    }
}
