import TandemCore

/// A JSON value with the position where it starts.
public struct JSONNode: Sendable {
    public indirect enum Value: Sendable {
        /// Members in file order; duplicates are kept (and reported by the reader).
        case object([JSONMember])
        case array([JSONNode])
        case string(TextValue)
        /// The number as written.
        case number(String)
        case bool(Bool)
        case null
    }

    public var value: Value
    public var position: SourcePosition

    /// The members of an object, or nil.
    public var members: [JSONMember]? {
        if case let .object(members) = value { return members }
        return nil
    }

    /// The string of a string node, or nil.
    public var string: TextValue? {
        if case let .string(text) = value { return text }
        return nil
    }

    /// The first member named `key` of an object.
    public subscript(_ key: String) -> JSONNode? {
        members?.first { $0.key.text == key }?.value
    }

    /// A short name of the node's kind, for messages ("an object", "a number").
    public var kindName: String {
        switch value {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "true or false"
        case .null: return "null"
        }
    }
}

/// One `"key": value` of a JSON object.
public struct JSONMember: Sendable {
    /// The key (unescaped) and where its text starts.
    public var key: TextValue
    /// Where the key's opening quote is.
    public var keyPosition: SourcePosition
    public var value: JSONNode
}

/// A strict JSON reader (RFC 8259) that records positions, keeps duplicate keys
/// so they can be reported (platform parsers silently keep the first or the
/// last), and says where a file breaks: a trailing comma, a missing quote, a
/// comment, a control character in a string.
public struct JSONReader {
    private let source: SourceText
    private var index = 0
    /// Duplicate keys found, as problems.
    public private(set) var problems: [FormatProblem] = []
    private var depth = 0

    /// Parses `source`; throws the first syntax error with its line and column.
    public static func parse(_ source: SourceText) throws(InputError) -> (root: JSONNode, problems: [FormatProblem]) {
        var reader = JSONReader(source: source)
        let root = try source.bytes.withUnsafeBufferPointer { (bytes) throws(InputError) -> JSONNode in
            reader.skipSpace(bytes)
            let node = try reader.value(bytes)
            reader.skipSpace(bytes)
            if reader.index < bytes.count {
                throw source.error(at: reader.index, "unexpected text after the end of the JSON value")
            }
            return node
        }
        return (root, reader.problems)
    }

    private init(source: SourceText) {
        self.source = source
    }

