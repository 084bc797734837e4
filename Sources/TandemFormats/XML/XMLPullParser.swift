import TandemCore

/// One attribute of a start tag, with positions.
public struct XMLAttribute: Hashable, Sendable {
    /// The qualified name as written, e.g. `xml:lang`.
    public var name: String
    /// The namespace URI of a prefixed name (filled in by ``XMLDocument``); nil for unprefixed attributes.
    public var namespace: String?
    /// The value with entity and character references resolved and white space normalized.
    public var value: TextValue
    /// Where the attribute's name starts.
    public var position: SourcePosition

    /// The part of the name after a prefix (`lang` for `xml:lang`).
    public var localName: Substring { XMLName.split(name).local }

    /// The prefix, if any (`xml` for `xml:lang`).
    public var prefix: Substring? { XMLName.split(name).prefix }
}

/// Qualified XML names.
enum XMLName {
    /// The prefix (before the first colon) and the local part of a qualified name.
    static func split(_ name: String) -> (prefix: Substring?, local: Substring) {
        guard let colon = name.utf8.firstIndex(of: 0x3A) else { return (nil, name[...]) }
        return (name[..<colon], name[name.utf8.index(after: colon)...])
    }
}

/// What an ``XMLPullParser`` reports.
public enum XMLEvent: Sendable {
    /// A start tag (a self-closing tag is reported as a start tag followed by its end tag).
    case startElement(name: String, attributes: [XMLAttribute], position: SourcePosition, selfClosing: Bool)
    case endElement(name: String, position: SourcePosition)
    /// Character data, references resolved; `cdata` for a `<![CDATA[…]]>` section.
    case text(TextValue, cdata: Bool)
    case comment(TextValue)
    case processingInstruction(target: String, data: String, position: SourcePosition)
}

/// A small XML 1.0 pull parser that records the line and column of everything it reports.
///
/// Why hand-written rather than FoundationXML's `XMLParser`: a locale-file
/// linter must say exactly where each unit, attribute and value starts, and
/// where a broken file breaks. `XMLParser` reports only the position of the
/// current callback (often the end of a tag), gives no positions inside text
/// or attribute values, and hands entity handling to libxml2, whose options
/// (external entities, expansion limits) are not fully in our hands on every
/// platform. Locale formats need only a small part of XML, and this parser
/// reads exactly that part and refuses the rest:
///
/// - elements, attributes, text, CDATA sections, comments, processing instructions;
/// - the five predefined entities and numeric character references;
/// - a DOCTYPE is skipped, but one whose internal subset declares entities is
///   refused, and any other named entity is an error. Nothing is ever fetched or
///   expanded, so external entities and entity-expansion bombs cannot work.
///
/// Well-formedness is checked as it goes (matching tags, one root element,
/// unique attributes, legal characters); the first error is thrown as an
/// ``InputError/syntax(path:line:column:message:)`` with its position.
///
/// A parser made with ``init(streaming:)`` reads its file in parts: memory holds
/// the part being read, not the document.
public struct XMLPullParser {
    /// The text being read: the whole document, or the current window of a streamed one.
    public private(set) var source: SourceText
    private var index = 0
    private var stack: [(name: String, position: SourcePosition)] = []
    private var pendingEnd: (name: String, position: SourcePosition)?
    private var sawRoot = false
    private var sawDoctype = false
    private let streamed: StreamedText?
    /// The last position computed, and the offset it is at.
    private var lastPosition: (offset: Int, position: SourcePosition)?

    /// A parser over a document in memory.
    public init(source: SourceText) {
        self.source = source
        self.streamed = nil
    }

    /// A parser that reads its file in parts (see ``StreamedText``).
    public init(streaming text: StreamedText) {
        self.source = text.window
        self.streamed = text
    }

    /// Opens the XML file at `path` for reading in parts; a file that declares an
    /// encoding other than UTF-8 is decoded whole (see ``XMLDocument/decode(path:raw:)``).
    public static func streaming(path: String, chunkSize: Int = StreamedText.defaultChunkSize) throws(InputError) -> XMLPullParser {
        let text = try StreamedText(path: path, chunkSize: chunkSize, readsWhole: { prefix in
            guard let declared = XMLDocument.declaredEncoding(prefix)?.lowercased() else { return false }
            return !["utf-8", "utf8", "us-ascii", "ascii"].contains(declared)
        }, decode: { path, raw throws(InputError) in try XMLDocument.decode(path: path, raw: raw) })
        return XMLPullParser(streaming: text)
    }

