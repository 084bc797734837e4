import TandemCore
import Yams

/// Reads Rails I18n YAML (`config/locales/de.yml`): a top-level key naming the
/// locale, nested mappings whose keys join with `.`, plural mappings
/// (`one:`/`other:`…), lists, and `%{name}` placeholders. Parsed with Yams
/// (libyaml), positions from its marks.
///
/// Duplicate keys, which Yams refuses without saying where the second one is,
/// are located, reported as problems and set aside so the rest of the file is
/// still read. A tab in the indentation and an unquoted value starting with `%`
/// are syntax errors with line and column; unquoted `yes`/`no`/`on`/`off`/`true`/`false`
/// (which Ruby reads as booleans) are problems.
public enum RailsYAMLReader {
    static let categories: Set<String> = ["zero", "one", "two", "few", "many", "other"]
    static let booleans: Set<String> = ["yes", "no", "y", "n", "on", "off", "true", "false"]

    /// Reads a Rails YAML file already decoded: one resource per top-level locale key.
    public static func read(_ source: SourceText) throws(InputError) -> [LocaleResource] {
        var lines = source.string(0..<source.bytes.count).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var problems: [FormatProblem] = []
        var root: Node?
        for _ in 0..<64 {
            do {
                root = try Yams.compose(yaml: lines.joined(separator: "\n"))
                break
            } catch let error as YamlError {
                if case let .duplicatedKeysInMapping(duplicates, context) = error,
                   let removed = removeDuplicate(duplicates, after: context.mark, lines: &lines) {
                    problems.append(FormatProblem(code: "duplicate-key", message: "the key '\(removed.key)' appears twice in this mapping (first at \(context.mark.line):\(context.mark.column)); Ruby keeps the last",
                                                  position: removed.position, text: removed.key))
                    continue
                }
                throw syntaxError(error, source: source, lines: lines)
            } catch {
                throw source.error(at: 0, "\(error)")
            }
        }
        guard let root else { throw source.error(at: 0, "the YAML file holds no document") }
        guard case let .mapping(top) = root else {
            throw source.error(at: position(root), "a Rails locale file must be a mapping with the locale as its top key (e.g. de:)")
        }
        var resources: [LocaleResource] = []
        for (key, value) in top {
            guard let language = key.string else { continue }
            var entries: [LocaleEntry] = []
            var resourceProblems = resources.isEmpty ? problems : []
            flatten(value, prefix: "", keyPosition: position(key), entries: &entries, problems: &resourceProblems)
            resources.append(LocaleResource(path: source.path, format: .railsYAML, language: language, entries: entries,
                                            problems: resourceProblems, encoding: source.encoding, hasByteOrderMark: source.byteOrderMarkLength > 0))
        }
        return resources
    }

    static func position(_ node: Node) -> SourcePosition {
        guard let mark = node.mark else { return SourcePosition(line: 1, column: 1) }
        return SourcePosition(line: mark.line, column: mark.column)
    }

    static func text(_ scalar: Node.Scalar) -> TextValue {
        let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
        let line = scalar.mark?.line ?? 1
        let column = scalar.mark?.column ?? 1
        return TextValue(text: scalar.string, start: SourcePosition(line: line, column: column + (quoted ? 1 : 0)))
    }

