import TandemCore

/// How a termbase rates a term of a concept.
public enum TermStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// The term to use.
    case preferred
    /// An acceptable alternative.
    case admitted
    /// A known wrong rendering: it must not appear where the concept is meant.
    case forbidden

    /// Whether the term is an approved rendering (preferred or admitted).
    public var isApproved: Bool { self != .forbidden }

    /// Reads the spellings glossaries use: `preferred`, `admitted`, `forbidden`, and TBX's
    /// `preferredTerm-admn-sts`, `admittedTerm-admn-sts`, `deprecatedTerm-admn-sts`,
    /// `supersededTerm-admn-sts`, `standardizedTerm`, `legalTerm`, `regulatedTerm`, …
    public init?(glossaryValue: String) {
        var value = glossaryValue.trimmingSpaces().lowercased()
        for suffix in ["-admn-sts", "term"] where value.hasSuffix(suffix) { value.removeLast(suffix.count) }
        switch value {
        case "preferred", "approved", "standardized", "legal", "regulated": self = .preferred
        case "admitted", "allowed", "accepted", "permitted": self = .admitted
        case "forbidden", "deprecated", "superseded", "prohibited", "banned", "do not use", "wrong": self = .forbidden
        default: return nil
        }
    }
}

/// Which gender a written form of a job title names.
///
/// This is the social gender of the form, as the bundled termbase's `gender`
/// column has it, not only the grammatical one: `Hochschullehrkraft` is
/// grammatically feminine but names everyone (``neutral``).
public enum TermGender: String, Sendable, Hashable, CaseIterable, Codable {
    /// A masculine form (`Kundenbetreuer`).
    case masculine = "m"
    /// A feminine form (`Kundenbetreuerin`).
    case feminine = "f"
    /// One written form naming both (`Dozent/-in`, `Dozent*in`, `Arzt/Ärztin`, `… (m/w/d)`).
    case combined = "mf"
    /// A gender-neutral word (`Lehrkraft`, `Küchenhilfe`).
    case neutral = "n"

    /// Reads `m`, `f`, `mf`, `n` and the TBX words `masculine`, `feminine`, `neuter`, `other`.
    public init?(glossaryValue: String) {
        switch glossaryValue.trimmingSpaces().lowercased() {
        case "m", "masc", "masculine", "männlich", "maskulin": self = .masculine
        case "f", "w", "fem", "feminine", "weiblich", "feminin": self = .feminine
        case "mf", "fm", "m/f", "m/w", "both", "combined", "beide": self = .combined
        case "n", "neuter", "neutral", "neutrum", "sächlich": self = .neutral
        default: return nil
        }
    }

    /// The TBX `grammaticalGender` value for this form (`other` for combined and neutral
    /// forms, whose grammatical gender varies: `Lehrkraft` is feminine).
    public var tbxGrammaticalGender: String {
        switch self {
        case .masculine: return "masculine"
        case .feminine: return "feminine"
        case .neutral, .combined: return "other"
        }
    }
}

/// Where something was read from: a file and a 1-based line and column.
public struct GlossaryLocation: Hashable, Sendable {
    public var path: String
    public var line: Int
    public var column: Int

    /// The place at `line` and `column` (1-based, columns in Unicode scalars) of `path`.
    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }
}

/// One term of a concept in one language, with what a glossary says about it.
public struct Term: Hashable, Sendable {
    /// The term as written (NFC after loading), e.g. `Kundendienstmitarbeiter/-in`.
    public var text: String
    /// The language as the glossary gives it (`en`, `de`, `de-CH`).
    public var language: String
    /// Preferred, admitted or forbidden.
    public var status: TermStatus
    /// The gender the written form names, for German titles.
    public var gender: TermGender?
    /// `noun`, `verb`, `adjective`, `properNoun`, … as the glossary gives it.
    public var partOfSpeech: String?
    /// A human note (why a rendering is forbidden, where the term comes from).
    public var note: String?
    /// Whether the term matches only in its own case (default: case-insensitive).
    public var caseSensitive: Bool
    /// Whether the term stays as it is in the translation (a product or brand name).
    public var doNotTranslate: Bool
    /// Cue words: when not empty, the term names its concept only if one of them occurs
    /// in the same segment (lower case, matched at the start of a word).
    public var contextCues: [String]
    /// Where the row comes from (`esco`, `onet:43-3071.00`, `curated`), if the glossary says.
    public var origin: String?
    /// Where the term is written in its file.
    public var location: GlossaryLocation?

    /// A term; only the text and the language are required.
    public init(text: String, language: String, status: TermStatus = .preferred, gender: TermGender? = nil,
                partOfSpeech: String? = nil, note: String? = nil, caseSensitive: Bool = false,
                doNotTranslate: Bool = false, contextCues: [String] = [], origin: String? = nil,
                location: GlossaryLocation? = nil) {
        self.text = text
        self.language = language
        self.status = status
        self.gender = gender
        self.partOfSpeech = partOfSpeech
        self.note = note
        self.caseSensitive = caseSensitive
        self.doNotTranslate = doNotTranslate
        self.contextCues = contextCues
        self.origin = origin
        self.location = location
    }

    /// The primary language subtag in lower case (`de` for `de-CH`).
    public var primaryLanguage: String { Term.primaryLanguage(of: language) }

    /// The primary language subtag of a tag, in lower case.
    public static func primaryLanguage(of tag: String) -> String {
        var bytes: [UInt8] = []
        for byte in tag.utf8 {
            if byte == 0x2D || byte == 0x5F { break }
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !Self.isSpace($0) })!
        return String(scalars[first...last])
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{A0}" || scalar == "\u{FEFF}"
    }
}
