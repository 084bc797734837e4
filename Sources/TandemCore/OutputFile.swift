#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes its output: standard output, or a file that is
/// written to a temporary file beside it and renamed into place only when
/// complete, so a reader never sees half a file and a failure leaves the
/// old file as it was.
public final class OutputSink {
    private let path: String?
    private let temporaryPath: String?
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []
    private var committed = false

    /// Standard output, or the file at `path`.
    public init(path: String?) throws(InputError) {
        self.path = path
        guard let path, path != "-" else {
            self.temporaryPath = nil
            self.file = fdopen(STDOUT_FILENO, "wb")
            return
        }
        let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        var template = Array("\(directory.isEmpty ? "/" : directory)/.tandem-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw .unwritable(path: path, reason: String(cString: strerror(errno))) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let handle = fdopen(descriptor, "wb") else {
            close(descriptor)
            unlink(temporary)
            throw .unwritable(path: path, reason: String(cString: strerror(errno)))
        }
        self.temporaryPath = temporary
        self.file = handle
    }

    deinit {
        if !committed, let temporaryPath {
            fclose(file)
            unlink(temporaryPath)
        }
    }

    /// Appends text (buffered).
    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flushBuffer() }
    }

    /// Appends bytes as they are (buffered).
    public func write<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flushBuffer() }
    }

    /// Writes everything out; for a file, moves it into place (keeping the old file's permissions).
    public func commit() throws(InputError) {
        flushBuffer()
        guard let path, let temporaryPath else {
            fflush(file)
            committed = true
            return
        }
        guard fflush(file) == 0, fsync(fileno(file)) == 0 else {
            throw .unwritable(path: path, reason: String(cString: strerror(errno)))
        }
        var existing = stat()
        let mode: mode_t = stat(path, &existing) == 0 ? existing.st_mode & 0o7777 : 0o644 & ~currentUmask()
        fchmod(fileno(file), mode)
        fclose(file)
        committed = true
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw .unwritable(path: path, reason: reason)
        }
    }

    private func flushBuffer() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { _ = fwrite($0.baseAddress, 1, $0.count, file) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func currentUmask() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return mask
    }
}

/// Replaces a file's bytes atomically: a temporary file beside it, then a rename.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(InputError) {
        let sink = try OutputSink(path: path)
        sink.write(bytes: bytes)
        try sink.commit()
    }
}
