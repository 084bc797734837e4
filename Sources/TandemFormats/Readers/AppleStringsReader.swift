import TandemCore

/// Reads Apple `.strings` files (UTF-8 or UTF-16): `"key" = "value";` with
/// `/* … */` and `//` comments and the escapes `\n \t \r \" \\ \' \Uxxxx`.
/// The comment before an entry is its comment; duplicate keys are problems.
public enum AppleStringsReader {
    /// Reads a `.strings` file already decoded.
    public static func read(_ source: SourceText) throws(InputError) -> LocaleResource {
        var entries: [LocaleEntry] = []
        var problems: [FormatProblem] = []
        var seen: [String: SourcePosition] = [:]
        try source.bytes.withUnsafeBufferPointer { (bytes) throws(InputError) in
            var index = 0
            var comment: String?
            func skip() throws(InputError) {
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1; continue }
                    if byte == 0x2F, index + 1 < bytes.count, bytes[index + 1] == 0x2A {
                        let open = index
                        index += 2
                        let start = index
                        while index + 1 < bytes.count, !(bytes[index] == 0x2A && bytes[index + 1] == 0x2F) { index += 1 }
                        guard index + 1 < bytes.count else { throw source.error(at: open, "the comment is not closed; expected '*/'") }
                        comment = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self).trimmingSpaces()
                        index += 2
                        continue
                    }
                    if byte == 0x2F, index + 1 < bytes.count, bytes[index + 1] == 0x2F {
                        let start = index + 2
                        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                        comment = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self).trimmingSpaces()
                        continue
                    }
                    return
                }
            }
            while true {
                try skip()
                guard index < bytes.count else { break }
                let keyStart = index
                let key = try token(bytes, &index, source: source, what: "a quoted key")
                try skip()
                guard index < bytes.count, bytes[index] == 0x3D else {
                    throw source.error(at: index, "expected '=' after the key \"\(key.text)\"")
                }
                index += 1
                try skip()
                let value = try token(bytes, &index, source: source, what: "a quoted value")
                try skip()
                guard index < bytes.count, bytes[index] == 0x3B else {
                    throw source.error(at: index, "expected ';' after the value of \"\(key.text)\"")
                }
                index += 1
                let position = source.position(at: keyStart)
                if let first = seen[key.text] {
                    problems.append(FormatProblem(code: "duplicate-key", message: "the key \"\(key.text)\" is defined twice (first at \(first)); the platform uses only one", position: position, text: key.text))
                } else {
                    seen[key.text] = position
                }
                entries.append(LocaleEntry(key: key.text, keyPosition: position, value: .text(value), comments: comment.map { [$0] } ?? [],
                                           placeholderSyntax: .apple))
                comment = nil
            }
        }
        return LocaleResource(path: source.path, format: .appleStrings, language: nil, entries: entries, problems: problems,
                              encoding: source.encoding, hasByteOrderMark: source.byteOrderMarkLength > 0)
    }

    private static func token(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int, source: SourceText, what: String) throws(InputError) -> TextValue {
        guard index < bytes.count else { throw source.error(at: index, "the file ends where \(what) was expected") }
        if bytes[index] != 0x22 {
            // An unquoted word: letters, digits and _ . - $ : /
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                let ok = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || "_.-$:/".utf8.contains(byte)
                if !ok { break }
                index += 1
            }
            guard index > start else { throw source.error(at: index, "expected \(what) in double quotes") }
            return TextValue(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self), start: source.position(at: start))
        }
        let open = index
        index += 1
        var builder = TextBuilder(start: source.position(at: index))
        var runStart = index
        while true {
            guard index < bytes.count else { throw source.error(at: open, "the string is not closed; expected '\"'") }
            let byte = bytes[index]
            if byte == 0x22 { break }
            if byte == 0x5C {
                builder.copy(bytes, runStart..<index)
                guard index + 1 < bytes.count else { throw source.error(at: index, "the file ends inside an escape") }
                let next = bytes[index + 1]
                switch next {
                case 0x6E: builder.emit("\n", consuming: 2); index += 2
                case 0x74: builder.emit("\t", consuming: 2); index += 2
                case 0x72: builder.emit("\r", consuming: 2); index += 2
                case 0x22: builder.emit("\"", consuming: 2); index += 2
                case 0x5C: builder.emit("\\", consuming: 2); index += 2
                case 0x27: builder.emit("'", consuming: 2); index += 2
                case 0x55, 0x75:
                    var value: UInt32 = 0
                    for offset in 2..<6 {
                        guard index + offset < bytes.count, let digit = POReader.hexValue(bytes[index + offset]) else {
                            throw source.error(at: index, "expected four hex digits after \\\(next == 0x55 ? "U" : "u")")
                        }
                        value = value * 16 + UInt32(digit)
                    }
                    guard let scalar = Unicode.Scalar(value) else { throw source.error(at: index, "\\U\(String(value, radix: 16)) is a lone surrogate") }
                    builder.emit(scalar, consuming: 6)
                    index += 6
                default:
                    throw source.error(at: index, "unknown escape '\\\(Character(Unicode.Scalar(next)))'; .strings files know \\n \\t \\r \\\" \\\\ \\' and \\Uxxxx")
                }
                runStart = index
                continue
            }
            index += 1
        }
        builder.copy(bytes, runStart..<index)
        index += 1
        return builder.finish()
    }
}
