import TandemCore
import TandemReports

/// The revision report as one self-contained HTML page, in the look of the
/// review report: each row side by side (the source, when there is one, the
/// old version with its deletions, the new version with its insertions), the
/// edit figures, and the review findings the revision fixed or introduced.
///
/// A pure function of its inputs: the same comparison gives the same bytes.
public enum HTMLRevisionReport {
    /// The report's bytes (UTF-8).
    public static func render(_ diff: RevisionDiff, catalog: MessageCatalog, stamp: HTMLReportStamp) -> [UInt8] {
        Array(page(diff, catalog: catalog, stamp: stamp).utf8)
    }

    /// The report as a string.
    public static func page(_ diff: RevisionDiff, catalog: MessageCatalog, stamp: HTMLReportStamp) -> String {
        let parts = HTMLParts(catalog: catalog)
        var body = ""
        body.reserveCapacity(diff.entries.count * 420 + 20_000)
        var files: [(label: String, path: String, language: String?)] = [
            (parts.text("htmlOldLabel"), diff.old.path, diff.old.language),
            (parts.text("htmlNewLabel"), diff.new.path, diff.new.language),
        ]
        if let source = diff.source { files.insert((parts.text("htmlSourceLabel"), source.path, source.language), at: 0) }
        body += parts.header(title: parts.text("htmlDiffTitle"), files: files)
        body += summary(diff, parts: parts)
        body += toolbar(diff, parts: parts)
        body += "<main>\n"
        body += parts.keyHint(itemName: "change")
        var numbering = FindingNumbers()
        body += unplaced(diff, parts: parts, numbering: &numbering)
        body += sheet(diff, parts: parts, numbering: &numbering)
        body += "</main>\n"
        body += parts.footer(stamp)
        return HTMLPage.document(title: "\(parts.text("htmlDiffTitle")) – \(diff.new.path)", language: catalog.language,
                                 mode: "diff", generator: "tandem \(stamp.toolVersion)", body: body)
    }

    /// Findings get numbers in the order they appear on the page.
    struct FindingNumbers {
        var next = 1
        mutating func take() -> Int {
            defer { next += 1 }
            return next
        }
    }

    // MARK: Summary and toolbar

    private static func summary(_ diff: RevisionDiff, parts: HTMLParts) -> String {
        var html = "<section class=\"summary\" aria-label=\"\(HTMLText.attribute(parts.text("htmlSummary")))\">\n"
        let words = diff.words
        html += "<div class=\"card\"><h2>\(HTMLText.escape(parts.text("htmlTerLabel")))</h2>"
        html += "<div class=\"big\" data-ter=\"\(JSONNumber.text(words.rate))\">\(HTMLText.escape(parts.percent(words.rate)))</div>"
        html += "<p>\(HTMLText.escape(parts.text("htmlEditDetail", ["insertions": .integer(words.insertions), "deletions": .integer(words.deletions), "substitutions": .integer(words.substitutions), "shifts": .integer(words.shifts), "words": .integer(words.referenceWords)])))</p>"
        html += "<p>\(HTMLText.escape(parts.text("htmlCharLabel"))): \(HTMLText.escape(parts.percent(diff.characters.rate)))</p></div>\n"
        html += parts.countCard(heading: parts.text("htmlStatusHeading"), rows: SegmentChange.displayOrder.map { change in
            ("st:\(change.rawValue)", "st-\(change.rawValue)" as String?, parts.text("diffStatusName", ["status": .string(change.rawValue)]), diff.count(change))
        })
        if let findings = diff.findings {
            html += parts.countCard(heading: parts.text("htmlFindingsChangeHeading"), rows: [
                ("fx:fixed", "st-added", parts.text("diffFix", ["fix": .string("fixed")]), findings.fixed.count),
                ("fx:introduced", "st-removed", parts.text("diffFix", ["fix": .string("introduced")]), findings.introduced.count),
                ("fx:kept", "st-unchanged", parts.text("diffFix", ["fix": .string("kept")]), findings.kept),
            ])
        }
        html += "</section>\n"
        return html
    }