    /// The depth of open elements.
    public var depth: Int { stack.count }


    /// The next event, or nil at the end of the document.
    public mutating func next() throws(InputError) -> XMLEvent? {
        guard let streamed else { return try nextEvent() }
        // Keep at least a quarter of a read ahead of the current event, so most events parse at once.
        if !streamed.isComplete, source.bytes.count - index < streamed.chunkSize / 4 {
            try refill(streamed)
        }
        while true {
            // What an event can change, to undo it (an event opens or closes at most one element).
            let saved = (index, stack.count, stack.last, pendingEnd, sawRoot, sawDoctype)
            do {
                let event = try nextEvent()
                // An event that runs to the end of the window may go on in the file: read on and parse it again.
                let reachedEnd = index >= source.bytes.count
                if streamed.isComplete || !reachedEnd { return event }
                if case .startElement = event { return event }
                if case .endElement = event { return event }
            } catch {
                if streamed.isComplete { throw error }
            }
            index = saved.0
            if stack.count > saved.1 { stack.removeLast(stack.count - saved.1) }
            if stack.count < saved.1, let top = saved.2 { stack.append(top) }
            (pendingEnd, sawRoot, sawDoctype) = (saved.3, saved.4, saved.5)
            try refill(streamed)
        }
    }

    /// Drops what has been read and reads on.
    private mutating func refill(_ streamed: StreamedText) throws(InputError) {
        try streamed.advance(dropping: index)
        source = streamed.window
        index = 0
        lastPosition = nil
    }

