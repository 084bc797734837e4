import TandemCore

/// The review for a person at a terminal: findings grouped by segment pair,
/// each pair shown once (source and target with their positions), then a
/// summary. Colors only when asked (the caller checks NO_COLOR and the TTY).
public enum TerminalReporter {
    /// The full view; `summaryOnly` prints only the counts and the score.
    public static func render(_ findings: [Finding], context: ReportContext, summaryOnly: Bool = false) -> [UInt8] {
        let style = Style(enabled: context.color)
        var out = ""
        let catalog = context.catalog
        if let source = context.source, let target = context.target {
            out += style.bold(catalog.format("terminalHeader", [
                "source": .string(source.path), "sourceLanguage": .string(source.language ?? "?"),
                "target": .string(target.path), "targetLanguage": .string(target.language ?? "?"),
            ])) + "\n"
        }
        let sorted = FindingOrder.sorted(findings)
        if !summaryOnly {
            let pairsByIndex = Dictionary(context.pairs.map { ($0.index, $0) }, uniquingKeysWith: { a, _ in a })
            var current: Int?? = .none
            for finding in sorted {
                if current == nil || current! != finding.pairIndex {
                    current = .some(finding.pairIndex)
                    out += "\n"
                    if let index = finding.pairIndex, let pair = pairsByIndex[index] {
                        for segment in pair.source { out += style.dim("  \(segment.line):\(segment.column)  ") + segment.text + "\n" }
                        for segment in pair.target { out += style.dim("  \(segment.line):\(segment.column)  ") + style.bold(segment.text) + "\n" }
                    } else if finding.pairIndex != nil {
                        // A pair the caller did not keep (a streamed review): the finding's own spans stand for it.
                        if let span = finding.source { out += style.dim("  \(span.line):\(span.column)  ") + span.text + "\n" }
                        if let span = finding.target { out += style.dim("  \(span.line):\(span.column)  ") + style.bold(span.text) + "\n" }
                    }
                }
                out += "    " + style.severity(finding.severity, pad(catalog.format("severity_\(finding.severity.rawValue)"), 9))
                let place = finding.target ?? finding.source
                let side = finding.target != nil ? "" : catalog.format("terminalSourceSide") + " "
                if let place { out += style.dim("\(side)\(place.line):\(place.column) ") }
                out += context.message(finding)
                out += style.dim(" [\(finding.check)]") + "\n"
                if let span = place, !span.text.isEmpty, span.text.count <= 80 {
                    out += "        " + style.highlight(span.text)
                    if let suggestion = finding.suggestion, !suggestion.isEmpty {
                        out += " → " + style.suggestion(suggestion)
                    }
                    out += "\n"
                }
            }
            if !sorted.isEmpty { out += "\n" }
        }
        out += summary(findings, context: context, style: style)
        return Array(out.utf8)
    }

    private static func summary(_ findings: [Finding], context: ReportContext, style: Style) -> String {
        let catalog = context.catalog
        let score = context.score
        var out = catalog.format("terminalSummary", [
            "count": .integer(findings.count), "pairs": .integer(context.pairCount), "words": .integer(score.sourceWords),
        ]) + "\n"
        let severities = Severity.allCases.reversed().compactMap { severity -> String? in
            guard let count = score.bySeverity[severity], count > 0 else { return nil }
            return style.severity(severity, "\(count) \(catalog.format("severity_\(severity.rawValue)"))")
        }
        if !severities.isEmpty { out += "  " + severities.joined(separator: ", ") + "\n" }
        let categories = FindingCategory.allCases.compactMap { category -> String? in
            guard let count = score.byCategory[category], count > 0 else { return nil }
            return "\(category.rawValue) \(count)"
        }
        if !categories.isEmpty { out += "  " + categories.joined(separator: " · ") + "\n" }
        out += catalog.format("terminalScore", [
            "penalty": .string(JSONText.number((score.penaltyPer1000Words * 10).rounded() / 10)),
            "score": .string(JSONText.number((score.qualityScore * 10).rounded() / 10)),
        ]) + "\n"
        return out
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    /// ANSI styling, or none.
    struct Style {
        let enabled: Bool
        func wrap(_ code: String, _ text: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        func bold(_ text: String) -> String { wrap("1", text) }
        func dim(_ text: String) -> String { wrap("2", text) }
        func highlight(_ text: String) -> String { enabled ? wrap("4", text) : "«\(text)»" }
        func suggestion(_ text: String) -> String { enabled ? wrap("32", text) : "«\(text)»" }
        func severity(_ severity: Severity, _ text: String) -> String {
            switch severity {
            case .critical: return wrap("1;35", text)
            case .major: return wrap("1;31", text)
            case .minor: return wrap("33", text)
            case .neutral: return wrap("2", text)
            }
        }
    }
}
