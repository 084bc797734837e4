import TandemCore

/// The review report as one self-contained HTML page: every aligned pair side by
/// side with line numbers, each finding highlighted at its span and listed
/// under its pair, a summary with the MQM score and counts, filters, search
/// and keyboard navigation.
///
/// A pure function of its inputs: the same pairs, findings and stamp give the
/// same bytes.
///
///     let bytes = HTMLReviewReport.render(
///         pairs: pairs, findings: findings,
///         document: HTMLReportDocument(sourcePath: "a.en.md", targetPath: "a.de.md",
///                                      sourceLanguage: "en", targetLanguage: "de"),
///         score: HTMLReportScore(score: 96.2, penalty: 38, wordCount: 1000, threshold: 95),
///         catalog: catalog, stamp: HTMLReportStamp(toolVersion: "0.1.0"))
public enum HTMLReviewReport {
    /// The report's bytes (UTF-8).
    public static func render(pairs: [SegmentPair], findings: [Finding], document: HTMLReportDocument,
                              score: HTMLReportScore?, catalog: MessageCatalog, stamp: HTMLReportStamp) -> [UInt8] {
        Array(page(pairs: pairs, findings: findings, document: document, score: score, catalog: catalog, stamp: stamp).utf8)
    }

    /// The report as a string.
    public static func page(pairs: [SegmentPair], findings: [Finding], document: HTMLReportDocument,
                            score: HTMLReportScore?, catalog: MessageCatalog, stamp: HTMLReportStamp) -> String {
        let parts = HTMLParts(catalog: catalog)
        let ordered = HTMLFindingOrder.sorted(findings, pairCount: pairs.count)
        var body = ""
        body.reserveCapacity(pairs.count * 360 + findings.count * 420 + 20_000)
        body += parts.header(title: parts.text("htmlReviewTitle"), files: [
            (parts.text("htmlSourceLabel"), document.sourcePath, document.sourceLanguage),
            (parts.text("htmlTargetLabel"), document.targetPath, document.targetLanguage),
        ])
        body += summary(pairs: pairs, findings: ordered.map(\.finding), score: score, parts: parts)
        body += toolbar(findings: ordered.map(\.finding), parts: parts)
        body += "<main>\n"
        body += parts.keyHint(itemName: "finding")
        body += documentFindings(ordered, document: document, parts: parts)
        body += sheet(pairs: pairs, ordered: ordered, document: document, parts: parts)
        body += "</main>\n"
        body += parts.footer(stamp)
        return HTMLPage.document(title: "\(parts.text("htmlReviewTitle")) – \(document.targetPath)", language: catalog.language,
                                 mode: "review", generator: "tandem \(stamp.toolVersion)", body: body)
    }

    // MARK: Summary

    private static func summary(pairs: [SegmentPair], findings: [Finding], score: HTMLReportScore?, parts: HTMLParts) -> String {
        var html = "<section class=\"summary\" aria-label=\"\(HTMLText.attribute(parts.text("htmlSummary")))\">\n"
        if let score {
            let verdict = score.passed.map { $0 ? " pass" : " fail" } ?? ""
            html += "<div class=\"card\"><h2>\(HTMLText.escape(parts.text("htmlScoreLabel")))</h2>"
            html += "<div class=\"big\(verdict)\" data-score=\"\(HTMLText.attribute(String(score.score)))\">\(parts.decimal(score.score, digits: 1))</div>"
            html += "<p>\(HTMLText.escape(parts.text("htmlScoreDetail", ["penalty": .string(parts.decimal(score.penalty, digits: 0)), "words": .integer(score.wordCount)])))</p>"
            if let threshold = score.threshold, let passed = score.passed {
                html += "<p>\(HTMLText.escape(parts.text("htmlThreshold", ["threshold": .string(parts.decimal(threshold, digits: 1)), "passed": .string(passed ? "yes" : "no")])))</p>"
            }
            html += "</div>\n"
        }
        let omissions = pairs.filter { !$0.source.isEmpty && $0.target.isEmpty }.count
        let additions = pairs.filter { $0.source.isEmpty && !$0.target.isEmpty }.count
        html += parts.countCard(heading: parts.text("htmlOverview"), rows: [
            ("total", nil, parts.text("htmlFindingsLabel"), findings.count),
            ("pairs", nil, parts.text("htmlPairsLabel"), pairs.count),
            ("omissions", nil, parts.text("htmlOmissionsLabel"), omissions),
            ("additions", nil, parts.text("htmlAdditionsLabel"), additions),
        ])
        let severities = Severity.allCases.reversed().map { severity in
            ("sev:\(severity.rawValue)", "s-\(severity.rawValue)" as String?, parts.severityName(severity), findings.filter { $0.severity == severity }.count)
        }
        html += parts.countCard(heading: parts.text("htmlSeverityHeading"), rows: severities)
        html += parts.countCard(heading: parts.text("htmlCategoryHeading"), rows: categoryCounts(findings).map {
            ("cat:\($0.category.rawValue)", nil, parts.categoryName($0.category), $0.count)
        })
        html += parts.countCard(heading: parts.text("htmlCheckHeading"), rows: checkCounts(findings).map {
            ("chk:\(HTMLText.token($0.check))", nil, $0.check, $0.count)
        })
        html += "</section>\n"
        return html
    }

