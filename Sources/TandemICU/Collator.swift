import CTandemICU

/// Locale-aware string comparison (ICU `ucol`).
///
///     let phonebook = try Collator(locale: "de@collation=phonebook")  // or LanguageTag("de-u-co-phonebk").icuLocale
///     ["Müller", "Mueller", "Muller"].sorted(by: phonebook.areInIncreasingOrder)
public final class Collator: @unchecked Sendable {
    /// Comparison strength.
    public enum Strength: Int32, Sendable {
        /// Base letters only: `a` = `á` = `A`.
        case primary = 0
        /// Accents count: `a` = `A` ≠ `á`.
        case secondary = 1
        /// Case counts too (ICU's default).
        case tertiary = 2
        case quaternary = 3
        case identical = 15
    }

    public let locale: String
    private let handle: UnsafeMutableRawPointer

    public init(locale: String, strength: Strength = .tertiary) throws(ICUError) {
        var error: Int32 = 0
        let pointer = tandem_collator_open(locale, &error)
        try ICUError.check(error, "ucol_open(\(locale))")
        guard let pointer else { throw ICUError(code: ICUStatus.illegalArgument, operation: "ucol_open(\(locale))") }
        handle = pointer
        self.locale = locale
        tandem_collator_set_strength(handle, strength.rawValue)
    }

    deinit { tandem_collator_close(handle) }

    /// Negative, zero or positive as `a` sorts before, equal to or after `b`.
    public func compare(_ a: String, _ b: String) -> Int {
        var a = a
        var b = b
        return a.withUTF8 { ua in
            b.withUTF8 { ub in
                var error: Int32 = 0
                return ua.withMemoryRebound(to: CChar.self) { ca in
                    ub.withMemoryRebound(to: CChar.self) { cb in
                        Int(tandem_collator_compare_utf8(handle, ca.baseAddress, Int32(ca.count), cb.baseAddress, Int32(cb.count), &error))
                    }
                }
            }
        }
    }

    /// For `sorted(by:)`.
    public func areInIncreasingOrder(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }
}
