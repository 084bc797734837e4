import TandemCore
import TandemFormats

/// A placeholder found in a value.
public struct Placeholder: Hashable, Sendable {
    /// What must match between a translation and its reference: `1:s` for the first
    /// printf argument as a string, `name` for a named argument, `$1`, `code:pc:1`.
    public var identity: String
    /// The placeholder as written.
    public var text: String
    /// Its offset (Unicode scalars) in the value.
    public var offset: Int
}

/// Finds placeholders in values by the syntax of the value's format.
public enum PlaceholderScanner {
    /// The placeholders of `text` written in `syntax`.
    public static func scan(_ text: String, syntax: PlaceholderSyntax) -> [Placeholder] {
        switch syntax {
        case .printf, .android: return printf(text, apple: false, strict: true)
        case .apple: return printf(text, apple: true, strict: true)
        case .pythonPercent: return printf(text, apple: false, strict: true, pythonNames: true)
        case .icu: return icu(text)
        case .i18next: return i18next(text)
        case .rails: return rails(text)
        case .webExtension: return webExtension(text)
        case .javaMessageFormat: return javaMessageFormat(text) + printf(text, apple: false, strict: false)
        case .pythonBrace: return braces(text, doubledBracesAreLiteral: true)
        case .none: return []
        }
    }

