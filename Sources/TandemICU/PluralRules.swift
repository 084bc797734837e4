import CTandemICU
import Synchronization

/// CLDR plural rules of a locale (ICU `uplrules`).
///
///     let de = try PluralRules(locale: "de")
///     de.category(for: 1)              // "one"
///     de.category(forDecimal: "1.0")   // "other": visible fraction digits count
///     de.categories                    // ["one", "other"]
public final class PluralRules: @unchecked Sendable {
    public let locale: String
    private let handle: UnsafeMutableRawPointer
    private let decimalFormatters: DecimalFormatterCache

    public init(locale: String) throws(ICUError) {
        var error: Int32 = 0
        let pointer = tandem_plural_open(locale, &error)
        try ICUError.check(error, "uplrules_open(\(locale))")
        guard let pointer else { throw ICUError(code: ICUStatus.illegalArgument, operation: "uplrules_open(\(locale))") }
        handle = pointer
        self.locale = locale
        decimalFormatters = DecimalFormatterCache(locale: locale)
    }

    deinit { tandem_plural_close(handle) }

    /// The plural category (`zero`, `one`, `two`, `few`, `many`, `other`) of a number.
    public func category(for number: Double) -> String {
        (try? UTF16Buffer.produce(capacity: 8, operation: "uplrules_select") { dest, capacity, error in
            tandem_plural_select(handle, number, dest, capacity, &error)
        }) ?? "other"
    }

    /// The category of a decimal written as `"1.50"`: visible fraction digits count, as CLDR says.
    public func category(forDecimal decimal: String) -> String {
        let fractionDigits = decimal.split(separator: ".", maxSplits: 1).dropFirst().first?.count ?? 0
        guard let formatter = decimalFormatters.formatter(fractionDigits: fractionDigits) else {
            return category(for: Double(decimal) ?? 0)
        }
        return (try? UTF16Buffer.produce(capacity: 8, operation: "uplrules_selectFormatted") { dest, capacity, error in
            formatter.withHandle { tandem_plural_select_decimal(handle, $0, decimal, Int32(decimal.utf8.count), dest, capacity, &error) }
        }) ?? "other"
    }

    /// Every category the locale uses, in ICU's order.
    public var categories: [String] {
        let joined = (try? UTF16Buffer.produceUTF8(capacity: 64, operation: "uplrules_getKeywords") { dest, capacity, error in
            tandem_plural_keywords(handle, dest, capacity, &error)
        }) ?? "other"
        let order = ["zero", "one", "two", "few", "many", "other"]
        return joined.split(separator: " ").map(String.init).sorted {
            (order.firstIndex(of: $0) ?? 99) < (order.firstIndex(of: $1) ?? 99)
        }
    }
}

/// Number formatters with a fixed count of fraction digits, made on demand.
final class DecimalFormatterCache: Sendable {
    private let locale: String
    private let formatters = Mutex<[Int: NumberFormat?]>([:])

    init(locale: String) { self.locale = locale }

    func formatter(fractionDigits: Int) -> NumberFormat? {
        formatters.withLock { formatters in
            if let formatter = formatters[fractionDigits] { return formatter }
            let skeleton = fractionDigits == 0 ? "precision-integer" : "." + String(repeating: "0", count: min(fractionDigits, 15))
            let formatter = try? NumberFormat(skeleton: skeleton, locale: locale)
            formatters[fractionDigits] = formatter
            return formatter
        }
    }
}

extension NumberFormat {
    func withHandle<T>(_ body: (UnsafeMutableRawPointer) -> T) -> T { body(rawHandle) }
}
