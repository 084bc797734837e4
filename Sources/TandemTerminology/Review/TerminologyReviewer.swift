import TandemCore

/// Runs the terminology checks over a document's segment pairs, as they come.
///
///     let index = try BundledTermbase.index(sourceLanguage: "en", targetLanguage: "de")
///         .adding([try GlossaryFile.read(path: "team.tbx")])
///     let reviewer = TerminologyReviewer(index: index)
///     var findings: [TermFinding] = []
///     for pair in pairs { findings += reviewer.review(pair) }
///     findings += reviewer.finish()
///
/// or at once: `TerminologyReviewer.findings(in: pairs, index: index)`.
///
/// Pairs of one table row are held back until the row is complete, because
/// the context cues of an ambiguous term may stand in another cell; their
/// findings come with a later pair (or from ``finish()``). Every finding
/// carries its pair index.
public final class TerminologyReviewer {
    /// The compiled termbase the checks use.
    public let index: TermIndex
    private var analyzer: PairAnalyzer
    private let checks: [any TerminologyCheck]
    private var pending: [(index: Int, pair: SegmentPair)] = []
    private var pendingBlock: Int?
    private var nextIndex = 0

    /// A reviewer running the checks with ids `checks` (all terminology checks when nil).
    public init(index: TermIndex, checks: Set<String>? = nil) {
        self.index = index
        analyzer = PairAnalyzer(index: index)
        self.checks = TerminologyChecks.all.filter { checks?.contains($0.id) ?? true }.map { $0.init(index: index) }
    }

    /// The ids of the checks that run.
    public var checkIDs: [String] { checks.map { type(of: $0).id } }

    /// Reviews the next pair (numbered from 0 in the order given, unless `index` says otherwise).
    public func review(_ pair: SegmentPair, index pairIndex: Int? = nil) -> [TermFinding] {
        let position = pairIndex ?? nextIndex
        nextIndex = position + 1
        var findings: [TermFinding] = []
        let tableBlock = pair.source.first.flatMap { $0.kind == .tableRow ? $0.block : nil }
        if let pendingBlock, pendingBlock != tableBlock { flush(into: &findings) }
        if let tableBlock {
            pendingBlock = tableBlock
            pending.append((position, pair))
        } else {
            run([(position, pair)], into: &findings)
        }
        return findings
    }

    /// Findings held back and those that need the whole document.
    public func finish() -> [TermFinding] {
        var findings: [TermFinding] = []
        flush(into: &findings)
        for check in checks { check.finish(into: &findings) }
        return findings
    }

    /// The findings of all checks on `pairs`.
    public static func findings(in pairs: [SegmentPair], index: TermIndex, checks: Set<String>? = nil) -> [Finding] {
        let reviewer = TerminologyReviewer(index: index, checks: checks)
        var findings: [TermFinding] = []
        for pair in pairs { findings += reviewer.review(pair) }
        findings += reviewer.finish()
        return findings.map(\.finding)
    }

    private func flush(into findings: inout [TermFinding]) {
        guard !pending.isEmpty else { return }
        let group = pending
        pending = []
        pendingBlock = nil
        run(group, into: &findings)
    }

    private func run(_ group: [(index: Int, pair: SegmentPair)], into findings: inout [TermFinding]) {
        for analyzed in analyzer.analyze(group) where !analyzed.occurrences.isEmpty {
            for check in checks { check.check(analyzed, into: &findings) }
        }
    }
}
