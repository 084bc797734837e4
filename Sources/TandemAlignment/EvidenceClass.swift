/// The kinds of evidence a word type gives, from most to least reliable.
public enum EvidenceClass: Int, Sendable, CaseIterable {
    /// A number, compared by value.
    case number
    /// A code, URL, path, version or acronym (digits, connectors, inner capitals).
    case code
    /// A capitalized word inside a sentence, in a language that does not capitalize nouns: a name.
    case name
    /// A word with translations (dictionary, stem, learned association).
    case word
    /// A long or capitalized word compared as written (often differs across languages).
    case form
}
