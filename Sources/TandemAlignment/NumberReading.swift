import TandemICU

/// Reads the value of a number token the way its language writes numbers.
///
/// The separators come from ICU (``LocaleSymbols``): English `32,890.5`,
/// German `32.890,5`, Swiss German `32’890.5`, French `32 890,5`. A token that
/// does not fit the locale's pattern is tried with the English pattern (so
/// `3.2` in a German text still reads as 3.2, as in version numbers); a token
/// that fits neither (`2.6.32`, `1:2`) has no value and is matched as written.
struct NumberReading: Sendable {
    let decimal: Unicode.Scalar
    let grouping: Set<Unicode.Scalar>

    static let english = NumberReading(decimal: ".", grouping: [","])

    init(decimal: Unicode.Scalar, grouping: Set<Unicode.Scalar>) {
        self.decimal = decimal
        self.grouping = grouping
    }

    /// The separators of an ICU locale; English ones if ICU does not know it.
    init(locale: String) {
        guard let symbols = try? LocaleSymbols(locale: locale),
              let decimal = symbols.decimalSeparator.unicodeScalars.first,
              let group = symbols.groupingSeparator.unicodeScalars.first
        else {
            self = .english
            return
        }
        var grouping: Set<Unicode.Scalar> = [group]
        // Spaces of every width stand for each other in grouping.
        if group == "\u{00A0}" || group == "\u{202F}" || group == " " || group == "\u{2009}" {
            grouping.formUnion(["\u{00A0}", "\u{202F}", " ", "\u{2009}"])
        }
        if group == "\u{2019}" { grouping.insert("'") }
        self.decimal = decimal
        self.grouping = grouping
    }

    /// The canonical decimal value of `token` (`"32890"`, `"16.96"`), or nil.
    func value(of token: [Unicode.Scalar]) -> String? {
        if let value = Self.read(token, decimal: decimal, grouping: grouping) { return value }
        if decimal != "." { return Self.read(token, decimal: ".", grouping: [","]) }
        return nil
    }

    private static func read(_ token: [Unicode.Scalar], decimal: Unicode.Scalar, grouping: Set<Unicode.Scalar>) -> String? {
        var integerGroups: [[Unicode.Scalar]] = [[]]
        var fraction: [Unicode.Scalar]?
        for scalar in token {
            if let digit = asciiDigit(scalar) {
                if fraction != nil { fraction!.append(digit) } else { integerGroups[integerGroups.count - 1].append(digit) }
            } else if scalar == decimal {
                guard fraction == nil else { return nil }
                fraction = []
            } else if grouping.contains(scalar) {
                guard fraction == nil else { return nil }
                integerGroups.append([])
            } else {
                return nil
            }
        }
        guard let first = integerGroups.first, !first.isEmpty else { return nil }
        if integerGroups.count > 1 {
            guard first.count <= 3, integerGroups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        if let fraction, fraction.isEmpty { return nil }
        var integer = Array(integerGroups.joined().drop { $0 == "0" })
        if integer.isEmpty { integer = ["0"] }
        var fractionPart = fraction ?? []
        while fractionPart.last == "0" { fractionPart.removeLast() }
        var text = String(String.UnicodeScalarView(integer))
        if !fractionPart.isEmpty { text += "." + String(String.UnicodeScalarView(fractionPart)) }
        return text
    }

    @inline(__always)
    private static func asciiDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if scalar.value >= 0x30 && scalar.value <= 0x39 { return scalar }
        if let digit = scalar.properties.numericType, digit == .decimal, let value = scalar.properties.numericValue {
            return Unicode.Scalar(UInt8(0x30 + Int(value)))
        }
        return nil
    }
}
