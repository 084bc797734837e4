/// How a convention writes the decimal point and groups thousands.
struct NumberConvention: Sendable, Equatable {
    let name: String
    /// The decimal separators and the group separators (a few each: searched in order, without hashing).
    let decimal: [Unicode.Scalar]
    let grouping: [Unicode.Scalar]

    /// `33,510.25`
    static let english = NumberConvention(name: "en", decimal: ["."], grouping: [","])
    /// `33.510,25`, also grouped with (narrow) no-break or thin spaces (DIN 5008, de-AT).
    static let german = NumberConvention(name: "de", decimal: [","], grouping: [".", "\u{A0}", "\u{202F}", "\u{2009}"])
    /// `33’510.25` (de-CH, de-LI)
    static let swiss = NumberConvention(name: "de-CH", decimal: ["."], grouping: ["’", "'", "\u{A0}", "\u{202F}", "\u{2009}"])

    static let all: [NumberConvention] = [.english, .german, .swiss]

    /// The convention of a language and region.
    static func of(language: String, region: String) -> NumberConvention {
        guard language == "de" else { return .english }
        return region == "CH" || region == "LI" ? .swiss : .german
    }

    /// The value of `token` (digits and separators) in this convention and the number of digits written after
    /// the decimal separator, or nil when it is not written this way.
    func readWithFraction(_ token: ArraySlice<Unicode.Scalar>) -> (value: DecimalValue, fractionDigits: Int)? {
        var integer: [UInt8] = []
        var fraction: [UInt8] = []
        var seenDecimal = false
        var seenGrouping = false
        var groupLength = 0
        var firstGroup = true
        for scalar in token {
            if ScalarClass.isDigit(scalar) {
                if seenDecimal { fraction.append(UInt8(scalar.value)) } else { integer.append(UInt8(scalar.value)); groupLength += 1 }
            } else if grouping.contains(scalar), !seenDecimal {
                if firstGroup {
                    guard groupLength >= 1, groupLength <= 3 else { return nil }
                    firstGroup = false
                } else if groupLength != 3 {
                    return nil
                }
                seenGrouping = true
                groupLength = 0
            } else if decimal.contains(scalar), !seenDecimal {
                if seenGrouping, groupLength != 3 { return nil }
                seenDecimal = true
            } else {
                return nil
            }
        }
        if seenGrouping, !seenDecimal, groupLength != 3 { return nil }
        if seenDecimal, fraction.isEmpty { return nil }
        return (DecimalValue(integer: integer, fraction: fraction, negative: false), fraction.count)
    }
}
