import TandemCore

/// Reads Java `.properties` files: `key=value`, `key: value` or `key value`,
/// comments with `#` or `!`, lines continued with a trailing backslash, and the
/// escapes `\t \n \r \f \uXXXX` (any other escaped character stands for itself).
///
/// The file is read as UTF-8 when it is valid UTF-8 (as Java 9 and later read
/// resource bundles), else as ISO-8859-1. Duplicate keys are problems (Java keeps the last).
public enum PropertiesReader {
    /// Reads a `.properties` file from disk, choosing the encoding.
    public static func read(path: String) throws(InputError) -> LocaleResource {
        try read(SourceText.load(path: path, fallback: .latin1))
    }

    /// Reads a `.properties` file already decoded.
    public static func read(_ source: SourceText) throws(InputError) -> LocaleResource {
        var entries: [LocaleEntry] = []
        var problems: [FormatProblem] = []
        var seen: [String: SourcePosition] = [:]
        var comments: [String] = []
        try source.bytes.withUnsafeBufferPointer { (bytes) throws(InputError) in
            var index = 0
            let count = bytes.count
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0C }
            while index < count {
                // Start of a natural line: skip leading white space.
                while index < count, isSpace(bytes[index]) { index += 1 }
                guard index < count else { break }
                if bytes[index] == 0x0A || bytes[index] == 0x0D {
                    comments.removeAll()
                    index += 1
                    continue
                }
                if bytes[index] == 0x23 || bytes[index] == 0x21 {
                    let start = index + 1
                    while index < count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
                    comments.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self).trimmingSpaces())
                    if index < count, bytes[index] == 0x0D { index += 1 }
                    if index < count, bytes[index] == 0x0A { index += 1 }
                    continue
                }
                let keyStart = index
                var key = TextBuilder(start: source.position(at: keyStart))
                try readPart(bytes, &index, into: &key, isKey: true, source: source, problems: &problems)
                // Separator: white space, then an optional '=' or ':', then white space.
                while index < count, isSpace(bytes[index]) { index += 1 }
                if index < count, bytes[index] == 0x3D || bytes[index] == 0x3A {
                    index += 1
                    while index < count, isSpace(bytes[index]) { index += 1 }
                }
                var value = TextBuilder(start: source.position(at: index))
                try readPart(bytes, &index, into: &value, isKey: false, source: source, problems: &problems)
                let keyText = key.finish().text
                let keyPosition = source.position(at: keyStart)
                if let first = seen[keyText] {
                    problems.append(FormatProblem(code: "duplicate-key", message: "the key '\(keyText)' is defined twice (first at \(first)); Java keeps the last", position: keyPosition, text: keyText))
                } else {
                    seen[keyText] = keyPosition
                }
                entries.append(LocaleEntry(key: keyText, keyPosition: keyPosition, value: .text(value.finish()), comments: comments,
                                           placeholderSyntax: .javaMessageFormat))
                comments.removeAll()
            }
        }
        return LocaleResource(path: source.path, format: .properties, language: nil, entries: entries, problems: problems,
                              encoding: source.encoding, hasByteOrderMark: source.byteOrderMarkLength > 0)
    }

    /// Reads a key (up to an unescaped separator) or a value (up to the end of the logical line).
    private static func readPart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int, into builder: inout TextBuilder, isKey: Bool,
                                 source: SourceText, problems: inout [FormatProblem]) throws(InputError) {
        let count = bytes.count
        var runStart = index
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D { break }
            if isKey && (byte == 0x3D || byte == 0x3A || byte == 0x20 || byte == 0x09 || byte == 0x0C) { break }
            if byte == 0x5C {
                builder.copy(bytes, runStart..<index)
                guard index + 1 < count else { index += 1; runStart = index; builder.skip(1); break }
                let next = bytes[index + 1]
                switch next {
                case 0x0A, 0x0D:
                    // A continuation: skip the line end and the next line's leading white space.
                    index += 2
                    if next == 0x0D, index < count, bytes[index] == 0x0A { index += 1 }
                    while index < count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0C { index += 1 }
                    builder.move(to: source.position(at: index))
                case 0x75:
                    var value: UInt32 = 0
                    for offset in 2..<6 {
                        guard index + offset < count, let digit = POReader.hexValue(bytes[index + offset]) else {
                            throw source.error(at: index, "malformed \\uXXXX escape: expected four hex digits")
                        }
                        value = value * 16 + UInt32(digit)
                    }
                    if value >= 0xD800 && value < 0xDC00, index + 11 < count, bytes[index + 6] == 0x5C, bytes[index + 7] == 0x75 {
                        var low: UInt32 = 0
                        for offset in 8..<12 {
                            guard let digit = POReader.hexValue(bytes[index + offset]) else { throw source.error(at: index + 6, "malformed \\uXXXX escape") }
                            low = low * 16 + UInt32(digit)
                        }
                        if let scalar = Unicode.Scalar(0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)) {
                            builder.emit(scalar, consuming: 12)
                            index += 12
                            break
                        }
                    }
                    guard let scalar = Unicode.Scalar(value) else { throw source.error(at: index, "\\u\(String(value, radix: 16)) is a lone surrogate") }
                    builder.emit(scalar, consuming: 6)
                    index += 6
                default:
                    let scalar: Unicode.Scalar
                    switch next {
                    case 0x74: scalar = "\t"
                    case 0x6E: scalar = "\n"
                    case 0x72: scalar = "\r"
                    case 0x66: scalar = "\u{0C}"
                    default:
                        // Any other escaped character stands for itself (decode its UTF-8); a letter or
                        // digit escaped that way is almost always a typo (`\q`, `\d`).
                        if (next >= 0x41 && next <= 0x5A) || (next >= 0x61 && next <= 0x7A) || (next >= 0x30 && next <= 0x39) {
                            problems.append(FormatProblem(code: "properties-escape", message: "unknown escape sequence \\\(Character(Unicode.Scalar(next))); Java reads it as '\(Character(Unicode.Scalar(next)))'",
                                                          position: source.position(at: index), text: "\\\(Character(Unicode.Scalar(next)))"))
                        }
                        var end = index + 2
                        while end < count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]), as: UTF8.self)
                        builder.emit(text.unicodeScalars.first!, consuming: 2)
                        index = end
                        runStart = index
                        continue
                    }
                    builder.emit(scalar, consuming: 2)
                    index += 2
                }
                runStart = index
                continue
            }
            index += 1
        }
        builder.copy(bytes, runStart..<index)
    }
}