    private mutating func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>) {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private func describe(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> String {
        guard at < bytes.count else { return "the end of the file" }
        let byte = bytes[at]
        if byte == 0x2F { return "a comment ('/'): JSON has no comments" }
        if byte < 0x80 { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "a non-ASCII character"
    }

    private mutating func value(_ bytes: UnsafeBufferPointer<UInt8>) throws(InputError) -> JSONNode {
        guard index < bytes.count else { throw source.error(at: index, "the file ends where a value was expected") }
        let start = index
        switch bytes[index] {
        case 0x7B: return try object(bytes)
        case 0x5B: return try array(bytes)
        case 0x22: return JSONNode(value: .string(try string(bytes)), position: source.position(at: start))
        case 0x74: try literal(bytes, "true"); return JSONNode(value: .bool(true), position: source.position(at: start))
        case 0x66: try literal(bytes, "false"); return JSONNode(value: .bool(false), position: source.position(at: start))
        case 0x6E: try literal(bytes, "null"); return JSONNode(value: .null, position: source.position(at: start))
        case 0x2D, 0x30...0x39: return JSONNode(value: .number(try number(bytes)), position: source.position(at: start))
        default:
            throw source.error(at: index, "expected a value (a string, number, object, array, true, false or null), found \(describe(bytes, index))")
        }
    }

    private mutating func literal(_ bytes: UnsafeBufferPointer<UInt8>, _ word: String) throws(InputError) {
        for expected in word.utf8 {
            guard index < bytes.count, bytes[index] == expected else { throw source.error(at: index, "expected '\(word)'") }
            index += 1
        }
    }

    private mutating func number(_ bytes: UnsafeBufferPointer<UInt8>) throws(InputError) -> String {
        let start = index
        if bytes[index] == 0x2D { index += 1 }
        func digits() -> Int {
            let from = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - from
        }
        let integerStart = index
        guard digits() > 0 else { throw source.error(at: index, "expected a digit") }
        if bytes[integerStart] == 0x30, index - integerStart > 1 { throw source.error(at: integerStart, "a number cannot start with 0") }
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            guard digits() > 0 else { throw source.error(at: index, "expected a digit after '.'") }
        }
        if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
            index += 1
            if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
            guard digits() > 0 else { throw source.error(at: index, "expected a digit in the exponent") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    private mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) throws(InputError) -> TextValue {
        let open = index
        index += 1
        var builder = TextBuilder(start: source.position(at: index))
        var runStart = index
        while true {
            guard index < bytes.count else { throw source.error(at: open, "the string is not closed; expected '\"'") }
            let byte = bytes[index]
            if byte == 0x22 { break }
            if byte < 0x20 {
                if byte == 0x0A { throw source.error(at: open, "the string is not closed on its line; expected '\"' (write \\n for a line break)") }
                throw source.error(at: index, "a control character in a string; write it escaped (e.g. \\t)")
            }
            if byte == 0x5C {
                builder.copy(bytes, runStart..<index)
                guard index + 1 < bytes.count else { throw source.error(at: index, "the file ends inside an escape") }
                let escape = bytes[index + 1]
                var scalar: Unicode.Scalar
                var length = 2
                switch escape {
                case 0x22: scalar = "\""
                case 0x5C: scalar = "\\"
                case 0x2F: scalar = "/"
                case 0x62: scalar = "\u{08}"
                case 0x66: scalar = "\u{0C}"
                case 0x6E: scalar = "\n"
                case 0x72: scalar = "\r"
                case 0x74: scalar = "\t"
                case 0x75:
                    guard let unit = hex4(bytes, index + 2) else { throw source.error(at: index, "expected four hex digits after \\u") }
                    length = 6
                    if unit >= 0xD800 && unit < 0xDC00 {
                        guard index + 7 < bytes.count, bytes[index + 6] == 0x5C, bytes[index + 7] == 0x75, let low = hex4(bytes, index + 8),
                              low >= 0xDC00 && low < 0xE000 else {
                            throw source.error(at: index, "a lone surrogate \\u\(String(unit, radix: 16)); expected its low surrogate \\uDC00…\\uDFFF")
                        }
                        length = 12
                        scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
                    } else if unit >= 0xDC00 && unit < 0xE000 {
                        throw source.error(at: index, "a lone low surrogate \\u\(String(unit, radix: 16))")
                    } else {
                        scalar = Unicode.Scalar(unit)!
                    }
                default:
                    throw source.error(at: index, "invalid escape '\\\(Character(Unicode.Scalar(escape)))'; JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
                }
                builder.emit(scalar, consuming: length)
                index += length
                runStart = index
                continue
            }
            index += 1
        }
        builder.copy(bytes, runStart..<index)
        index += 1
        return builder.finish()
    }

    private func hex4(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt32? {
        guard at + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard let digit = POReader.hexValue(bytes[at + offset]) else { return nil }
            value = value * 16 + UInt32(digit)
        }
        return value
    }

    private mutating func enter() throws(InputError) {
        depth += 1
        if depth > 512 { throw source.error(at: index, "values are nested more than 512 levels deep") }
    }

    private mutating func object(_ bytes: UnsafeBufferPointer<UInt8>) throws(InputError) -> JSONNode {
        let start = index
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [JSONMember] = []
        var seen: [String: SourcePosition] = [:]
        skipSpace(bytes)
        if index < bytes.count, bytes[index] == 0x7D {
            index += 1
            return JSONNode(value: .object([]), position: source.position(at: start))
        }
        while true {
            skipSpace(bytes)
            guard index < bytes.count, bytes[index] == 0x22 else {
                if index < bytes.count, bytes[index] == 0x7D, !members.isEmpty {
                    throw source.error(at: index, "a trailing comma before '}'; remove the last ','")
                }
                throw source.error(at: index, "expected a key in double quotes, found \(describe(bytes, index))")
            }
            let keyStart = index
            let key = try string(bytes)
            let keyPosition = source.position(at: keyStart)
            if let first = seen[key.text] {
                problems.append(FormatProblem(code: "duplicate-key", message: "the key '\(key.text)' appears twice in this object (first at \(first))", position: keyPosition, text: key.text))
            } else {
                seen[key.text] = keyPosition
            }
            skipSpace(bytes)
            guard index < bytes.count, bytes[index] == 0x3A else { throw source.error(at: index, "expected ':' after the key \"\(key.text)\", found \(describe(bytes, index))") }
            index += 1
            skipSpace(bytes)
            let value = try value(bytes)
            members.append(JSONMember(key: key, keyPosition: keyPosition, value: value))
            skipSpace(bytes)
            guard index < bytes.count else { throw source.error(at: start, "the object is not closed; expected '}'") }
            if bytes[index] == 0x2C { index += 1; continue }
            if bytes[index] == 0x7D { index += 1; break }
            throw source.error(at: index, "expected ',' or '}' after the value of \"\(key.text)\", found \(describe(bytes, index))")
        }
        return JSONNode(value: .object(members), position: source.position(at: start))
    }

    private mutating func array(_ bytes: UnsafeBufferPointer<UInt8>) throws(InputError) -> JSONNode {
        let start = index
        try enter()
        defer { depth -= 1 }
        index += 1
        var elements: [JSONNode] = []
        skipSpace(bytes)
        if index < bytes.count, bytes[index] == 0x5D {
            index += 1
            return JSONNode(value: .array([]), position: source.position(at: start))
        }
        while true {
            skipSpace(bytes)
            if index < bytes.count, bytes[index] == 0x5D, !elements.isEmpty {
                throw source.error(at: index, "a trailing comma before ']'; remove the last ','")
            }
            elements.append(try value(bytes))
            skipSpace(bytes)
            guard index < bytes.count else { throw source.error(at: start, "the array is not closed; expected ']'") }
            if bytes[index] == 0x2C { index += 1; continue }
            if bytes[index] == 0x5D { index += 1; break }
            throw source.error(at: index, "expected ',' or ']' in the array, found \(describe(bytes, index))")
        }
        return JSONNode(value: .array(elements), position: source.position(at: start))
    }
}
