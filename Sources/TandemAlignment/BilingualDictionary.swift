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
    public static func load(path: String = defaultPath, cacheDirectory: String? = defaultCacheDirectory) throws(InputError) -> BilingualDictionary {
        let info = try status(path: path)
        let stamp: [UInt64] = [formatVersion, UInt64(maximumLinksPerForm), UInt64(info.st_size),
                               UInt64(bitPattern: Int64(modification(info).tv_sec)), UInt64(bitPattern: Int64(modification(info).tv_nsec)),
                               TokenHash.word(path)]
        let cachePath = cacheDirectory.map { "\($0)/dictionary-\(String(TokenHash.word(path), radix: 16)).bin" }
        if let cachePath, let table = LinkTable.read(from: cachePath, stamp: stamp) {
            return BilingualDictionary(path: path, storage: table, isFromCache: true)
        }
        let bytes = try readAll(path: path, size: Int(info.st_size))
        var builder = Builder()
        builder.parse(bytes)
        if let cacheDirectory, let cachePath, makeDirectory(cacheDirectory) {
            _ = builder.table.write(to: cachePath, stamp: stamp)
        }
        return BilingualDictionary(path: path, storage: builder.table, isFromCache: false)
    }

    /// Builds a dictionary from Ding-format text (for tests and small word lists).
    public static func parse(text: String, path: String = "<memory>") -> BilingualDictionary {
        var builder = Builder()
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

/// Parses Ding lines into links, without allocating per word: words are
/// lower-cased into one reused buffer and handled as ranges of it.
private struct Builder {
    var table = LinkTable()
    /// The lower-cased words of the group being parsed, back to back.
    private var letters: [UInt8] = []
    /// Each word's range in `letters`.
    private var words: [Range<Int>] = []
    /// Each alternative's range in `words`.
    private var alternatives: [Range<Int>] = []
    private var germanKeys: [UInt64] = []
    private var englishKeys: [UInt64] = []

    init() {
        letters.reserveCapacity(4096)
    }

    /// English words that carry no meaning of their own in a dictionary gloss.
    static let englishStopWords: Set<UInt64> = Set([
        "a", "an", "the", "to", "of", "sth", "sb", "sth.", "sb.", "sb's", "sth's", "sb.'s", "sth.'s",
        "one's", "oneself", "and", "or", "be", "is", "in", "on", "at", "for", "with", "by", "from", "as",
        "up", "out", "off", "into", "something", "someone", "somebody", "not", "no", "it", "its", "get",
        "have", "do", "make", "…", "etc.", "e.g.",
    ].map { TokenHash.word($0) })

    static let sich = TokenHash.word("sich")

    mutating func parse(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            let count = buffer.count
            while start < count {
                var end = start
                while end < count && buffer[end] != 0x0A { end += 1 }
                if end > start && buffer[start] != UInt8(ascii: "#") {
                    parseLine(buffer, start, end)
                }
                start = end + 1
            }
        }
    }

    private mutating func parseLine(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        // Find " :: ".
        var separator = -1
        var index = start + 1
        while index + 2 < end {
            if buffer[index] == 0x3A && buffer[index + 1] == 0x3A && buffer[index - 1] == 0x20 && buffer[index + 2] == 0x20 {
                separator = index - 1
                break
            }
            index += 1
        }
        guard separator > start else { return }
        var germanGroups = 0
        var englishGroups = 0
        for position in start..<separator where buffer[position] == UInt8(ascii: "|") { germanGroups += 1 }
        for position in (separator + 4)..<end where buffer[position] == UInt8(ascii: "|") { englishGroups += 1 }
        var germanStart = start
        var englishStart = separator + 4
        let pairsGroups = germanGroups == englishGroups
        while germanStart <= separator && englishStart <= end {
            var germanEnd = germanStart
            while germanEnd < separator && buffer[germanEnd] != UInt8(ascii: "|") { germanEnd += 1 }
            var englishEnd = englishStart
            while englishEnd < end && buffer[englishEnd] != UInt8(ascii: "|") { englishEnd += 1 }
            link(buffer, germanStart..<germanEnd, englishStart..<englishEnd)
            if !pairsGroups { break }
            germanStart = germanEnd + 1
            englishStart = englishEnd + 1
        }
    }

    private mutating func link(_ buffer: UnsafeBufferPointer<UInt8>, _ germanRange: Range<Int>, _ englishRange: Range<Int>) {
        germanKeys.removeAll(keepingCapacity: true)
        englishKeys.removeAll(keepingCapacity: true)
        collect(buffer, germanRange)
        for alternative in alternatives {
            if alternative.count == 1 {
                germanKeys.append(key(words[alternative.lowerBound]))
            } else if alternative.count == 2, key(words[alternative.lowerBound]) == Self.sich {
                germanKeys.append(key(words[alternative.lowerBound + 1]))
            }
        }
        guard !germanKeys.isEmpty else { return }
        collect(buffer, englishRange)
        letters.withUnsafeBufferPointer { letterBuffer in
            for alternative in alternatives {
                var content = 0
                for word in words[alternative] where !Self.englishStopWords.contains(Self.hash(letterBuffer, word)) { content += 1 }
                guard content > 0, content <= 3 else { continue }
                for word in words[alternative] {
                    let formKey = Self.hash(letterBuffer, word)
                    if Self.englishStopWords.contains(formKey) { continue }
                    englishKeys.append(formKey)
                    let stemKey = EnglishStem.stemKey(UnsafeBufferPointer(rebasing: letterBuffer[word]))
                    if stemKey != formKey { englishKeys.append(stemKey) }
                }
            }
        }
        guard !englishKeys.isEmpty else { return }
        for german in germanKeys {
            table.link(german, to: englishKeys, limit: BilingualDictionary.maximumLinksPerForm)
        }
    }

    private func key(_ word: Range<Int>) -> UInt64 {
        letters.withUnsafeBufferPointer { Self.hash($0, word) }
    }

    @inline(__always)
    private static func hash(_ letters: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> UInt64 {
        var hash = TokenHash.offsetBasis
        for index in word {
            hash ^= UInt64(letters[index])
            hash = hash &* TokenHash.prime
        }
        return hash
    }

    /// Splits a group into `;`-separated alternatives of lower-cased words,
    /// annotations (`{m}`, `[ugs.]`, `(…)`, `<…>`, `/Abk./`) removed.
    private mutating func collect(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        letters.removeAll(keepingCapacity: true)
        words.removeAll(keepingCapacity: true)
        alternatives.removeAll(keepingCapacity: true)
        var depth = 0
        var inSlash = false
        var previousByte: UInt8 = 0x20
        var wordStart = 0
        var alternativeStart = 0
        var previousWasC3 = false
        func finishWord(_ letters: inout [UInt8], _ words: inout [Range<Int>]) {
            var lower = wordStart
            var upper = letters.count
            while lower < upper, Self.isTrimmed(letters[lower]) { lower += 1 }
            while upper > lower, Self.isTrimmed(letters[upper - 1]) { upper -= 1 }
            if upper > lower { words.append(lower..<upper) }
            wordStart = letters.count
        }
        var index = range.lowerBound
        while index <= range.upperBound {
            let byte: UInt8 = index < range.upperBound ? buffer[index] : UInt8(ascii: ";")
            index += 1
            if inSlash {
                if byte == UInt8(ascii: "/") { inSlash = false }
                previousByte = byte
                continue
            }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "<"):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ")"), UInt8(ascii: ">"):
                depth = max(0, depth - 1)
            case UInt8(ascii: "/") where depth == 0 && previousByte == 0x20:
                inSlash = true
            case UInt8(ascii: ";") where depth == 0:
                finishWord(&letters, &words)
                if words.count > alternativeStart { alternatives.append(alternativeStart..<words.count) }
                alternativeStart = words.count
            case 0x20 where depth == 0:
                finishWord(&letters, &words)
            default:
                if depth == 0 {
                    if byte >= 0x41 && byte <= 0x5A {
                        letters.append(byte + 0x20)
                    } else if previousWasC3 && byte >= 0x80 && byte <= 0x9E && byte != 0x97 {
                        letters.append(byte + 0x20)
                    } else {
                        letters.append(byte)
                    }
                }
            }
            previousWasC3 = byte == 0xC3
            previousByte = byte
        }
    }

    private static func isTrimmed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""),
             UInt8(ascii: ":"), UInt8(ascii: "'"), UInt8(ascii: "-"), 0x09:
            return true
        default:
            return false
        }
    }
}
