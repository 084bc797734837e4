import TandemCore
import TandemReports

/// A fixed review: two pairs, three findings (one with only a source side), an English catalog.
enum ReporterFixture {
    static func catalog(_ language: String = "en") throws -> MessageCatalog {
        try MessageCatalog(language: language, directory: ResourceLocator.requireLocales())
    }

    static func segment(_ text: String, line: Int, column: Int, index: Int) -> Segment {
        Segment(index: index, block: index, kind: .paragraph, text: text, sourceMap: SourceMap(start: SourcePosition(line: line, column: column)))
    }

    static var pairs: [SegmentPair] {
        [
            SegmentPair(source: [segment("Openings: about 341,700 positions a year.", line: 10, column: 3, index: 0)],
                        target: [segment("Offene Stellen: etwa 314.700 Stellen im Jahr – „100%“.", line: 10, column: 3, index: 0)]),
            SegmentPair(source: [segment("Some employers let representatives work from home.", line: 12, column: 1, index: 1)], target: []),
        ]
    }

    static var findings: [Finding] {
        let pairs = Self.pairs
        let target = pairs[0].target[0]
        let source = pairs[0].source[0]
        return [
            Finding(check: "numbers", category: .number, severity: .major, messageKey: "reviewNumberChanged",
                    messageArguments: ["source": "341,700", "target": "314.700"], suggestion: "341.700",
                    source: FindingSpan(segment: source, offset: 16, length: 7), target: FindingSpan(segment: target, offset: 21, length: 7), pairIndex: 0),
            Finding(check: "locale-conventions", category: .localeConvention, severity: .minor, messageKey: "reviewLocalePercentSpace",
                    messageArguments: ["text": "100%", "suggestion": "100\u{A0}%", "locale": "de-DE"], suggestion: "100\u{A0}%",
                    target: FindingSpan(segment: target, offset: 48, length: 4), pairIndex: 0),
            Finding(check: "omission", category: .omission, severity: .major, messageKey: "reviewOmission",
                    messageArguments: ["text": pairs[1].sourceText], source: FindingSpan(segment: pairs[1].source[0]), pairIndex: 1),
        ]
    }

    static func context(color: Bool = false, language: String = "en") throws -> ReportContext {
        let findings = Self.findings
        let rules = [
            ReportRule(id: "numbers", category: .number, severity: .major, summary: "Numbers compared by value.", help: "✗ 341,700 → 314.700"),
            ReportRule(id: "locale-conventions", category: .localeConvention, severity: .minor, summary: "Locale formats.", help: "✗ 100% → 100 %"),
            ReportRule(id: "omission", category: .omission, severity: .major, summary: "Omissions.", help: "✗ a sentence without translation"),
            ReportRule(id: "spelling", category: .spelling, severity: .minor, summary: "Spelling.", help: "✗ vorraussichtlich"),
        ]
        return ReportContext(
            toolVersion: "0.1.0",
            source: ReportDocument(path: "texts/job.en.md", language: "en"),
            target: ReportDocument(path: "texts/job.de.md", language: "de-DE"),
            rootDirectory: "/work/project", catalog: try catalog(language), rules: rules,
            pairs: pairs.enumerated().map { ReportPair(index: $0.offset, pair: $0.element) },
            score: QualityScore(findings: findings, sourceWords: 14), color: color,
            lines: ["texts/job.de.md": [10: "  Offene Stellen: etwa 314.700 Stellen im Jahr – „100%“."]])
    }
}
