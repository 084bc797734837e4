import TandemCore
import TandemICU

/// Everything a check may consult: the two languages, the options the user
/// gave, and where tandem's data lives. One context serves one review.
public final class ReviewContext {
    public let source: ReviewLanguage
    public let target: ReviewLanguage
    /// Glossary files given with `--glossary` or in `.tandem.yml`, for the terminology checks.
    public let glossaries: [String]
    /// The `Locales/` folder, if found.
    public let localesDirectory: String?
    /// Settings from `.tandem.yml` under `checks.<id>.options`, by check id.
    public let checkOptions: [String: [String: String]]

    public init(sourceLanguage: LanguageTag, targetLanguage: LanguageTag, glossaries: [String] = [],
                localesDirectory: String? = ResourceLocator.localesDirectory,
                checkOptions: [String: [String: String]] = [:]) throws(InputError) {
        func profile(_ tag: LanguageTag) throws(InputError) -> LanguageProfile {
            guard let localesDirectory else { return LanguageProfile(language: tag.language, sections: [:]) }
            return try LanguageProfile.load(language: tag.language, directory: localesDirectory)
        }
        self.source = ReviewLanguage(tag: sourceLanguage, profile: try profile(sourceLanguage))
        self.target = ReviewLanguage(tag: targetLanguage, profile: try profile(targetLanguage))
        self.glossaries = glossaries
        self.localesDirectory = localesDirectory
        self.checkOptions = checkOptions
    }

    /// A context for English → German (de-DE), as the tests and examples use.
    public static func englishToGerman(target: String = "de-DE") throws -> ReviewContext {
        try ReviewContext(sourceLanguage: LanguageTag("en"), targetLanguage: LanguageTag(target))
    }
}
