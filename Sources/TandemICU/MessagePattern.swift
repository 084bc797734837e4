import CTandemICU

/// Validation of ICU MessageFormat (version 1) patterns by ICU itself.
///
///     MessagePattern.validate("{count, plural, one {# Datei} other {# Dateien}}", locale: "de")  // nil
///     MessagePattern.validate("{0} und {1", locale: "de")?.name   // "U_UNMATCHED_BRACES"
public enum MessagePattern {
    /// Why ICU rejected a pattern.
    public struct Problem: Error, Equatable, Sendable {
        /// ICU's error code, e.g. 65799.
        public let code: Int32
        /// ICU's name for it, e.g. `U_PATTERN_SYNTAX_ERROR`.
        public let name: String
        /// Offset of the problem in Unicode scalars from the start of the pattern,
        /// when ICU reports one.
        public let offset: Int?
        /// Up to 15 code units of the pattern before the problem.
        public let preContext: String
        /// Up to 15 code units after it.
        public let postContext: String
    }

    /// Nil if ICU accepts `pattern`, else the problem.
    public static func validate(_ pattern: String, locale: String = "en") -> Problem? {
        let units = UTF16Buffer.encode(pattern)
        var parseError = TandemParseError()
        let code = units.withUnsafeBufferPointer {
            tandem_msgfmt_validate($0.baseAddress, Int32($0.count), locale, &parseError)
        }
        guard ICUStatus.isFailure(code) else { return nil }
        let pre = withUnsafeBytes(of: parseError.preContext) { context(from: $0) }
        let post = withUnsafeBytes(of: parseError.postContext) { context(from: $0) }
        var offset: Int?
        if parseError.offset >= 0 && parseError.offset <= units.count && (parseError.offset > 0 || !pre.isEmpty || !post.isEmpty || code != ICUStatus.illegalArgument) {
            offset = scalarOffset(ofUTF16Offset: Int(parseError.offset), in: units)
        }
        return Problem(code: code, name: ICUErrorName.name(of: code), offset: offset, preContext: pre, postContext: post)
    }

    private static func context(from bytes: UnsafeRawBufferPointer) -> String {
        let units = bytes.bindMemory(to: UInt16.self)
        let length = units.firstIndex(of: 0) ?? units.count
        return UTF16Buffer.decode(UnsafeBufferPointer(rebasing: units[0..<length]))
    }

    private static func scalarOffset(ofUTF16Offset offset: Int, in units: [UInt16]) -> Int {
        var scalars = 0
        var index = 0
        while index < offset && index < units.count {
            index += (units[index] >= 0xD800 && units[index] < 0xDC00) ? 2 : 1
            scalars += 1
        }
        return scalars
    }
}
