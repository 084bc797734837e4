/// An exact decimal number: `digits` × 10^`exponent`, compared by value.
///
/// Numbers in a translation are compared as values, not as digit strings:
/// `2,785,000`, `2.785.000` and `2.785 million` are all the same `DecimalValue`.
public struct DecimalValue: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Significant digits without leading or trailing zeros (`"0"` for zero).
    public let digits: String
    /// The power of ten the digits are scaled by.
    public let exponent: Int
    public let isNegative: Bool

    /// Reads a plain decimal string such as `"-12.50"` or `"33510"`; nil for anything else.
    public init?(_ text: String) {
        var negative = false
        var integer: [UInt8] = []
        var fraction: [UInt8] = []
        var seenPoint = false
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") { negative = true; bytes = bytes.dropFirst() }
        guard !bytes.isEmpty else { return nil }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if seenPoint { fraction.append(byte) } else { integer.append(byte) }
            case UInt8(ascii: "."):
                if seenPoint { return nil }
                seenPoint = true
            default:
                return nil
            }
        }
        guard !(integer.isEmpty && fraction.isEmpty) else { return nil }
        self.init(integer: integer, fraction: fraction, negative: negative)
    }

    /// A value from ASCII digit bytes before and after the decimal point.
    init(integer: [UInt8], fraction: [UInt8], negative: Bool) {
        var all = integer + fraction
        var exponent = -fraction.count
        while let last = all.last, last == UInt8(ascii: "0") {
            all.removeLast()
            exponent += 1
        }
        let firstNonZero = all.firstIndex { $0 != UInt8(ascii: "0") } ?? all.count
        all.removeFirst(firstNonZero)
        if all.isEmpty {
            self.digits = "0"
            self.exponent = 0
            self.isNegative = false
        } else {
            self.digits = String(decoding: all, as: UTF8.self)
            self.exponent = exponent
            self.isNegative = negative
        }
    }

    private init(digits: String, exponent: Int, negative: Bool) {
        self.digits = digits
        self.exponent = exponent
        self.isNegative = negative
    }

    /// An integer value.
    public init(_ value: Int) {
        self.init(String(value))!
    }

    /// The value times 10^`power` (`1.7` scaled by 6 is 1,700,000).
    public func scaled(by power: Int) -> DecimalValue {
        digits == "0" ? self : DecimalValue(digits: digits, exponent: exponent + power, negative: isNegative)
    }

    /// The value with the opposite sign.
    public var negated: DecimalValue {
        digits == "0" ? self : DecimalValue(digits: digits, exponent: exponent, negative: !isNegative)
    }

    public var isZero: Bool { digits == "0" }

    /// Whether the value has no fraction.
    public var isInteger: Bool { exponent >= 0 }

    /// The number of digits after the decimal point when written out.
    public var fractionDigits: Int { max(0, -exponent) }

    /// The value as an `Int`, when it is an integer that fits.
    public var intValue: Int? {
        guard isInteger, digits.count + exponent <= 18 else { return nil }
        guard let base = Int(digits) else { return nil }
        var value = base
        for _ in 0..<exponent { value *= 10 }
        return isNegative ? -value : value
    }

    /// The value as a plain decimal string (`"1700000"`, `"12.5"`, `"-0.25"`), as ICU's decimal APIs take it.
    public var plainString: String {
        var body: String
        if exponent >= 0 {
            body = digits + String(repeating: "0", count: digits == "0" ? 0 : exponent)
        } else {
            let shift = -exponent
            if digits.count > shift {
                let split = digits.index(digits.endIndex, offsetBy: -shift)
                body = digits[..<split] + "." + digits[split...]
            } else {
                body = "0." + String(repeating: "0", count: shift - digits.count) + digits
            }
        }
        if isNegative { body = "-" + body }
        return body
    }

    public var description: String { plainString }

    /// The value as a double (for ratios and ordering only).
    public var doubleValue: Double { Double(plainString) ?? .nan }

    public static func < (a: DecimalValue, b: DecimalValue) -> Bool { a.doubleValue < b.doubleValue }
}
