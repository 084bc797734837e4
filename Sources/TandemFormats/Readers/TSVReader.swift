import TandemCore

/// Reads two-column TSV: one unit per line, source TAB target.
///
/// A first line whose two cells are language tags (`en<TAB>de`) names the
/// languages; lines starting with `#` and empty lines are skipped. A line
/// without exactly one tab is reported as a problem. The unit id is the line number.
public enum TSVReader {
    /// Reads the TSV file at `path`.
    public static func read(path: String) throws(InputError) -> BilingualDocument {
        try read(SourceText.load(path: path))
    }

    /// Reads a TSV file already decoded.
    public static func read(_ source: SourceText) throws(InputError) -> BilingualDocument {
        read(source, languages: nil)
    }

    /// Reads a TSV file, or a part of it that starts at the beginning of a line; a part
    /// after the first is given the `languages` the first part named (nil for the first).
    static func read(_ source: SourceText, languages: (source: String?, target: String?)?) -> BilingualDocument {
        var units: [TranslationUnit] = []
        var problems: [FormatProblem] = []
        var sourceLanguage = languages?.source
        var targetLanguage = languages?.target
        var sawContent = languages != nil
        source.bytes.withUnsafeBufferPointer { bytes in
            var lineStart = 0
            var lineNumber = source.origin.line - 1
            while lineStart < bytes.count {
                lineNumber += 1
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                var end = lineEnd
                if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
                if end == lineStart || bytes[lineStart] == 0x23 { continue }
                var tabs: [Int] = []
                for index in lineStart..<end where bytes[index] == 0x09 { tabs.append(index) }
                guard tabs.count == 1 else {
                    problems.append(FormatProblem(code: "tsv-columns", message: "expected two columns separated by one tab, found \(tabs.count + 1)",
                                                  position: SourcePosition(line: lineNumber, column: 1)))
                    continue
                }
                let tab = tabs[0]
                let left = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<tab]), as: UTF8.self)
                let right = String(decoding: UnsafeBufferPointer(rebasing: bytes[(tab + 1)..<end]), as: UTF8.self)
                if !sawContent, isLanguageTag(left), isLanguageTag(right) {
                    sawContent = true
                    sourceLanguage = left
                    targetLanguage = right
                    continue
                }
                sawContent = true
                let leftPosition = SourcePosition(line: lineNumber, column: 1)
                let rightPosition = SourcePosition(line: lineNumber, column: 2 + left.unicodeScalars.count)
                units.append(TranslationUnit(
                    id: String(lineNumber),
                    source: UnitText(value: TextValue(text: left, start: leftPosition), language: sourceLanguage),
                    target: UnitText(value: TextValue(text: right, start: rightPosition), language: targetLanguage),
                    position: leftPosition))
            }
        }
        return BilingualDocument(path: source.path, format: .tsv, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                                 units: units, problems: problems)
    }

    /// Whether `text` looks like a BCP 47 tag such as `en`, `de-CH`, `pt_BR`.
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { part in (2...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
