import TandemCore

/// Compares the rows of two aligned versions: what changed in each row, the
/// word and character differences, the edit figures, and, given the review
/// findings of both versions, which findings the revision fixed and which it
/// introduced (matched by fingerprint, which does not depend on line numbers).
public enum RevisionComparer {
    /// The comparison of `rows`.
    ///
    /// - Parameters:
    ///   - oldFindings: the review findings of the old version, with `pairIndex`
    ///     pointing into the pairs the rows' `oldPairs` count; nil when no review ran.
    ///   - newFindings: the same for the new version.
    public static func compare(rows: [RevisionRow], old: RevisionFile, new: RevisionFile, source: RevisionFile?,
                               oldFindings: [Finding]? = nil, newFindings: [Finding]? = nil) -> RevisionDiff {
        var entries = rows.map(entry)
        var changes: FindingChanges?
        if let oldFindings, let newFindings {
            let matched = match(old: oldFindings, new: newFindings)
            var rowOfOldPair: [Int: Int] = [:]
            var rowOfNewPair: [Int: Int] = [:]
            for (index, row) in rows.enumerated() {
                for pair in row.oldPairs { rowOfOldPair[pair] = index }
                for pair in row.newPairs { rowOfNewPair[pair] = index }
            }
            var unplacedFixed: [Finding] = []
            var unplacedIntroduced: [Finding] = []
            for finding in matched.fixed {
                if let pair = finding.pairIndex, let row = rowOfOldPair[pair] { entries[row].fixed.append(finding) } else { unplacedFixed.append(finding) }
            }
            for finding in matched.introduced {
                if let pair = finding.pairIndex, let row = rowOfNewPair[pair] { entries[row].introduced.append(finding) } else { unplacedIntroduced.append(finding) }
            }
            changes = FindingChanges(fixed: matched.fixed, introduced: matched.introduced, kept: matched.kept,
                                     unplacedFixed: unplacedFixed, unplacedIntroduced: unplacedIntroduced)
        }
        return RevisionDiff(old: old, new: new, source: source, entries: entries, findings: changes)
    }

    /// One row compared.
    static func entry(_ row: RevisionRow) -> RevisionEntry {
        let oldText = row.old.map(\.text).joined(separator: " ")
        let newText = row.new.map(\.text).joined(separator: " ")
        let change: SegmentChange
        if oldText == newText {
            change = .unchanged
        } else if row.old.isEmpty {
            change = .added
        } else if row.new.isEmpty {
            change = .removed
        } else {
            change = .changed
        }
        // Most rows of a revision stay as they were: count their words and move on.
        let same = change == .unchanged
        let pieces = same ? (oldText.isEmpty ? [] : [DiffPiece(.equal, oldText)]) : TextDiff.pieces(old: oldText, new: newText)
        let words = same ? WordEdits(referenceWords: TranslationEditRate.wordCount(newText)) : TranslationEditRate.edits(old: oldText, new: newText)
        let characters = same ? CharacterEdits(distance: 0, length: newText.unicodeScalars.count) : CharacterDistance.edits(old: oldText, new: newText)
        return RevisionEntry(change: change, source: row.source, old: row.old, new: row.new, pieces: pieces,
                             words: words, characters: characters,
                             oldPairs: row.oldPairs, newPairs: row.newPairs, fixed: [], introduced: [])
    }

    /// Findings of the old version not in the new one (fixed) and the reverse
    /// (introduced): a fingerprint found k times in one version and j times in
    /// the other matches min(k, j) times.
    public static func match(old: [Finding], new: [Finding]) -> (fixed: [Finding], introduced: [Finding], kept: Int) {
        var oldCount: [String: Int] = [:]
        for finding in old { oldCount[finding.fingerprint, default: 0] += 1 }
        var newCount: [String: Int] = [:]
        for finding in new { newCount[finding.fingerprint, default: 0] += 1 }
        func unmatched(_ findings: [Finding], other: [String: Int]) -> [Finding] {
            var seen: [String: Int] = [:]
            return findings.filter { finding in
                seen[finding.fingerprint, default: 0] += 1
                return seen[finding.fingerprint]! > (other[finding.fingerprint] ?? 0)
            }
        }
        let fixed = unmatched(old, other: newCount)
        let introduced = unmatched(new, other: oldCount)
        return (fixed, introduced, old.count - fixed.count)
    }
}
