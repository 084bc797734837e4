import TandemCore

/// What happened to a segment between the old and the new version.
public enum SegmentChange: String, Sendable, CaseIterable, Codable {
    case unchanged
    case changed
    /// Only in the new version.
    case added
    /// Only in the old version.
    case removed
}

/// One row of a comparison before it is compared: the source segments (if
/// there is a source) and the segments of each version that translate them.
public struct RevisionRow: Hashable, Sendable {
    public var source: [Segment]
    public var old: [Segment]
    public var new: [Segment]
    /// The indices of the old version's segment pairs in this row (to place the old version's findings).
    public var oldPairs: [Int]
    /// The indices of the new version's segment pairs in this row.
    public var newPairs: [Int]

    public init(source: [Segment] = [], old: [Segment], new: [Segment], oldPairs: [Int] = [], newPairs: [Int] = []) {
        self.source = source
        self.old = old
        self.new = new
        self.oldPairs = oldPairs
        self.newPairs = newPairs
    }
}

/// One compared row: what changed, the word and character differences, the
/// edit figures, and the review findings the revision fixed or introduced here.
public struct RevisionEntry: Sendable {
    public var change: SegmentChange
    public var source: [Segment]
    public var old: [Segment]
    public var new: [Segment]
    /// The differences from the old text to the new one (segments joined with a space).
    public var pieces: [DiffPiece]
    public var words: WordEdits
    public var characters: CharacterEdits
    public var oldPairs: [Int]
    public var newPairs: [Int]
    /// Findings of the old version's review that the new version no longer has.
    public var fixed: [Finding]
    /// Findings of the new version's review that the old version did not have.
    public var introduced: [Finding]

    /// The old version's text of the row.
    public var oldText: String { old.map(\.text).joined(separator: " ") }
    /// The new version's text of the row.
    public var newText: String { new.map(\.text).joined(separator: " ") }
    /// The source text of the row.
    public var sourceText: String { source.map(\.text).joined(separator: " ") }
}

/// Review findings of the two versions, matched by fingerprint.
public struct FindingChanges: Sendable {
    /// Findings of the old version that are gone in the new one.
    public var fixed: [Finding]
    /// Findings of the new version that the old one did not have.
    public var introduced: [Finding]
    /// How many findings are in both.
    public var kept: Int
    /// Fixed findings that belong to no row (about the whole document, or to a pair no row holds).
    public var unplacedFixed: [Finding]
    /// Introduced findings that belong to no row.
    public var unplacedIntroduced: [Finding]

    public init(fixed: [Finding], introduced: [Finding], kept: Int, unplacedFixed: [Finding] = [], unplacedIntroduced: [Finding] = []) {
        self.fixed = fixed
        self.introduced = introduced
        self.kept = kept
        self.unplacedFixed = unplacedFixed
        self.unplacedIntroduced = unplacedIntroduced
    }
}

/// Where a version came from, for the reports.
public struct RevisionFile: Hashable, Sendable {
    public var path: String
    /// BCP 47 tag, e.g. `de`.
    public var language: String
    /// The number of segments read.
    public var segments: Int

    public init(path: String, language: String, segments: Int) {
        self.path = path
        self.language = language
        self.segments = segments
    }
}

/// The comparison of two versions of a translation.
public struct RevisionDiff: Sendable {
    public var old: RevisionFile
    public var new: RevisionFile
    /// The source both versions translate, if one was given (or came with bilingual files).
    public var source: RevisionFile?
    public var entries: [RevisionEntry]
    /// The review findings matched across versions; nil when no review ran.
    public var findings: FindingChanges?

    public init(old: RevisionFile, new: RevisionFile, source: RevisionFile?, entries: [RevisionEntry], findings: FindingChanges?) {
        self.old = old
        self.new = new
        self.source = source
        self.entries = entries
        self.findings = findings
    }

    /// Word edits over the whole document.
    public var words: WordEdits { entries.reduce(WordEdits()) { $0 + $1.words } }
    /// Character edits over the whole document.
    public var characters: CharacterEdits { entries.reduce(CharacterEdits(distance: 0, length: 0)) { $0 + $1.characters } }

    /// How many rows had `change`.
    public func count(_ change: SegmentChange) -> Int { entries.reduce(0) { $0 + ($1.change == change ? 1 : 0) } }
}
