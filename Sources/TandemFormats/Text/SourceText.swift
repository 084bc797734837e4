import Foundation
import TandemCore

/// The encodings a locale file may come in.
public enum FileEncoding: String, Sendable, Codable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    /// ISO-8859-1, the traditional encoding of Java `.properties` files.
    case latin1 = "ISO-8859-1"
}

/// A file's text as UTF-8 bytes, with what is needed to turn a byte offset into
/// a line and column.
///
/// Every reader works on byte offsets into `bytes` and asks this type for
/// positions only where it records one, so scanning stays a byte loop. Files in
/// UTF-16 or ISO-8859-1 are transcoded to UTF-8 first: lines and columns
/// (counted in Unicode scalars) are the same in every encoding.
public struct SourceText: Sendable {
    /// The path as the user gave it.
    public let path: String
    /// The text in UTF-8, without a byte-order mark.
    public let bytes: [UInt8]
    /// The encoding the file was stored in.
    public let encoding: FileEncoding
    /// Length of the byte-order mark the file started with (0 when none).
    public let byteOrderMarkLength: Int
    /// Byte offsets (in `bytes`) where each line starts.
    private let lineStarts: [Int]
    /// Where `bytes[0]` stands in the file: line 1, column 1 for a whole file; later for a window of a file read in parts.
    public let origin: SourcePosition

    /// Text already in memory (tests, or a file decoded by the caller), or a window of a
    /// file read in parts, whose first byte stands at `origin`.
    public init(path: String, bytes: [UInt8], encoding: FileEncoding = .utf8, byteOrderMarkLength: Int = 0,
                origin: SourcePosition = SourcePosition(line: 1, column: 1)) {
        self.path = path
        self.bytes = bytes
        self.encoding = encoding
        self.byteOrderMarkLength = byteOrderMarkLength
        self.lineStarts = Self.lineStarts(of: bytes)
        self.origin = origin
    }

    /// `string` as a source text.
    public init(path: String, string: String) {
        self.init(path: path, bytes: Array(string.utf8))
    }

    /// How to read bytes that are not UTF-8.
    public enum Fallback: Sendable {
        /// Invalid UTF-8 is an error.
        case none
        /// Invalid UTF-8 means the file is ISO-8859-1 (Java `.properties`).
        case latin1
    }

    /// Reads and decodes the file at `path`: UTF-8 (with or without a byte-order
    /// mark), UTF-16 with a byte-order mark, or UTF-16 without one when the file
    /// starts with `<` (XML); bytes that are not UTF-8 are an error unless
    /// `fallback` says otherwise.
    public static func load(path: String, fallback: Fallback = .none) throws(InputError) -> SourceText {
        let raw = try readBytes(path: path)
        return try decode(path: path, raw: raw, fallback: fallback)
    }

