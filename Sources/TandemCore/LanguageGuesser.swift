/// Tells German from English (or another profiled language) by function words.
///
/// Function words ("der", "und", "the", "of") make up a large share of any
/// running text and differ sharply between languages, so counting them gives a
/// reliable guess from a sentence or two.
public struct LanguageGuesser: Sendable {
    public let profiles: [LanguageProfile]

    public init(profiles: [LanguageProfile]) {
        self.profiles = profiles.filter { !$0.functionWords.isEmpty }
    }

    /// A guess with the share of words that voted for it.
    public struct Guess: Equatable, Sendable {
        public let language: String
        /// Function-word hits of the winner minus those of the runner-up, per word (0…1).
        public let margin: Double
        /// How many function words of the winner were seen.
        public let hits: Int
    }

    /// The most likely language of `text`, or nil when no profile's words appear.
    public func guess(_ text: String) -> Guess? {
        var counts = [Int](repeating: 0, count: profiles.count)
        var words = 0
        forEachWord(in: text) { word in
            words += 1
            for (index, profile) in profiles.enumerated() where profile.functionWords.contains(word) {
                counts[index] += 1
            }
        }
        guard words > 0, let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] > 0 else { return nil }
        let runnerUp = counts.enumerated().filter { $0.offset != best }.map(\.element).max() ?? 0
        if counts[best] == runnerUp { return nil }
        return Guess(language: profiles[best].language, margin: Double(counts[best] - runnerUp) / Double(words), hits: counts[best])
    }

    private func forEachWord(in text: String, _ body: (String) -> Void) {
        var word = ""
        for character in text.lowercased() {
            if character.isLetter || character == "'" || character == "’" {
                word.append(character)
            } else if !word.isEmpty {
                body(word)
                word = ""
            }
        }
        if !word.isEmpty { body(word) }
    }
}