    private static func toolbar(_ diff: RevisionDiff, parts: HTMLParts) -> String {
        var html = "<nav class=\"toolbar\" aria-label=\"\(HTMLText.attribute(parts.text("htmlFilters")))\">"
        html += parts.pills(group: "st", label: parts.text("htmlStatusHeading"), options: SegmentChange.displayOrder.map { change in
            (change.rawValue, "st-\(change.rawValue)", parts.text("diffStatusName", ["status": .string(change.rawValue)]), diff.count(change), true)
        })
        if let findings = diff.findings {
            html += parts.pills(group: "fx", label: parts.text("htmlFindingsChangeHeading"), options: [
                ("fixed", "st-added", parts.text("diffFix", ["fix": .string("fixed")]), findings.fixed.count, true),
                ("introduced", "st-removed", parts.text("diffFix", ["fix": .string("introduced")]), findings.introduced.count, true),
            ])
        }
        html += parts.searchAndNavigation(itemName: "change", onlyLabel: nil)
        html += "</nav>\n"
        return html
    }

    // MARK: Rows

    private static func unplaced(_ diff: RevisionDiff, parts: HTMLParts, numbering: inout FindingNumbers) -> String {
        guard let findings = diff.findings, !findings.unplacedFixed.isEmpty || !findings.unplacedIntroduced.isEmpty else { return "" }
        var html = "<section class=\"card docf\"><h2>\(HTMLText.escape(parts.text("htmlDocumentFindings")))</h2><ul class=\"fl\">"
        for (fix, list) in [("fixed", findings.unplacedFixed), ("introduced", findings.unplacedIntroduced)] {
            for finding in list {
                html += parts.findingItem(finding, id: numbering.take(), targetLanguage: diff.new.language,
                                          sourceLanguage: diff.source?.language ?? diff.new.language, fix: fix, navigable: false)
            }
        }
        html += "</ul></section>\n"
        return html
    }

