import CTandemICU

/// An error reported by ICU, with the operation that failed.
public struct ICUError: Error, Equatable, Sendable, CustomStringConvertible {
    /// ICU's `UErrorCode` value (greater than zero).
    public let code: Int32
    /// What tandem asked ICU to do.
    public let operation: String

    public init(code: Int32, operation: String) {
        self.code = code
        self.operation = operation
    }

    /// ICU's symbolic name for the error code, e.g. `U_PATTERN_SYNTAX_ERROR`.
    public var name: String { ICUErrorName.name(of: code) }

    public var description: String { "\(operation) failed: \(name) (\(code))" }
}

/// ICU error codes tandem tells apart.
enum ICUStatus {
    static let zero: Int32 = 0
    static let illegalArgument: Int32 = 1
    static let bufferOverflow: Int32 = 15
    static let defaultKeywordMissing: Int32 = 65_807

    static func isFailure(_ code: Int32) -> Bool { code > 0 }
}

/// Names for the ICU error codes a user may see.
enum ICUErrorName {
    static func name(of code: Int32) -> String {
        switch code {
        case 1: return "U_ILLEGAL_ARGUMENT_ERROR"
        case 2: return "U_MISSING_RESOURCE_ERROR"
        case 3: return "U_INVALID_FORMAT_ERROR"
        case 7: return "U_MEMORY_ALLOCATION_ERROR"
        case 9: return "U_PARSE_ERROR"
        case 10: return "U_INVALID_CHAR_FOUND"
        case 15: return "U_BUFFER_OVERFLOW_ERROR"
        case 16: return "U_UNSUPPORTED_ERROR"
        case 65_792: return "U_UNEXPECTED_TOKEN"
        case 65_793: return "U_MULTIPLE_DECIMAL_SEPARATORS"
        case 65_794: return "U_MULTIPLE_EXPONENTIAL_SYMBOLS"
        case 65_795: return "U_MALFORMED_EXPONENTIAL_PATTERN"
        case 65_796: return "U_MULTIPLE_PERCENT_SYMBOLS"
        case 65_797: return "U_MULTIPLE_PERMILL_SYMBOLS"
        case 65_798: return "U_MULTIPLE_PAD_SPECIFIERS"
        case 65_799: return "U_PATTERN_SYNTAX_ERROR"
        case 65_800: return "U_ILLEGAL_PAD_POSITION"
        case 65_801: return "U_UNMATCHED_BRACES"
        case 65_802: return "U_UNSUPPORTED_PROPERTY"
        case 65_803: return "U_UNSUPPORTED_ATTRIBUTE"
        case 65_804: return "U_ARGUMENT_TYPE_MISMATCH"
        case 65_805: return "U_DUPLICATE_KEYWORD"
        case 65_806: return "U_UNDEFINED_KEYWORD"
        case 65_807: return "U_DEFAULT_KEYWORD_MISSING"
        case 65_808: return "U_DECIMAL_NUMBER_SYNTAX_ERROR"
        case 65_809: return "U_FORMAT_INEXACT_ERROR"
        case 65_810: return "U_NUMBER_ARG_OUTOFBOUNDS_ERROR"
        case 65_811: return "U_NUMBER_SKELETON_SYNTAX_ERROR"
        default: return "ICU error \(code)"
        }
    }
}

extension ICUError {
    /// Throws when `code` is a failure; warnings (negative codes) pass.
    static func check(_ code: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
        if ICUStatus.isFailure(code) {
            throw ICUError(code: code, operation: operation())
        }
    }
}
