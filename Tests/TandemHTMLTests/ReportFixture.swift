import Foundation
import TandemCore
import TandemReports

/// A small reviewed text for the HTML tests: English source, German
/// translation, an omission, an addition, findings on both sides and one
/// hostile translation.
enum ReportFixture {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func catalog(_ language: String = "en") -> MessageCatalog {
        try! MessageCatalog(language: language, directory: repositoryRoot.appendingPathComponent("Locales").path)
    }

    static let hostile = #"<script>window.tandemPwned=1</script><img src=x onerror="window.tandemPwned=2">"><svg onload="window.tandemPwned=3">"#

    static func segment(_ text: String, line: Int, column: Int = 1, index: Int) -> Segment {
        Segment(index: index, block: index, kind: .paragraph, text: text,
                sourceMap: SourceMap(start: SourcePosition(line: line, column: column)))
    }

    /// Pairs: 0 plain, 1 with a percent slip, 2 omitted, 3 added, 4 a wrong number, 5 hostile.
    static let pairs: [SegmentPair] = [
        SegmentPair(source: [segment("Bank tellers count cash at the end of each shift.", line: 1, index: 0)],
                    target: [segment("Bankkassierer/-innen zählen am Ende jeder Schicht das Bargeld.", line: 1, index: 0)]),
        SegmentPair(source: [segment("About 25% of them work part time.", line: 3, index: 1)],
                    target: [segment("Etwa 25% von ihnen arbeiten in Teilzeit.", line: 3, index: 1)]),
        SegmentPair(source: [segment("Some of them work from home.", line: 3, column: 35, index: 2)], target: []),
        SegmentPair(source: [], target: [segment("Viele schätzen die geregelten Arbeitszeiten.", line: 3, column: 42, index: 2)]),
        SegmentPair(source: [segment("The median pay was $33,510 per year.", line: 5, index: 3)],
                    target: [segment("Der Medianlohn lag bei 33.150 USD im Jahr.", line: 5, index: 3)]),
        SegmentPair(source: [segment("Type <b>bold</b> & \"quoted\" text.", line: 7, index: 4)],
                    target: [segment(hostile, line: 7, index: 4)]),
    ]

    static func span(_ pair: Int, target: Bool, _ text: String) -> FindingSpan {
        let segment = target ? pairs[pair].target[0] : pairs[pair].source[0]
        let offset = segment.text.unicodeScalars.count - (segment.text.components(separatedBy: text).dropFirst().joined(separator: text).unicodeScalars.count + text.unicodeScalars.count)
        return FindingSpan(segment: segment, offset: offset, length: text.unicodeScalars.count)
    }

    static let findings: [Finding] = [
        Finding(check: "locale-conventions", category: .localeConvention, severity: .minor, messageKey: "errorOther",
                messageArguments: ["message": "German puts a space before the percent sign."], suggestion: "25 %",
                target: span(1, target: true, "25%"), pairIndex: 1),
        Finding(check: "omission", category: .omission, severity: .major, messageKey: "errorOther",
                messageArguments: ["message": "This sentence has no translation."], source: span(2, target: false, "Some of them work from home."), pairIndex: 2),
        Finding(check: "numbers", category: .number, severity: .major, messageKey: "errorOther",
                messageArguments: ["message": "The number changed: 33,510 in the source, 33.150 in the translation."], suggestion: "33.510",
                source: span(4, target: false, "33,510"), target: span(4, target: true, "33.150"), pairIndex: 4),
        Finding(check: "numbers", category: .number, severity: .critical, messageKey: "errorOther",
                messageArguments: ["message": "Currency: $ became USD <b>twice</b>."], target: span(4, target: true, "33.150 USD"), pairIndex: 4,
                discriminator: "currency"),
        Finding(check: "markup<x>", category: .markup, severity: .minor, messageKey: "errorOther",
                messageArguments: ["message": hostile], suggestion: hostile, target: span(5, target: true, "<img src=x"), pairIndex: 5),
        Finding(check: "consistency", category: .consistency, severity: .neutral, messageKey: "errorOther",
                messageArguments: ["message": "The glossary file has a duplicate entry."]),
    ]

    static let document = HTMLReportDocument(sourcePath: "pay.en.md", targetPath: "pay<de>.md", sourceLanguage: "en", targetLanguage: "de")

    static func page(language: String = "en") -> String {
        HTMLReviewReport.page(pairs: pairs, findings: findings, document: document,
                              score: HTMLReportScore(score: 87.5, penalty: 37, wordCount: 296, threshold: 95),
                              catalog: catalog(language), stamp: HTMLReportStamp(toolVersion: "9.9.9"))
    }
}
