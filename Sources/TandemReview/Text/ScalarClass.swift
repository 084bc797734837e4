/// Quick questions about single Unicode scalars, used by every scanner.
enum ScalarClass {
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value | 0x20
            return value >= 0x61 && value <= 0x7A
        }
        // Latin-1 letters and Latin Extended-A and -B (umlauts, ß, accents): letters all but × and ÷.
        if scalar.value >= 0xC0 && scalar.value <= 0x24F { return scalar.value != 0xD7 && scalar.value != 0xF7 }
        return scalar.properties.isAlphabetic
    }

    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || isLetter(scalar) || (scalar.value >= 0x300 && scalar.properties.generalCategory == .nonspacingMark)
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        // Latin-1 letters: capitals from À to Þ, but for ×.
        if scalar.value >= 0xC0 && scalar.value <= 0xFF { return scalar.value <= 0xDE && scalar.value != 0xD7 }
        return scalar.properties.isUppercase
    }

    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x61 && scalar.value <= 0x7A }
        // Latin-1 letters: small from ß to ÿ, but for ÷.
        if scalar.value >= 0xC0 && scalar.value <= 0xFF { return scalar.value >= 0xDF && scalar.value != 0xF7 }
        return scalar.properties.isLowercase
    }

    /// Space, tab, no-break space, narrow no-break space, thin space and the like.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2007, 0x2009, 0x200A, 0x202F, 0x3000: return true
        default: return scalar.value >= 0x2000 && scalar.value <= 0x200A
        }
    }

    /// Hyphen-minus, hyphen, non-breaking hyphen.
    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    /// En dash, em dash, minus sign.
    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{2013}" || scalar == "\u{2014}" || scalar == "\u{2212}"
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }
}
