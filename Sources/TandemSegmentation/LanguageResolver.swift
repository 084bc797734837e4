import TandemCore
import TandemICU

/// Decides the language of a text: the one the user gave, or a guess from its words.
public enum LanguageResolver {
    /// The languages tandem has profiles for and can guess.
    public static let guessable = ["de", "en"]

    /// Parses a user's language tag, turning ICU's verdict into an ``InputError``.
    public static func tag(_ text: String) throws(InputError) -> LanguageTag {
        do {
            return try LanguageTag(text)
        } catch {
            switch error {
            case .malformed: throw .malformedLanguageTag(tag: text)
            case .unknownLanguage: throw .unknownLanguage(tag: text)
            }
        }
    }

    /// Guesses the language of the file at `path` from its first lines (up to `limit` bytes).
    public static func guess(path: String, locales: String, limit: Int = 64 * 1024) throws(InputError) -> LanguageTag? {
        let reader = try LineReader(path: path)
        var sample = ""
        while sample.utf8.count < limit, let line = try reader.nextLine() {
            sample += line.text
            sample += "\n"
        }
        return try guess(text: sample, locales: locales)
    }

    /// Guesses the language of `text`.
    public static func guess(text: String, locales: String) throws(InputError) -> LanguageTag? {
        var profiles: [LanguageProfile] = []
        for language in guessable {
            profiles.append(try LanguageProfile.load(language: language, directory: locales))
        }
        guard let guess = LanguageGuesser(profiles: profiles).guess(text) else { return nil }
        return try? LanguageTag(guess.language)
    }
}
