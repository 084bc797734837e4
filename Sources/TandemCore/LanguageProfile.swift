/// What tandem knows about writing in one language: the data in
/// `Locales/languages/<language>.txt`.
///
/// The file has sections, each a header in brackets followed by one entry per
/// line; `#` starts a comment:
///
///     [abbreviations]          # end in a period, never end a sentence: z. B.
///     [final-abbreviations]    # end in a period and may end a sentence: usw.
///     [ordinal-context]        # words after which "3." is an ordinal: am, vom
///     [months]                 # month names: Oktober
///     [function-words]         # frequent short words, for telling languages apart
///     [sentence-starters]      # words that start a new sentence after a final abbreviation
///     [words]                  # correct words the spelling dictionaries lack: Highschool
public struct LanguageProfile: Sendable {
    /// The language subtag, e.g. `de`.
    public let language: String
    public let abbreviations: Set<String>
    public let finalAbbreviations: Set<String>
    public let ordinalContext: Set<String>
    public let months: Set<String>
    public let functionWords: Set<String>
    public let sentenceStarters: Set<String>
    /// Correct words the spelling dictionaries lack, as written (case matters).
    public let words: Set<String>
    /// The largest number of space-separated tokens in any abbreviation.
    public let longestAbbreviation: Int
    /// Every token of every abbreviation ("z.", "B.", "usw."): a word outside this set ends no abbreviation.
    public let abbreviationTokens: Set<String>

    public init(language: String, sections: [String: [String]]) {
        self.language = language
        func set(_ name: String) -> Set<String> { Set(sections[name] ?? []) }
        abbreviations = set("abbreviations")
        finalAbbreviations = set("final-abbreviations")
        ordinalContext = Set((sections["ordinal-context"] ?? []).map { $0.lowercased() })
        months = set("months")
        functionWords = Set((sections["function-words"] ?? []).map { $0.lowercased() })
        sentenceStarters = Set((sections["sentence-starters"] ?? []).map { $0.lowercased() })
        words = set("words")
        let all = abbreviations.union(finalAbbreviations)
        longestAbbreviation = all.map { $0.split(separator: " ").count }.max() ?? 1
        abbreviationTokens = Set(all.flatMap { $0.split(separator: " ").map(String.init) })
    }

    /// Parses the text of a profile file.
    public static func parse(language: String, text: String) -> LanguageProfile {
        var sections: [String: [String]] = [:]
        var current = ""
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let entry = String(line).trimmingSpaces()
            if entry.isEmpty { continue }
            if entry.hasPrefix("["), entry.hasSuffix("]") {
                current = String(entry.dropFirst().dropLast())
                continue
            }
            sections[current, default: []].append(entry)
        }
        return LanguageProfile(language: language, sections: sections)
    }

    /// Loads `Locales/languages/<language>.txt`; a language without a file gets an empty profile.
    public static func load(language: String, directory: String) throws(InputError) -> LanguageProfile {
        let path = "\(directory)/languages/\(language).txt"
        guard let reader = try? LineReader(path: path) else {
            return LanguageProfile(language: language, sections: [:])
        }
        var text = ""
        while let line = try reader.nextLine() { text += line.text + "\n" }
        return parse(language: language, text: text)
    }
}