    /// The raw bytes of the file at `path`.
    public static func readBytes(path: String) throws(InputError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path: path) }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or I/O error")
        }
        if data.isEmpty { throw .empty(path: path) }
        return [UInt8](data)
    }

    /// Decodes raw file bytes.
    public static func decode(path: String, raw: [UInt8], fallback: Fallback = .none) throws(InputError) -> SourceText {
        if raw.count >= 2, (raw[0] == 0xFF && raw[1] == 0xFE) || (raw[0] == 0xFE && raw[1] == 0xFF) {
            let little = raw[0] == 0xFF
            return SourceText(path: path, bytes: try utf16ToUTF8(raw, from: 2, littleEndian: little, path: path),
                              encoding: little ? .utf16LittleEndian : .utf16BigEndian, byteOrderMarkLength: 2)
        }
        // UTF-16 without a byte-order mark, recognizable by an XML file's first `<`.
        if raw.count >= 4, raw[0] == 0x3C, raw[1] == 0, raw[2] != 0, raw[3] == 0 {
            return SourceText(path: path, bytes: try utf16ToUTF8(raw, from: 0, littleEndian: true, path: path), encoding: .utf16LittleEndian)
        }
        if raw.count >= 4, raw[0] == 0, raw[1] == 0x3C, raw[2] == 0, raw[3] != 0 {
            return SourceText(path: path, bytes: try utf16ToUTF8(raw, from: 0, littleEndian: false, path: path), encoding: .utf16BigEndian)
        }
        let bom = raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF ? 3 : 0
        let invalid = raw.withUnsafeBufferPointer { buffer in
            UTF8Validation.firstInvalidByte(in: UnsafeBufferPointer(rebasing: buffer[bom...]), isFinal: true)
        }
        if let invalid {
            if fallback == .latin1 && bom == 0 {
                return SourceText(path: path, bytes: latin1ToUTF8(raw[...]), encoding: .latin1)
            }
            let partial = SourceText(path: path, bytes: Array(raw[bom..<(bom + invalid)]))
            let position = partial.position(at: invalid)
            throw .invalidUTF8(path: path, byteOffset: bom + invalid, line: position.line, column: position.column)
        }
        let body = bom == 0 ? raw : Array(raw[bom...])
        return SourceText(path: path, bytes: body, encoding: .utf8, byteOrderMarkLength: bom)
    }

    /// ISO-8859-1 bytes as UTF-8.
    public static func latin1ToUTF8(_ raw: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count + raw.count / 8)
        for byte in raw {
            if byte < 0x80 {
                output.append(byte)
            } else {
                output.append(0xC0 | (byte >> 6))
                output.append(0x80 | (byte & 0x3F))
            }
        }
        return output
    }

    static func utf16ToUTF8(_ raw: [UInt8], from start: Int, littleEndian: Bool, path: String) throws(InputError) -> [UInt8] {
        if (raw.count - start) % 2 != 0 { throw .invalidUTF16(path: path, byteOffset: raw.count - 1) }
        var output: [UInt8] = []
        output.reserveCapacity(raw.count - start)
        var index = start
        func unit(_ at: Int) -> UInt16 {
            littleEndian ? UInt16(raw[at]) | UInt16(raw[at + 1]) << 8 : UInt16(raw[at]) << 8 | UInt16(raw[at + 1])
        }
        while index + 1 < raw.count {
            let first = unit(index)
            var scalarValue = UInt32(first)
            if first >= 0xD800 && first < 0xDC00 {
                guard index + 3 < raw.count else { throw .invalidUTF16(path: path, byteOffset: index) }
                let second = unit(index + 2)
                guard second >= 0xDC00 && second < 0xE000 else { throw .invalidUTF16(path: path, byteOffset: index) }
                scalarValue = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
                index += 4
            } else if first >= 0xDC00 && first < 0xE000 {
                throw .invalidUTF16(path: path, byteOffset: index)
            } else {
                index += 2
            }
            appendUTF8(scalarValue, to: &output)
        }
        return output
    }

    static func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            output.append(UInt8(value))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (value >> 6)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (value >> 12)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (value >> 18)))
            output.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    private static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            let count = buffer.count
            while offset < count {
                guard let found = memchr(base + offset, 0x0A, count - offset) else { break }
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                starts.append(index + 1)
                offset = index + 1
            }
        }
        return starts
    }

    /// The number of lines.
    public var lineCount: Int { lineStarts.count }

    /// The 1-based line and column (in Unicode scalars) of the byte at `offset`.
    public func position(at offset: Int) -> SourcePosition {
        let offset = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = low == 0 ? origin.column : 1
        var index = lineStarts[low]
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourcePosition(line: origin.line + low, column: column)
    }

    /// The byte offset (in `bytes`) of the character at `position`.
    public func byteOffset(of position: SourcePosition) -> Int {
        var index = offset(ofLine: position.line)
        var column = 1
        while column < position.column, index < bytes.count, bytes[index] != 0x0A {
            index += 1
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        return index
    }

    /// The byte offset where `line` (1-based) starts.
    public func offset(ofLine line: Int) -> Int {
        lineStarts[max(0, min(line - 1, lineStarts.count - 1))]
    }

    /// The text of `bytes[range]`.
    public func string(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// A syntax error at byte `offset`.
    public func error(at offset: Int, _ message: String) -> InputError {
        let position = position(at: offset)
        return .syntax(path: path, line: position.line, column: position.column, message: message)
    }

    /// A syntax error at `position`.
    public func error(at position: SourcePosition, _ message: String) -> InputError {
        .syntax(path: path, line: position.line, column: position.column, message: message)
    }
}
