import TandemAlignment
import TandemCore
import TandemICU
import TandemSpell

/// What the checks know about one side's language: its tag and locale, its
/// number reader, symbols, profile, and (loaded on first use) its hunspell dictionary.
public final class ReviewLanguage {
    public let tag: LanguageTag
    /// The ICU locale with a region (`de` → `de_DE`, `en` → `en_US`).
    public let icuLocale: String
    /// The language subtag (`de`).
    public var code: String { tag.language }
    /// The language and region as a tag (`de-DE` for `de`), for messages.
    public var localeTag: String { region.isEmpty ? tag.identifier : "\(code)-\(region)" }
    /// The region (`DE`, `AT`, `CH`), defaulted from the language.
    public let region: String
    public let profile: LanguageProfile
    public let numberReader: NumberReader
    public let symbols: LocaleSymbols?
    private var dictionary: Hunspell??
    private var ding: BilingualDictionary??
    private var spellCache: [String: Bool] = [:]

    public init(tag: LanguageTag, profile: LanguageProfile) {
        self.tag = tag
        let region = tag.region.isEmpty ? (tag.language == "de" ? "DE" : tag.language == "en" ? "US" : "") : tag.region
        self.region = region
        self.icuLocale = region.isEmpty ? tag.language : "\(tag.language)_\(region)"
        self.profile = profile
        self.numberReader = NumberReader(language: tag.language, region: region, icuLocale: icuLocale)
        self.symbols = try? LocaleSymbols(locale: icuLocale)
    }

    /// The hunspell dictionary for this locale, or nil when it is not installed.
    public var hunspell: Hunspell? {
        if let dictionary { return dictionary }
        let loaded = try? Hunspell(locale: icuLocale)
        dictionary = .some(loaded)
        return loaded
    }

    /// Why the dictionary could not be loaded, if it could not.
    public var dictionaryProblem: String? {
        do {
            _ = try Hunspell(locale: icuLocale)
            return nil
        } catch {
            return error.description
        }
    }

    /// Whether hunspell, or the profile's list of words it lacks, knows `word` (cached; false without a dictionary).
    public func knows(_ word: String) -> Bool {
        if let known = spellCache[word] { return known }
        let known = (hunspell?.spell(word) ?? false) || profile.words.contains(word)
        if spellCache.count > 200_000 { spellCache.removeAll(keepingCapacity: true) }
        spellCache[word] = known
        return known
    }

    /// Whether the German side of the Ding dictionary (Debian `trans-de-en`) has `word`:
    /// loanwords and compounds hunspell lacks (`Headset`, `Callcenter`). Always false for other languages.
    public func isDingHeadword(_ word: String) -> Bool {
        guard code == "de" else { return false }
        if ding == nil { ding = .some(try? BilingualDictionary.shared()) }
        return ding??.contains(german: word.lowercased()) ?? false
    }

    /// Whether hunspell or, for German, the Ding dictionary knows `word`.
    public func knowsLoosely(_ word: String) -> Bool {
        knows(word) || isDingHeadword(word)
    }

    /// Whether `word` is one of the language's function words (`der`, `the`).
    public func isFunctionWord(_ lowercasedWord: String) -> Bool {
        profile.functionWords.contains(lowercasedWord)
    }
}
