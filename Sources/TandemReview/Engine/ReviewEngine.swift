import TandemCore

/// Runs the checks over segment pairs as they come, and over the document at the end.
///
///     let engine = try ReviewEngine(context: context)
///     for pair in pairs { findings += engine.review(pair) }
///     findings += engine.finish()
///
/// Pairs are not kept: memory holds the findings and what document-level
/// checks (consistency) remember, not the document.
public final class ReviewEngine {
    public let context: ReviewContext
    public let settings: ReviewSettings
    private let checks: [any ReviewCheck]
    private var nextIndex = 0
    /// Words in the source side so far (for the MQM score).
    public private(set) var sourceWords = 0
    /// Pairs reviewed so far.
    public var pairCount: Int { nextIndex }
    /// The pairs with a finding (one number each: memory grows with the findings, not the document).
    private var flaggedPairs = Set<Int>()

    public init(context: ReviewContext, registry: CheckRegistry = .builtIn, settings: ReviewSettings = ReviewSettings()) throws {
        self.context = context
        self.settings = settings
        self.checks = try registry.makeChecks(context: context, settings: settings)
    }

    /// The checks that run, in order.
    public var checkIDs: [String] { checks.map(\.descriptor.id) }

    /// Reviews the next pair; returns its findings.
    public func review(_ pair: SegmentPair, sourceMarkers: [InlineMarker] = [], targetMarkers: [InlineMarker] = []) -> [Finding] {
        let view = PairView(index: nextIndex, pair: pair, context: context, sourceMarkers: sourceMarkers, targetMarkers: targetMarkers)
        nextIndex += 1
        sourceWords += Self.countWords(view.source.scalars)
        var kept = FindingList()
        var silenced: [Range<Int>] = []
        var silenceAll = false
        let oneSided = view.isOneSided
        for check in checks {
            let descriptor = check.descriptor
            if oneSided, !descriptor.reviewsOneSidedPairs { continue }
            if silenceAll { break }
            var list = FindingList()
            check.review(view, into: &list)
            if !silenced.isEmpty {
                list.removeAll { entry in
                    guard let range = entry.targetRange else { return false }
                    return silenced.contains { $0.overlaps(range) }
                }
            }
            if descriptor.silencesOthers {
                for entry in list.entries {
                    guard let range = entry.targetRange else { continue }
                    silenced.append(range)
                }
                let covered = silenced.reduce(0) { $0 + $1.count }
                if covered * 10 >= view.target.scalars.count * 9, covered > 0 { silenceAll = true }
            }
            // A finding of the same category on the same target text as an earlier one (another check's) says nothing new.
            list.removeAll { entry in
                guard let span = entry.finding.target else { return false }
                return kept.entries.contains { $0.finding.category == entry.finding.category && $0.finding.target == span }
            }
            kept.append(contentsOf: list)
        }
        let findings = adjust(kept.findings)
        if !findings.isEmpty { flaggedPairs.insert(view.index) }
        return findings
    }

    /// Document-level findings, after the last pair.
    public func finish() -> [Finding] {
        var list = FindingList()
        for check in checks { check.finish(into: &list, flaggedPairs: flaggedPairs) }
        return adjust(Self.withoutRepeatedVariants(list.findings))
    }

    /// A termbase-backed finding about a term's variants makes the general consistency
    /// finding on the same target text redundant: a reviewer should read about it once.
    static func withoutRepeatedVariants(_ findings: [Finding]) -> [Finding] {
        let termSpans = findings.filter { $0.category == .terminology }.compactMap(\.target)
        guard !termSpans.isEmpty else { return findings }
        return findings.filter { finding in
            guard finding.category == .consistency, let span = finding.target else { return true }
            return !termSpans.contains { $0.overlaps(span) }
        }
    }

    /// Applies severity overrides and ignore rules.
    private func adjust(_ findings: [Finding]) -> [Finding] {
        findings.compactMap { finding in
            var finding = finding
            if let severity = settings.severities[finding.check] { finding.severity = severity }
            if settings.ignores.contains(where: { $0.matches(finding) }) { return nil }
            return finding
        }
    }

    /// Words in a text: runs of letters or digits.
    static func countWords(_ scalars: [Unicode.Scalar]) -> Int {
        var count = 0
        var inWord = false
        for scalar in scalars {
            let isWordScalar = ScalarClass.isLetterOrDigit(scalar)
            if isWordScalar, !inWord { count += 1 }
            inWord = isWordScalar || (inWord && (ScalarClass.isHyphen(scalar) || ScalarClass.isApostrophe(scalar)))
        }
        return count
    }
}
