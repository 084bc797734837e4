import TandemCore

/// The file formats tandem reads.
public enum FileFormat: String, Sendable, Codable, CaseIterable {
    case xliff12 = "xliff-1.2"
    case xliff2 = "xliff-2"
    case tmx
    case tbx
    case po
    case tsv
    case appleStrings = "strings"
    case stringsdict
    case xcstrings
    case android = "android-xml"
    case i18next = "i18next-json"
    case webExtension = "webextension-json"
    case arb
    case properties
    case railsYAML = "rails-yaml"

    /// A name for people, e.g. "XLIFF 1.2".
    public var displayName: String {
        switch self {
        case .xliff12: return "XLIFF 1.2"
        case .xliff2: return "XLIFF 2"
        case .tmx: return "TMX"
        case .tbx: return "TBX"
        case .po: return "gettext PO"
        case .tsv: return "two-column TSV"
        case .appleStrings: return "Apple .strings"
        case .stringsdict: return "Apple .stringsdict"
        case .xcstrings: return "Apple String Catalog (.xcstrings)"
        case .android: return "Android strings.xml"
        case .i18next: return "i18next JSON"
        case .webExtension: return "WebExtension messages.json"
        case .arb: return "Flutter ARB"
        case .properties: return "Java .properties"
        case .railsYAML: return "Rails YAML"
        }
    }

    /// Whether the format pairs a source text with its translation in one file.
    public var isBilingual: Bool {
        switch self {
        case .xliff12, .xliff2, .tmx, .po, .tsv: return true
        default: return false
        }
    }
}

/// Something wrong in a file that did not stop it from being read: a duplicate
/// key, a broken escape, an XLIFF constraint a schema cannot check.
public struct FormatProblem: Hashable, Sendable {
    /// A short stable id of the kind of problem, e.g. `duplicate-key`, `xliff-sc-ec-pairing`.
    public var code: String
    /// What is wrong, in English, naming what was expected.
    public var message: String
    public var position: SourcePosition
    /// The text the problem is about (a key, an id), when there is one.
    public var text: String

    public init(code: String, message: String, position: SourcePosition, text: String = "") {
        self.code = code
        self.message = message
        self.position = position
        self.text = text
    }
}
