/// A concept: terms in several languages that translate each other.
public struct Concept: Hashable, Sendable {
    /// The concept's id (`esco:<uuid>`, `tandem:order-clerk`, a TBX `id`, or one made from the first term).
    public var id: String
    /// Its terms in every language, in file order.
    public var terms: [Term]
    /// A note or definition that belongs to the whole concept.
    public var note: String?
    /// Where the concept starts in its file.
    public var location: GlossaryLocation?

    /// A concept with `id` and its terms.
    public init(id: String, terms: [Term] = [], note: String? = nil, location: GlossaryLocation? = nil) {
        self.id = id
        self.terms = terms
        self.note = note
        self.location = location
    }

    /// The terms in `language` (compared by primary language subtag).
    public func terms(in language: String) -> [Term] {
        let primary = Term.primaryLanguage(of: language)
        return terms.filter { $0.primaryLanguage == primary }
    }

    /// The languages the concept has terms in (primary subtags, in first-seen order).
    public var languages: [String] {
        var seen: [String] = []
        for term in terms where !seen.contains(term.primaryLanguage) { seen.append(term.primaryLanguage) }
        return seen
    }
}

/// A glossary or termbase: concepts read from one file (or several merged).
public struct Glossary: Hashable, Sendable {
    /// The file it was read from (or a name such as `bundled occupations`).
    public var path: String
    /// The entries, in file order.
    public var concepts: [Concept]
    /// The source and target language the file declares or its columns name, if any.
    public var sourceLanguage: String?
    public var targetLanguage: String?

    /// A glossary read from `path`.
    public init(path: String, concepts: [Concept] = [], sourceLanguage: String? = nil, targetLanguage: String? = nil) {
        self.path = path
        self.concepts = concepts
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
    }

    /// The number of terms in all concepts.
    public var termCount: Int { concepts.reduce(0) { $0 + $1.terms.count } }

    /// The languages the glossary has terms in (primary subtags, in first-seen order).
    public var languages: [String] {
        var seen: [String] = []
        for concept in concepts {
            for language in concept.languages where !seen.contains(language) { seen.append(language) }
        }
        return seen
    }
}