    static func flatten(_ node: Node, prefix: String, keyPosition: SourcePosition, entries: inout [LocaleEntry], problems: inout [FormatProblem]) {
        switch node {
        case let .scalar(scalar):
            if scalar.style == .plain, booleans.contains(scalar.string.lowercased()) {
                problems.append(FormatProblem(code: "yaml-boolean", message: "the unquoted value '\(scalar.string)' of '\(prefix)' is read as a boolean, not text; put it in quotes", position: position(node), text: scalar.string))
            }
            if scalar.style == .plain, scalar.string.isEmpty || scalar.string == "~" {
                entries.append(LocaleEntry(key: prefix, keyPosition: keyPosition, value: .text(TextValue(text: "", start: keyPosition)), placeholderSyntax: .rails))
                return
            }
            entries.append(LocaleEntry(key: prefix, keyPosition: keyPosition, value: .text(text(scalar)), placeholderSyntax: .rails))
        case let .mapping(mapping):
            let keys = mapping.keys.compactMap(\.string)
            if !keys.isEmpty, keys.count == mapping.count, keys.allSatisfy(categories.contains), keys.contains("other") || keys.contains("one"),
               mapping.values.allSatisfy({ if case .scalar = $0 { return true } else { return false } }) {
                let variants = mapping.compactMap { key, value -> PluralVariant? in
                    guard case let .scalar(scalar) = value, let category = key.string else { return nil }
                    return PluralVariant(category: category, value: text(scalar), position: position(key))
                }
                entries.append(LocaleEntry(key: prefix, keyPosition: keyPosition, value: .plural(variants), placeholderSyntax: .rails))
                return
            }
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                if name == "<<" { continue }
                flatten(value, prefix: prefix.isEmpty ? name : "\(prefix).\(name)", keyPosition: position(key), entries: &entries, problems: &problems)
            }
        case let .sequence(sequence):
            let texts = sequence.compactMap { element -> TextValue? in
                if case let .scalar(scalar) = element { return text(scalar) }
                return nil
            }
            entries.append(LocaleEntry(key: prefix, keyPosition: keyPosition, value: .list(texts), placeholderSyntax: .rails))
        case .alias:
            break
        }
    }

    /// Finds the second occurrence of a duplicate key in the block mapping whose first key is at `mark`,
    /// blanks it and the lines indented under it, and says where it was.
    static func removeDuplicate(_ duplicates: [String], after mark: Mark, lines: inout [String]) -> (key: String, position: SourcePosition)? {
        guard let key = duplicates.first else { return nil }
        let indent = mark.column - 1
        var index = mark.line  // the line after the first occurrence (0-based index = line)
        while index < lines.count {
            let line = lines[index]
            let content = line.drop { $0 == " " }
            let lineIndent = line.count - content.count
            if content.isEmpty || content.hasPrefix("#") { index += 1; continue }
            if lineIndent < indent { return nil }
            if lineIndent == indent, let name = keyName(content), name == key {
                let position = SourcePosition(line: index + 1, column: indent + 1)
                lines[index] = ""
                var next = index + 1
                while next < lines.count {
                    let inner = lines[next].drop { $0 == " " }
                    if !inner.isEmpty && lines[next].count - inner.count <= indent { break }
                    lines[next] = ""
                    next += 1
                }
                return (key, position)
            }
            index += 1
        }
        return nil
    }

    static func keyName(_ content: Substring) -> String? {
        if let quote = content.first, quote == "\"" || quote == "'" {
            let rest = content.dropFirst()
            guard let end = rest.firstIndex(of: quote) else { return nil }
            return String(rest[..<end])
        }
        guard let colon = content.range(of: ":") else { return nil }
        return String(content[..<colon.lowerBound]).trimmingSpaces()
    }

    static func syntaxError(_ error: YamlError, source: SourceText, lines: [String]) -> InputError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            let line = mark.line >= 1 && mark.line <= lines.count ? lines[mark.line - 1] : ""
            let indentation = line.prefix { $0 == " " || $0 == "\t" }
            if indentation.contains("\t") {
                let column = indentation.distance(from: indentation.startIndex, to: indentation.firstIndex(of: "\t")!) + 1
                return .syntax(path: source.path, line: mark.line, column: column, message: "a tab in the indentation; YAML indents with spaces only")
            }
            let scalars = Array(line.unicodeScalars)
            if mark.column - 1 < scalars.count, scalars[mark.column - 1] == "%" || scalars[mark.column - 1] == "@" || scalars[mark.column - 1] == "`" {
                return .syntax(path: source.path, line: mark.line, column: mark.column, message: "a value cannot start with '\(scalars[mark.column - 1])' unquoted; put the value in quotes")
            }
            return .syntax(path: source.path, line: mark.line, column: mark.column, message: problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            return .syntax(path: source.path, line: context.mark.line, column: context.mark.column, message: "duplicate keys: \(duplicates.joined(separator: ", "))")
        default:
            return .syntax(path: source.path, line: 1, column: 1, message: "\(error)")
        }
    }
}
