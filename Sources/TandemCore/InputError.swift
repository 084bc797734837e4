/// A problem with the input the user gave: tandem reports it and exits with status 2.
///
/// Each case names a message in the catalogs under `Locales/`, so the user reads
/// it in the UI language.
public enum InputError: Error, Equatable, Sendable {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case isDirectory(path: String)
    case empty(path: String)
    /// A NUL byte or other binary content at a byte offset.
    case binary(path: String, byteOffset: Int)
    case invalidUTF8(path: String, byteOffset: Int, line: Int, column: Int)
    case invalidUTF16(path: String, byteOffset: Int)
    case malformedLanguageTag(tag: String)
    case unknownLanguage(tag: String)
    /// A file whose syntax is wrong, with where and what was expected.
    case syntax(path: String, line: Int, column: Int, message: String)
    /// Anything else, already worded.
    case other(message: String)
    /// A file could not be written.
    case unwritable(path: String, reason: String)

    /// The catalog key of the message for this error.
    public var messageKey: String {
        switch self {
        case .notFound: return "errorNotFound"
        case .unreadable: return "errorUnreadable"
        case .isDirectory: return "errorIsDirectory"
        case .empty: return "errorEmpty"
        case .binary: return "errorBinary"
        case .invalidUTF8: return "errorInvalidUTF8"
        case .invalidUTF16: return "errorInvalidUTF16"
        case .malformedLanguageTag: return "errorMalformedLanguageTag"
        case .unknownLanguage: return "errorUnknownLanguage"
        case .syntax: return "errorSyntax"
        case .other: return "errorOther"
        case .unwritable: return "errorUnwritable"
        }
    }

    /// The arguments the message takes.
    public var messageArguments: [String: MessageArgument] {
        switch self {
        case let .notFound(path), let .isDirectory(path), let .empty(path):
            return ["path": .string(path)]
        case let .unreadable(path, reason), let .unwritable(path, reason):
            return ["path": .string(path), "reason": .string(reason)]
        case let .binary(path, byteOffset):
            return ["path": .string(path), "offset": .integer(byteOffset)]
        case let .invalidUTF8(path, byteOffset, line, column):
            return ["path": .string(path), "offset": .integer(byteOffset), "line": .integer(line), "column": .integer(column)]
        case let .invalidUTF16(path, byteOffset):
            return ["path": .string(path), "offset": .integer(byteOffset)]
        case let .malformedLanguageTag(tag), let .unknownLanguage(tag):
            return ["tag": .string(tag)]
        case let .syntax(path, line, column, message):
            return ["path": .string(path), "line": .integer(line), "column": .integer(column), "message": .string(message)]
        case let .other(message):
            return ["message": .string(message)]
        }
    }
}
