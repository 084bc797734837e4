import TandemCore

/// Reads CSV and TSV glossaries in the layouts translators export.
///
/// Layouts recognized from the header row:
///
/// - **Wide**: one row per entry, term columns named by language (`en`, `de-DE`,
///   `English`, `Deutsch`) or `source` / `target`, and optional columns
///   `status` (preferred, admitted, forbidden), `part of speech`, `gender`,
///   `note`, `case sensitive`, `do not translate` (or `translate` = no),
///   `context` (cue words separated by `|`), `forbidden` (wrong target
///   renderings) and `concept` (rows with the same concept, or without one but
///   with the same source term, form one concept). Several terms in one cell are
///   separated by `;`. Status, gender and part of speech describe the target
///   term; the note goes with the target term, or the source term when the row
///   has no target.
/// - **Long** (the bundled termbase's): columns `concept`, `lang`, `term` and
///   optionally `status`, `gender`, `source` (the row's origin), `context`,
///   `note`, `pos`, `case`, `dnt`; one term per row.
/// - **No header**: two columns, source and target.
///
/// Unknown header columns are ignored. A value that cannot be read (an unknown
/// status, a row with more cells than the header) is an error at its line and column.
public struct DelimitedGlossaryReader {
    /// The languages of `source` / `target` columns and of a file without a header.
    public var sourceLanguage: String
    public var targetLanguage: String

    /// A reader; the languages apply to `source`/`target` columns and files without a header.
    public init(sourceLanguage: String = "en", targetLanguage: String = "de") {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
    }

    /// Reads the glossary in `bytes` (UTF-8); `path` names it in errors and decides the delimiter.
    public func read(bytes: [UInt8], path: String) throws(InputError) -> Glossary {
        let delimiter = DelimitedText.guessDelimiter(path: path, bytes: bytes)
        let records = try DelimitedText(delimiter: delimiter).records(bytes, path: path, commentPrefix: 0x23)
        guard let first = records.first else { return Glossary(path: path) }
        let recognized = first.map { GlossaryColumn.recognize($0.value, longLayout: false) }
        let longRecognized = first.map { GlossaryColumn.recognize($0.value, longLayout: true) }
        if longRecognized.contains(.term) && longRecognized.contains(.languageCode) {
            return try readLong(records: records, columns: longRecognized, path: path)
        }
        let termColumns = recognized.filter { column in
            switch column {
            case .language, .source, .target: return true
            default: return false
            }
        }
        let nonEmpty = first.filter { !$0.value.trimmingSpaces().isEmpty }.count
        let known = recognized.compactMap { $0 }.count
        if !termColumns.isEmpty && known * 2 >= nonEmpty {
            var columns = recognized
            for (index, field) in first.enumerated() where GlossaryColumn.isInvertedTranslateColumn(field.value) {
                columns[index] = .doNotTranslate
            }
            let inverted = first.map { GlossaryColumn.isInvertedTranslateColumn($0.value) }
            return try readWide(records: Array(records.dropFirst()), columns: columns, invertedTranslate: inverted,
                                headerCount: first.count, path: path)
        }
        var columns: [GlossaryColumn?] = [.source, .target]
        if first.count > 2 { columns += Array(repeating: nil, count: first.count - 2) }
        return try readWide(records: records, columns: columns, invertedTranslate: [], headerCount: nil, path: path)
    }

    // MARK: - Wide layout

