/// Writing XML by hand (JUnit, TMX, TBX output).
public enum XMLText {
    /// `text` as XML character data or a double-quoted attribute value: `& < > "` escaped,
    /// characters XML 1.0 does not allow dropped. With `keepingWhiteSpace`, tab, line feed
    /// and carriage return become character references, so that an attribute value keeps
    /// them (a parser turns them into spaces otherwise).
    public static func escape(_ text: String, keepingWhiteSpace: Bool = false) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "\t" where keepingWhiteSpace: output += "&#9;"
            case "\n" where keepingWhiteSpace: output += "&#10;"
            case "\r" where keepingWhiteSpace: output += "&#13;"
            default:
                if isAllowed(scalar) { output.unicodeScalars.append(scalar) }
            }
        }
        return output
    }

    /// Whether XML 1.0 allows `scalar` in a document.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value == 0x09 || value == 0x0A || value == 0x0D || (value >= 0x20 && value <= 0xD7FF)
            || (value >= 0xE000 && value <= 0xFFFD) || value >= 0x10000
    }
}
