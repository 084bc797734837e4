/// Glossaries compiled for matching one language pair: a word-key trie for
/// the source language, one for the target language, and per concept what
/// the checks need (approved and forbidden target terms, suggestions,
/// variant groups).
///
/// Build it once with ``init(glossaries:sourceLanguage:targetLanguage:)`` (the
/// bundled termbase first, user glossaries after it) and share it: it is an
/// immutable value.
public struct TermIndex: Sendable {
    /// The primary language subtags of the pair (`en`, `de`).
    public let sourceLanguage: String
    public let targetLanguage: String

    var source: SideIndex
    var target: SideIndex
    var concepts: [IndexedConcept] = []
    /// Source-language terms: what a match in the source trie refers to.
    var sourceRefs: [SourceRef] = []
    /// Target-language terms: what a match in the target trie refers to.
    var targetRefs: [TargetRef] = []

    /// The number of concepts with at least one term in the pair's languages.
    public var conceptCount: Int { concepts.count }
    /// The number of source and target terms indexed.
    public var sourceTermCount: Int { Set(sourceRefs.map(\.termID)).count }
    public var targetTermCount: Int { Set(targetRefs.map(\.termID)).count }
}

/// A concept as the checks see it.
struct IndexedConcept: Sendable {
    var id: String
    /// 0 for the bundled termbase, 1… for user glossaries in the order given.
    var layer: Int
    /// Target term references (indices into ``TermIndex/targetRefs``) by status.
    var approved: [Int32] = []
    var forbidden: [Int32] = []
    /// What to suggest: preferred target forms (combined gender forms first).
    var suggestions: [String] = []
}

/// One written alternative of a source-language term.
struct SourceRef: Sendable {
    var concept: Int32
    var termID: Int32
    /// 0 for the bundled termbase, 1… for user glossaries.
    var layer: Int32
    var text: String
    var cues: [String]
    /// Whether a missing target term may be reported for it (see ``TermIndex`` building).
    var reliable: Bool
    var caseSensitive: Bool
    var doNotTranslate: Bool
    /// Bit `i` is set when word `i` of the term starts with a capital letter.
    var capitalized: UInt64
    var words: [String]
    var tokenCount: Int32
}

/// One written alternative of a target-language term.
struct TargetRef: Sendable {
    var concept: Int32
    var termID: Int32
    var text: String
    var status: TermStatus
    var gender: TermGender?
    var note: String?
    /// Terms of a concept with the same variant group are one rendering (gender and inflection aside).
    var variantGroup: Int32
    var capitalized: UInt64
    var caseSensitive: Bool
    var words: [String]
    var tokenCount: Int32
}
