/// Writes a glossary as CSV or TSV in the long layout of the bundled termbase:
/// one row per term, columns `concept lang term status gender source context note`,
/// plus `pos`, `case`, `dnt` and `concept note` when a term or concept uses them.
///
/// The long layout keeps everything a concept holds (several terms per language,
/// each with its own status, gender and cues), so TBX → CSV → TBX loses nothing;
/// ``DelimitedGlossaryReader`` reads it back. TSV fields never need quotes unless
/// they contain a tab, a quote at the start, or a line break; CSV follows RFC 4180.
public struct DelimitedGlossaryWriter {
    /// The field separator.
    public let delimiter: UInt8

    /// A writer for tabs (`0x09`), commas (`0x2C`) or semicolons (`0x3B`).
    public init(delimiter: UInt8) {
        self.delimiter = delimiter
    }

    /// The writer a file name asks for: TSV for `.tsv`/`.tab`/`.txt`, CSV otherwise.
    public init(path: String) {
        let lower = path.lowercased()
        self.init(delimiter: lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") || lower.hasSuffix(".txt") ? 0x09 : 0x2C)
    }

    /// The file's text.
    public func write(_ glossary: Glossary) -> String {
        let terms = glossary.concepts.flatMap(\.terms)
        let hasPartOfSpeech = terms.contains { $0.partOfSpeech != nil }
        let hasCase = terms.contains { $0.caseSensitive }
        let hasDoNotTranslate = terms.contains { $0.doNotTranslate }
        let hasConceptNote = glossary.concepts.contains { $0.note != nil }
        let text = DelimitedText(delimiter: delimiter)
        var header = ["concept", "lang", "term", "status", "gender", "source", "context", "note"]
        if hasPartOfSpeech { header.append("pos") }
        if hasCase { header.append("case") }
        if hasDoNotTranslate { header.append("dnt") }
        if hasConceptNote { header.append("concept note") }
        var output = text.format(header)
        for concept in glossary.concepts {
            for term in concept.terms {
                var row = [concept.id, term.language, term.text, term.status.rawValue, term.gender?.rawValue ?? "",
                           term.origin ?? "", term.contextCues.joined(separator: "|"), term.note ?? ""]
                if hasPartOfSpeech { row.append(term.partOfSpeech ?? "") }
                if hasCase { row.append(term.caseSensitive ? "yes" : "no") }
                if hasDoNotTranslate { row.append(term.doNotTranslate ? "yes" : "no") }
                if hasConceptNote { row.append(concept.note ?? "") }
                output += text.format(row)
            }
        }
        return output
    }
}
