import CTandemICU

/// A number read from text by ``NumberParser``.
public struct ParsedNumber: Equatable, Sendable {
    /// The value as a decimal string (e.g. `"33510"`, `"15.81"`), without loss of precision.
    public let decimal: String
    /// The ISO 4217 code of the currency, when the text named one.
    public let currency: String?
    /// The Unicode scalar offsets in the parsed text that the number covered.
    public let range: Range<Int>

    /// The value as a double.
    public var value: Double { Double(decimal) ?? .nan }
}

/// What kind of numbers a ``NumberParser`` reads.
public enum NumberStyle: Int32, Sendable {
    case decimal = 1
    case currency = 2
    case percent = 3
}

/// Parses numbers as a locale writes them, strictly or leniently (ICU `unum`).
///
///     let de = try NumberParser(locale: "de_DE")
///     de.parse("33,510")?.decimal            // "33.51": German reads the comma as decimal
///     try NumberParser(locale: "de_DE", style: .currency).parse("33.510,00 $")?.currency  // "USD"
public final class NumberParser: @unchecked Sendable {
    /// The ICU locale ID.
    public let locale: String
    /// The style of number read.
    public let style: NumberStyle
    /// Whether ICU's lenient parsing is on.
    public let isLenient: Bool
    private let handle: UnsafeMutableRawPointer

    /// A parser for `locale`; `lenient` accepts real-world spacing and symbols.
    public init(locale: String, style: NumberStyle = .decimal, lenient: Bool = false) throws(ICUError) {
        var error: Int32 = 0
        let pointer = tandem_unum_open(style.rawValue, locale, &error)
        try ICUError.check(error, "unum_open(\(locale))")
        guard let pointer else { throw ICUError(code: ICUStatus.illegalArgument, operation: "unum_open(\(locale))") }
        handle = pointer
        tandem_unum_set_lenient(handle, lenient ? 1 : 0)
        self.locale = locale
        self.style = style
        self.isLenient = lenient
    }

    deinit { tandem_unum_close(handle) }

    /// Reads a number at the start of `text` (from scalar offset `start`), or nil if there is none.
    ///
    /// The result's range says how much of the text was read; text after it is ignored.
    public func parse(_ text: String, from start: Int = 0) -> ParsedNumber? {
        let scalars = Array(text.unicodeScalars)
        guard start >= 0, start <= scalars.count else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(scalars.count + 4)
        var unitOffsetOfScalar: [Int] = []
        unitOffsetOfScalar.reserveCapacity(scalars.count + 1)
        for scalar in scalars {
            unitOffsetOfScalar.append(units.count)
            units.append(contentsOf: scalar.utf16)
        }
        unitOffsetOfScalar.append(units.count)
        var position = Int32(unitOffsetOfScalar[start])
        let startUnit = position
        var decimal = ""
        var currency: String?
        var error: Int32 = 0
        units.withUnsafeBufferPointer { buffer in
            switch style {
            case .currency:
                var code = [UInt16](repeating: 0, count: 4)
                let value = tandem_unum_parse_currency(handle, buffer.baseAddress, Int32(buffer.count), &position, &code, &error)
                if !ICUStatus.isFailure(error) {
                    decimal = Self.decimalString(value)
                    currency = UTF16Buffer.decode(Array(code.prefix { $0 != 0 }))
                }
            case .decimal, .percent:
                var bytes = [CChar](repeating: 0, count: 128)
                let length = tandem_unum_parse_decimal(handle, buffer.baseAddress, Int32(buffer.count), &position, &bytes, 127, &error)
                if !ICUStatus.isFailure(error) {
                    decimal = String(decoding: bytes[0..<Int(length)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
                }
            }
        }
        guard !ICUStatus.isFailure(error), position > startUnit, !decimal.isEmpty else { return nil }
        // Map the end (a UTF-16 offset) back to a scalar offset.
        let endScalar = unitOffsetOfScalar.firstIndex { $0 >= Int(position) } ?? scalars.count
        return ParsedNumber(decimal: Self.canonicalDecimal(decimal), currency: currency, range: start..<endScalar)
    }

    /// Reads `text` as exactly one number, or nil if anything is left over.
    public func parseWhole(_ text: String) -> ParsedNumber? {
        guard let number = parse(text), number.range.upperBound == text.unicodeScalars.count else { return nil }
        return number
    }

    /// The locale's number symbols.
    public func symbol(_ symbol: NumberSymbol) -> String {
        (try? UTF16Buffer.produce(capacity: 8, operation: "unum_getSymbol") { dest, capacity, error in
            tandem_unum_get_symbol(handle, symbol.rawValue, dest, capacity, &error)
        }) ?? ""
    }

    /// A double as a short decimal string (`15.81`, not `15.810000000000001`).
    static func decimalString(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return canonicalDecimal("\(value)")
    }

    /// Removes a positive sign, leading zeros and trailing fraction zeros: `"0033.50"` → `"33.5"`.
    static func canonicalDecimal(_ text: String) -> String {
        var text = text
        if text.contains("e") || text.contains("E"), let value = Double(text) {
            return decimalString(value)
        }
        var negative = false
        if text.hasPrefix("-") { negative = true; text.removeFirst() } else if text.hasPrefix("+") { text.removeFirst() }
        var integer = Substring(text)
        var fraction: Substring = ""
        if let dot = text.firstIndex(of: ".") {
            integer = text[..<dot]
            fraction = text[text.index(after: dot)...]
        }
        while integer.count > 1, integer.first == "0" { integer = integer.dropFirst() }
        if integer.isEmpty { integer = "0" }
        while fraction.last == "0" { fraction = fraction.dropLast() }
        let body = fraction.isEmpty ? String(integer) : "\(integer).\(fraction)"
        return negative && body != "0" ? "-" + body : body
    }
}

/// Symbols a locale uses when writing numbers (`UNumberFormatSymbol`).
public enum NumberSymbol: Int32, Sendable {
    case decimalSeparator = 0
    case groupingSeparator = 1
    case percent = 3
    case minusSign = 6
    case currencySymbol = 8
    case internationalCurrencySymbol = 9
    case monetarySeparator = 10
    case monetaryGroupingSeparator = 17
}
