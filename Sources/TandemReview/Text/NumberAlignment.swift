/// Which numbers of the source reappear in the target, compared by value.
public struct NumberAlignment {
    /// A source mention matched to a target mention.
    public struct Match: Sendable {
        public let source: Int
        public let target: Int
        /// The target's digits matched only when read by another convention (`12.5` in German text).
        public let targetReadForeign: Bool
    }

    public private(set) var matches: [Match] = []
    /// Indices of source mentions with no counterpart.
    public private(set) var unmatchedSource: [Int] = []
    /// Indices of target mentions with no counterpart.
    public private(set) var unmatchedTarget: [Int] = []

    /// An idiom that carries numbers in one language and none in the other (`24 hours a day` = `rund um die Uhr`).
    public struct Idiom: Sendable {
        public let source: String
        public let targets: [String]
    }

    /// Idioms whose numbers need no counterpart, lower case.
    public static let idioms: [Idiom] = [
        Idiom(source: "24 hours a day, 7 days a week", targets: ["rund um die uhr", "durchgehend", "jederzeit"]),
        Idiom(source: "24 hours a day", targets: ["rund um die uhr", "durchgehend", "ununterbrochen", "jederzeit"]),
        Idiom(source: "24/7", targets: ["rund um die uhr", "durchgehend", "jederzeit"]),
        Idiom(source: "7 days a week", targets: ["täglich", "jeden tag", "an allen tagen", "rund um die uhr", "die ganze woche"]),
        Idiom(source: "seven days a week", targets: ["täglich", "jeden tag", "an allen tagen", "rund um die uhr", "die ganze woche"]),
        Idiom(source: "365 days a year", targets: ["das ganze jahr", "ganzjährig", "jeden tag"]),
        Idiom(source: "one of the", targets: ["einer der", "eine der", "eines der", "einem der", "einen der", "zu den"]),
        Idiom(source: "one or two", targets: ["ein paar", "einige", "wenige"]),
        Idiom(source: "one or more", targets: ["ein oder mehrere", "mindestens ein", "einer oder mehrere"]),
    ]

    public init(source: SideText, target: SideText) {
        let s = source.numbers
        let t = target.numbers
        var sourceDone = [Bool](repeating: false, count: s.count)
        var targetDone = [Bool](repeating: false, count: t.count)

        func pass(_ matchesKeys: (NumberMention, NumberMention) -> Bool, foreign: Bool) {
            for (i, sm) in s.enumerated() where !sourceDone[i] {
                for (j, tm) in t.enumerated() where !targetDone[j] && matchesKeys(sm, tm) {
                    sourceDone[i] = true
                    targetDone[j] = true
                    matches.append(Match(source: i, target: j, targetReadForeign: foreign))
                    break
                }
            }
        }
        // Same value in each side's own locale; then the target's digits read by another convention (a
        // formatting error, not a changed number); then the source's. Digits first, so that a word such as
        // German "ein" does not take the place of the 1.0 it happens to equal; words last.
        pass({ $0.isFirm && $1.isFirm && $0.key != nil && $0.key == $1.key }, foreign: false)
        pass({ a, b in a.isFirm && b.isFirm && (a.key.map { b.alternativeKeys.contains($0) } ?? false) }, foreign: true)
        pass({ a, b in a.isFirm && b.isFirm && (b.key.map { a.alternativeKeys.contains($0) } ?? false) }, foreign: false)
        pass({ $0.key != nil && $0.key == $1.key }, foreign: false)
        pass({ a, b in a.key.map { b.alternativeKeys.contains($0) } ?? false }, foreign: true)
        // Idioms: their numbers need no counterpart (only looked for when a source number is left over).
        if sourceDone.contains(false) {
            Self.markIdioms(source: source, target: target, mentions: s, done: &sourceDone)
        }
        // A date written out on one side and as separate day and year numbers on the other.
        for (i, sm) in s.enumerated() where !sourceDone[i] && sm.kind == .date {
            Self.matchDateParts(sm, in: t, done: &targetDone, mark: &sourceDone[i])
        }
        for (j, tm) in t.enumerated() where !targetDone[j] && tm.kind == .date {
            Self.matchDateParts(tm, in: s, done: &sourceDone, mark: &targetDone[j])
        }
        unmatchedSource = s.indices.filter { !sourceDone[$0] }
        unmatchedTarget = t.indices.filter { !targetDone[$0] }
    }

    private static func markIdioms(source: SideText, target: SideText, mentions s: [NumberMention], done sourceDone: inout [Bool]) {
        let sourceLower = source.text.lowercased()
        var targetLower: String?
        for idiom in Self.idioms where sourceLower.contains(idiom.source) {
            if targetLower == nil { targetLower = target.text.lowercased() }
            guard idiom.targets.contains(where: { targetLower!.contains($0) }) else { continue }
            let idiomScalars = Array(idiom.source.unicodeScalars)
            for start in Self.occurrences(of: idiomScalars, in: source.scalars) {
                for (index, mention) in s.enumerated() where mention.range.lowerBound >= start && mention.range.upperBound <= start + idiomScalars.count {
                    sourceDone[index] = true
                }
            }
        }
    }

    private static func matchDateParts(_ date: NumberMention, in others: [NumberMention], done: inout [Bool], mark: inout Bool) {
        guard let parts = date.date else { return }
        var wanted = [parts.day, parts.year].filter { $0 > 0 }
        var used: [Int] = []
        for (index, other) in others.enumerated() where !done[index] {
            if let value = other.value?.intValue, let position = wanted.firstIndex(of: value) {
                wanted.remove(at: position)
                used.append(index)
            }
        }
        guard wanted.isEmpty, !used.isEmpty else { return }
        for index in used { done[index] = true }
        mark = true
    }

    private static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        var result: [Int] = []
        let lowerNeedle = needle.map { Character($0).lowercased() }
        for start in 0...(haystack.count - needle.count) {
            var equal = true
            for offset in 0..<needle.count where Character(haystack[start + offset]).lowercased() != lowerNeedle[offset] {
                equal = false
                break
            }
            if equal { result.append(start) }
        }
        return result
    }
}