    private func readWide(records: [[DelimitedField]], columns: [GlossaryColumn?], invertedTranslate: [Bool],
                          headerCount: Int?, path: String) throws(InputError) -> Glossary {
        var concepts: [Concept] = []
        var conceptIndex: [String: Int] = [:]
        var languagesSeen: [String] = []
        for column in columns {
            switch column {
            case let .language(code)? where !languagesSeen.contains(code): languagesSeen.append(code)
            default: break
            }
        }
        let source = columns.contains(.source) ? sourceLanguage : (languagesSeen.first ?? sourceLanguage)
        let target = columns.contains(.target) ? targetLanguage : (languagesSeen.dropFirst().first ?? targetLanguage)
        for record in records {
            try checkWidth(record, expected: headerCount ?? columns.count, path: path)
            var row = WideRow()
            for (index, field) in record.enumerated() where index < columns.count {
                guard let column = columns[index] else { continue }
                let value = field.value.trimmingSpaces()
                if value.isEmpty { continue }
                let location = GlossaryLocation(path: path, line: field.line, column: field.column)
                switch column {
                case let .language(code):
                    row.terms.append(contentsOf: Self.split(value).map { ($0, code, location) })
                case .source:
                    row.terms.append(contentsOf: Self.split(value).map { ($0, sourceLanguage, location) })
                case .target:
                    row.terms.append(contentsOf: Self.split(value).map { ($0, targetLanguage, location) })
                case .forbidden:
                    row.forbidden.append(contentsOf: Self.split(value).map { ($0, location) })
                case .status:
                    guard let status = TermStatus(glossaryValue: value) else {
                        throw .syntax(path: path, line: field.line, column: field.column,
                                      message: "unknown status '\(value)'; expected preferred, admitted or forbidden")
                    }
                    row.status = status
                case .gender:
                    guard let gender = TermGender(glossaryValue: value) else {
                        throw .syntax(path: path, line: field.line, column: field.column,
                                      message: "unknown gender '\(value)'; expected m, f, mf or n (or masculine, feminine, neuter)")
                    }
                    row.gender = gender
                case .partOfSpeech:
                    row.partOfSpeech = value
                case .note:
                    row.note = value
                case .caseSensitive:
                    row.caseSensitive = try Self.flag(field, path: path)
                case .doNotTranslate:
                    let flag = try Self.flag(field, path: path)
                    row.doNotTranslate = index < invertedTranslate.count && invertedTranslate[index] ? !flag : flag
                case .context:
                    row.context = Self.cues(value)
                case .concept:
                    row.concept = value
                case .conceptNote:
                    row.conceptNote = value
                case .origin:
                    row.origin = value
                case .languageCode, .term:
                    break
                }
            }
            if row.terms.isEmpty && row.forbidden.isEmpty { continue }
            let sourcePrimary = Term.primaryLanguage(of: source)
            let sourceTerms = row.terms.filter { Term.primaryLanguage(of: $0.1) == sourcePrimary }
            let key = row.concept ?? "source:" + sourceTerms.map { $0.0.lowercased() }.sorted().joined(separator: "|")
            let location = record.first.map { GlossaryLocation(path: path, line: $0.line, column: $0.column) }
            var concept: Concept
            if let existing = conceptIndex[key] {
                concept = concepts[existing]
            } else {
                concept = Concept(id: row.concept ?? Self.makeID(sourceTerms.first?.0 ?? row.terms.first?.0 ?? row.forbidden.first?.0 ?? "entry", line: location?.line ?? 0),
                                  location: location)
            }
            let hasTarget = row.terms.contains { Term.primaryLanguage(of: $0.1) != sourcePrimary }
            for (text, language, termLocation) in row.terms {
                let isSource = Term.primaryLanguage(of: language) == sourcePrimary
                var term = Term(text: text, language: language, location: termLocation)
                term.caseSensitive = row.caseSensitive
                term.doNotTranslate = row.doNotTranslate
                term.origin = row.origin
                if isSource {
                    term.status = hasTarget ? .preferred : (row.status ?? .preferred)
                    term.contextCues = row.context
                    if !hasTarget { term.note = row.note }
                } else {
                    term.status = row.status ?? .preferred
                    term.gender = row.gender
                    term.partOfSpeech = row.partOfSpeech
                    term.note = row.note
                }
                if isSource, concept.terms.contains(where: { $0.text == term.text && $0.language == term.language }) {
                    continue
                }
                concept.terms.append(term)
            }
            if concept.note == nil { concept.note = row.conceptNote }
            for (text, termLocation) in row.forbidden {
                concept.terms.append(Term(text: text, language: target, status: .forbidden, gender: nil, note: row.note,
                                          caseSensitive: row.caseSensitive, location: termLocation))
            }
            if let existing = conceptIndex[key] {
                concepts[existing] = concept
            } else {
                conceptIndex[key] = concepts.count
                concepts.append(concept)
            }
        }
        return Glossary(path: path, concepts: concepts, sourceLanguage: source, targetLanguage: target)
    }

    private struct WideRow {
        var terms: [(String, String, GlossaryLocation)] = []
        var forbidden: [(String, GlossaryLocation)] = []
        var status: TermStatus?
        var gender: TermGender?
        var partOfSpeech: String?
        var note: String?
        var caseSensitive = false
        var doNotTranslate = false
        var context: [String] = []
        var concept: String?
        var conceptNote: String?
        var origin: String?
    }

