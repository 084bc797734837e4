/// Runs of capitalized words, the shape names take in English and in German
/// text alike: `US Bureau of Labor Statistics`, `Connections Academy`.
enum NameRuns {
    /// Small words allowed inside a name (`Bureau of Labor Statistics`, `Employment and Training Administration`).
    static let connectors: Set<String> = ["of", "for", "and", "the", "de", "von", "der", "für", "und", "&"]

    /// The runs in `words` (ranges of scalars), each with how many capitalized words it has.
    /// A capitalized function word at a sentence start (`The`, `Das`) does not start a run.
    static func runs(_ words: [Word], scalars: [Unicode.Scalar], functionWords: WordSet) -> [(range: Range<Int>, count: Int)] {
        var result: [(Range<Int>, Int)] = []
        var current: [Word] = []
        var pendingConnectors: [Word] = []
        func flush() {
            if let first = current.first, let last = current.last {
                result.append((first.range.lowerBound..<last.range.upperBound, current.count))
            }
            current.removeAll()
            pendingConnectors.removeAll()
        }
        for word in words {
            let gap = current.last.map { scalars[$0.range.upperBound..<(pendingConnectors.first ?? word).range.lowerBound] } ?? []
            let adjacent = gap.allSatisfy { $0 == " " || $0 == "." || $0 == "\u{A0}" }
            if word.hasLetter, word.isCapitalized, !(word.isSegmentInitial && functionWords.contains(word.lowercased)) {
                if !current.isEmpty, !adjacent { flush() }
                current.append(contentsOf: pendingConnectors)
                pendingConnectors.removeAll()
                current.append(word)
            } else if !current.isEmpty, connectors.contains(word.text), adjacent, pendingConnectors.isEmpty {
                pendingConnectors.append(word)
            } else {
                flush()
            }
        }
        flush()
        return result.map { (range: $0.0, count: $0.1) }
    }
}
