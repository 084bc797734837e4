import TandemCore
import TandemFormats

/// Reads TBX termbases (ISO 30042): TBX v3 (`tbx` / `conceptEntry` / `langSec` /
/// `termSec`, DCA style `<termNote type="…">` or DCT style elements such as
/// `<basic:administrativeStatus>`), and TBX 2008 / TBX-Basic v2 (`martif` /
/// `termEntry` / `langSet` / `tig` or `ntig`).
///
/// Data categories read: `administrativeStatus` and `normativeAuthorization`
/// (preferred, admitted, deprecated/superseded = forbidden),
/// `grammaticalGender`, `partOfSpeech`, `note` and `descrip type="definition"`,
/// and tandem's extensions `x-tandem-contextCues`, `x-tandem-doNotTranslate`,
/// `x-tandem-caseSensitive`, `x-tandem-genderForm`, `x-tandem-origin` (written
/// by ``TBXWriter`` for what TBX-Basic has no category for). Other categories
/// are skipped. The TBX structure is read by TandemFormats' ``TBXDocument`` (which
/// `tandem lint` reads TBX files with too), on its position-aware XML parser,
/// so every error names its line and column.
public struct TBXGlossaryReader {
    /// A reader.
    public init() {}

    /// Reads the TBX file at `path`.
    public func read(path: String) throws(InputError) -> Glossary {
        try read(document: XMLDocument.load(path: path), path: path)
    }

    /// Reads TBX from bytes already in memory.
    public func read(bytes: [UInt8], path: String) throws(InputError) -> Glossary {
        try read(document: XMLDocument(source: XMLDocument.decode(path: path, raw: bytes)), path: path)
    }

    private func read(document: XMLDocument, path: String) throws(InputError) -> Glossary {
        let tbx = try TBXDocument(document)
        var concepts: [Concept] = []
        var ids: Set<String> = []
        for entry in tbx.concepts {
            let element = entry.element
            let location = GlossaryLocation(path: path, line: element.position.line, column: element.position.column)
            var id = element["id"] ?? "entry-\(element.position.line)"
            if ids.contains(id) { id += "@\(element.position.line)" }
            ids.insert(id)
            var concept = Concept(id: id, location: location)
            for section in entry.languages {
                guard let language = section.language, !language.isEmpty else {
                    throw error(path, section.element.position, "<\(section.element.name)> has no xml:lang attribute; expected e.g. xml:lang=\"de\"")
                }
                for term in section.terms {
                    concept.terms.append(try readTerm(term, language: language, path: path))
                }
            }
            let notes = entry.categories.filter { $0.name == "note" || $0.name == "definition" }.map(\.value)
            concept.note = notes.isEmpty ? nil : notes.joined(separator: " ")
            concepts.append(concept)
        }
        let languages = concepts.flatMap(\.languages)
        let declared = tbx.root.xmlLang
        return Glossary(path: path, concepts: concepts, sourceLanguage: declared ?? languages.first,
                        targetLanguage: languages.first { Term.primaryLanguage(of: $0) != Term.primaryLanguage(of: declared ?? languages.first ?? "") })
    }

    /// Reads a term and its data categories.
    private func readTerm(_ entry: TBXDocument.TermEntry, language: String, path: String) throws(InputError) -> Term {
        guard let termElement = entry.term else {
            throw error(path, entry.holder.position, "<\(entry.holder.name)> has no <term> element")
        }
        let text = termElement.textContent.trimmingSpaces()
        guard !text.isEmpty else {
            throw error(path, termElement.position, "the <term> element is empty")
        }
        var term = Term(text: text, language: language,
                        location: GlossaryLocation(path: path, line: termElement.position.line, column: termElement.position.column))
        var notes: [String] = []
        var sawStatus = false
        for category in entry.categories {
            let value = category.value
            switch category.name {
            case "administrativeStatus", "normativeAuthorization":
                // An explicit administrativeStatus wins over a normativeAuthorization.
                if sawStatus && category.name == "normativeAuthorization" { continue }
                guard let status = TermStatus(glossaryValue: value) else {
                    throw error(path, category.position, "unknown \(category.name) '\(value)'; expected preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts or supersededTerm-admn-sts")
                }
                term.status = status
                sawStatus = category.name == "administrativeStatus"
            case "grammaticalGender":
                if value == "other" { continue }
                guard let gender = TermGender(glossaryValue: value) else {
                    throw error(path, category.position, "unknown grammaticalGender '\(value)'; expected masculine, feminine, neuter or other")
                }
                if term.gender == nil { term.gender = gender }
            case "x-tandem-genderForm":
                guard let gender = TermGender(glossaryValue: value) else {
                    throw error(path, category.position, "unknown gender form '\(value)'; expected m, f, mf or n")
                }
                term.gender = gender
            case "partOfSpeech":
                term.partOfSpeech = value
            case "note", "definition":
                notes.append(value)
            case "x-tandem-contextCues":
                term.contextCues = DelimitedGlossaryReader.cues(value)
            case "x-tandem-doNotTranslate":
                term.doNotTranslate = GlossaryColumn.flag(value) ?? false
            case "x-tandem-caseSensitive":
                term.caseSensitive = GlossaryColumn.flag(value) ?? false
            case "x-tandem-origin":
                term.origin = value
            default:
                break
            }
        }
        term.note = notes.isEmpty ? nil : notes.joined(separator: " ")
        return term
    }

    private func error(_ path: String, _ position: SourcePosition, _ message: String) -> InputError {
        .syntax(path: path, line: position.line, column: position.column, message: message)
    }
}
