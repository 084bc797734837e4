import Foundation

/// The distinct words of a segment with their counts, and its length.
struct SegmentFeatures: Sendable {
    /// Indices into the side's ``TypeTable``, sorted, distinct.
    var types: [Int32] = []
    /// How often each type occurs.
    var counts: [Float] = []
    /// Length in Unicode scalars.
    var length: Float = 0
}

/// The distinct word types of one side and the keys each can be matched by.
///
/// Keys live in three spaces: identical-token keys (names, acronyms, URLs,
/// codes, long words), number keys (by value), and lexical keys (English
/// forms and stems; on the German side the English keys of its translations).
struct TypeTable: Sendable {
    var keys: [[UInt64]] = []
    var documentFrequency: [Int32] = []
    /// Inverse document frequency within the side's segments.
    var idf: [Float] = []
    var isNumber: [Bool] = []
    /// What kind of evidence the type is (decides how likely a true translation keeps it).
    var evidenceClass: [EvidenceClass] = []
    /// Cost lowered when an occurrence finds a counterpart (its reward plus the penalty it avoids).
    var matchValue: [Float] = []
    /// Cost raised when an occurrence finds none.
    var missValue: [Float] = []
    var lookup: [UInt64: Int32] = [:]

    var count: Int { keys.count }

    /// Sets a type's match and miss values: a match earns `ln(p / chance)`, where
    /// `p` is how often a true translation keeps this kind of word and `chance`
    /// its document frequency (so rare words earn more); a miss costs `−ln(1 − p)`.
    mutating func setValues(_ type: Int, _ parameters: AlignmentParameters) {
        guard !keys[type].isEmpty else {
            matchValue[type] = 0
            missValue[type] = 0
            return
        }
        let kept = min(max(parameters.keptProbability(evidenceClass[type]), 0.01), 0.99)
        let reward = max(0, idf[type] + logf(kept))
        let penalty = -logf(1 - kept)
        matchValue[type] = reward + penalty
        missValue[type] = penalty
    }
}