    // MARK: - Long layout

    private func readLong(records: [[DelimitedField]], columns: [GlossaryColumn?], path: String) throws(InputError) -> Glossary {
        var concepts: [Concept] = []
        var conceptIndex: [String: Int] = [:]
        for record in records.dropFirst() {
            try checkWidth(record, expected: columns.count, path: path)
            var conceptID: String?
            var conceptNote: String?
            var term = Term(text: "", language: "")
            var conceptLocation: GlossaryLocation?
            for (index, field) in record.enumerated() where index < columns.count {
                guard let column = columns[index] else { continue }
                let value = field.value.trimmingSpaces()
                let location = GlossaryLocation(path: path, line: field.line, column: field.column)
                switch column {
                case .concept:
                    conceptID = value
                    conceptLocation = location
                case .languageCode:
                    term.language = value
                case .term:
                    term.text = value
                    term.location = location
                case .status:
                    guard !value.isEmpty else { continue }
                    guard let status = TermStatus(glossaryValue: value) else {
                        throw .syntax(path: path, line: field.line, column: field.column,
                                      message: "unknown status '\(value)'; expected preferred, admitted or forbidden")
                    }
                    term.status = status
                case .gender:
                    guard !value.isEmpty else { continue }
                    guard let gender = TermGender(glossaryValue: value) else {
                        throw .syntax(path: path, line: field.line, column: field.column,
                                      message: "unknown gender '\(value)'; expected m, f, mf or n")
                    }
                    term.gender = gender
                case .origin:
                    term.origin = value.isEmpty ? nil : value
                case .context:
                    term.contextCues = Self.cues(value)
                case .note:
                    term.note = value.isEmpty ? nil : value
                case .partOfSpeech:
                    term.partOfSpeech = value.isEmpty ? nil : value
                case .caseSensitive:
                    term.caseSensitive = try Self.flag(field, path: path)
                case .doNotTranslate:
                    term.doNotTranslate = try Self.flag(field, path: path)
                case .conceptNote:
                    conceptNote = value.isEmpty ? nil : value
                default:
                    break
                }
            }
            let firstField = record[0]
            let rowLocation = GlossaryLocation(path: path, line: firstField.line, column: firstField.column)
            guard let id = conceptID, !id.isEmpty else {
                throw .syntax(path: path, line: rowLocation.line, column: rowLocation.column, message: "the row has no concept id")
            }
            if term.location == nil { term.location = rowLocation }
            if let existing = conceptIndex[id] {
                concepts[existing].terms.append(term)
                if concepts[existing].note == nil { concepts[existing].note = conceptNote }
            } else {
                conceptIndex[id] = concepts.count
                concepts.append(Concept(id: id, terms: [term], note: conceptNote, location: conceptLocation))
            }
        }
        return Glossary(path: path, concepts: concepts)
    }

    // MARK: - Cells

    private func checkWidth(_ record: [DelimitedField], expected: Int, path: String) throws(InputError) {
        guard record.count > expected else { return }
        for field in record[expected...] where !field.value.trimmingSpaces().isEmpty {
            throw .syntax(path: path, line: field.line, column: field.column,
                          message: "this row has more cells than the header (\(expected)); quote a cell that contains the delimiter")
        }
    }

    /// Several terms in one cell, separated by `;`.
    static func split(_ value: String) -> [String] {
        value.split(separator: ";").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// Context cue words separated by `|`, lower-cased.
    static func cues(_ value: String) -> [String] {
        value.split(separator: "|").map { String($0).trimmingSpaces().lowercased() }.filter { !$0.isEmpty }
    }

    private static func flag(_ field: DelimitedField, path: String) throws(InputError) -> Bool {
        guard let flag = GlossaryColumn.flag(field.value) else {
            throw .syntax(path: path, line: field.line, column: field.column,
                          message: "'\(field.value)' is not a yes/no value; expected yes, no, true, false, 1 or 0")
        }
        return flag
    }

    /// A concept id made from a term and its line: `teller@12`.
    static func makeID(_ term: String, line: Int) -> String {
        "\(term.lowercased().split(whereSeparator: { $0 == " " }).joined(separator: "-"))@\(line)"
    }
}
