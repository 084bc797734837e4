import CHunspell
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// A hunspell dictionary: spelling, suggestions, stems and morphological analysis.
///
///     let de = try Hunspell(locale: "de-DE")
///     de.spell("Kundendienstmitarbeiterin")   // true
///     de.spell("Kundendienstmitarbieter")     // false
///     de.suggest("Kundendienstmitarbieter")   // ["Kundendienstmitarbeiter", …]
///     de.stem("Kundendienstmitarbeitern")     // ["Kundendienstmitarbeiter"]
///
/// hunspell handles are not thread-safe: calls are serialized by a lock.
public final class Hunspell: @unchecked Sendable {
    /// The dictionary's name, e.g. `de_DE`.
    public let name: String
    private let handle: OpaquePointer
    private let lock = Mutex<Void>(())

    /// Where Debian installs hunspell dictionaries.
    public static let systemDirectory = "/usr/share/hunspell"

    /// The dictionaries tandem knows, with the Debian package that installs each.
    public static let packages: [String: String] = [
        "de_DE": "hunspell-de-de", "de_AT": "hunspell-de-at", "de_CH": "hunspell-de-ch",
        "en_US": "hunspell-en-us", "en_GB": "hunspell-en-gb",
    ]

    /// Why a dictionary could not be opened.
    public enum LoadError: Error, Equatable, Sendable, CustomStringConvertible {
        /// No dictionary for the locale; `package` is the Debian package that provides it, if known.
        case missing(dictionary: String, directory: String, package: String?)

        public var description: String {
            switch self {
            case let .missing(dictionary, directory, package):
                let install = package.map { " (install the Debian package \($0))" } ?? ""
                return "no hunspell dictionary \(dictionary) in \(directory)\(install)"
            }
        }
    }

    /// Opens `<directory>/<name>.aff` and `.dic` for a BCP 47 tag or locale ID (`de-DE`, `de_CH`, `en`).
    ///
    /// A bare language picks its main country: `de` → `de_DE`, `en` → `en_US`.
    public init(locale: String, directory: String = Hunspell.systemDirectory) throws(LoadError) {
        let name = Self.dictionaryName(for: locale)
        let aff = "\(directory)/\(name).aff"
        let dic = "\(directory)/\(name).dic"
        guard Self.isReadable(aff), Self.isReadable(dic), let handle = Hunspell_create(aff, dic) else {
            throw .missing(dictionary: name, directory: directory, package: Self.packages[name])
        }
        self.handle = handle
        self.name = name
    }

    deinit { Hunspell_destroy(handle) }

    /// The dictionary file name for a locale: `de-ch` → `de_CH`.
    public static func dictionaryName(for locale: String) -> String {
        let parts = locale.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        let language = parts.first?.lowercased() ?? ""
        if let region = parts.dropFirst().first(where: { $0.count == 2 }) {
            return "\(language)_\(region.uppercased())"
        }
        switch language {
        case "de": return "de_DE"
        case "en": return "en_US"
        default: return language
        }
    }

    /// Whether `word` is spelled correctly.
    public func spell(_ word: String) -> Bool {
        lock.withLock { _ in Hunspell_spell(handle, word) != 0 }
    }

    /// Suggested corrections for `word`, best first.
    public func suggest(_ word: String) -> [String] {
        lock.withLock { _ in list { Hunspell_suggest(handle, $0, word) } }
    }

    /// The stems of `word` (e.g. the nominative singular of a German noun).
    public func stem(_ word: String) -> [String] {
        lock.withLock { _ in list { Hunspell_stem(handle, $0, word) } }
    }

    /// hunspell's morphological analyses of `word` (e.g. `st:Arzt fl:F`).
    public func analyze(_ word: String) -> [String] {
        lock.withLock { _ in list { Hunspell_analyze(handle, $0, word) } }
    }

    private func list(_ call: (UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32) -> [String] {
        var results: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let count = call(&results)
        guard count > 0, let list = results else { return [] }
        defer { Hunspell_free_list(handle, &results, count) }
        return (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }
    }

    private static func isReadable(_ path: String) -> Bool {
        guard let file = fopen(path, "r") else { return false }
        fclose(file)
        return true
    }
}
