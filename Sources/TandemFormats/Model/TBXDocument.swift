import TandemCore

/// The structure of a TBX termbase (ISO 30042), read once for every view of it:
/// `tandem lint` sees one locale resource per language, the terminology checks
/// see a glossary of concepts.
///
/// Both TBX dialects are read: TBX v3 (`tbx` → `text` → `body` → `conceptEntry`
/// → `langSec` → `termSec` → `term`) and TBX 2008 / TBX-Basic v2 (`martif` → … →
/// `termEntry` → `langSet` → `tig` or `ntig` → `termGrp` → `term`). Data
/// categories come in either style: DCA (`<termNote type="grammaticalGender">`)
/// or DCT (`<basic:grammaticalGender>`); each is given by its name.
public struct TBXDocument {
    /// A value of a data category of a term or concept: `administrativeStatus`, `grammaticalGender`, `note`, `definition`, …
    public struct DataCategory: Sendable {
        /// The category's name: the `type` of a DCA element, `note` for `<note>`, else the element's local name (DCT).
        public let name: String
        /// The text, white space trimmed.
        public let value: String
        public let position: SourcePosition
    }

    /// One term with the data categories given for it.
    public struct TermEntry {
        /// The `termSec`, `tig` or `ntig`.
        public let holder: XMLElement
        /// The `<term>`, if there is one.
        public let term: XMLElement?
        public let categories: [DataCategory]
    }

    /// The terms of one language of a concept.
    public struct LanguageSection {
        /// The `langSec` or `langSet`.
        public let element: XMLElement
        /// Its `xml:lang`, if given.
        public let language: String?
        public let terms: [TermEntry]
    }

    /// A concept: its terms by language, and what is said of the concept itself.
    public struct ConceptEntry {
        /// The `conceptEntry` or `termEntry`.
        public let element: XMLElement
        /// Its `id` (or `xml:id`), if given.
        public let id: String?
        public let languages: [LanguageSection]
        /// Notes and definitions of the concept.
        public let categories: [DataCategory]
    }

    public let source: SourceText
    public let root: XMLElement
    public let concepts: [ConceptEntry]

    /// The TBX structure of a parsed document; a document that is not TBX is an error at its line and column.
    public init(_ document: XMLDocument) throws(InputError) {
        let root = document.root
        source = document.source
        self.root = root
        guard root.localName == "tbx" || root.localName == "martif" else {
            throw source.error(at: root.position, "the root element is <\(root.name)>; a TBX file starts with <tbx> (TBX v3) or <martif> (TBX 2008)")
        }
        guard let text = root.element("text") else {
            throw source.error(at: root.position, "<\(root.name)> has no <text> element; expected <text><body>…</body></text>")
        }
        guard let body = text.element("body") else {
            throw source.error(at: text.position, "<text> has no <body> element")
        }
        concepts = body.elements.filter { $0.localName == "conceptEntry" || $0.localName == "termEntry" }.map(Self.concept)
    }

    private static func concept(_ element: XMLElement) -> ConceptEntry {
        var languages: [LanguageSection] = []
        var categories: [DataCategory] = []
        for child in element.elements {
            switch child.localName {
            case "langSec", "langSet":
                let terms = child.elements.filter { ["termSec", "tig", "ntig"].contains(String($0.localName)) }.map(termEntry)
                languages.append(LanguageSection(element: child, language: child.xmlLang, terms: terms))
            case "note", "descrip", "descripGrp":
                if let category = category(child) { categories.append(category) }
            default:
                continue
            }
        }
        return ConceptEntry(element: element, id: element["id"] ?? element.xmlID, languages: languages, categories: categories)
    }

    private static func termEntry(_ holder: XMLElement) -> TermEntry {
        var term = holder.element("term")
        var notes = holder.elements
        if holder.localName == "ntig", let group = holder.element("termGrp") {
            term = term ?? group.element("term")
            notes = group.elements + holder.elements
        }
        return TermEntry(holder: holder, term: term, categories: notes.compactMap(category))
    }

    /// The data category an element gives, or nil for one that gives none (`term`, `termGrp`).
    private static func category(_ element: XMLElement) -> DataCategory? {
        let name: String
        switch element.localName {
        case "term", "termGrp":
            return nil
        case "termNote", "descrip", "admin":
            guard let type = element["type"] else { return nil }
            name = type
        case "note":
            name = "note"
        case "termNoteGrp", "descripGrp", "adminGrp":
            guard let inner = element.elements.first else { return nil }
            name = inner["type"] ?? String(inner.localName)
            return DataCategory(name: name, value: inner.textContent.trimmingSpaces(), position: inner.position)
        default:
            name = String(element.localName)
        }
        return DataCategory(name: name, value: element.textContent.trimmingSpaces(), position: element.position)
    }
}
