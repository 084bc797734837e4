import Foundation
import TandemCore
import TandemDiff
import TandemReports

/// Reports for the browser: a reviewed text with a hostile translation, and a revision.
enum BrowserFixture {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func catalog(_ language: String = "en") throws -> MessageCatalog {
        try MessageCatalog(language: language, directory: repositoryRoot.appendingPathComponent("Locales").path)
    }

    static let hostile = #"Ein Satz <script>window.tandemPwned=1</script><img src=x onerror="window.tandemPwned=2">"><svg onload="window.tandemPwned=3"> Ende."#

    static func segment(_ text: String, line: Int, index: Int) -> Segment {
        Segment(index: index, block: index, kind: .paragraph, text: text, sourceMap: SourceMap(start: SourcePosition(line: line, column: 1)))
    }

    static let texts: [(String, String?)] = [
        ("Bank tellers count cash at the end of each shift.", "Bankkassierer/-innen zählen am Ende jeder Schicht das Bargeld."),
        ("About 25% of them work part time.", "Etwa 25% von ihnen arbeiten in Teilzeit."),
        ("Some of them work from home.", nil),
        ("The median pay was $33,510 per year.", "Der Medianlohn lag bei 33.150 USD im Jahr."),
        ("Most learn on the job.", "Die meisten lernen im Betrieb \"nebenher\"."),
        ("Type the text as it is.", hostile),
        ("Tellers need a high school diploma.", "Kassierer/-innen brauchen einen Schulabschluss."),
    ]

    static var pairs: [SegmentPair] {
        texts.enumerated().map { index, text in
            SegmentPair(source: [segment(text.0, line: index * 2 + 1, index: index)],
                        target: text.1.map { [segment($0, line: index * 2 + 1, index: index)] } ?? [])
        }
    }

    static func span(_ segment: Segment, _ text: String) -> FindingSpan {
        let before = segment.text.components(separatedBy: text)[0]
        return FindingSpan(segment: segment, offset: before.unicodeScalars.count, length: text.unicodeScalars.count)
    }

    static var findings: [Finding] {
        let pairs = self.pairs
        return [
            Finding(check: "locale-conventions", category: .localeConvention, severity: .minor, messageKey: "errorOther",
                    messageArguments: ["message": "German puts a space before %."], suggestion: "25 %", target: span(pairs[1].target[0], "25%"), pairIndex: 1),
            Finding(check: "omission", category: .omission, severity: .major, messageKey: "errorOther",
                    messageArguments: ["message": "No translation."], source: span(pairs[2].source[0], "Some of them work from home."), pairIndex: 2),
            Finding(check: "numbers", category: .number, severity: .major, messageKey: "errorOther",
                    messageArguments: ["message": "33,510 became 33.150."], suggestion: "33.510", target: span(pairs[3].target[0], "33.150"), pairIndex: 3),
            Finding(check: "numbers", category: .number, severity: .critical, messageKey: "errorOther",
                    messageArguments: ["message": "The currency <b>moved</b>."], target: span(pairs[3].target[0], "33.150 USD"), pairIndex: 3, discriminator: "currency"),
            Finding(check: "typography", category: .typography, severity: .minor, messageKey: "errorOther",
                    messageArguments: ["message": "Straight quotes."], suggestion: "„nebenher“", target: span(pairs[4].target[0], "\"nebenher\""), pairIndex: 4),
            Finding(check: "markup", category: .markup, severity: .neutral, messageKey: "errorOther",
                    messageArguments: ["message": hostile], suggestion: hostile, target: span(pairs[5].target[0], "<img src=x"), pairIndex: 5),
            Finding(check: "spelling", category: .spelling, severity: .minor, messageKey: "errorOther",
                    messageArguments: ["message": "Not in the dictionary."], target: span(pairs[6].target[0], "Schulabschluss"), pairIndex: 6),
        ]
    }

    static func reviewPage(language: String = "en") throws -> String {
        HTMLReviewReport.page(pairs: pairs, findings: findings,
                              document: HTMLReportDocument(sourcePath: "tellers.en.md", targetPath: "tellers.de.md", sourceLanguage: "en", targetLanguage: "de"),
                              score: HTMLReportScore(score: 62.5, penalty: 45, wordCount: 120), catalog: try catalog(language),
                              stamp: HTMLReportStamp(toolVersion: "0.0.0-test"))
    }

    static func revisionPage() throws -> String {
        let old = pairs
        var new = pairs
        new[1].target = [segment("Etwa 25 % von ihnen arbeiten in Teilzeit.", line: 3, index: 1)]
        new[5].target = [segment("Tippen Sie den Text so, wie er ist.", line: 11, index: 5)]
        new[6].target = []
        let rows = SourceMerge.merge(old: old, new: new, sourceCount: old.count)
        let oldFindings = findings
        let newFindings = findings.filter { $0.check != "locale-conventions" && $0.check != "markup" && $0.check != "spelling" }
            + [Finding(check: "typography", category: .typography, severity: .minor, messageKey: "errorOther",
                       messageArguments: ["message": "Comma."], target: span(new[5].target[0], "so,"), pairIndex: 5)]
        let diff = RevisionComparer.compare(rows: rows, old: RevisionFile(path: "v1.de.md", language: "de", segments: 6),
                                            new: RevisionFile(path: "v2.de.md", language: "de", segments: 5),
                                            source: RevisionFile(path: "tellers.en.md", language: "en", segments: 7),
                                            oldFindings: oldFindings, newFindings: newFindings)
        return HTMLRevisionReport.page(diff, catalog: try catalog(), stamp: HTMLReportStamp(toolVersion: "0.0.0-test"))
    }

    static func write(_ page: String, name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(page.utf8).write(to: url)
        return url
    }
}
