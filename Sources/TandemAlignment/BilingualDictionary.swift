#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TandemCore

/// A German–English word dictionary for alignment: German word forms mapped to
/// the keys of their English translations.
///
/// Read from the Ding dictionary that Debian's `trans-de-en` installs at
/// ``defaultPath`` (lines `German {gender} | forms :: English | forms`). Only
/// single-word German entries (and reflexive `sich …` verbs) are kept; their
/// English side is reduced to at most three content words, each stored as its
/// lower-cased form and its stem. Loading reads the file once, byte by byte,
/// without building strings, and takes about a tenth of a second; use
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
    public var germanFormCount: Int { heads.count }
    /// How many (German form, English key) links were stored.
    public var linkCount: Int { targets.count }

    /// German form key → (index of the newest link << 8) | link count.
    private let heads: [UInt64: UInt64]
    /// For each link, the index of the previous link of the same German form, or -1.
    private let previous: [Int32]
    /// For each link, the English key.
    private let targets: [UInt64]

    /// The most English keys kept per German form.
    static let maximumLinksPerForm = 96

    private init(path: String, heads: [UInt64: UInt64], previous: [Int32], targets: [UInt64]) {
        self.path = path
        self.heads = heads
        self.previous = previous
        self.targets = targets
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

    /// Reads the Ding dictionary at `path`.
    public static func load(path: String = defaultPath) throws(InputError) -> BilingualDictionary {
        let bytes = try readAll(path: path)
        var builder = Builder()
        builder.parse(bytes)
        return BilingualDictionary(path: path, heads: builder.heads, previous: builder.previous, targets: builder.targets)
    }

    /// Builds a dictionary from Ding-format text (for tests and small word lists).
    public static func parse(text: String, path: String = "<memory>") -> BilingualDictionary {
        var builder = Builder()
        builder.parse(Array(text.utf8))
        return BilingualDictionary(path: path, heads: builder.heads, previous: builder.previous, targets: builder.targets)
    }

    /// Whether the lower-cased German form has an entry.
    public func contains(german form: String) -> Bool { heads[TokenHash.word(form)] != nil }

    /// Whether the German form key has an entry.
    func contains(germanKey: UInt64) -> Bool { heads[germanKey] != nil }

    /// Appends the English keys of the German form key to `output`; false if there is no entry.
    @discardableResult
    func appendTranslations(ofGermanKey key: UInt64, to output: inout [UInt64]) -> Bool {
        guard let head = heads[key] else { return false }
        var link = Int(head >> 8)
        while link >= 0 {
            output.append(targets[link])
            link = Int(previous[link])
        }
        return true
    }

    /// Whether `english` (a lower-cased English word) is among the translations of `german`.
    public func translates(german: String, english: String) -> Bool {
        var keys: [UInt64] = []
        guard appendTranslations(ofGermanKey: TokenHash.word(german.lowercased()), to: &keys) else { return false }
        let bytes = Array(english.lowercased().utf8)
        return keys.contains(TokenHash.word(bytes)) || keys.contains(TokenHash.word(EnglishStem.stem(bytes)))
    }

    private static func readAll(path: String) throws(InputError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { throw .notFound(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path: path) }
        guard let file = fopen(path, "rb") else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
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

/// Parses Ding lines into links.
private struct Builder {
    var heads: [UInt64: UInt64] = [:]
    var previous: [Int32] = []
    var targets: [UInt64] = []
    private var german: [[UInt8]] = []
    private var english: [UInt64] = []

    init() {
        heads.reserveCapacity(400_000)
        previous.reserveCapacity(2_000_000)
        targets.reserveCapacity(2_000_000)
    }

    /// English words that carry no meaning of their own in a dictionary gloss.
    static let englishStopWords: Set<UInt64> = Set([
        "a", "an", "the", "to", "of", "sth", "sb", "sth.", "sb.", "sb's", "sth's", "sb.'s", "sth.'s",
        "one's", "oneself", "and", "or", "be", "is", "in", "on", "at", "for", "with", "by", "from", "as",
        "up", "out", "off", "into", "something", "someone", "somebody", "not", "no", "it", "its", "get",
        "have", "do", "make", "…", "etc.", "e.g.",
    ].map { TokenHash.word($0) })

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
        var index = start
        while index + 3 < end {
            if buffer[index] == 0x20 && buffer[index + 1] == 0x3A && buffer[index + 2] == 0x3A && buffer[index + 3] == 0x20 {
                separator = index
                break
            }
            index += 1
        }
        guard separator > start else { return }
        let germanGroups = groups(buffer, start, separator)
        let englishGroups = groups(buffer, separator + 4, end)
        if germanGroups.count == englishGroups.count {
            for (germanGroup, englishGroup) in zip(germanGroups, englishGroups) {
                link(buffer, germanGroup, englishGroup)
            }
        } else if let first = germanGroups.first, let firstEnglish = englishGroups.first {
            link(buffer, first, firstEnglish)
        }
    }

    /// The ranges between ` | ` separators.
    private func groups(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var groupStart = start
        var index = start
        while index < end {
            if buffer[index] == UInt8(ascii: "|") {
                result.append(groupStart..<index)
                groupStart = index + 1
            }
            index += 1
        }
        result.append(groupStart..<end)
        return result
    }

    private mutating func link(_ buffer: UnsafeBufferPointer<UInt8>, _ germanRange: Range<Int>, _ englishRange: Range<Int>) {
        var german = self.german
        var english = self.english
        german.removeAll(keepingCapacity: true)
        english.removeAll(keepingCapacity: true)
        defer {
            self.german = german
            self.english = english
        }
        forEachAlternative(buffer, germanRange) { words in
            if words.count == 1 {
                german.append(words[0])
            } else if words.count == 2, words[0] == Array("sich".utf8) {
                german.append(words[1])
            }
        }
        guard !german.isEmpty else { return }
        forEachAlternative(buffer, englishRange) { words in
            var content: [UInt64] = []
            var stems: [UInt64] = []
            for word in words {
                let key = TokenHash.word(word)
                if Self.englishStopWords.contains(key) { continue }
                content.append(key)
                let stem = TokenHash.word(EnglishStem.stem(word))
                if stem != key { stems.append(stem) }
            }
            guard !content.isEmpty, content.count <= 3 else { return }
            english.append(contentsOf: content)
            english.append(contentsOf: stems)
        }
        guard !english.isEmpty else { return }
        for form in german {
            let key = TokenHash.word(form)
            var head = heads[key] ?? UInt64.max
            var linkCount = head == UInt64.max ? 0 : Int(head & 0xFF)
            var newest = head == UInt64.max ? -1 : Int(head >> 8)
            for target in english {
                if linkCount >= BilingualDictionary.maximumLinksPerForm { break }
                if newest >= 0 && targets[newest] == target { continue }
                previous.append(Int32(newest))
                targets.append(target)
                newest = targets.count - 1
                linkCount += 1
            }
            head = (UInt64(newest) << 8) | UInt64(linkCount)
            heads[key] = head
        }
    }

    /// Calls `body` with the lower-cased words of each `;`-separated alternative,
    /// annotations (`{m}`, `[ugs.]`, `(…)`, `<…>`, `/Abk./`) removed.
    private func forEachAlternative(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: ([[UInt8]]) -> Void) {
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        var depth = 0
        var inSlash = false
        var previousByte: UInt8 = 0x20
        var scratch: [UInt8] = []
        func finishWord() {
            // Trim punctuation around the word.
            var lower = word.startIndex
            var upper = word.endIndex
            while lower < upper, Self.isTrimmed(word[lower]) { lower += 1 }
            while upper > lower, Self.isTrimmed(word[upper - 1]) { upper -= 1 }
            if upper > lower {
                scratch.removeAll(keepingCapacity: true)
                ByteCase.appendLowercased(word[lower..<upper], to: &scratch)
                words.append(scratch)
            }
            word.removeAll(keepingCapacity: true)
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
                finishWord()
                if !words.isEmpty { body(words) }
                words.removeAll(keepingCapacity: true)
            case 0x20 where depth == 0:
                finishWord()
            default:
                if depth == 0 { word.append(byte) }
            }
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