    /// Whether `text` could contain placeholders of any kind (a quick filter).
    static func mayContain(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0x25 || $0 == 0x7B || $0 == 0x24 }
    }

    /// printf directives: `%s`, `%1$d`, `%-5.2f`, `%lld`, `%@` (Apple), `%#@var@` (Apple), `%(name)s` (Python); `%%` is a literal.
    ///
    /// `strict` follows the C grammar (flags such as a space are allowed, so `20 % der`
    /// is the directive `% d`); lenient scanning accepts only `%s`/`%1$s`-like directives
    /// without flags, for formats where `%` is usually literal text.
    static func printf(_ text: String, apple: Bool, strict: Bool, pythonNames: Bool = false) -> [Placeholder] {
        guard text.utf8.contains(0x25) else { return [] }
        let scalars = Array(text.unicodeScalars)
        var result: [Placeholder] = []
        var index = 0
        var implicit = 0
        while index < scalars.count {
            guard scalars[index] == "%" else { index += 1; continue }
            let start = index
            var cursor = index + 1
            guard cursor < scalars.count else { break }
            if scalars[cursor] == "%" { index = cursor + 1; continue }
            var name: String?
            if pythonNames, scalars[cursor] == "(" {
                var end = cursor + 1
                while end < scalars.count, scalars[end] != ")" { end += 1 }
                guard end < scalars.count else { index += 1; continue }
                name = String(String.UnicodeScalarView(scalars[(cursor + 1)..<end]))
                cursor = end + 1
            }
            // Position: digits followed by '$'.
            var position: Int?
            var digitsEnd = cursor
            while digitsEnd < scalars.count, scalars[digitsEnd].properties.numericType == .decimal, scalars[digitsEnd].isASCII { digitsEnd += 1 }
            if digitsEnd > cursor, digitsEnd < scalars.count, scalars[digitsEnd] == "$" {
                position = Int(String(String.UnicodeScalarView(scalars[cursor..<digitsEnd])))
                cursor = digitsEnd + 1
            }
            if apple, cursor < scalars.count, scalars[cursor] == "#", cursor + 1 < scalars.count, scalars[cursor + 1] == "@" {
                var end = cursor + 2
                while end < scalars.count, scalars[end] != "@" { end += 1 }
                guard end < scalars.count else { index += 1; continue }
                let variable = String(String.UnicodeScalarView(scalars[(cursor + 2)..<end]))
                result.append(Placeholder(identity: "var:\(variable)", text: String(String.UnicodeScalarView(scalars[start...end])), offset: start))
                index = end + 1
                continue
            }
            if strict {
                while cursor < scalars.count, "-+ 0#'".unicodeScalars.contains(scalars[cursor]) { cursor += 1 }
                while cursor < scalars.count, scalars[cursor] == "*" || (scalars[cursor].isASCII && scalars[cursor].properties.numericType == .decimal) { cursor += 1 }
                if cursor < scalars.count, scalars[cursor] == "." {
                    cursor += 1
                    while cursor < scalars.count, scalars[cursor] == "*" || (scalars[cursor].isASCII && scalars[cursor].properties.numericType == .decimal) { cursor += 1 }
                }
                for modifier in ["hh", "ll", "h", "l", "L", "q", "j", "z", "t"] {
                    let modifierScalars = Array(modifier.unicodeScalars)
                    if cursor + modifierScalars.count <= scalars.count, Array(scalars[cursor..<(cursor + modifierScalars.count)]) == modifierScalars {
                        cursor += modifierScalars.count
                        break
                    }
                }
            }
            guard cursor < scalars.count else { index += 1; continue }
            let conversion = scalars[cursor]
            let kind: String
            switch conversion {
            case "d", "i", "u", "o", "x", "X": kind = "d"
            case "f", "F", "e", "E", "g", "G", "a", "A": kind = "f"
            case "s": kind = "s"
            case "S": kind = strict ? "S" : "s"
            case "c", "C": kind = "c"
            case "p": kind = "p"
            case "@" where apple: kind = "@"
            default:
                index += 1
                continue
            }
            if !strict && cursor - start > 1 + (position == nil ? 0 : String(position!).count + 1) {
                index += 1
                continue
            }
            let identity: String
            if let name {
                identity = "\(name):\(kind)"
            } else {
                if position == nil { implicit += 1 }
                identity = "\(position ?? implicit):\(kind)"
            }
            result.append(Placeholder(identity: identity, text: String(String.UnicodeScalarView(scalars[start...cursor])), offset: start))
            index = cursor + 1
        }
        return result
    }

    /// ICU MessageFormat arguments, by name (`{count, plural, …}` gives `count`).
    static func icu(_ text: String) -> [Placeholder] {
        guard text.utf8.contains(0x7B), let nodes = try? MessageSyntax.parse(text) else { return [] }
        let names = MessageSyntax.argumentNames(nodes)
        let scalars = Array(text.unicodeScalars)
        return names.map { name in
            // Offset of the first `{name` for the finding's position.
            let needle = Array(name.unicodeScalars)
            var offset = 0
            search: for index in scalars.indices where scalars[index] == "{" {
                var cursor = index + 1
                while cursor < scalars.count, scalars[cursor].properties.isWhitespace { cursor += 1 }
                if cursor + needle.count <= scalars.count, Array(scalars[cursor..<(cursor + needle.count)]) == needle {
                    offset = index
                    break search
                }
            }
            return Placeholder(identity: name, text: "{\(name)}", offset: offset)
        }
    }

    /// i18next interpolations `{{name}}`, `{{- name}}`, `{{name, format}}` and nestings `$t(key)`.
    static func i18next(_ text: String) -> [Placeholder] {
        let scalars = Array(text.unicodeScalars)
        var result: [Placeholder] = []
        var index = 0
        while index + 1 < scalars.count {
            if scalars[index] == "{", scalars[index + 1] == "{" {
                var end = index + 2
                while end + 1 < scalars.count, !(scalars[end] == "}" && scalars[end + 1] == "}") { end += 1 }
                guard end + 1 < scalars.count else { break }
                var inner = String(String.UnicodeScalarView(scalars[(index + 2)..<end])).trimmingSpaces()
                if inner.hasPrefix("-") { inner = String(inner.dropFirst()).trimmingSpaces() }
                let name = inner.split(separator: ",").first.map { String($0).trimmingSpaces() } ?? inner
                result.append(Placeholder(identity: name, text: String(String.UnicodeScalarView(scalars[index...(end + 1)])), offset: index))
                index = end + 2
                continue
            }
            if scalars[index] == "$", scalars[index + 1] == "t", index + 2 < scalars.count, scalars[index + 2] == "(" {
                var end = index + 3
                while end < scalars.count, scalars[end] != ")" { end += 1 }
                guard end < scalars.count else { break }
                let nested = String(String.UnicodeScalarView(scalars[index...end]))
                result.append(Placeholder(identity: nested, text: nested, offset: index))
                index = end + 1
                continue
            }
            index += 1
        }
        return result
    }

    /// Rails interpolations `%{name}` and `%<name>d`.
    static func rails(_ text: String) -> [Placeholder] {
        let scalars = Array(text.unicodeScalars)
        var result: [Placeholder] = []
        var index = 0
        while index + 1 < scalars.count {
            if scalars[index] == "%", scalars[index + 1] == "%" { index += 2; continue }
            if scalars[index] == "%", scalars[index + 1] == "{" || scalars[index + 1] == "<" {
                let close: Unicode.Scalar = scalars[index + 1] == "{" ? "}" : ">"
                var end = index + 2
                while end < scalars.count, scalars[end] != close { end += 1 }
                guard end < scalars.count else { break }
                let name = String(String.UnicodeScalarView(scalars[(index + 2)..<end]))
                var last = end
                if close == ">", last + 1 < scalars.count, scalars[last + 1].properties.isAlphabetic { last += 1 }
                result.append(Placeholder(identity: name, text: String(String.UnicodeScalarView(scalars[index...last])), offset: index))
                index = last + 1
                continue
            }
            index += 1
        }
        return result
    }

    /// WebExtension substitutions `$1`…`$9` and named placeholders `$name$` (names ignore case); `$$` is a dollar sign.
    static func webExtension(_ text: String) -> [Placeholder] {
        let scalars = Array(text.unicodeScalars)
        var result: [Placeholder] = []
        var index = 0
        while index + 1 < scalars.count {
            guard scalars[index] == "$" else { index += 1; continue }
            let next = scalars[index + 1]
            if next == "$" { index += 2; continue }
            if next.isASCII, next.properties.numericType == .decimal {
                result.append(Placeholder(identity: "$\(next)", text: "$\(next)", offset: index))
                index += 2
                continue
            }
            var end = index + 1
            while end < scalars.count, scalars[end].properties.isAlphabetic || scalars[end] == "_" || (scalars[end].isASCII && scalars[end].properties.numericType != nil) || scalars[end] == "@" { end += 1 }
            if end > index + 1, end < scalars.count, scalars[end] == "$" {
                let name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                result.append(Placeholder(identity: "$\(name.lowercased())$", text: "$\(name)$", offset: index))
                index = end + 1
                continue
            }
            index += 1
        }
        return result
    }

    /// Java MessageFormat arguments `{0}`, `{1,number}`; text in single quotes is literal, `''` is an apostrophe.
    static func javaMessageFormat(_ text: String) -> [Placeholder] {
        guard text.utf8.contains(0x7B) else { return [] }
        let scalars = Array(text.unicodeScalars)
        var result: [Placeholder] = []
        var index = 0
        var quoted = false
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "'" {
                if index + 1 < scalars.count, scalars[index + 1] == "'" { index += 2; continue }
                quoted.toggle()
                index += 1
                continue
            }
            if !quoted, scalar == "{" {
                var end = index + 1
                var depth = 1
                while end < scalars.count {
                    if scalars[end] == "{" { depth += 1 }
                    if scalars[end] == "}" { depth -= 1; if depth == 0 { break } }
                    end += 1
                }
                guard end < scalars.count else { break }
                let inner = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                let argument = inner.split(separator: ",").first.map { String($0).trimmingSpaces() } ?? ""
                if !argument.isEmpty, argument.allSatisfy(\.isNumber) {
                    result.append(Placeholder(identity: argument, text: String(String.UnicodeScalarView(scalars[index...end])), offset: index))
                }
                index = end + 1
                continue
            }
            index += 1
        }
        return result
    }

    /// Brace fields `{name}`, `{0}`, `{name!r:>10}`; `{{` and `}}` are literal braces.
    static func braces(_ text: String, doubledBracesAreLiteral: Bool) -> [Placeholder] {
        let scalars = Array(text.unicodeScalars)
        var result: [Placeholder] = []
        var index = 0
        while index < scalars.count {
            if scalars[index] == "{" {
                if doubledBracesAreLiteral, index + 1 < scalars.count, scalars[index + 1] == "{" { index += 2; continue }
                var end = index + 1
                while end < scalars.count, scalars[end] != "}" { end += 1 }
                guard end < scalars.count else { break }
                let inner = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                let name = String(inner.prefix { $0 != "!" && $0 != ":" })
                result.append(Placeholder(identity: name, text: String(String.UnicodeScalarView(scalars[index...end])), offset: index))
                index = end + 1
                continue
            }
            index += 1
        }
        return result
    }
}
