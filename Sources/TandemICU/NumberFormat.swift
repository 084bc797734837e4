import CTandemICU

/// A locale-aware number formatter built from an ICU number skeleton.
///
///     let usd = try NumberFormat(skeleton: "currency/USD", locale: "de_DE")
///     usd.format(33510)                // "33.510,00 $" (no-break space before $)
///     try NumberFormat(skeleton: "percent scale/100", locale: "de_DE").format(0.25)  // "25 %"
///
/// Skeleton syntax: https://unicode-org.github.io/icu/userguide/format_parse/numbers/skeletons.html
public final class NumberFormat: @unchecked Sendable {
    /// The skeleton the formatter was built from.
    public let skeleton: String
    /// The ICU locale ID it formats for.
    public let locale: String
    let rawHandle: UnsafeMutableRawPointer
    private var handle: UnsafeMutableRawPointer { rawHandle }

    /// A formatter for `skeleton` in `locale` (an ICU locale ID or BCP 47 tag).
    public init(skeleton: String, locale: String) throws(ICUError) {
        let units = UTF16Buffer.encode(skeleton)
        var error: Int32 = 0
        let pointer = units.withUnsafeBufferPointer { tandem_numfmt_open($0.baseAddress, Int32($0.count), locale, &error) }
        try ICUError.check(error, "number skeleton '\(skeleton)'")
        guard let pointer else { throw ICUError(code: ICUStatus.illegalArgument, operation: "number skeleton '\(skeleton)'") }
        self.rawHandle = pointer
        self.skeleton = skeleton
        self.locale = locale
    }

    deinit { tandem_numfmt_close(rawHandle) }

    /// `value` formatted (an empty string if ICU refuses it, which it does not for finite values).
    public func format(_ value: Double) -> String {
        (try? UTF16Buffer.produce(capacity: 32, operation: "unumf_formatDouble") { dest, capacity, error in
            tandem_numfmt_format_double(handle, value, dest, capacity, &error)
        }) ?? ""
    }

    /// A decimal number given as a string (e.g. `"1234.50"`), formatted without loss of precision.
    public func format(decimal: String) throws(ICUError) -> String {
        try UTF16Buffer.produce(capacity: 32, operation: "unumf_formatDecimal") { dest, capacity, error in
            tandem_numfmt_format_decimal(handle, decimal, Int32(decimal.utf8.count), dest, capacity, &error)
        }
    }
}
