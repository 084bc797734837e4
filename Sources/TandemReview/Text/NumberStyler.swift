import TandemICU

/// Writes numbers the way ICU writes them for a locale: the suggestions of
/// the number and locale-convention checks.
public final class NumberStyler {
    public let locale: String
    private var formats: [String: NumberFormat] = [:]

    public init(locale: String) {
        self.locale = locale
    }

    private func format(_ skeleton: String, _ value: DecimalValue) -> String? {
        let formatter: NumberFormat
        if let cached = formats[skeleton] {
            formatter = cached
        } else {
            guard let made = try? NumberFormat(skeleton: skeleton, locale: locale) else { return nil }
            formats[skeleton] = made
            formatter = made
        }
        return try? formatter.format(decimal: value.plainString)
    }

    private static func precision(_ fractionDigits: Int) -> String {
        fractionDigits == 0 ? "precision-integer" : "." + String(repeating: "0", count: fractionDigits)
    }

    /// Currencies written with their ISO code in German text, because the symbol is ambiguous (`$`: which dollar?).
    static let codeCurrencies: Set<String> = ["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"]

    /// A plain number with `fractionDigits` digits after the decimal separator.
    public func plain(_ value: DecimalValue, fractionDigits: Int) -> String? {
        format(Self.precision(fractionDigits), value)
    }

    /// An amount of `currency`.
    public func currency(_ value: DecimalValue, code: String, fractionDigits: Int) -> String? {
        let width = Self.codeCurrencies.contains(code) ? "unit-width-iso-code" : "unit-width-short"
        return format("currency/\(code) \(width) \(Self.precision(fractionDigits))", value)
    }

    /// A percentage (`value` already in percent: 25 gives `25 %`).
    public func percent(_ value: DecimalValue, fractionDigits: Int) -> String? {
        format("percent \(Self.precision(fractionDigits))", value)
    }

    /// Whether the locale writes the currency before the amount (de-AT, de-CH: `$ 33.510,00`).
    public func currencyComesFirst(_ code: String) -> Bool {
        guard let text = currency(DecimalValue(1), code: code, fractionDigits: 0), let first = text.unicodeScalars.first else { return false }
        return !ScalarClass.isDigit(first)
    }

    /// Whether the locale puts a space between a number and its percent sign (de-DE: `25 %`).
    public var percentIsSpaced: Bool {
        guard let text = percent(DecimalValue(25), fractionDigits: 0) else { return false }
        return text.unicodeScalars.contains { ScalarClass.isSpace($0) }
    }
}