    /// The line and column of the byte at `offset`. Events come in file order, so the
    /// position is counted on from the last one asked for rather than searched for.
    private mutating func position(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> SourcePosition {
        guard let last = lastPosition, offset >= last.offset, offset <= bytes.count else {
            let position = source.position(at: offset)
            lastPosition = (offset, position)
            return position
        }
        var line = last.position.line
        var column = last.position.column
        var index = last.offset
        while index < offset {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        let position = SourcePosition(line: line, column: column)
        lastPosition = (offset, position)
        return position
    }

    /// The offset in the file's text of `offset` in the window.
    private func fileOffset(_ offset: Int) -> Int {
        offset + (streamed?.windowStart ?? 0)
    }

    private mutating func nextEvent() throws(InputError) -> XMLEvent? {
        if let pending = pendingEnd {
            pendingEnd = nil
            stack.removeLast()
            return .endElement(name: pending.name, position: pending.position)
        }
        let source = self.source
        return try source.bytes.withUnsafeBufferPointer { (bytes) throws(InputError) -> XMLEvent? in
            while true {
                if index >= bytes.count {
                    if let open = stack.last {
                        throw source.error(at: bytes.count, "the file ends before the element <\(open.name)> (opened at \(open.position)) is closed; expected </\(open.name)>")
                    }
                    if !sawRoot { throw source.error(at: bytes.count, "no root element: expected a start tag such as <xliff>") }
                    return nil
                }
                if bytes[index] != 0x3C {
                    let start = index
                    let text = try readText(bytes)
                    if stack.isEmpty {
                        if let bad = text.text.unicodeScalars.firstIndex(where: { !" \t\r\n".unicodeScalars.contains($0) }) {
                            let offset = text.text.unicodeScalars.distance(from: text.text.unicodeScalars.startIndex, to: bad)
                            throw source.error(at: text.position(at: offset), sawRoot ? "text after the root element has ended" : "text before the root element; expected '<'")
                        }
                        _ = start
                        continue
                    }
                    return .text(text, cdata: false)
                }
                guard index + 1 < bytes.count else { throw source.error(at: index, "the file ends inside a tag") }
                switch bytes[index + 1] {
                case 0x2F: // </
                    return try readEndTag(bytes)
                case 0x3F: // <?
                    if let event = try readProcessingInstruction(bytes) { return event }
                case 0x21: // <!
                    if matches(bytes, "<!--") {
                        return .comment(try readComment(bytes))
                    } else if matches(bytes, "<![CDATA[") {
                        guard !stack.isEmpty else { throw source.error(at: index, "a CDATA section outside the root element") }
                        return .text(try readCDATA(bytes), cdata: true)
                    } else if matches(bytes, "<!DOCTYPE") {
                        try readDoctype(bytes)
                    } else {
                        throw source.error(at: index, "expected a comment (<!--), a CDATA section (<![CDATA[) or <!DOCTYPE")
                    }
                default:
                    return try readStartTag(bytes)
                }
            }
        }
    }

    // MARK: - Pieces

    private func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where bytes[index + offset] != pointer[offset] { return false }
        return true
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F || byte == 0x3A || byte >= 0x80
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    private mutating func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = index
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
        return index > start
    }

    private mutating func readName(_ bytes: UnsafeBufferPointer<UInt8>, what: String) throws(InputError) -> String {
        let start = index
        guard index < bytes.count, Self.isNameStart(bytes[index]) else {
            throw source.error(at: index, "expected \(what)")
        }
        while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    private func checkCharacter(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) throws(InputError) {
        let byte = bytes[at]
        if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
            let hex = String(byte, radix: 16, uppercase: true)
            throw source.error(at: at, "the control character U+\(String(repeating: "0", count: 4 - hex.count))\(hex) is not allowed in XML")
        }
    }

    private mutating func readText(_ bytes: UnsafeBufferPointer<UInt8>) throws(InputError) -> TextValue {
        var builder = TextBuilder(start: position(bytes, at: index))
        var runStart = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3C { break }
            if byte == 0x26 || byte == 0x0D || (byte == 0x5D && matches(bytes, "]]>")) || (byte < 0x20 && byte != 0x09 && byte != 0x0A) {
                builder.copy(bytes, runStart..<index)
                if byte == 0x26 {
                    try readReference(bytes, into: &builder)
                } else if byte == 0x0D {
                    // CR LF and a lone CR both become LF.
                    if index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                        builder.skip(1)
                        index += 1
                    } else {
                        builder.emitNewline(as: "\n")
                        index += 1
                    }
                } else if byte == 0x5D {
                    throw source.error(at: index, "']]>' is not allowed in text; write ']]&gt;'")
                } else {
                    try checkCharacter(bytes, index)
                }
                runStart = index
                continue
            }
            index += 1
        }
        builder.copy(bytes, runStart..<index)
        return builder.finish()
    }

    /// Reads `&…;` at `index` into `builder`.
    private mutating func readReference(_ bytes: UnsafeBufferPointer<UInt8>, into builder: inout TextBuilder) throws(InputError) {
        let start = index
        index += 1
        var end = index
        while end < bytes.count, end - start < 40, bytes[end] != 0x3B, !Self.isSpace(bytes[end]), bytes[end] != 0x3C, bytes[end] != 0x26 { end += 1 }
        guard end < bytes.count, bytes[end] == 0x3B else {
            throw source.error(at: start, "'&' starts an entity reference that does not end with ';'; write '&amp;' for an ampersand")
        }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
        let length = end - start + 1
        index = end + 1
        let scalar: Unicode.Scalar
        switch name {
        case "lt": scalar = "<"
        case "gt": scalar = ">"
        case "amp": scalar = "&"
        case "apos": scalar = "'"
        case "quot": scalar = "\""
        default:
            if name.hasPrefix("#") {
                let digits = name.dropFirst()
                let value: UInt32?
                if digits.hasPrefix("x") {
                    value = digits.count > 1 ? UInt32(digits.dropFirst(), radix: 16) : nil
                } else {
                    value = digits.isEmpty ? nil : UInt32(digits, radix: 10)
                }
                guard let value, let decoded = Unicode.Scalar(value),
                      value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value != 0xFFFE && value != 0xFFFF) else {
                    throw source.error(at: start, "'&\(name);' is not a character XML allows")
                }
                scalar = decoded
            } else if name.isEmpty {
                throw source.error(at: start, "'&;' is not a reference; write '&amp;' for an ampersand")
            } else {
                throw source.error(at: start, "the entity '&\(name);' is not defined: tandem reads only &lt; &gt; &amp; &apos; &quot; and character references (&#228;), and never expands declared or external entities")
            }
        }
        builder.emit(scalar, consuming: length)
    }

    private mutating func readStartTag(_ bytes: UnsafeBufferPointer<UInt8>) throws(InputError) -> XMLEvent {
        let tagStart = index
        if sawRoot && stack.isEmpty { throw source.error(at: index, "a second root element; a document has exactly one") }
        let tagPosition = position(bytes, at: tagStart)
        index += 1
        let name = try readName(bytes, what: "an element name after '<'")
        var attributes: [XMLAttribute] = []
        var selfClosing = false
        while true {
            let hadSpace = skipSpace(bytes)
            guard index < bytes.count else { throw source.error(at: tagStart, "the file ends inside the start tag <\(name)>") }
            let byte = bytes[index]
            if byte == 0x3E { index += 1; break }
            if byte == 0x2F {
                guard index + 1 < bytes.count, bytes[index + 1] == 0x3E else { throw source.error(at: index, "expected '/>'") }
                index += 2
                selfClosing = true
                break
            }
            guard hadSpace else { throw source.error(at: index, "expected white space, '>' or '/>' in the start tag <\(name)>") }
            let attributeStart = index
            let attributePosition = position(bytes, at: attributeStart)
            let attributeName = try readName(bytes, what: "an attribute name, '>' or '/>' in <\(name)>")
            if attributes.contains(where: { $0.name == attributeName }) {
                throw source.error(at: attributeStart, "the attribute '\(attributeName)' appears twice in <\(name)>")
            }
            _ = skipSpace(bytes)
            guard index < bytes.count, bytes[index] == 0x3D else { throw source.error(at: index, "expected '=' after the attribute name '\(attributeName)'") }
            index += 1
            _ = skipSpace(bytes)
            guard index < bytes.count, bytes[index] == 0x22 || bytes[index] == 0x27 else {
                throw source.error(at: index, "expected a quoted value for the attribute '\(attributeName)'")
            }
            let value = try readAttributeValue(bytes)
            attributes.append(XMLAttribute(name: attributeName, namespace: nil, value: value, position: attributePosition))
        }
        sawRoot = true
        stack.append((name, tagPosition))
        if selfClosing { pendingEnd = (name, tagPosition) }
        return .startElement(name: name, attributes: attributes, position: tagPosition, selfClosing: selfClosing)
    }

    private mutating func readAttributeValue(_ bytes: UnsafeBufferPointer<UInt8>) throws(InputError) -> TextValue {
        let quote = bytes[index]
        let open = index
        index += 1
        var builder = TextBuilder(start: position(bytes, at: index))
        var runStart = index
        while true {
            guard index < bytes.count else { throw source.error(at: open, "the attribute value is not closed") }
            let byte = bytes[index]
            if byte == quote { break }
            switch byte {
            case 0x3C:
                throw source.error(at: index, "'<' is not allowed in an attribute value; write '&lt;'")
            case 0x26:
                builder.copy(bytes, runStart..<index)
                try readReference(bytes, into: &builder)
                runStart = index
            case 0x0A, 0x09, 0x0D:
                builder.copy(bytes, runStart..<index)
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                    builder.skip(1)
                    index += 1
                    builder.emitNewline(as: " ")
                } else if byte == 0x0A || byte == 0x0D {
                    builder.emitNewline(as: " ")
                } else {
                    builder.emit(" ", consuming: 1)
                }
                index += 1
                runStart = index
            default:
                if byte < 0x20 { try checkCharacter(bytes, index) }
                index += 1
            }
        }
        builder.copy(bytes, runStart..<index)
        index += 1
        return builder.finish()
    }

    private mutating func readEndTag(_ bytes: UnsafeBufferPointer<UInt8>) throws(InputError) -> XMLEvent {
        let tagStart = index
        index += 2
        let name = try readName(bytes, what: "an element name after '</'")
        _ = skipSpace(bytes)
        guard index < bytes.count, bytes[index] == 0x3E else { throw source.error(at: index, "expected '>' to end </\(name)") }
        index += 1
        guard let open = stack.last else { throw source.error(at: tagStart, "the end tag </\(name)> has no start tag") }
        guard open.name == name else {
            throw source.error(at: tagStart, "the end tag </\(name)> does not match <\(open.name)> (opened at \(open.position)); expected </\(open.name)>")
        }
        stack.removeLast()
        return .endElement(name: name, position: position(bytes, at: tagStart))
    }

    private mutating func readComment(_ bytes: UnsafeBufferPointer<UInt8>) throws(InputError) -> TextValue {
        let open = index
        index += 4
        var builder = TextBuilder(start: position(bytes, at: index))
        let start = index
        while true {
            guard index + 1 < bytes.count else { throw source.error(at: open, "the comment is not closed; expected '-->'") }
            if bytes[index] == 0x2D && bytes[index + 1] == 0x2D {
                guard index + 2 < bytes.count, bytes[index + 2] == 0x3E else {
                    throw source.error(at: index, "'--' is not allowed inside a comment")
                }
                break
            }
            try checkCharacter(bytes, index)
            index += 1
        }
        builder.copy(bytes, start..<index)
        index += 3
        return builder.finish()
    }

    private mutating func readCDATA(_ bytes: UnsafeBufferPointer<UInt8>) throws(InputError) -> TextValue {
        let open = index
        index += 9
        var builder = TextBuilder(start: position(bytes, at: index))
        var runStart = index
        while true {
            guard index < bytes.count else { throw source.error(at: open, "the CDATA section is not closed; expected ']]>'") }
            let byte = bytes[index]
            if byte == 0x5D && matches(bytes, "]]>") { break }
            if byte == 0x0D {
                builder.copy(bytes, runStart..<index)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { builder.skip(1) } else { builder.emitNewline(as: "\n") }
                index += 1
                runStart = index
                continue
            }
            if byte < 0x20 { try checkCharacter(bytes, index) }
            index += 1
        }
        builder.copy(bytes, runStart..<index)
        index += 3
        return builder.finish()
    }

    private mutating func readProcessingInstruction(_ bytes: UnsafeBufferPointer<UInt8>) throws(InputError) -> XMLEvent? {
        let open = index
        index += 2
        let target = try readName(bytes, what: "a processing-instruction target after '<?'")
        let dataStart = index
        while true {
            guard index + 1 < bytes.count else { throw source.error(at: open, "the processing instruction is not closed; expected '?>'") }
            if bytes[index] == 0x3F && bytes[index + 1] == 0x3E { break }
            index += 1
        }
        let data = String(decoding: UnsafeBufferPointer(rebasing: bytes[dataStart..<index]), as: UTF8.self).trimmingSpaces()
        index += 2
        if target.lowercased() == "xml" {
            guard fileOffset(open) == 0 else { throw source.error(at: open, "the XML declaration <?xml …?> must come first in the file") }
            return nil
        }
        return .processingInstruction(target: target, data: data, position: position(bytes, at: open))
    }

    /// Skips a DOCTYPE; refuses one whose internal subset declares entities.
    private mutating func readDoctype(_ bytes: UnsafeBufferPointer<UInt8>) throws(InputError) {
        let open = index
        guard !sawRoot, !sawDoctype else { throw source.error(at: open, "<!DOCTYPE is allowed only once, before the root element") }
        sawDoctype = true
        index += 9
        var quote: UInt8?
        var inSubset = false
        while true {
            guard index < bytes.count else { throw source.error(at: open, "the DOCTYPE declaration is not closed; expected '>'") }
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x5B {
                inSubset = true
            } else if byte == 0x5D {
                inSubset = false
            } else if inSubset && byte == 0x3C {
                if matches(bytes, "<!ENTITY") {
                    throw source.error(at: index, "the DOCTYPE declares entities (<!ENTITY …>); tandem refuses such files because entities can read other files or expand without limit")
                }
                if matches(bytes, "<!--") {
                    while index + 2 < bytes.count, !(bytes[index] == 0x2D && bytes[index + 1] == 0x2D && bytes[index + 2] == 0x3E) { index += 1 }
                }
            } else if inSubset && byte == 0x25 {
                throw source.error(at: index, "the DOCTYPE uses parameter entities (%…;); tandem refuses such files because entities can read other files")
            } else if !inSubset && byte == 0x3E {
                index += 1
                return
            }
            index += 1
        }
    }
}
