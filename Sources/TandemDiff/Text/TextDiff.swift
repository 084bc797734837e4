/// A stretch of a compared text: the same in both versions, only in the old
/// one (deleted) or only in the new one (inserted).
public struct DiffPiece: Hashable, Sendable {
    /// What happened to the stretch.
    public enum Operation: String, Sendable {
        case equal
        case delete
        case insert
    }

    public var operation: Operation
    public var text: String

    public init(_ operation: Operation, _ text: String) {
        self.operation = operation
        self.text = text
    }
}

/// The difference between two versions of a text, word by word; where a few
/// words were replaced by similar ones, character by character inside them.
///
///     TextDiff.pieces(old: "Sie wird vorraussichtlich sinken.", new: "Sie wird voraussichtlich sinken.")
///     // = "Sie wird vor" · −"r" · = "aussichtlich sinken."
public enum TextDiff {
    /// The most words on either side of a replacement that are still compared character by character.
    static let refinementLimit = 4
    /// How alike a replacement's two sides must be (1 − distance/length) to be compared character by character.
    static let refinementSimilarity = 0.5
    /// The most separate places a character-level comparison may change.
    static let refinementRuns = 2

    /// The pieces that lead from `old` to `new`: the old text is the equal and
    /// deleted pieces in order, the new text the equal and inserted ones.
    public static func pieces(old: String, new: String) -> [DiffPiece] {
        if old == new { return old.isEmpty ? [] : [DiffPiece(.equal, old)] }
        let oldTokens = DiffTokenizer.tokens(old)
        let newTokens = DiffTokenizer.tokens(new)
        var runs: [Run] = []
        for operation in EditScript.diff(oldTokens.map(\.text), newTokens.map(\.text)) {
            switch operation {
            case let .equal(o, _, count):
                runs.append(.equal(Array(oldTokens[o..<(o + count)])))
            case let .delete(o, count):
                if case let .change(deleted, inserted)? = runs.last {
                    runs[runs.count - 1] = .change(deleted + oldTokens[o..<(o + count)], inserted)
                } else {
                    runs.append(.change(Array(oldTokens[o..<(o + count)]), []))
                }
            case let .insert(n, count):
                if case let .change(deleted, inserted)? = runs.last {
                    runs[runs.count - 1] = .change(deleted, inserted + newTokens[n..<(n + count)])
                } else {
                    runs.append(.change([], Array(newTokens[n..<(n + count)])))
                }
            }
        }
        var pieces: [DiffPiece] = []
        for run in cleaned(runs) {
            switch run {
            case let .equal(tokens): append(DiffPiece(.equal, join(tokens[...])), to: &pieces)
            case let .change(deleted, inserted):
                if deleted.isEmpty {
                    append(DiffPiece(.insert, join(inserted[...])), to: &pieces)
                } else if inserted.isEmpty {
                    append(DiffPiece(.delete, join(deleted[...])), to: &pieces)
                } else {
                    replace(deleted, inserted, into: &pieces)
                }
            }
        }
        return pieces
    }

    /// A stretch of tokens the same in both texts, or a change between them.
    enum Run {
        case equal([DiffToken])
        case change([DiffToken], [DiffToken])
    }

    /// Semantic clean-up (after diff-match-patch): a short stretch that stays
    /// the same between two changes, no longer than the edits on either side
    /// (a space, a comma, a lone "und"), joins them into one change, so a
    /// reworded sentence reads as old words out, new words in.
    static func cleaned(_ runs: [Run]) -> [Run] {
        var runs = runs
        func size(_ tokens: [DiffToken]) -> Int { tokens.reduce(0) { $0 + $1.text.unicodeScalars.count } }
        var changed = true
        while changed {
            changed = false
            var index = 1
            while index + 1 < runs.count {
                if case let .change(d1, i1) = runs[index - 1], case let .equal(same) = runs[index], case let .change(d2, i2) = runs[index + 1] {
                    let length = size(same)
                    if length <= max(size(d1), size(i1)) && length <= max(size(d2), size(i2)) {
                        runs.replaceSubrange((index - 1)...(index + 1), with: [.change(d1 + same + d2, i1 + same + i2)])
                        changed = true
                        continue
                    }
                }
                index += 1
            }
        }
        return runs
    }

    /// A replacement: character by character when the two sides are short and alike, else whole.
    private static func replace(_ deleted: [DiffToken], _ inserted: [DiffToken], into pieces: inout [DiffPiece]) {
        let oldText = join(deleted[...])
        let newText = join(inserted[...])
        let words = { (tokens: [DiffToken]) in tokens.filter { $0.kind != .space }.count }
        if words(deleted) <= refinementLimit, words(inserted) <= refinementLimit {
            let oldScalars = Array(oldText.unicodeScalars)
            let newScalars = Array(newText.unicodeScalars)
            let distance = CharacterDistance.levenshtein(oldScalars, newScalars)
            let similarity = 1 - Double(distance) / Double(max(oldScalars.count, newScalars.count, 1))
            let operations = EditScript.diff(oldScalars, newScalars)
            // Scattered single letters read worse than the two words: at most two changed places.
            var runs = 0
            var inRun = false
            for operation in operations {
                if case .equal = operation { inRun = false } else if !inRun { runs += 1; inRun = true }
            }
            if similarity >= refinementSimilarity, runs <= refinementRuns {
                for operation in operations {
                    switch operation {
                    case let .equal(o, _, count): append(DiffPiece(.equal, string(oldScalars[o..<(o + count)])), to: &pieces)
                    case let .delete(o, count): append(DiffPiece(.delete, string(oldScalars[o..<(o + count)])), to: &pieces)
                    case let .insert(n, count): append(DiffPiece(.insert, string(newScalars[n..<(n + count)])), to: &pieces)
                    }
                }
                return
            }
        }
        append(DiffPiece(.delete, oldText), to: &pieces)
        append(DiffPiece(.insert, newText), to: &pieces)
    }

    private static func append(_ piece: DiffPiece, to pieces: inout [DiffPiece]) {
        guard !piece.text.isEmpty else { return }
        if let last = pieces.last, last.operation == piece.operation {
            pieces[pieces.count - 1].text += piece.text
        } else {
            pieces.append(piece)
        }
    }

    private static func join(_ tokens: ArraySlice<DiffToken>) -> String {
        var text = ""
        for token in tokens { text += token.text }
        return text
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The old text the pieces describe (equal and deleted pieces).
    public static func oldText(_ pieces: [DiffPiece]) -> String {
        pieces.filter { $0.operation != .insert }.map(\.text).joined()
    }

    /// The new text the pieces describe (equal and inserted pieces).
    public static func newText(_ pieces: [DiffPiece]) -> String {
        pieces.filter { $0.operation != .delete }.map(\.text).joined()
    }
}
