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
    /// For printf: whether the argument position is written (`%1$s`).
    public var isPositional: Bool = false
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
        // The grammar is ASCII: scan the UTF-8 bytes, counting scalars for offsets.
        let bytes = Array(text.utf8)
        let count = bytes.count
        var result: [Placeholder] = []
        var index = 0
        var scalarOffset = 0
        var implicit = 0
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func scalars(_ from: Int, _ to: Int) -> Int {
            var n = 0
            for i in from..<to where bytes[i] & 0xC0 != 0x80 { n += 1 }
            return n
        }
        func slice(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }
        while index < count {
            let byte = bytes[index]
            guard byte == 0x25 else {
                if byte & 0xC0 != 0x80 { scalarOffset += 1 }
                index += 1
                continue
            }
            let start = index
            let startOffset = scalarOffset
            var cursor = index + 1
            guard cursor < count else { break }
            if bytes[cursor] == 0x25 { index = cursor + 1; scalarOffset += 2; continue }
            var name: String?
            if pythonNames, bytes[cursor] == 0x28 {
                var end = cursor + 1
                while end < count, bytes[end] != 0x29 { end += 1 }
                guard end < count else { index += 1; scalarOffset += 1; continue }
                name = slice(cursor + 1, end)
                cursor = end + 1
            }
            var position: Int?
            var digitsEnd = cursor
            while digitsEnd < count, isDigit(bytes[digitsEnd]) { digitsEnd += 1 }
            if digitsEnd > cursor, digitsEnd < count, bytes[digitsEnd] == 0x24 {
                position = Int(slice(cursor, digitsEnd))
                cursor = digitsEnd + 1
            }
            if apple, cursor + 1 < count, bytes[cursor] == 0x23, bytes[cursor + 1] == 0x40 {
                var end = cursor + 2
                while end < count, bytes[end] != 0x40 { end += 1 }
                guard end < count else { index += 1; scalarOffset += 1; continue }
                result.append(Placeholder(identity: "var:\(slice(cursor + 2, end))", text: slice(start, end + 1), offset: startOffset))
                scalarOffset += scalars(start, end + 1)
                index = end + 1
                continue
            }
            if strict {
                while cursor < count, [0x2D, 0x2B, 0x20, 0x30, 0x23, 0x27].contains(bytes[cursor]) { cursor += 1 }
                while cursor < count, bytes[cursor] == 0x2A || isDigit(bytes[cursor]) { cursor += 1 }
                if cursor < count, bytes[cursor] == 0x2E {
                    cursor += 1
                    while cursor < count, bytes[cursor] == 0x2A || isDigit(bytes[cursor]) { cursor += 1 }
                }
                if cursor + 1 < count, (bytes[cursor] == 0x68 && bytes[cursor + 1] == 0x68) || (bytes[cursor] == 0x6C && bytes[cursor + 1] == 0x6C) {
                    cursor += 2
                } else if cursor < count, [0x68, 0x6C, 0x4C, 0x71, 0x6A, 0x7A, 0x74].contains(bytes[cursor]) {
                    cursor += 1
                }
            }
            guard cursor < count else { index += 1; scalarOffset += 1; continue }
            let kind: String
            switch bytes[cursor] {
            case 0x64, 0x69, 0x75, 0x6F, 0x78, 0x58: kind = "d"
            case 0x66, 0x46, 0x65, 0x45, 0x67, 0x47, 0x61, 0x41: kind = "f"
            case 0x73: kind = "s"
            case 0x53: kind = strict ? "S" : "s"
            case 0x63, 0x43: kind = "c"
            case 0x70: kind = "p"
            case 0x40 where apple: kind = "@"
            default:
                index += 1
                scalarOffset += 1
                continue
            }
            if !strict && cursor - start > 1 + (position == nil ? 0 : String(position!).count + 1) {
                index += 1
                scalarOffset += 1
                continue
            }
            let identity: String
            if let name {
                identity = "\(name):\(kind)"
            } else {
                if position == nil { implicit += 1 }
                identity = "\(position ?? implicit):\(kind)"
            }
            result.append(Placeholder(identity: identity, text: slice(start, cursor + 1), offset: startOffset, isPositional: position != nil))
            scalarOffset += scalars(start, cursor + 1)
            index = cursor + 1
        }
        return result
    }

    /// Offsets of `%` signs that start no directive and are not part of `%%`, given the
    /// directives found in the text.
    static func strayPercents(_ text: String, placeholders: [Placeholder]) -> [Int] {
        guard text.utf8.contains(0x25) else { return [] }
        let starts = Set(placeholders.map(\.offset))
        let scalars = Array(text.unicodeScalars)
        var strays: [Int] = []
        var index = 0
        while index < scalars.count {
            if scalars[index] == "%" {
                if starts.contains(index) { index += 1; continue }
                if index + 1 < scalars.count, scalars[index + 1] == "%" { index += 2; continue }
                strays.append(index)
            }
            index += 1
        }
        return strays
    }

    /// Whether `syntax` writes printf directives.
    static func isPrintfFamily(_ syntax: PlaceholderSyntax) -> Bool {
        [.printf, .android, .apple, .pythonPercent, .javaMessageFormat].contains(syntax)
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
