/// Escaping for text that goes into an HTML page.
///
/// Every piece of text that comes from a document, a file name or a message is
/// written through one of these functions: a translation that contains
/// `<script>` shows the characters `<script>` and never becomes markup.
public enum HTMLText {
    /// `text` escaped for an element's content: `&`, `<` and `>` become entities.
    ///
    /// Control characters other than tab and line feed (which HTML cannot show)
    /// become U+FFFD.
    public static func escape(_ text: String) -> String {
        var output = ""
        append(text, to: &output)
        return output
    }

    /// Appends `text` escaped for an element's content to `output`.
    public static func append(_ text: String, to output: inout String) {
        append(text, quotes: false, to: &output)
    }

    /// `text` escaped for a double-quoted attribute value: also `"` and `'` become entities.
    public static func attribute(_ text: String) -> String {
        var output = ""
        append(text, quotes: true, to: &output)
        return output
    }

    private static func append(_ text: String, quotes: Bool, to output: inout String) {
        let needsWork = text.utf8.contains { byte in
            byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x7F
                || (byte < 0x20 && byte != 0x09 && byte != 0x0A)
                || (quotes && (byte == 0x22 || byte == 0x27))
        }
        guard needsWork else {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where quotes: output += "&quot;"
            case "'" where quotes: output += "&#39;"
            case "\t", "\n": output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    output += "\u{FFFD}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
    }

    /// `value` reduced to characters that are safe in a class name, an id or a
    /// `data-` value: ASCII letters, digits, `-` and `_`; anything else becomes `_`.
    public static func token(_ value: String) -> String {
        var output = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": output.unicodeScalars.append(scalar)
            default: output += "_"
            }
        }
        return output.isEmpty ? "_" : output
    }
}
