import TandemCore

/// One field of a CSV or TSV record, with where it starts in the file.
public struct DelimitedField: Hashable, Sendable {
    /// The field's text, quotes removed and `""` unescaped.
    public var value: String
    /// 1-based line and column (Unicode scalars) of the field's first character.
    public var line: Int
    public var column: Int
    /// Whether the field was written in quotes.
    public var quoted: Bool
}

/// A parser for comma-, semicolon- and tab-separated text as spreadsheets and
/// terminology tools export it (RFC 4180).
///
/// - A field may be quoted with `"`; inside quotes the delimiter and line
///   breaks are text and `""` is one quote. A quote inside an unquoted field is
///   an ordinary character (the bundled termbase relies on that).
/// - Records end at LF or CR LF; a byte-order mark at the start is skipped.
/// - Every field keeps its line and column, so a reader can say where a
///   problem is; an unterminated quote or text after a closing quote is an
///   ``InputError/syntax(path:line:column:message:)`` at its position.
public struct DelimitedText {
    /// The field separator.
    public let delimiter: UInt8
    /// Whether `"` starts a quoted field (RFC 4180); when false, quotes are ordinary characters.
    public let quoting: Bool

    /// A parser for `delimiter` (tab, comma or semicolon).
    public init(delimiter: UInt8, quoting: Bool = true) {
        self.delimiter = delimiter
        self.quoting = quoting
    }

    /// Guesses the delimiter of a file: tab for `.tsv`/`.tab`/`.txt` files or when the first
    /// line has tabs, else semicolon when the first line has semicolons and no commas, else comma.
    public static func guessDelimiter(path: String, bytes: [UInt8]) -> UInt8 {
        let lower = path.lowercased()
        if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") { return 0x09 }
        var tabs = 0, commas = 0, semicolons = 0
        var inQuotes = false
        for byte in bytes {
            if byte == 0x22 { inQuotes.toggle() }
            if inQuotes { continue }
            if byte == 0x0A { break }
            if byte == 0x09 { tabs += 1 } else if byte == 0x2C { commas += 1 } else if byte == 0x3B { semicolons += 1 }
        }
        if tabs > 0 && tabs >= commas { return 0x09 }
        if semicolons > 0 && commas == 0 { return 0x3B }
        return 0x2C
    }

    /// Parses `bytes` (UTF-8) into records; `path` names the file in errors.
    ///
    /// Lines that are empty are skipped; when `commentPrefix` is set, lines that start
    /// with it (outside quotes) are skipped too.
    public func records(_ bytes: [UInt8], path: String, commentPrefix: UInt8? = nil) throws(InputError) -> [[DelimitedField]] {
        var records: [[DelimitedField]] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        var column = 1
        let count = bytes.count
        var record: [DelimitedField] = []
        var field: [UInt8] = []
        while index < count {
            // At the start of a record: skip comments and empty lines.
            if record.isEmpty {
                if let commentPrefix, bytes[index] == commentPrefix {
                    while index < count, bytes[index] != 0x0A { index += 1 }
                    index += 1
                    line += 1
                    column = 1
                    continue
                }
                if bytes[index] == 0x0A || (bytes[index] == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A) {
                    index += bytes[index] == 0x0D ? 2 : 1
                    line += 1
                    column = 1
                    continue
                }
            }
            let fieldLine = line
            let fieldColumn = column
            field.removeAll(keepingCapacity: true)
            var quoted = false
            if quoting && bytes[index] == 0x22 {
                quoted = true
                index += 1
                column += 1
                var closed = false
                while index < count {
                    let byte = bytes[index]
                    if byte == 0x22 {
                        if index + 1 < count && bytes[index + 1] == 0x22 {
                            field.append(0x22)
                            index += 2
                            column += 2
                            continue
                        }
                        index += 1
                        column += 1
                        closed = true
                        break
                    }
                    field.append(byte)
                    index += 1
                    if byte == 0x0A {
                        line += 1
                        column = 1
                    } else if byte & 0xC0 != 0x80 {
                        column += 1
                    }
                }
                guard closed else {
                    throw .syntax(path: path, line: fieldLine, column: fieldColumn,
                                  message: "the quoted field that starts here is never closed; expected a closing '\"' (write a quote inside a quoted field as '\"\"')")
                }
                if index < count, bytes[index] != delimiter, bytes[index] != 0x0A, bytes[index] != 0x0D {
                    throw .syntax(path: path, line: line, column: column,
                                  message: "unexpected text after the closing quote; expected \(Self.name(of: delimiter)) or the end of the line")
                }
            } else {
                while index < count {
                    let byte = bytes[index]
                    if byte == delimiter || byte == 0x0A { break }
                    if byte == 0x0D, index + 1 < count, bytes[index + 1] == 0x0A { break }
                    field.append(byte)
                    index += 1
                    if byte & 0xC0 != 0x80 { column += 1 }
                }
            }
            record.append(DelimitedField(value: String(decoding: field, as: UTF8.self), line: fieldLine, column: fieldColumn, quoted: quoted))
            if index >= count {
                break
            }
            if bytes[index] == delimiter {
                index += 1
                column += 1
                if index >= count || bytes[index] == 0x0A || bytes[index] == 0x0D {
                    // A delimiter at the end of the line: one more, empty field.
                    record.append(DelimitedField(value: "", line: line, column: column, quoted: false))
                }
                if index < count && bytes[index] != 0x0A && bytes[index] != 0x0D { continue }
            }
            if index < count && bytes[index] == 0x0D { index += 1 }
            if index < count && bytes[index] == 0x0A { index += 1 }
            line += 1
            column = 1
            records.append(record)
            record = []
        }
        if !record.isEmpty { records.append(record) }
        return records
    }

    /// How a delimiter is named in messages.
    static func name(of delimiter: UInt8) -> String {
        switch delimiter {
        case 0x09: return "a tab"
        case 0x3B: return "';'"
        default: return "','"
        }
    }

    /// Writes one record: fields are quoted when they contain the delimiter, a quote or a line break.
    public func format(_ fields: [String]) -> String {
        var line = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { line.unicodeScalars.append(Unicode.Scalar(delimiter)) }
            let needsQuotes = quoting && field.utf8.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            if needsQuotes {
                line += "\""
                line += field.replacingQuotes()
                line += "\""
            } else {
                line += field
            }
        }
        return line + "\n"
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var output = ""
        for character in self {
            if character == "\"" { output += "\"\"" } else { output.append(character) }
        }
        return output
    }
}
