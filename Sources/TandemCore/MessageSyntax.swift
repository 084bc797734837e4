/// The syntax tree of an ICU MessageFormat (version 1) pattern.
///
/// tandem parses patterns itself to format its own messages with named
/// arguments (ICU's C API formats numbered arguments only) and to compare the
/// arguments of a source and a translation; whether a pattern is valid is
/// decided by ICU (`MessagePattern.validate` in TandemICU).
public indirect enum MessageNode: Equatable, Sendable {
    /// Literal text (quotes already resolved).
    case text(String)
    /// `{name}`, `{name, number}`, `{name, date, short}` …
    case argument(name: String, type: String?, style: String?)
    /// `{name, plural, offset:1 =0 {…} one {…} other {…}}` (also `selectordinal`).
    case plural(name: String, ordinal: Bool, offset: Double, cases: [(key: String, message: [MessageNode])])
    /// `{name, select, female {…} other {…}}`.
    case select(name: String, cases: [(key: String, message: [MessageNode])])
    /// `#` inside a plural case.
    case pound

    public static func == (a: MessageNode, b: MessageNode) -> Bool {
        switch (a, b) {
        case let (.text(x), .text(y)): return x == y
        case let (.argument(n1, t1, s1), .argument(n2, t2, s2)): return n1 == n2 && t1 == t2 && s1 == s2
        case let (.plural(n1, o1, f1, c1), .plural(n2, o2, f2, c2)):
            return n1 == n2 && o1 == o2 && f1 == f2 && c1.count == c2.count && zip(c1, c2).allSatisfy { $0.key == $1.key && $0.message == $1.message }
        case let (.select(n1, c1), .select(n2, c2)):
            return n1 == n2 && c1.count == c2.count && zip(c1, c2).allSatisfy { $0.key == $1.key && $0.message == $1.message }
        case (.pound, .pound): return true
        default: return false
        }
    }
}

/// A syntax error in a MessageFormat pattern, at a scalar offset.
public struct MessageSyntaxError: Error, Equatable, Sendable {
    public let offset: Int
    public let expected: String
}

/// Parses ICU MessageFormat 1 patterns (apostrophe mode DOUBLE_OPTIONAL, as ICU's default).
public enum MessageSyntax {
    /// The nodes of `pattern`.
    public static func parse(_ pattern: String) throws(MessageSyntaxError) -> [MessageNode] {
        var parser = Parser(scalars: Array(pattern.unicodeScalars))
        let nodes = try parser.message(inPlural: false, nested: false)
        return nodes
    }

    /// The names of all arguments the pattern uses, in order of first use.
    public static func argumentNames(_ nodes: [MessageNode]) -> [String] {
        var names: [String] = []
        func visit(_ nodes: [MessageNode]) {
            for node in nodes {
                switch node {
                case let .argument(name, _, _):
                    if !names.contains(name) { names.append(name) }
                case let .plural(name, _, _, cases):
                    if !names.contains(name) { names.append(name) }
                    cases.forEach { visit($0.message) }
                case let .select(name, cases):
                    if !names.contains(name) { names.append(name) }
                    cases.forEach { visit($0.message) }
                case .text, .pound: break
                }
            }
        }
        visit(nodes)
        return names
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

        mutating func message(inPlural: Bool, nested: Bool) throws(MessageSyntaxError) -> [MessageNode] {
            var nodes: [MessageNode] = []
            var text = String.UnicodeScalarView()
            func flush() {
                if !text.isEmpty { nodes.append(.text(String(text))); text = String.UnicodeScalarView() }
            }
            while index < scalars.count {
                let scalar = scalars[index]
                switch scalar {
                case "'":
                    // '' is an apostrophe; '{…}' quotes syntax characters; a lone ' is literal.
                    if index + 1 < scalars.count, scalars[index + 1] == "'" {
                        text.append("'"); index += 2
                    } else if index + 1 < scalars.count, "{}#|".unicodeScalars.contains(scalars[index + 1]) && (scalars[index + 1] != "#" || inPlural) {
                        index += 1
                        while index < scalars.count {
                            if scalars[index] == "'" {
                                if index + 1 < scalars.count, scalars[index + 1] == "'" { text.append("'"); index += 2; continue }
                                index += 1
                                break
                            }
                            text.append(scalars[index]); index += 1
                        }
                    } else {
                        text.append("'"); index += 1
                    }
                case "{":
                    flush()
                    nodes.append(try argument())
                case "}":
                    if nested { flush(); return nodes }
                    throw MessageSyntaxError(offset: index, expected: "text (unmatched '}')")
                case "#" where inPlural:
                    flush(); nodes.append(.pound); index += 1
                default:
                    text.append(scalar); index += 1
                }
            }
            if nested { throw MessageSyntaxError(offset: index, expected: "'}'") }
            flush()
            return nodes
        }

        mutating func skipSpace() {
            while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
        }

        mutating func identifier() -> String {
            var name = String.UnicodeScalarView()
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar.properties.isWhitespace || "{},:=}".unicodeScalars.contains(scalar) { break }
                name.append(scalar); index += 1
            }
            return String(name)
        }

