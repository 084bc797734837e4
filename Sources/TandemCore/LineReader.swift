#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line of a text file, without its line terminator.
public struct TextLine: Sendable, Equatable {
    /// 1-based line number.
    public var number: Int
    /// The line's text (a trailing CR of a CRLF ending is removed).
    public var text: String
    /// Byte offset of the line's start in the file (in the decoded UTF-8 for UTF-16 files).
    public var byteOffset: Int

    public init(number: Int, text: String, byteOffset: Int) {
        self.number = number
        self.text = text
        self.byteOffset = byteOffset
    }
}

/// Reads a text file line by line in fixed-size chunks, so memory stays flat
/// however large the file is.
///
/// Accepts UTF-8 with or without a byte-order mark and UTF-16 with one, LF or
/// CRLF line ends. Invalid UTF-8, a NUL byte (binary content), an empty file,
/// a directory or an unreadable path are reported as ``InputError``s that say
/// where the problem is.
public final class LineReader {
    /// The path as the user gave it.
    public let path: String
    /// The encoding found at the start of the file.
    public private(set) var encoding: TextEncoding = .utf8

    private var file: UnsafeMutablePointer<FILE>?
    private var chunk: [UInt8]
    private var pending: [UInt8] = []
    private var scanStart = 0
    private var pendingByteOffset = 0
    private var rawBytesRead = 0
    private var atEnd = false
    private var lineNumber = 0
    private var utf16Carry: [UInt8] = []
    private var highSurrogate: UInt16?
    private var sawAnyByte = false

    /// The chunk size; 1 MiB unless a test asks for less.
    public static let defaultChunkSize = 1 << 20

    /// Opens `path`; throws if it is missing, a directory, unreadable or empty.
    public init(path: String, chunkSize: Int = LineReader.defaultChunkSize) throws(InputError) {
        self.path = path
        self.chunk = [UInt8](repeating: 0, count: max(chunkSize, 4))
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { throw .notFound(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path: path) }
        guard let handle = fopen(path, "rb") else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        file = handle
        try fill()
        guard sawAnyByte else { throw .empty(path: path) }
    }

    deinit { if let file { fclose(file) } }

    /// The next line, or nil at the end of the file.
    public func nextLine() throws(InputError) -> TextLine? {
        while true {
            if let newline = findNewline() {
                var end = newline
                if end > scanStart, pending[end - 1] == 0x0D { end -= 1 }
                let line = try makeLine(from: scanStart, to: end)
                scanStart = newline + 1
                return line
            }
            if atEnd {
                guard scanStart < pending.count else { return nil }
                var end = pending.count
                if pending[end - 1] == 0x0D { end -= 1 }
                let line = try makeLine(from: scanStart, to: end)
                scanStart = pending.count
                return line
            }
            // Keep the unfinished line and read more.
            if scanStart > 0 {
                pending.removeSubrange(0..<scanStart)
                pendingByteOffset += scanStart
                scanStart = 0
            }
            try fill()
        }
    }

    /// Reads every line; for small files and tests.
    public func readAll() throws(InputError) -> [TextLine] {
        var lines: [TextLine] = []
        while let line = try nextLine() { lines.append(line) }
        return lines
    }

    /// Reads the whole file once, checking that it decodes, without keeping it.
    public static func validate(path: String) throws(InputError) {
        let reader = try LineReader(path: path)
        while try reader.nextLine() != nil {}
    }

