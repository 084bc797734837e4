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
/// are skipped. The XML itself is parsed by TandemFormats' position-aware
/// parser, so every error names its line and column.
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
        let root = document.root
        guard root.localName == "tbx" || root.localName == "martif" else {
            throw error(path, root.position, "the root element is <\(root.name)>; a TBX file starts with <tbx> (TBX v3) or <martif> (TBX 2008)")
        }
        guard let text = root.element("text") else {
            throw error(path, root.position, "<\(root.name)> has no <text> element; expected <text><body>…</body></text>")
        }
        guard let body = text.element("body") else {
            throw error(path, text.position, "<text> has no <body> element")
        }
        var concepts: [Concept] = []
        var ids: Set<String> = []
        for entry in body.elements where entry.localName == "conceptEntry" || entry.localName == "termEntry" {
            let location = GlossaryLocation(path: path, line: entry.position.line, column: entry.position.column)
            var id = entry["id"] ?? "entry-\(entry.position.line)"
            if ids.contains(id) { id += "@\(entry.position.line)" }
            ids.insert(id)
            var concept = Concept(id: id, location: location)
            var notes: [String] = []
            for child in entry.elements {
                switch child.localName {
                case "langSec", "langSet":
                    guard let language = child.xmlLang, !language.isEmpty else {
                        throw error(path, child.position, "<\(child.name)> has no xml:lang attribute; expected e.g. xml:lang=\"de\"")
                    }
                    for termElement in child.elements where ["termSec", "tig", "ntig"].contains(String(termElement.localName)) {
                        concept.terms.append(try readTerm(termElement, language: language, path: path))
                    }
                case "note":
                    notes.append(child.textContent.trimmingSpaces())
                case "descrip" where child["type"] == "definition":
                    notes.append(child.textContent.trimmingSpaces())
                case "descripGrp":
                    if let descrip = child.element("descrip"), descrip["type"] == "definition" {
                        notes.append(descrip.textContent.trimmingSpaces())
                    }
                default:
                    break
                }
            }
            concept.note = notes.isEmpty ? nil : notes.joined(separator: " ")
            concepts.append(concept)
        }
        let languages = concepts.flatMap(\.languages)
        let declared = root.xmlLang
        return Glossary(path: path, concepts: concepts, sourceLanguage: declared ?? languages.first,
                        targetLanguage: languages.first { Term.primaryLanguage(of: $0) != Term.primaryLanguage(of: declared ?? languages.first ?? "") })
    }

    /// Reads a `termSec`, `tig` or `ntig`.
    private func readTerm(_ element: XMLElement, language: String, path: String) throws(InputError) -> Term {
        var termElement = element.element("term")
        var noteElements = element.elements
        if element.localName == "ntig", let group = element.element("termGrp") {
            termElement = group.element("term")
            noteElements = group.elements + element.elements
        }
        guard let termElement else {
            throw error(path, element.position, "<\(element.name)> has no <term> element")
        }
        let text = termElement.textContent.trimmingSpaces()
        guard !text.isEmpty else {
            throw error(path, termElement.position, "the <term> element is empty")
        }
        var term = Term(text: text, language: language,
                        location: GlossaryLocation(path: path, line: termElement.position.line, column: termElement.position.column))
        var notes: [String] = []
        var sawStatus = false
        for note in noteElements {
            let category: String
            switch note.localName {
            case "termNote", "descrip", "admin":
                category = note["type"] ?? ""
            case "note":
                category = "note"
            case "termNoteGrp", "descripGrp", "adminGrp":
                guard let inner = note.elements.first else { continue }
                category = inner["type"] ?? String(inner.localName)
            default:
                category = String(note.localName)
            }
            let value = note.textContent.trimmingSpaces()
            switch category {
            case "administrativeStatus", "normativeAuthorization":
                // An explicit administrativeStatus wins over a normativeAuthorization.
                if sawStatus && category == "normativeAuthorization" { continue }
                guard let status = TermStatus(glossaryValue: value) else {
                    throw error(path, note.position, "unknown \(category) '\(value)'; expected preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts or supersededTerm-admn-sts")
                }
                term.status = status
                sawStatus = category == "administrativeStatus"
            case "grammaticalGender":
                if value == "other" { continue }
                guard let gender = TermGender(glossaryValue: value) else {
                    throw error(path, note.position, "unknown grammaticalGender '\(value)'; expected masculine, feminine, neuter or other")
                }
                if term.gender == nil { term.gender = gender }
            case "x-tandem-genderForm":
                guard let gender = TermGender(glossaryValue: value) else {
                    throw error(path, note.position, "unknown gender form '\(value)'; expected m, f, mf or n")
                }
                term.gender = gender
            case "partOfSpeech":
                term.partOfSpeech = value
            case "note":
                notes.append(value)
            case "definition":
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
