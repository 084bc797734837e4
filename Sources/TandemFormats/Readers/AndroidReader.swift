import TandemCore

/// Reads Android `res/values*/strings.xml`: `<string>`, `<plurals>` with
/// `<item quantity="…">`, `<string-array>`, the `translatable` and `formatted`
/// attributes, and Android's escaping rules (double quotes keep white space and
/// apostrophes; `\'`, `\"`, `\\`, `\n`, `\t`, `\@`, `\?`, `\uXXXX`; white space
/// collapses; an unescaped apostrophe is an error aapt2 reports).
///
/// Markup such as `<b>` and `<xliff:g>` inside a value is kept as text content.
/// A value that is a resource reference (`@string/name`) is not translatable.
public enum AndroidReader {
    static let quantities: Set<String> = ["zero", "one", "two", "few", "many", "other"]

    /// Reads a parsed `strings.xml` document.
    public static func read(_ document: XMLDocument) throws(InputError) -> LocaleResource {
        let source = document.source
        let root = document.root
        guard root.localName == "resources" else {
            throw source.error(at: root.position, "expected the root element <resources>, found <\(root.name)>")
        }
        var problems: [FormatProblem] = []
        var entries: [LocaleEntry] = []
        var seen: [String: SourcePosition] = [:]
        var comment: String?
        for child in root.children {
            if case let .comment(text) = child { comment = text.text.trimmingSpaces(); continue }
            guard case let .element(element) = child else { continue }
            defer { comment = nil }
            let kind = String(element.localName)
            guard ["string", "plurals", "string-array"].contains(kind) || (kind == "item" && element["type"] == "string") else { continue }
            guard let name = element["name"] else {
                problems.append(FormatProblem(code: "android-name", message: "<\(kind)> has no name attribute", position: element.position))
                continue
            }
            let namespaceKey = "\(kind == "item" ? "string" : kind)/\(name)"
            if let first = seen[namespaceKey] {
                problems.append(FormatProblem(code: "duplicate-key", message: "<\(kind) name=\"\(name)\"> is defined twice (first at \(first)); aapt2 rejects duplicate resources", position: element.position, text: name))
            } else {
                seen[namespaceKey] = element.position
            }
            var flags: [String] = []
            let translatable = element["translatable"] != "false"
            if element["formatted"] == "false" { flags.append("formatted=false") }
            let keyPosition = element.attribute("name")?.value.position ?? element.position
            let value: LocaleValue
            switch kind {
            case "plurals":
                var variants: [PluralVariant] = []
                for item in element.elements("item") {
                    guard let quantity = item["quantity"], quantities.contains(quantity) else {
                        problems.append(FormatProblem(code: "plural-category", message: "<item> in <plurals name=\"\(name)\"> needs quantity zero, one, two, few, many or other", position: item.position, text: name))
                        continue
                    }
                    variants.append(PluralVariant(category: quantity, value: unescape(item, problems: &problems), position: item.position))
                }
                value = .plural(variants)
            case "string-array":
                value = .list(element.elements("item").map { unescape($0, problems: &problems) })
            default:
                value = .text(unescape(element, problems: &problems))
            }
            var isReference = false
            if case let .text(text) = value, text.text.hasPrefix("@") || text.text.hasPrefix("?") { isReference = true }
            if isReference { flags.append("reference") }
            entries.append(LocaleEntry(key: name, keyPosition: keyPosition, value: value, comments: comment.map { [$0] } ?? [], flags: flags,
                                       translatable: translatable && !isReference, placeholderSyntax: .android))
        }
        return LocaleResource(path: source.path, format: .android, language: nil, entries: entries, problems: problems,
                              encoding: source.encoding, hasByteOrderMark: source.byteOrderMarkLength > 0)
    }

    /// The value of an element after Android's unescaping, with its source map.
    static func unescape(_ element: XMLElement, problems: inout [FormatProblem]) -> TextValue {
        var raw = TextAccumulator()
        func collect(_ element: XMLElement) {
            for child in element.children {
                switch child {
                case let .text(text, _):
                    raw.append(text)
                case let .element(inner): collect(inner)
                default: break
                }
            }
        }
        collect(element)
        let input = raw.finish(start: element.endPosition)
        let scalars = Array(input.text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var positions: [SourcePosition] = []
        var inQuotes = false
        var pendingSpace: SourcePosition?
        var index = 0
        func append(_ scalar: Unicode.Scalar, _ at: Int) {
            if let space = pendingSpace {
                if !output.isEmpty { output.append(" "); positions.append(space) }
                pendingSpace = nil
            }
            output.append(scalar)
            positions.append(input.position(at: at))
        }
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\"":
                if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                    problems.append(FormatProblem(code: "android-quotes", message: "two straight double quotes in a row; escape them as \\\" (Android reads each one as a quoting mark)",
                                                  position: input.position(at: index), text: "\"\""))
                }
                inQuotes.toggle()
                index += 1
            case "\\":
                guard index + 1 < scalars.count else { index += 1; continue }
                let next = scalars[index + 1]
                switch next {
                case "n": append("\n", index)
                case "t": append("\t", index)
                case "u":
                    let hex = String(String.UnicodeScalarView(scalars[(index + 2)..<min(index + 6, scalars.count)]))
                    if hex.count == 4, let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) {
                        append(decoded, index)
                        index += 6
                        continue
                    }
                    problems.append(FormatProblem(code: "android-escape", message: "malformed \\u escape; expected four hex digits", position: input.position(at: index)))
                    append("u", index)
                default: append(next, index)
                }
                index += 2
            case "'" where !inQuotes:
                problems.append(FormatProblem(code: "android-apostrophe", message: "an apostrophe must be escaped as \\' (or the value put in double quotes); aapt2 rejects it", position: input.position(at: index), text: "'"))
                append(scalar, index)
                index += 1
            default:
                if !inQuotes && scalar.properties.isWhitespace {
                    if pendingSpace == nil { pendingSpace = input.position(at: index) }
                } else {
                    append(scalar, index)
                }
                index += 1
            }
        }
        // Build the source map from the positions of the output scalars.
        var map = SourceMap(start: positions.first ?? input.position)
        for (offset, position) in positions.enumerated() { map.add(offset: offset, position: position) }
        return TextValue(text: String(output), map: map)
    }
}
