/// Why a review cannot start: said in the UI language by the command, exit status 2.
public enum ReviewError: Error, Equatable, Sendable {
    /// Both sides are in the same language.
    case sameLanguage(language: String)
    /// A language given on the command line differs from the one the file declares.
    case languageMismatch(path: String, declared: String, given: String)
    /// The language of a text could not be told.
    case unknownLanguage(path: String)
    /// The bilingual file has no unit to review.
    case noUnits(path: String)

    /// The catalog key of the message.
    public var messageKey: String {
        switch self {
        case .sameLanguage: return "errorSameLanguage"
        case .languageMismatch: return "errorLanguageMismatch"
        case .unknownLanguage: return "errorNoLanguage"
        case .noUnits: return "errorNoUnits"
        }
    }

    /// The message's arguments.
    public var messageArguments: [String: String] {
        switch self {
        case let .sameLanguage(language): return ["language": language]
        case let .languageMismatch(path, declared, given): return ["path": path, "declared": declared, "given": given]
        case let .unknownLanguage(path), let .noUnits(path): return ["path": path]
        }
    }
}
