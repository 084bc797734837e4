#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import TandemCore

/// A German–English word dictionary for alignment: German word forms mapped to
/// the keys of their English translations.
///
/// Read from the Ding dictionary that Debian's `trans-de-en` installs at
/// ``defaultPath`` (lines `German {gender} | forms :: English | forms`). Only
/// single-word German entries (and reflexive `sich …` verbs) are kept; their
/// English side is reduced to at most three content words, each stored as its
/// lower-cased form and its stem. Loading reads the file once, byte by byte,
/// without building strings (about 0.4 s in a release build), and saves the
/// result as a binary cache beside the user's other caches
/// (`$TANDEM_CACHE_DIR`, else `$XDG_CACHE_HOME/tandem`, else `~/.cache/tandem`),
/// which later runs read in a few hundredths of a second. Use
/// ``shared(path:)`` to load once per process.
///
///     let dictionary = try BilingualDictionary.load()
///     dictionary.contains(german: "paket")        // true
public final class BilingualDictionary: @unchecked Sendable {
    /// Where Debian's `trans-de-en` puts the dictionary.
    public static let defaultPath = "/usr/share/trans/de-en"

    /// The file the dictionary was read from.
    public let path: String
    /// The language of the dictionary's first side (`de`).
    public let firstLanguage = "de"
    /// The language of its second side (`en`).
    public let secondLanguage = "en"
    /// How many distinct German forms have translations.
    public var germanFormCount: Int { storage.count }
    /// How many (German form, English key) links were stored.
    public var linkCount: Int { storage.targets.count }
    /// Whether this copy was read from the binary cache rather than parsed.
    public let isFromCache: Bool

    private let storage: LinkTable

    /// The most English keys kept per German form.
    static let maximumLinksPerForm = 96
    /// Changes whenever parsing changes, so old caches are not used.
    static let formatVersion: UInt64 = 3

    private init(path: String, storage: LinkTable, isFromCache: Bool) {
        self.path = path
        self.storage = storage
        self.isFromCache = isFromCache
    }

    /// Where the binary cache goes: `$TANDEM_CACHE_DIR`, `$XDG_CACHE_HOME/tandem` or `~/.cache/tandem`.
    public static var defaultCacheDirectory: String? {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["TANDEM_CACHE_DIR"], !explicit.isEmpty { return explicit }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/tandem" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/tandem" }
        return nil
    }

    nonisolated(unsafe) private static var cache: [String: BilingualDictionary] = [:]
    private static let cacheLock = CacheLock()

    /// The dictionary at `path`, loaded on first use and kept for the life of the process.
    public static func shared(path: String = defaultPath) throws(InputError) -> BilingualDictionary {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        if let loaded = cache[path] { return loaded }
        let dictionary = try load(path: path)
        cache[path] = dictionary
        return dictionary
    }

    /// Reads the Ding dictionary at `path`, through the binary cache in `cacheDirectory` when there is one.
    ///
    /// The cache is keyed by the file's path, size and modification time; a
    /// cache that cannot be read or written is ignored.
    public static func load(path: String = defaultPath,
                            cacheDirectory: String? = defaultCacheDirectory) throws(InputError) -> BilingualDictionary {
        let info = try status(path: path)
        let stamp: [UInt64] = [formatVersion, UInt64(maximumLinksPerForm), UInt64(info.st_size),
                               UInt64(bitPattern: Int64(modification(info).tv_sec)),
                               UInt64(bitPattern: Int64(modification(info).tv_nsec)),
                               TokenHash.word(path)]
        let cachePath = cacheDirectory.map { "\($0)/dictionary-\(String(TokenHash.word(path), radix: 16)).bin" }
        if let cachePath, let table = LinkTable.read(from: cachePath, stamp: stamp) {
            return BilingualDictionary(path: path, storage: table, isFromCache: true)
        }
        let bytes = try readAll(path: path, size: Int(info.st_size))
        var builder = DingParser()
        builder.parse(bytes)
        if let cacheDirectory, let cachePath, makeDirectory(cacheDirectory) {
            _ = builder.table.write(to: cachePath, stamp: stamp)
        }
        return BilingualDictionary(path: path, storage: builder.table, isFromCache: false)
    }

    /// Builds a dictionary from Ding-format text (for tests and small word lists).
    public static func parse(text: String, path: String = "<memory>") -> BilingualDictionary {
        var builder = DingParser()
        builder.parse(Array(text.utf8))
        return BilingualDictionary(path: path, storage: builder.table, isFromCache: false)
    }

    /// Whether the lower-cased German form has an entry.
    public func contains(german form: String) -> Bool { storage.head(TokenHash.word(form)) != nil }

    /// Whether the German form key has an entry.
    func contains(germanKey: UInt64) -> Bool { storage.head(germanKey) != nil }

    /// Appends the English keys of the German form key to `output`; false if there is no entry.
    @discardableResult
    func appendTranslations(ofGermanKey key: UInt64, to output: inout [UInt64]) -> Bool {
        storage.forEachTarget(of: key) { output.append($0) }
    }

    /// Whether `english` (a lower-cased English word) is among the translations of `german`.
    public func translates(german: String, english: String) -> Bool {
        var keys: [UInt64] = []
        guard appendTranslations(ofGermanKey: TokenHash.word(german.lowercased()), to: &keys) else { return false }
        let bytes = Array(english.lowercased().utf8)
        return keys.contains(TokenHash.word(bytes)) || keys.contains(TokenHash.word(EnglishStem.stem(bytes)))
    }

    private static func status(path: String) throws(InputError) -> stat {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { throw .notFound(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path: path) }
        return info
    }

    private static func modification(_ info: stat) -> timespec {
        #if canImport(Darwin)
        return info.st_mtimespec
        #else
        return info.st_mtim
        #endif
    }

    private static func makeDirectory(_ path: String) -> Bool {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) != 0 && errno != EEXIST { return false }
        }
        return true
    }

    private static func readAll(path: String, size: Int) throws(InputError) -> [UInt8] {
        guard let file = fopen(path, "rb") else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var bytes = [UInt8](repeating: 0, count: size)
        var total = 0
        while total < bytes.count {
            let read = bytes.withUnsafeMutableBytes { buffer in
                fread(buffer.baseAddress! + total, 1, buffer.count - total, file)
            }
            if read == 0 { break }
            total += read
        }
        if total < bytes.count { bytes.removeSubrange(total...) }
        if bytes.isEmpty { throw .empty(path: path) }
        return bytes
    }
}

/// A small mutex for the process-wide dictionary cache.
private final class CacheLock: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func lock() { pthread_mutex_lock(&mutex) }
    func unlock() { pthread_mutex_unlock(&mutex) }
}