    /// Categories that occur, most frequent first (ties in MQM order).
    static func categoryCounts(_ findings: [Finding]) -> [(category: FindingCategory, count: Int)] {
        var counts: [FindingCategory: Int] = [:]
        for finding in findings { counts[finding.category, default: 0] += 1 }
        return FindingCategory.allCases.compactMap { category in counts[category].map { (category, $0) } }
            .enumerated().sorted { ($0.element.1, -$0.offset) > ($1.element.1, -$1.offset) }.map(\.element)
    }

    /// Checks that reported something, most frequent first (ties by name).
    static func checkCounts(_ findings: [Finding]) -> [(check: String, count: Int)] {
        var counts: [String: Int] = [:]
        for finding in findings { counts[finding.check, default: 0] += 1 }
        return counts.map { ($0.key, $0.value) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    }

    // MARK: Toolbar

    private static func toolbar(findings: [Finding], parts: HTMLParts) -> String {
        var html = "<nav class=\"toolbar\" aria-label=\"\(HTMLText.attribute(parts.text("htmlFilters")))\">"
        html += parts.pills(group: "sev", label: parts.text("htmlSeverityHeading"), options: Severity.allCases.reversed().map { severity in
            (severity.rawValue, "s-\(severity.rawValue)", parts.severityName(severity), findings.filter { $0.severity == severity }.count, true)
        })
        html += parts.dropdown(group: "cat", label: parts.text("htmlCategoryHeading"), options: categoryCounts(findings).map {
            ($0.category.rawValue, parts.categoryName($0.category), $0.count)
        })
        html += parts.dropdown(group: "chk", label: parts.text("htmlCheckHeading"), options: checkCounts(findings).map {
            ($0.check, $0.check, $0.count)
        })
        html += parts.searchAndNavigation(itemName: "finding", onlyLabel: parts.text("htmlOnlyWithFindings"))
        html += "</nav>\n"
        return html
    }

    // MARK: Text

    private static func documentFindings(_ ordered: [HTMLFindingOrder.Entry], document: HTMLReportDocument, parts: HTMLParts) -> String {
        let loose = ordered.filter { $0.pair == nil }
        guard !loose.isEmpty else { return "" }
        var html = "<section class=\"card docf\"><h2>\(HTMLText.escape(parts.text("htmlDocumentFindings")))</h2><ul class=\"fl\">"
        for entry in loose {
            html += parts.findingItem(entry.finding, id: entry.id, targetLanguage: document.targetLanguage, sourceLanguage: document.sourceLanguage)
        }
        html += "</ul></section>\n"
        return html
    }

    private static func sheet(pairs: [SegmentPair], ordered: [HTMLFindingOrder.Entry], document: HTMLReportDocument, parts: HTMLParts) -> String {
        var byPair: [Int: [HTMLFindingOrder.Entry]] = [:]
        for entry in ordered { if let pair = entry.pair { byPair[pair, default: []].append(entry) } }
        var html = "<div class=\"sheet\">\n<div class=\"cols head\">"
        html += "<div>\(HTMLText.escape(parts.languageName(document.sourceLanguage)))<span class=\"path\">\(HTMLText.escape(document.sourcePath))</span></div>"
        html += "<div>\(HTMLText.escape(parts.languageName(document.targetLanguage)))<span class=\"path\">\(HTMLText.escape(document.targetPath))</span></div></div>\n"
        let sourceLanguage = HTMLText.attribute(document.sourceLanguage)
        let targetLanguage = HTMLText.attribute(document.targetLanguage)
        for (index, pair) in pairs.enumerated() {
            let entries = byPair[index] ?? []
            html += "<div class=\"pair"
            if let worst = entries.map(\.finding.severity).max() { html += " w-\(worst.rawValue)" }
            html += "\" id=\"p\(index)\">"
            var sourceMarks = [[HTMLTextMark]](repeating: [], count: pair.source.count)
            var targetMarks = [[HTMLTextMark]](repeating: [], count: pair.target.count)
            for entry in entries {
                let mark = HTMLTextMark.Kind.finding(id: entry.id, severity: entry.finding.severity)
                if let span = entry.finding.source, let place = HTMLSpanLocator.locate(span, in: pair.source) {
                    sourceMarks[place.segment].append(HTMLTextMark(range: place.offset..<(place.offset + span.length), kind: mark))
                }
                if let span = entry.finding.target, let place = HTMLSpanLocator.locate(span, in: pair.target) {
                    targetMarks[place.segment].append(HTMLTextMark(range: place.offset..<(place.offset + span.length), kind: mark))
                }
            }
            appendSide(pair.source, marks: sourceMarks, language: sourceLanguage, gap: parts.text("htmlNoSource"), to: &html)
            appendSide(pair.target, marks: targetMarks, language: targetLanguage, gap: parts.text("htmlNoTranslation"), to: &html)
            if !entries.isEmpty {
                html += "<ul class=\"fl\">"
                for entry in entries {
                    html += parts.findingItem(entry.finding, id: entry.id, targetLanguage: document.targetLanguage, sourceLanguage: document.sourceLanguage)
                }
                html += "</ul>"
            }
            html += "</div>\n"
        }
        if pairs.isEmpty { html += "<div class=\"empty\">\(HTMLText.escape(parts.text("htmlNoPairs")))</div>\n" }
        html += "</div>\n"
        return html
    }

    /// One side of a pair: its segments with their marks, or a gap for an omission or addition.
    static func appendSide(_ segments: [Segment], marks: [[HTMLTextMark]], language: String, gap: String, to html: inout String) {
        guard !segments.isEmpty else {
            html += "<div class=\"tx gap\" data-l=\"–\">\(HTMLText.escape(gap))</div>"
            return
        }
        html += "<div class=\"tx\" data-l=\"\(HTMLParts.lineLabel(segments))\" lang=\"\(language)\">"
        if segments.count == 1 {
            HTMLMarkedText.append(segments[0].text, marks: marks[0], to: &html)
        } else {
            for (index, segment) in segments.enumerated() {
                html += "<span class=\"seg\">"
                HTMLMarkedText.append(segment.text, marks: marks[index], to: &html)
                html += "</span> "
            }
        }
        html += "</div>"
    }
}

/// The order in which a report lists findings, and their numbers.
public enum HTMLFindingOrder {
    /// A finding with its number (1-based, in report order) and its pair, if it belongs to one.
    public struct Entry: Sendable {
        public var id: Int
        public var pair: Int?
        public var finding: Finding
    }

    /// Findings in the order every report lists them (``FindingOrder``), numbered from 1.
    public static func sorted(_ findings: [Finding], pairCount: Int) -> [Entry] {
        FindingOrder.sorted(findings).enumerated().map { offset, finding in
            let pair = finding.pairIndex.flatMap { (0..<pairCount).contains($0) ? $0 : nil }
            return Entry(id: offset + 1, pair: pair, finding: finding)
        }
    }
}
