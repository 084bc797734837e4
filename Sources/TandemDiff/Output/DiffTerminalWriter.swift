import TandemCore
import TandemReports

/// The comparison for the terminal: each row that changed with its inline
/// difference, then the counts and edit figures.
///
/// With color, deletions are red and struck through, insertions green and
/// underlined; without (NO_COLOR, or output that is not a terminal) they are
/// marked `[-old-]` and `{+new+}` as `git diff --word-diff` does.
public enum DiffTerminalWriter {
    /// The report's text.
    public static func render(_ diff: RevisionDiff, catalog: MessageCatalog, color: Bool) -> String {
        let parts = HTMLParts(catalog: catalog)
        let style = Style(color: color)
        var out = ""
        for entry in diff.entries where entry.change != .unchanged {
            let status = parts.text("diffStatusName", ["status": .string(entry.change.rawValue)])
            let lines = parts.text("diffLines", ["old": .string(line(entry.old)), "new": .string(line(entry.new))])
            out += style.bold(status) + style.dim(" · \(lines)")
            if entry.change == .changed {
                out += style.dim(" · " + parts.text("diffSegmentRates", ["ter": .string(parts.percent(entry.words.rate)), "chars": .string(parts.percent(entry.characters.rate))]))
            }
            out += "\n"
            if let source = diff.source, !entry.source.isEmpty {
                out += style.dim("  \(source.language)  ") + entry.sourceText + "\n"
            }
            out += style.dim("  \(diff.new.language)  ")
            for piece in entry.pieces {
                switch piece.operation {
                case .equal: out += piece.text
                case .delete: out += style.deleted(piece.text)
                case .insert: out += style.inserted(piece.text)
                }
            }
            out += "\n"
            for finding in entry.fixed { out += findingLine(finding, fix: "fixed", parts: parts, style: style) }
            for finding in entry.introduced { out += findingLine(finding, fix: "introduced", parts: parts, style: style) }
            out += "\n"
        }
        if let findings = diff.findings {
            for finding in findings.unplacedFixed { out += findingLine(finding, fix: "fixed", parts: parts, style: style) }
            for finding in findings.unplacedIntroduced { out += findingLine(finding, fix: "introduced", parts: parts, style: style) }
        }
        if diff.entries.allSatisfy({ $0.change == .unchanged }) {
            out += parts.text("diffIdentical") + "\n"
        }
        out += style.bold(parts.text("diffSummary", ["changed": .integer(diff.count(.changed)), "added": .integer(diff.count(.added)),
                                                     "removed": .integer(diff.count(.removed)), "unchanged": .integer(diff.count(.unchanged))])) + "\n"
        out += parts.text("diffRates", ["ter": .string(parts.percent(diff.words.rate)), "chars": .string(parts.percent(diff.characters.rate))]) + "\n"
        if let findings = diff.findings {
            out += parts.text("diffFindings", ["fixed": .integer(findings.fixed.count), "introduced": .integer(findings.introduced.count),
                                               "kept": .integer(findings.kept)]) + "\n"
        }
        return out
    }

    private static func line(_ segments: [Segment]) -> String {
        segments.isEmpty ? "–" : HTMLParts.lineLabel(segments)
    }

    private static func findingLine(_ finding: Finding, fix: String, parts: HTMLParts, style: Style) -> String {
        let label = parts.text("diffFix", ["fix": .string(fix)])
        let tag = fix == "fixed" ? style.green(label) : style.red(label)
        return "  \(tag) [\(parts.severityName(finding.severity))] \(finding.check): \(parts.message(for: finding))\n"
    }

    /// ANSI styles, or plain markers without color.
    struct Style {
        let color: Bool

        func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
        func dim(_ text: String) -> String { color ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
        func green(_ text: String) -> String { color ? "\u{1B}[32m\(text)\u{1B}[0m" : text }
        func red(_ text: String) -> String { color ? "\u{1B}[31m\(text)\u{1B}[0m" : text }
        func deleted(_ text: String) -> String { color ? "\u{1B}[31;9m\(text)\u{1B}[0m" : "[-\(text)-]" }
        func inserted(_ text: String) -> String { color ? "\u{1B}[32;4m\(text)\u{1B}[0m" : "{+\(text)+}" }
    }
}
