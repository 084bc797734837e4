#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes its output: standard output, or a file that is
/// written to a temporary file beside it and renamed into place only when
/// complete, so a reader never sees half a file and a failure leaves the
/// old file as it was.
///
/// A command that writes its output while it works (a review streaming its
/// pairs) asks for a spooled sink: standard output then also goes through a
/// temporary file, copied out on ``commit()``, so an error half-way prints
/// nothing rather than half a report.
public final class OutputSink {
    private let path: String?
    private let temporaryPath: String?
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []
    private var committed = false
    /// Whether standard output goes through a temporary file.
    private let spoolsStandardOutput: Bool

    /// Standard output, or the file at `path`; with `spooled`, standard output is written only on ``commit()``.
    public init(path: String?, spooled: Bool = false) throws(InputError) {
        self.path = path
        guard let path, path != "-" else {
            if spooled {
                let folder = TemporaryFolder.path
                var template = Array("\(folder)/tandem-output-XXXXXX".utf8CString)
                let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
                guard descriptor >= 0, let handle = fdopen(descriptor, "w+b") else {
                    throw .unwritable(path: folder, reason: String(cString: strerror(errno)))
                }
                let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                // The file has no name from now on: it disappears with the process whatever happens.
                unlink(temporary)
                self.temporaryPath = nil
                self.file = handle
                self.spoolsStandardOutput = true
                return
            }
            self.temporaryPath = nil
            self.file = fdopen(STDOUT_FILENO, "wb")
            self.spoolsStandardOutput = false
            return
        }
        self.spoolsStandardOutput = false
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
        } else if !committed, spoolsStandardOutput {
            fclose(file)
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
            if spoolsStandardOutput { try copySpoolToStandardOutput() }
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

    private func copySpoolToStandardOutput() throws(InputError) {
        guard fflush(file) == 0 else { throw .unwritable(path: "-", reason: String(cString: strerror(errno))) }
        rewind(file)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count == 0 { break }
            var written = 0
            while written < count {
                let result = chunk.withUnsafeBytes { writeToDescriptor(STDOUT_FILENO, $0.baseAddress! + written, count - written) }
                guard result > 0 else { throw .unwritable(path: "-", reason: String(cString: strerror(errno))) }
                written += result
            }
        }
        fclose(file)
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

/// `write(2)`, named apart from the sink's own `write` methods.
private func writeToDescriptor(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// The folder for temporary files: `TMPDIR`, else `/tmp`.
enum TemporaryFolder {
    static var path: String {
        if let value = getenv("TMPDIR"), let folder = String(validatingCString: value), !folder.isEmpty { return folder }
        return "/tmp"
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
