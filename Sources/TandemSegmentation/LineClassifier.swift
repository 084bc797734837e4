import TandemCore

/// What a single line of plain text or Markdown is, before lines are grouped into blocks.
enum LineRole: Equatable {
    case blank
    /// `# Title` (level 1–6); `text` starts after the hashes.
    case heading(level: Int, textColumn: Int)
    /// A setext underline (`===` or `---`) or a thematic break.
    case rule(character: Character)
    /// `| a | b |`; a separator row (`|---|:--:|`) is `tableSeparator`.
    case tableRow
    case tableSeparator
    /// `• item`, `- item`, `* item`, `1. item`; `textColumn` is where the item's text starts (0-based scalars).
    case listItem(marker: String, textColumn: Int)
    /// Ordinary text; `indent` counts leading white-space scalars.
    case text(indent: Int)
}

/// Classifies lines by their leading characters.
enum LineClassifier {
    static let bullets: Set<Character> = ["•", "·", "▪", "◦", "‣", "-", "*", "+", "–", "—"]

    static func classify(_ line: String) -> LineRole {
        let scalars = Array(line.unicodeScalars)
        var indent = 0
        while indent < scalars.count, scalars[indent] == " " || scalars[indent] == "\t" || scalars[indent] == "\u{00A0}" { indent += 1 }
        if indent == scalars.count { return .blank }
        let rest = scalars[indent...]
        let first = rest.first!

        // ATX heading: up to three spaces of indent, 1–6 hashes, a space.
        if first == "#", indent <= 3 {
            let hashes = rest.prefix { $0 == "#" }.count
            let after = indent + hashes
            if hashes <= 6, after == scalars.count || scalars[after] == " " || scalars[after] == "\t" {
                var textColumn = after
                while textColumn < scalars.count, scalars[textColumn] == " " || scalars[textColumn] == "\t" { textColumn += 1 }
                return .heading(level: hashes, textColumn: textColumn)
            }
        }
        // Rules: ===, ---, ***, ___ (three or more, spaces allowed).
        if "=-*_".unicodeScalars.contains(first) {
            let nonSpace = rest.filter { $0 != " " && $0 != "\t" }
            if nonSpace.count >= 3, nonSpace.allSatisfy({ $0 == first }) {
                return .rule(character: Character(first))
            }
        }
        // Tables.
        if first == "|" {
            let inner = rest.filter { $0 != " " && $0 != "\t" }
            if inner.allSatisfy({ "|-:".unicodeScalars.contains($0) }), inner.contains("-") { return .tableSeparator }
            return .tableRow
        }
        // Bullets followed by white space.
        if bullets.contains(Character(first)), rest.count >= 2 {
            let next = rest[rest.startIndex + 1]
            if next == " " || next == "\t" || next == "\u{00A0}" {
                var textColumn = indent + 1
                while textColumn < scalars.count, scalars[textColumn] == " " || scalars[textColumn] == "\t" || scalars[textColumn] == "\u{00A0}" { textColumn += 1 }
                return .listItem(marker: String(first), textColumn: textColumn)
            }
        }
        // Numbered items: 1. or 1) followed by white space (up to three digits).
        if first.properties.numericType == .decimal {
            var end = indent
            while end < scalars.count, scalars[end].properties.numericType == .decimal, end - indent < 3 { end += 1 }
            if end < scalars.count - 1, scalars[end] == "." || scalars[end] == ")",
               scalars[end + 1] == " " || scalars[end + 1] == "\t" {
                var textColumn = end + 1
                while textColumn < scalars.count, scalars[textColumn] == " " || scalars[textColumn] == "\t" { textColumn += 1 }
                return .listItem(marker: String(String.UnicodeScalarView(scalars[indent...end])), textColumn: textColumn)
            }
        }
        return .text(indent: indent)
    }
}
