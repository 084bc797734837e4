import Foundation
import TandemCore
import TandemReports
import TandemReview

/// Runs a review over its input pair by pair, keeping what the report asks for.
///
/// JSON output streams: each pair's entry in `segments` is written to the
/// (spooled) sink as soon as the pair is reviewed. The terminal view keeps the
/// pairs that have findings, and the HTML report, a view of the whole document,
/// keeps every pair. Otherwise memory holds the findings and what the
/// document-level checks remember, not the document.
struct StreamedReview {
    /// What the report needs of the pairs besides the findings.
    enum PairUse {
        /// Nothing (SARIF, JUnit).
        case none
        /// Pairs with findings, for grouping them (terminal).
        case withFindings
        /// Every pair, kept (HTML).
        case all
        /// Every pair, written out as JSON `segments` entries.
        case jsonSegments(OutputSink)
    }

    let input: ReviewInput
    let engine: ReviewEngine

    /// What the run produced.
    struct Result {
        /// All findings, in the order found.
        var findings: [Finding]
        /// The pairs kept (for `.withFindings` and `.all`).
        var reportPairs: [ReportPair]
        /// The segment pairs kept (for `.all`).
        var pairs: [SegmentPair]
    }

    /// Reviews every pair, then the document.
    func run(_ use: PairUse) throws(InputError) -> Result {
        var findings: [Finding] = []
        var kept: [ReportPair] = []
        var pairs: [SegmentPair] = []
        var buffer: [UInt8] = []
        if case let .jsonSegments(sink) = use {
            sink.write(JSONReporter.opening(source: ReportDocument(path: input.sourcePath, language: input.sourceLanguage.identifier),
                                            target: ReportDocument(path: input.targetPath, language: input.targetLanguage.identifier)))
        }
        while let item = try input.next() {
            let index = engine.pairCount
            let found = engine.review(item.pair, sourceMarkers: item.sourceMarkers, targetMarkers: item.targetMarkers)
            findings += found
            switch use {
            case .none: break
            case .withFindings: if !found.isEmpty { kept.append(ReportPair(index: index, pair: item.pair)) }
            case .all:
                kept.append(ReportPair(index: index, pair: item.pair))
                pairs.append(item.pair)
            case let .jsonSegments(sink):
                buffer.removeAll(keepingCapacity: true)
                JSONReporter.appendSegment(ReportPair(index: index, pair: item.pair), isFirst: index == 0, to: &buffer)
                sink.write(bytes: buffer)
            }
        }
        let last = engine.finish()
        findings += last
        if case .withFindings = use {
            // Document-level findings name pairs reviewed earlier: the aligned pairs of two texts are still at hand.
            let have = Set(kept.map(\.index))
            let wanted = Set(last.compactMap(\.pairIndex)).subtracting(have).filter { $0 < input.alignedPairs.count }
            kept += wanted.map { ReportPair(index: $0, pair: input.alignedPairs[$0]) }
            kept.sort { $0.index < $1.index }
        }
        return Result(findings: findings, reportPairs: kept, pairs: pairs)
    }

    /// Says on standard error what the reader noted about the file (duplicate ids, missing attributes).
    func noteProblems() {
        for problem in input.problems {
            Console.note("\(input.targetPath):\(problem.position.line):\(problem.position.column): \(problem.message)")
        }
    }

    /// What the reporters need besides the findings, once the review is done.
    func reportContext(_ findings: [Finding], result: Result, catalog: MessageCatalog, rules: [ReportRule], color: Bool) -> ReportContext {
        ReportContext(
            toolVersion: TandemVersion.string,
            source: ReportDocument(path: input.sourcePath, language: input.sourceLanguage.identifier),
            target: ReportDocument(path: input.targetPath, language: input.targetLanguage.identifier),
            rootDirectory: FileManager.default.currentDirectoryPath,
            catalog: catalog, rules: rules,
            pairs: result.reportPairs, pairCount: engine.pairCount,
            score: QualityScore(findings: findings, sourceWords: engine.sourceWords), color: color)
    }
}
