/// Runs of capitalized words, the shape names take in English and in German
/// text alike: `US Bureau of Labor Statistics`, `Connections Academy`.
enum NameRuns {
    /// Small words allowed inside a name (`Bureau of Labor Statistics`, `Employment and Training Administration`).
    static let connectors: Set<String> = ["of", "for", "and", "the", "de", "von", "der", "für", "und", "&"]

    /// The runs in `words` (ranges of scalars), each with how many capitalized words it has.
    /// A capitalized function word at a sentence start (`The`, `Das`) does not start a run.
    static func runs(_ words: [Word], scalars: [Unicode.Scalar], functionWords: WordSet) -> [(range: Range<Int>, count: Int)] {
        var result: [(range: Range<Int>, count: Int)] = []
        // The run so far: where it starts and ends, how many words it has; and a connector that may continue it.
        var start = 0, end = 0, count = 0
        var connector: Range<Int>?
        func flush() {
            if count > 0 { result.append((start..<end, count)) }
            count = 0
            connector = nil
        }
        for word in words {
            let adjacent = count == 0 || onlyJoiners(scalars, end..<(connector ?? word.range).lowerBound)
            if word.hasLetter, word.isCapitalized, !(word.isSegmentInitial && functionWords.contains(word.lowercased)) {
                if count > 0, !adjacent { flush() }
                if connector != nil { count += 1 }
                if count == 0 { start = word.range.lowerBound }
                count += 1
                end = word.range.upperBound
                connector = nil
            } else if count > 0, connectors.contains(word.text), adjacent, connector == nil {
                connector = word.range
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    /// Whether `range` of `scalars` holds only what may stand between the words of a name: spaces and periods.
    private static func onlyJoiners(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        for index in range where scalars[index] != " " && scalars[index] != "." && scalars[index] != "\u{A0}" { return false }
        return true
    }
}
