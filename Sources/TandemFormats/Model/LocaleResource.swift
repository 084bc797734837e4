import TandemCore

/// How a format writes placeholders, so checks can find them in values.
public enum PlaceholderSyntax: String, Sendable, Codable, CaseIterable {
    /// C printf with positions: `%s`, `%1$d`, `%.2f`, `%%`.
    case printf
    /// Apple: printf plus `%@`, `%1$@`, `%#@variable@`.
    case apple
    /// Android: printf with positions (`%1$s`, `%d`), `%%`.
    case android
    /// ICU MessageFormat: `{name}`, `{0, number}`, `{count, plural, …}`.
    case icu
    /// i18next: `{{name}}`, `{{- raw}}`, `$t(key)`.
    case i18next
    /// Rails I18n: `%{name}`, `%<name>s`.
    case rails
    /// WebExtension: `$1`, `$name$`.
    case webExtension
    /// Java MessageFormat in `.properties`: `{0}`, `{1,number}`; printf (`%s`) is recognized too.
    case javaMessageFormat
    /// Python brace format: `{name}`, `{0}`.
    case pythonBrace
    /// Python percent format: `%(name)s`, `%s`.
    case pythonPercent
    /// No placeholder syntax known.
    case none
}

/// One plural form of a value: its CLDR category (`zero one two few many other`,
/// or `=0` for an explicit value) and its text.
public struct PluralVariant: Hashable, Sendable {
    public var category: String
    public var value: TextValue
    /// Where the category is named in the file (its key, attribute or `msgstr[n]`).
    public var position: SourcePosition

    public init(category: String, value: TextValue, position: SourcePosition) {
        self.category = category
        self.value = value
        self.position = position
    }
}

/// The value of an entry.
public enum LocaleValue: Hashable, Sendable {
    /// A single string.
    case text(TextValue)
    /// Plural forms by category (Android `<plurals>`, `.stringsdict`, `.xcstrings`, i18next `_one`/`_other`, Rails `one:`/`other:`).
    case plural([PluralVariant])
    /// Numbered forms: gettext `msgstr[n]` (categories depend on the `Plural-Forms` header).
    case indexed([TextValue])
    /// A list of strings (Android `<string-array>`).
    case list([TextValue])

    /// Every text of the value, in order.
    public var texts: [TextValue] {
        switch self {
        case let .text(value): return [value]
        case let .plural(variants): return variants.map(\.value)
        case let .indexed(values), let .list(values): return values
        }
    }

    /// The first text, or nil for an empty list.
    public var firstText: TextValue? { texts.first }
}

/// One key of a locale file with its value and everything the file says about it.
public struct LocaleEntry: Hashable, Sendable {
    /// The key as the platform looks it up: nested keys joined with `.` (i18next, Rails),
    /// gettext's `msgctxt` EOT `msgid`, a stringsdict key, an Android `name`.
    public var key: String
    /// Where the key is written.
    public var keyPosition: SourcePosition
    public var value: LocaleValue
    /// Comments and descriptions (`#.` in PO, `@key.description` in ARB, `comment` in xcstrings).
    public var comments: [String]
    /// Flags such as `fuzzy`, `c-format`, `formatted=false`.
    public var flags: [String]
    /// The translation state the file records (`translated`, `needs_review`, `new`, `fuzzy`, …), if any.
    public var state: String?
    /// False when the file marks the key as not to be translated (`translatable="false"`, xcstrings `shouldTranslate`).
    public var translatable: Bool
    /// How the value writes placeholders.
    public var placeholderSyntax: PlaceholderSyntax
    /// Whether the entry is obsolete in the file itself (PO `#~`, xcstrings `extractionState: stale`).
    public var obsolete: Bool
    /// Inline codes of a bilingual file's unit (XLIFF `<ph/>`, `<g>`…), which stand for placeholders.
    public var inlineCodes: [InlineCode]

    public init(key: String, keyPosition: SourcePosition, value: LocaleValue, comments: [String] = [], flags: [String] = [],
                state: String? = nil, translatable: Bool = true, placeholderSyntax: PlaceholderSyntax, obsolete: Bool = false,
                inlineCodes: [InlineCode] = []) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
        self.comments = comments
        self.flags = flags
        self.state = state
        self.translatable = translatable
        self.placeholderSyntax = placeholderSyntax
        self.obsolete = obsolete
        self.inlineCodes = inlineCodes
    }

    /// Where the value starts.
    public var valuePosition: SourcePosition { value.firstText?.position ?? keyPosition }
}

/// A locale file (or one language of a multi-language file) read into entries.
public struct LocaleResource: Sendable {
    public var path: String
    public var format: FileFormat
    /// The language the file's content declares (ARB `@@locale`, PO `Language`, Rails top key,
    /// xcstrings localization), if any. The path may say more; see `TandemLint`'s grouping.
    public var language: String?
    public var entries: [LocaleEntry]
    /// Problems found while reading that did not stop it (duplicate keys, bad escapes).
    public var problems: [FormatProblem]
    public var encoding: FileEncoding
    /// Whether the file starts with a byte-order mark.
    public var hasByteOrderMark: Bool
    /// gettext `nplurals`, and where the `Plural-Forms` header is.
    public var pluralCount: Int?
    public var pluralCountPosition: SourcePosition?
    /// For one side of a bilingual file: which side.
    public var side: BilingualSide?
    /// The fields of a file header (gettext's header entry), in order; nil when the format has none or the file lacks it.
    public var headerFields: [HeaderField]?
    /// Where the header is.
    public var headerPosition: SourcePosition?

    public init(path: String, format: FileFormat, language: String?, entries: [LocaleEntry], problems: [FormatProblem] = [],
                encoding: FileEncoding = .utf8, hasByteOrderMark: Bool = false, pluralCount: Int? = nil,
                pluralCountPosition: SourcePosition? = nil, side: BilingualSide? = nil) {
        self.path = path
        self.format = format
        self.language = language
        self.entries = entries
        self.problems = problems
        self.encoding = encoding
        self.hasByteOrderMark = hasByteOrderMark
        self.pluralCount = pluralCount
        self.pluralCountPosition = pluralCountPosition
        self.side = side
    }
}

/// One `Name: value` field of a file header.
public struct HeaderField: Hashable, Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// The side of a bilingual file a resource was taken from.
public enum BilingualSide: String, Sendable, Codable {
    case source
    case target
}
