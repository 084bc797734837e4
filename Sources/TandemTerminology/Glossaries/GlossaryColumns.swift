/// What a column of a CSV or TSV glossary holds, recognized from its header.
enum GlossaryColumn: Hashable, Sendable {
    /// Terms in a language (`en`, `de-DE`, `English`, `Deutsch`).
    case language(String)
    /// The source-language terms (`source`, `source term`), language given elsewhere.
    case source
    /// The target-language terms (`target`, `translation`).
    case target
    /// Long layout: the concept id of the row.
    case concept
    /// Long layout: the language of the row's term.
    case languageCode
    /// Long layout: the row's term.
    case term
    case status
    case gender
    case partOfSpeech
    case note
    case caseSensitive
    case doNotTranslate
    case context
    /// Long layout: where the row comes from (`esco`, `curated`).
    case origin
    /// Wide layout: forbidden target renderings of the row's concept.
    case forbidden
    /// A note on the whole concept (repeated on each of its rows).
    case conceptNote

    /// The column a header cell names, or nil for a cell that names no known column.
    ///
    /// `longLayout` decides what `source` means: the origin of a row in the
    /// bundled termbase's layout (`concept lang term status gender source …`),
    /// the source-language column otherwise.
    static func recognize(_ header: String, longLayout: Bool) -> GlossaryColumn? {
        let key = normalizedHeader(header)
        switch key {
        case "source", "sourceterm", "quelle", "ausgangssprache", "ausgangsterm", "src":
            return longLayout ? .origin : .source
        case "target", "targetterm", "translation", "übersetzung", "ziel", "zielsprache", "zielterm", "tgt":
            return .target
        case "concept", "conceptid", "id", "entry", "entryid", "begriff", "konzept":
            return .concept
        case "lang", "language", "sprache", "languagecode":
            return .languageCode
        case "term", "benennung":
            return .term
        case "status", "administrativestatus", "normativeauthorization", "usage", "usagestatus", "termstatus":
            return .status
        case "gender", "genus", "grammaticalgender", "geschlecht":
            return .gender
        case "pos", "partofspeech", "wortart":
            return .partOfSpeech
        case "note", "notes", "comment", "comments", "definition", "anmerkung", "bemerkung", "kommentar", "description":
            return .note
        case "case", "casesensitive", "casesensitivity", "matchcase", "großkleinschreibung":
            return .caseSensitive
        case "dnt", "donottranslate", "untranslatable", "nottranslatable", "nichtübersetzen", "translate":
            return .doNotTranslate
        case "context", "contextcues", "cues", "kontext":
            return .context
        case "conceptnote", "conceptdefinition", "begriffsanmerkung":
            return .conceptNote
        case "origin", "provenance", "herkunft":
            return .origin
        case "forbidden", "forbiddentarget", "forbiddenterm", "forbiddenterms", "donotuse", "wrong", "verboten":
            return .forbidden
        default:
            break
        }
        if let language = languageName(key) { return .language(language) }
        if isLanguageCode(header.trimmingSpaces()) { return .language(header.trimmingSpaces()) }
        return nil
    }

    /// Whether the column was named `translate` (a yes/no column whose "no" means do-not-translate).
    static func isInvertedTranslateColumn(_ header: String) -> Bool {
        normalizedHeader(header) == "translate"
    }

    /// Lower case, without spaces, hyphens, underscores and dots.
    static func normalizedHeader(_ header: String) -> String {
        String(header.trimmingSpaces().lowercased().unicodeScalars.filter { !" -_.".unicodeScalars.contains($0) })
    }

    /// Language names translators put in headers.
    private static func languageName(_ key: String) -> String? {
        switch key {
        case "english", "englisch", "anglais", "inglés", "ingles": return "en"
        case "german", "deutsch", "allemand", "alemán", "aleman": return "de"
        case "french", "französisch", "francais", "français": return "fr"
        case "spanish", "spanisch", "español", "espanol": return "es"
        case "italian", "italienisch", "italiano": return "it"
        default: return nil
        }
    }

    /// A BCP 47-looking code: two or three letters, optionally `-` or `_` and a region or script.
    static func isLanguageCode(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        guard parts.count <= 3 else { return false }
        for part in parts.dropFirst() where !(2...4).contains(part.count) || !part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            return false
        }
        // Two-letter words that are headers, not languages.
        return !["id", "no", "nr"].contains(first.lowercased()) || parts.count > 1
    }

    /// Reads a yes/no cell (`yes`, `y`, `true`, `1`, `x`, `ja`; `no`, `n`, `false`, `0`, empty).
    static func flag(_ value: String) -> Bool? {
        switch value.trimmingSpaces().lowercased() {
        case "yes", "y", "true", "1", "x", "ja", "j", "dnt", "case-sensitive", "casesensitive", "sensitive": return true
        case "no", "n", "false", "0", "", "nein", "insensitive", "case-insensitive": return false
        default: return nil
        }
    }
}
