import CTandemICU

/// The Unicode script of a character (ICU `uscript`).
///
///     UnicodeScript.of("ä").code      // "Latn"
///     UnicodeScript.of("Ж").name      // "Cyrillic"
///     UnicodeScript.of("1").code      // "Zyyy" (Common)
public struct UnicodeScript: Hashable, Sendable {
    /// ICU's numeric script code.
    public let rawValue: Int32
    /// ISO 15924 four-letter code, e.g. `Latn`.
    public let code: String
    /// The long name, e.g. `Latin`.
    public let name: String

    /// The script of `scalar`.
    public static func of(_ scalar: Unicode.Scalar) -> UnicodeScript {
        var error: Int32 = 0
        let raw = tandem_script_of(scalar.value, &error)
        return UnicodeScript(
            rawValue: raw,
            code: String(cString: tandem_script_short_name(raw)),
            name: String(cString: tandem_script_name(raw))
        )
    }

    /// Whether the script is Common or Inherited (digits, punctuation, combining marks).
    public var isShared: Bool { code == "Zyyy" || code == "Zinh" }
}
