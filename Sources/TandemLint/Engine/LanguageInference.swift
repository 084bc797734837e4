import TandemICU

/// What a file's path says about its language and which resource it is.
public struct PathLanguage: Hashable, Sendable {
    /// The language the path names (`de` for `values-de/`, `de.lproj/`, `messages_de.properties`), if any.
    public var language: String?
    /// The path with the language replaced by `{lang}`: files of one resource in
    /// different languages share it (`res/values-{lang}/strings.xml`).
    public var identity: String
    /// Whether the path is the default variant of the resource (`values/`, `Base.lproj/`,
    /// `messages.properties`), which holds the reference language.
    public var isDefault: Bool
}

/// Finds the language in a locale file's path, by the layouts platforms use.
///
/// Recognized: `de.po`, `de-CH.json`, `app_de.arb`, `messages_de_DE.properties`,
/// `strings.de.json` (the name); `de.lproj/`, `values-de/`, `values-de-rCH/`,
/// `values-b+de+CH/`, `locales/de/`, `_locales/pt_BR/` (a folder). The default
/// variants `values/`, `Base.lproj/` and `messages.properties` (when a sibling
/// `messages_xx.properties` exists, which the grouping checks) are marked default.
public enum LanguageInference {
    /// The language and identity of `path` (relative to the linted root, `/`-separated).
    public static func infer(_ path: String) -> PathLanguage {
        var components = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let name = components.last else { return PathLanguage(language: nil, identity: path, isDefault: false) }
        let dot = name.lastIndex(of: ".")
        let stem = dot.map { String(name[..<$0]) } ?? name
        let ext = dot.map { String(name[$0...]) } ?? ""
        // The file name.
        if isLanguage(stem) {
            components[components.count - 1] = "{lang}" + ext
            return PathLanguage(language: normalized(stem), identity: components.joined(separator: "/"), isDefault: false)
        }
        if let (base, separator, tag) = suffixLanguage(stem) {
            components[components.count - 1] = base + separator + "{lang}" + ext
            return PathLanguage(language: normalized(tag), identity: components.joined(separator: "/"), isDefault: false)
        }
        // Folders, innermost first.
        for index in stride(from: components.count - 2, through: 0, by: -1) {
            let folder = components[index]
            if folder.hasSuffix(".lproj") {
                let tag = String(folder.dropLast(6))
                components[index] = "{lang}.lproj"
                if tag == "Base" { return PathLanguage(language: nil, identity: components.joined(separator: "/"), isDefault: true) }
                if isLanguage(tag) { return PathLanguage(language: normalized(tag), identity: components.joined(separator: "/"), isDefault: false) }
            }
            if folder == "values" {
                components[index] = "values-{lang}"
                return PathLanguage(language: nil, identity: components.joined(separator: "/"), isDefault: true)
            }
            if folder.hasPrefix("values-"), let tag = androidLanguage(String(folder.dropFirst(7))) {
                components[index] = "values-{lang}"
                return PathLanguage(language: tag, identity: components.joined(separator: "/"), isDefault: false)
            }
            if isLanguage(folder) {
                components[index] = "{lang}"
                return PathLanguage(language: normalized(folder), identity: components.joined(separator: "/"), isDefault: false)
            }
        }
        return PathLanguage(language: nil, identity: path, isDefault: false)
    }

    /// `de_DE` → `de-DE`.
    static func normalized(_ tag: String) -> String {
        String(tag.map { $0 == "_" ? "-" : $0 })
    }

    /// Whether `text` is a language tag as file layouts write them: `de`, `de-DE`, `de_CH`, `pt-BR`, `zh-Hans`, `sr-Latn-RS`.
    static func isLanguage(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let first = parts.first, parts.count <= 3, text.first != "-", text.first != "_" else { return false }
        guard (first.count == 2 || first.count == 3), first.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
        for part in parts.dropFirst() {
            let isRegion = (part.count == 2 && part.allSatisfy { $0.isASCII && $0.isUppercase }) || (part.count == 3 && part.allSatisfy(\.isNumber))
            let isScript = part.count == 4 && part.first!.isUppercase && part.dropFirst().allSatisfy { $0.isASCII && $0.isLowercase }
            if !isRegion && !isScript { return false }
        }
        if first.count == 3 && !knownThreeLetter.contains(String(first)) { return false }
        return (try? LanguageTag(String(first))) != nil
    }

    static let knownThreeLetter: Set<String> = ["fil", "haw", "yue", "ast", "ckb", "gsw", "kab", "nds", "sat", "chr", "fur", "nqo"]

    /// `app_de` → (`app`, `_`, `de`); `strings.de-CH` → (`strings`, `.`, `de-CH`).
    static func suffixLanguage(_ stem: String) -> (String, String, String)? {
        let scalars = Array(stem)
        // Try the longest plausible tag first: xx_YY, then xx.
        for length in [10, 8, 7, 6, 5, 3, 2] where scalars.count > length + 1 {
            let separator = scalars[scalars.count - length - 1]
            guard separator == "_" || separator == "-" || separator == "." else { continue }
            let tag = String(scalars[(scalars.count - length)...])
            let base = String(scalars[..<(scalars.count - length - 1)])
            if isLanguage(tag) { return (base, String(separator), tag) }
        }
        return nil
    }

    /// `de` → `de`; `de-rCH` → `de-CH`; `b+de+CH` → `de-CH`.
    static func androidLanguage(_ qualifier: String) -> String? {
        if qualifier.hasPrefix("b+") {
            let tag = qualifier.dropFirst(2).split(separator: "+").joined(separator: "-")
            return isLanguage(tag) ? tag : nil
        }
        let parts = qualifier.split(separator: "-")
        guard let first = parts.first, isLanguage(String(first)) else { return nil }
        if parts.count > 1, parts[1].hasPrefix("r"), parts[1].count == 3 {
            return "\(first)-\(parts[1].dropFirst())"
        }
        return String(first)
    }
}
