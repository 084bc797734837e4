import TandemCore

extension HTMLReviewReport {
    /// The report from the same ``ReportContext`` the other reporters take, plus
    /// the segment pairs themselves (their source maps place each finding's span).
    ///
    ///     case .html: bytes = HTMLReviewReport.render(findings, pairs: input.pairs, context: reportContext)
    ///
    /// - Parameters:
    ///   - threshold: a pass mark for the score, if the review has one.
    ///   - generated: a date for the footer; nil keeps the output byte-stable.
    public static func render(_ findings: [Finding], pairs: [SegmentPair], context: ReportContext,
                              threshold: Double? = nil, generated: String? = nil) -> [UInt8] {
        let document = HTMLReportDocument(
            sourcePath: context.source?.path ?? "", targetPath: context.target?.path ?? "",
            sourceLanguage: context.source?.language ?? "und", targetLanguage: context.target?.language ?? "und")
        let score = HTMLReportScore(score: context.score.qualityScore, penalty: context.score.penalty,
                                    wordCount: context.score.sourceWords, threshold: threshold)
        return render(pairs: pairs, findings: findings, document: document, score: score, catalog: context.catalog,
                      stamp: HTMLReportStamp(toolVersion: context.toolVersion, generated: generated))
    }
}