        mutating func argument() throws(MessageSyntaxError) -> MessageNode {
            let open = index
            index += 1  // {
            skipSpace()
            let name = identifier()
            if name.isEmpty { throw MessageSyntaxError(offset: index, expected: "an argument name or number") }
            skipSpace()
            guard index < scalars.count else { throw MessageSyntaxError(offset: open, expected: "'}'") }
            if scalars[index] == "}" { index += 1; return .argument(name: name, type: nil, style: nil) }
            guard scalars[index] == "," else { throw MessageSyntaxError(offset: index, expected: "',' or '}'") }
            index += 1
            skipSpace()
            let type = identifier()
            skipSpace()
            guard index < scalars.count else { throw MessageSyntaxError(offset: open, expected: "'}'") }
            switch type {
            case "plural", "selectordinal", "select":
                guard scalars[index] == "," else { throw MessageSyntaxError(offset: index, expected: "',' after '\(type)'") }
                index += 1
                var offset = 0.0
                var cases: [(key: String, message: [MessageNode])] = []
                while true {
                    skipSpace()
                    guard index < scalars.count else { throw MessageSyntaxError(offset: open, expected: "'}'") }
                    if scalars[index] == "}" { index += 1; break }
                    var key = identifier()
                    if key == "offset", index < scalars.count, scalars[index] == ":" {
                        index += 1; skipSpace()
                        let number = identifier()
                        guard let value = Double(number) else { throw MessageSyntaxError(offset: index, expected: "a number after 'offset:'") }
                        offset = value
                        continue
                    }
                    if key.isEmpty, index < scalars.count, scalars[index] == "=" {
                        index += 1
                        key = "=" + identifier()
                    }
                    if key.isEmpty { throw MessageSyntaxError(offset: index, expected: "a selector keyword") }
                    skipSpace()
                    guard index < scalars.count, scalars[index] == "{" else {
                        throw MessageSyntaxError(offset: index, expected: "'{' after '\(key)'")
                    }
                    index += 1
                    let message = try message(inPlural: type != "select", nested: true)
                    index += 1  // }
                    cases.append((key, message))
                }
                if !cases.contains(where: { $0.key == "other" }) {
                    throw MessageSyntaxError(offset: open, expected: "an 'other' case")
                }
                if type == "select" { return .select(name: name, cases: cases) }
                return .plural(name: name, ordinal: type == "selectordinal", offset: offset, cases: cases)
            default:
                if type.isEmpty { throw MessageSyntaxError(offset: index, expected: "an argument type") }
                var style: String?
                if scalars[index] == "," {
                    index += 1
                    var depth = 0
                    var text = String.UnicodeScalarView()
                    while index < scalars.count {
                        let scalar = scalars[index]
                        if scalar == "{" { depth += 1 }
                        if scalar == "}" { if depth == 0 { break }; depth -= 1 }
                        text.append(scalar); index += 1
                    }
                    style = String(text).trimmingSpaces()
                }
                guard index < scalars.count, scalars[index] == "}" else { throw MessageSyntaxError(offset: open, expected: "'}'") }
                index += 1
                return .argument(name: name, type: type, style: style)
            }
        }
    }
}

extension String {
    /// The string without leading and trailing white space.
    public func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
