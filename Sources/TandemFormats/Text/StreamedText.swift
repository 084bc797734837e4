#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import TandemCore

/// A file read in parts, so that memory holds a window of it rather than all of it.
///
/// The window is a ``SourceText`` whose ``SourceText/origin`` says where its
/// first byte stands in the file, so every position reported from it is a
/// position in the file. A reader drops what it has finished with and asks for
/// more:
///
///     let text = try StreamedText(path: "big.xlf")
///     // … read text.window.bytes up to `offset` …
///     try text.advance(dropping: offset)
///
/// UTF-8 files (with or without a byte-order mark) are streamed and validated
/// as they are read. Files in another encoding (UTF-16, ISO-8859-1) are
/// transcoded whole: the window is then the whole file.
public final class StreamedText {
    /// How many bytes one read adds to the window.
    public static let defaultChunkSize = 1 << 20

    public let path: String
    /// The part of the file in memory.
    public private(set) var window: SourceText
    /// Whether the window reaches the end of the file.
    public private(set) var isComplete: Bool
    /// The offset in the file's UTF-8 text (after a byte-order mark) of the window's first byte.
    public private(set) var windowStart = 0
    /// How many bytes one read adds.
    public let chunkSize: Int
    private var file: UnsafeMutablePointer<FILE>?
    /// The bytes of a UTF-8 sequence cut by the end of the last read, held back until the next one.
    private var heldBack: [UInt8] = []
    private let byteOrderMarkLength: Int

    /// Opens the file at `path` and reads its first part.
    ///
    /// - Parameters:
    ///   - readsWhole: decides from the first bytes read (up to one chunk) that the
    ///     file must be decoded whole, e.g. an XML file declaring ISO-8859-1.
    ///     Files in UTF-16 are always decoded whole.
    ///   - decode: decodes a whole file's raw bytes.
    public init(path: String, chunkSize: Int = StreamedText.defaultChunkSize,
                readsWhole: ([UInt8]) -> Bool = { _ in false },
                decode: (String, [UInt8]) throws(InputError) -> SourceText = { path, raw throws(InputError) in try SourceText.decode(path: path, raw: raw) }) throws(InputError) {
        self.path = path
        self.chunkSize = max(chunkSize, 16)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path: path) }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        guard let handle = fopen(path, "rb") else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        let first = Self.read(handle, count: self.chunkSize)
        if first.isEmpty {
            fclose(handle)
            throw .empty(path: path)
        }
        let utf16 = (first.count >= 2 && ((first[0] == 0xFF && first[1] == 0xFE) || (first[0] == 0xFE && first[1] == 0xFF)))
            || (first.count >= 4 && ((first[0] == 0x3C && first[1] == 0) || (first[0] == 0 && first[1] == 0x3C)))
        if utf16 || readsWhole(first) {
            var raw = first
            while true {
                let more = Self.read(handle, count: 1 << 20)
                if more.isEmpty { break }
                raw.append(contentsOf: more)
            }
            fclose(handle)
            window = try decode(path, raw)
            isComplete = true
            byteOrderMarkLength = window.byteOrderMarkLength
            return
        }
        let bom = first.count >= 3 && first[0] == 0xEF && first[1] == 0xBB && first[2] == 0xBF ? 3 : 0
        byteOrderMarkLength = bom
        file = handle
        window = SourceText(path: path, bytes: [], byteOrderMarkLength: bom)
        isComplete = false
        do {
            try append(Array(first[bom...]), keeping: 0)
        } catch {
            closeFile()
            throw error
        }
    }

    deinit { closeFile() }

    /// The first `count` bytes of the file at `path` as stored (for recognizing its format);
    /// a missing, unreadable or empty file, or a folder, is an error.
    public static func rawPrefix(path: String, count: Int) throws(InputError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path: path) }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        guard let handle = fopen(path, "rb") else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { fclose(handle) }
        let bytes = read(handle, count: count)
        if bytes.isEmpty { throw .empty(path: path) }
        return bytes
    }

    /// Drops the window's bytes before `offset` and reads at least `minimum` more bytes (one chunk by default), if the file has them.
    public func advance(dropping offset: Int, minimum: Int? = nil) throws(InputError) {
        let offset = max(0, min(offset, window.bytes.count))
        guard !isComplete else {
            if offset > 0 { rebase(dropping: offset, appending: []) }
            return
        }
        let wanted = max(minimum ?? chunkSize, 1)
        var added: [UInt8] = []
        while added.count < wanted, file != nil {
            let bytes = Self.read(file!, count: max(chunkSize, wanted - added.count))
            if bytes.isEmpty { closeFile(); break }
            added.append(contentsOf: bytes)
        }
        do {
            try append(added, keeping: offset)
        } catch {
            closeFile()
            throw error
        }
    }

    /// Adds `bytes` (validated as UTF-8) after the window's bytes from `offset` on.
    private func append(_ bytes: [UInt8], keeping offset: Int) throws(InputError) {
        var incoming = heldBack
        incoming.append(contentsOf: bytes)
        heldBack = []
        let final = file == nil || bytes.isEmpty
        if bytes.isEmpty { closeFile() }
        let invalid = incoming.withUnsafeBufferPointer { UTF8Validation.firstInvalidByte(in: $0, isFinal: final) }
        if let invalid {
            if invalid < 0 {
                heldBack = Array(incoming.suffix(-invalid))
                incoming.removeLast(-invalid)
            } else {
                // Report the position in the file: the window up to the bad byte gives line and column.
                let partial = SourceText(path: path, bytes: Array(window.bytes[offset...]) + incoming[..<invalid], origin: window.position(at: offset))
                let position = partial.position(at: partial.bytes.count)
                throw .invalidUTF8(path: path, byteOffset: byteOrderMarkLength + windowStart + window.bytes.count + invalid,
                                   line: position.line, column: position.column)
            }
        }
        rebase(dropping: offset, appending: incoming)
        if file == nil, heldBack.isEmpty { isComplete = true }
    }

    private func rebase(dropping offset: Int, appending bytes: [UInt8]) {
        let origin = window.position(at: offset)
        var kept = Array(window.bytes[offset...])
        kept.append(contentsOf: bytes)
        windowStart += offset
        window = SourceText(path: path, bytes: kept, encoding: .utf8, byteOrderMarkLength: byteOrderMarkLength, origin: origin)
    }

    private func closeFile() {
        if let file { fclose(file) }
        file = nil
    }

    private static func read(_ file: UnsafeMutablePointer<FILE>, count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let read = bytes.withUnsafeMutableBytes { fread($0.baseAddress, 1, count, file) }
        bytes.removeLast(count - read)
        return bytes
    }
}