    private func findNewline() -> Int? {
        pending.withUnsafeBufferPointer { buffer -> Int? in
            guard scanStart < buffer.count, let base = buffer.baseAddress else { return nil }
            guard let found = memchr(base + scanStart, 0x0A, buffer.count - scanStart) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    private func makeLine(from start: Int, to end: Int) throws(InputError) -> TextLine {
        lineNumber += 1
        let absolute = pendingByteOffset + start
        let problem: (kind: Int, offset: Int)? = pending.withUnsafeBufferPointer { buffer in
            let slice = UnsafeBufferPointer(rebasing: buffer[start..<end])
            if let base = slice.baseAddress, !slice.isEmpty, let nul = memchr(base, 0, slice.count) {
                return (0, base.distance(to: nul.assumingMemoryBound(to: UInt8.self)))
            }
            if let bad = UTF8Validation.firstInvalidByte(in: slice) { return (1, bad) }
            return nil
        }
        if let problem {
            if problem.kind == 0 { throw .binary(path: path, byteOffset: absolute + problem.offset + bomLength) }
            let column = pending[start..<(start + problem.offset)].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            throw .invalidUTF8(path: path, byteOffset: absolute + problem.offset + bomLength, line: lineNumber, column: column)
        }
        let text = pending.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
        }
        return TextLine(number: lineNumber, text: text, byteOffset: absolute + bomLength)
    }

    private var bomLength: Int {
        switch encoding {
        case .utf8: return 0
        case .utf8WithBOM: return 3
        case .utf16LittleEndian, .utf16BigEndian: return 0
        }
    }

    private func fill() throws(InputError) {
        guard let file, !atEnd else { atEnd = true; return }
        let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
        if count == 0 {
            if ferror(file) != 0 { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
            atEnd = true
            if !utf16Carry.isEmpty || highSurrogate != nil {
                throw .invalidUTF16(path: path, byteOffset: rawBytesRead - utf16Carry.count - (highSurrogate == nil ? 0 : 2))
            }
            return
        }
        var bytes = chunk[0..<count]
        if !sawAnyByte {
            sawAnyByte = true
            let (detected, bom) = TextEncoding.detect(bytes)
            encoding = detected
            bytes = bytes.dropFirst(bom)
            rawBytesRead += bom
            // A NUL byte near the start means binary content, whatever else is wrong with the bytes.
            if detected == .utf8 || detected == .utf8WithBOM, let nul = bytes.prefix(8192).firstIndex(of: 0) {
                throw .binary(path: path, byteOffset: nul)
            }
        }
        switch encoding {
        case .utf8, .utf8WithBOM:
            pending.append(contentsOf: bytes)
        case .utf16LittleEndian, .utf16BigEndian:
            try appendUTF16(bytes)
        }
        rawBytesRead += bytes.count
    }

    private func appendUTF16(_ bytes: ArraySlice<UInt8>) throws(InputError) {
        let input = utf16Carry + bytes
        let carried = utf16Carry.count
        utf16Carry = []
        let little = encoding == .utf16LittleEndian
        var index = input.startIndex
        var scalarBytes: [UInt8] = []
        scalarBytes.reserveCapacity(input.count * 3 / 2)
        while index + 1 < input.endIndex {
            let unit = little ? UInt16(input[index]) | UInt16(input[index + 1]) << 8
                              : UInt16(input[index]) << 8 | UInt16(input[index + 1])
            let unitOffset = rawBytesRead - carried + (index - input.startIndex)
            index += 2
            if let high = highSurrogate {
                guard (0xDC00...0xDFFF).contains(unit) else { throw .invalidUTF16(path: path, byteOffset: unitOffset - 2) }
                highSurrogate = nil
                let value = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
                scalarBytes.append(contentsOf: Unicode.Scalar(value).map { Array(String($0).utf8) } ?? [])
                continue
            }
            if (0xD800...0xDBFF).contains(unit) { highSurrogate = unit; continue }
            if (0xDC00...0xDFFF).contains(unit) { throw .invalidUTF16(path: path, byteOffset: unitOffset) }
            if unit == 0 { throw .binary(path: path, byteOffset: unitOffset) }
            if unit < 0x80 {
                scalarBytes.append(UInt8(unit))
            } else if let scalar = Unicode.Scalar(unit) {
                scalarBytes.append(contentsOf: String(scalar).utf8)
            }
        }
        if index < input.endIndex { utf16Carry = [input[index]] }
        pending.append(contentsOf: scalarBytes)
    }
}