    private static func sheet(_ diff: RevisionDiff, parts: HTMLParts, numbering: inout FindingNumbers) -> String {
        let three = diff.source != nil
        var html = "<div class=\"sheet\(three ? " three" : "")\">\n<div class=\"cols head\">"
        if let source = diff.source {
            html += "<div>\(HTMLText.escape(parts.languageName(source.language)))<span class=\"path\">\(HTMLText.escape(source.path))</span></div>"
        }
        html += "<div>\(HTMLText.escape(parts.text("htmlOldLabel")))<span class=\"path\">\(HTMLText.escape(diff.old.path))</span></div>"
        html += "<div>\(HTMLText.escape(parts.text("htmlNewLabel")))<span class=\"path\">\(HTMLText.escape(diff.new.path))</span></div></div>\n"
        let sourceLanguage = HTMLText.attribute(diff.source?.language ?? "")
        let language = HTMLText.attribute(diff.new.language)
        for (index, entry) in diff.entries.enumerated() {
            let change = entry.change.rawValue
            html += "<div class=\"pair fi st-\(change)\(entry.change == .unchanged ? "" : " nv")\" id=\"r\(index)\" data-st=\"\(change)\" tabindex=\"-1\">"
            var items: [(finding: Finding, id: Int, fix: String)] = []
            for finding in entry.fixed { items.append((finding, numbering.take(), "fixed")) }
            for finding in entry.introduced { items.append((finding, numbering.take(), "introduced")) }
            if three {
                var sourceMarks: [HTMLTextMark] = []
                for item in items {
                    if let span = item.finding.source, let offset = joinedOffset(of: span, in: entry.source) {
                        sourceMarks.append(HTMLTextMark(range: offset..<(offset + span.length), kind: .finding(id: item.id, severity: item.finding.severity)))
                    }
                }
                appendSide(entry.sourceText, segments: entry.source, marks: sourceMarks, language: sourceLanguage,
                           gap: parts.text("htmlNoSource"), to: &html)
            }
            var oldMarks = editMarks(entry.pieces, side: .delete)
            var newMarks = editMarks(entry.pieces, side: .insert)
            for item in items {
                guard let span = item.finding.target else { continue }
                let kind = HTMLTextMark.Kind.finding(id: item.id, severity: item.finding.severity)
                if item.fix == "fixed", let offset = joinedOffset(of: span, in: entry.old) {
                    oldMarks.append(HTMLTextMark(range: offset..<(offset + span.length), kind: kind))
                } else if item.fix == "introduced", let offset = joinedOffset(of: span, in: entry.new) {
                    newMarks.append(HTMLTextMark(range: offset..<(offset + span.length), kind: kind))
                }
            }
            appendSide(entry.oldText, segments: entry.old, marks: oldMarks, language: language, gap: parts.text("htmlNotInOld"), to: &html)
            appendSide(entry.newText, segments: entry.new, marks: newMarks, language: language, gap: parts.text("htmlNotInNew"), to: &html)
            if entry.change == .changed {
                html += "<div class=\"metric\">\(HTMLText.escape(parts.text("htmlSegmentMetrics", ["ter": .string(parts.percent(entry.words.rate)), "chars": .string(parts.percent(entry.characters.rate))])))</div>"
            }
            if !items.isEmpty {
                html += "<ul class=\"fl\">"
                for item in items {
                    html += parts.findingItem(item.finding, id: item.id, targetLanguage: diff.new.language,
                                              sourceLanguage: diff.source?.language ?? diff.new.language, fix: item.fix, navigable: false)
                }
                html += "</ul>"
            }
            html += "</div>\n"
        }
        if diff.entries.isEmpty { html += "<div class=\"empty\">\(HTMLText.escape(parts.text("htmlNoPairs")))</div>\n" }
        html += "</div>\n"
        return html
    }

    private static func appendSide(_ text: String, segments: [Segment], marks: [HTMLTextMark], language: String, gap: String, to html: inout String) {
        guard !segments.isEmpty else {
            html += "<div class=\"tx gap\" data-l=\"–\">\(HTMLText.escape(gap))</div>"
            return
        }
        html += "<div class=\"tx\" data-l=\"\(HTMLParts.lineLabel(segments))\" lang=\"\(language)\">"
        HTMLMarkedText.append(text, marks: marks, to: &html)
        html += "</div>"
    }

    /// The stretches of one side's text (deleted ones in the old text, inserted ones in the new).
    static func editMarks(_ pieces: [DiffPiece], side: DiffPiece.Operation) -> [HTMLTextMark] {
        var marks: [HTMLTextMark] = []
        var offset = 0
        for piece in pieces where piece.operation == .equal || piece.operation == side {
            let length = piece.text.unicodeScalars.count
            if piece.operation == side {
                marks.append(HTMLTextMark(range: offset..<(offset + length), kind: side == .delete ? .deleted : .inserted))
            }
            offset += length
        }
        return marks
    }

    /// Where a span starts in the segments' texts joined with spaces.
    static func joinedOffset(of span: FindingSpan, in segments: [Segment]) -> Int? {
        guard let place = HTMLSpanLocator.locate(span, in: segments) else { return nil }
        var offset = place.offset
        for segment in segments[..<place.segment] { offset += segment.text.unicodeScalars.count + 1 }
        return offset
    }
}

extension SegmentChange {
    /// The order the reports list changes in: what needs a look first.
    public static let displayOrder: [SegmentChange] = [.changed, .added, .removed, .unchanged]
}

/// Numbers as JSON writes them (for data attributes and the JSON output).
enum JSONNumber {
    static func text(_ value: Double) -> String { JSONText.number(value) }
}
