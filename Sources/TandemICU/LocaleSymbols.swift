import CTandemICU

/// The symbols a locale writes numbers and quotations with.
///
///     let de = try LocaleSymbols(locale: "de_DE")
///     de.decimalSeparator       // ","
///     de.quotationStart         // "„"
///     try LocaleSymbols(locale: "de_CH").groupingSeparator  // "’" (U+2019)
public struct LocaleSymbols: Equatable, Sendable {
    public let locale: String
    public let decimalSeparator: String
    public let groupingSeparator: String
    public let percentSign: String
    public let minusSign: String
    /// The symbol of the locale's own currency (e.g. `€`, `CHF`).
    public let currencySymbol: String
    /// The ISO code of the locale's own currency (e.g. `EUR`).
    public let currencyCode: String
    public let monetaryDecimalSeparator: String
    public let monetaryGroupingSeparator: String
    public let quotationStart: String
    public let quotationEnd: String
    public let alternateQuotationStart: String
    public let alternateQuotationEnd: String

    public init(locale: String) throws(ICUError) {
        let parser = try NumberParser(locale: locale)
        self.locale = locale
        decimalSeparator = parser.symbol(.decimalSeparator)
        groupingSeparator = parser.symbol(.groupingSeparator)
        percentSign = parser.symbol(.percent)
        minusSign = parser.symbol(.minusSign)
        currencySymbol = parser.symbol(.currencySymbol)
        currencyCode = parser.symbol(.internationalCurrencySymbol)
        monetaryDecimalSeparator = parser.symbol(.monetarySeparator)
        monetaryGroupingSeparator = parser.symbol(.monetaryGroupingSeparator)
        func delimiter(_ kind: Int32) throws(ICUError) -> String {
            try UTF16Buffer.produce(capacity: 4, operation: "ulocdata_getDelimiter") { dest, capacity, error in
                tandem_locale_delimiter(locale, kind, dest, capacity, &error)
            }
        }
        quotationStart = try delimiter(0)
        quotationEnd = try delimiter(1)
        alternateQuotationStart = try delimiter(2)
        alternateQuotationEnd = try delimiter(3)
    }
}
