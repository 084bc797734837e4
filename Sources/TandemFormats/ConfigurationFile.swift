import Foundation
import TandemCore
import Yams

/// A value of a YAML configuration file such as `.tandem.yml`, with where it stands in the file.
public struct ConfigurationValue: Equatable, Sendable {
    /// What the value is.
    public indirect enum Kind: Equatable, Sendable {
        case string(String)
        case list([ConfigurationValue])
        case map([ConfigurationEntry])
        case null
    }

    public let kind: Kind
    /// Where the value starts (line 1, column 1 for an empty file).
    public let position: SourcePosition

    public init(_ kind: Kind, at position: SourcePosition = SourcePosition(line: 1, column: 1)) {
        self.kind = kind
        self.position = position
    }

    /// Values compare by content, not by position.
    public static func == (a: ConfigurationValue, b: ConfigurationValue) -> Bool { a.kind == b.kind }

    /// The value under `key` of a map.
    public subscript(_ key: String) -> ConfigurationValue? {
        pairs.first { $0.key == key }?.value
    }

    /// The text of a scalar.
    public var string: String? {
        if case let .string(text) = kind { return text }
        return nil
    }

    /// The texts of a list (a single scalar counts as a list of one).
    public var strings: [String] {
        switch kind {
        case let .string(text): return [text]
        case let .list(values): return values.compactMap(\.string)
        default: return []
        }
    }

    /// The items of a list (a single value counts as a list of one; null as none).
    public var items: [ConfigurationValue] {
        switch kind {
        case let .list(values): return values
        case .null: return []
        default: return [self]
        }
    }

    /// The entries of a map.
    public var pairs: [ConfigurationEntry] {
        if case let .map(entries) = kind { return entries }
        return []
    }

    /// Whether the value is a map.
    public var isMap: Bool {
        if case .map = kind { return true }
        return false
    }

    /// Whether the value is a list.
    public var isList: Bool {
        if case .list = kind { return true }
        return false
    }
}

/// One `key: value` of a map, with where the key stands.
public struct ConfigurationEntry: Equatable, Sendable {
    public let key: String
    public let keyPosition: SourcePosition
    public let value: ConfigurationValue

    public init(key: String, keyPosition: SourcePosition, value: ConfigurationValue) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }

    public static func == (a: ConfigurationEntry, b: ConfigurationEntry) -> Bool { a.key == b.key && a.value == b.value }
}

/// Reads YAML configuration files (with Yams), reporting syntax errors with line and column.
public enum ConfigurationFile {
    /// The name of tandem's configuration file.
    public static let fileName = ".tandem.yml"

    /// The nearest `.tandem.yml` from `directory` (the working directory) upward, or nil.
    public static func nearest(from directory: String = FileManager.default.currentDirectoryPath) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        for _ in 0..<64 {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { break }
            url = parent
        }
        return nil
    }

    /// The top-level settings: those of `tandem review` (and `terms`, `diff`), and the `lint:` section.
    public static let topLevelKeys = ["source-language", "target-language", "fail-on", "glossaries", "glossary", "checks", "ignore", "lint"]

    /// The configuration in the file at `path`; an unknown top-level setting is an error at its line and column.
    public static func read(path: String) throws(InputError) -> ConfigurationValue {
        let source = try SourceText.load(path: path)
        return try parse(source)
    }

    /// The configuration in `text` (read from `path`).
    public static func parse(_ text: String, path: String) throws(InputError) -> ConfigurationValue {
        try parse(SourceText(path: path, string: text))
    }

    private static func parse(_ source: SourceText) throws(InputError) -> ConfigurationValue {
        let text = source.string(0..<source.bytes.count)
        let root: ConfigurationValue
        do {
            guard let node = try Yams.compose(yaml: text) else { return ConfigurationValue(.null) }
            root = convert(node)
        } catch let error as YamlError {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            throw RailsYAMLReader.syntaxError(error, source: source, lines: lines)
        } catch {
            throw .syntax(path: source.path, line: 1, column: 1, message: "\(error)")
        }
        if case .null = root.kind { return root }
        guard root.isMap else {
            throw problem(at: root.position, path: source.path, "expected a mapping of settings (\(topLevelKeys.joined(separator: ", ")))")
        }
        var seen = Set<String>()
        for entry in root.pairs {
            guard topLevelKeys.contains(entry.key) else {
                throw problem(at: entry.keyPosition, path: source.path,
                              "unknown setting '\(entry.key)'; expected \(topLevelKeys.filter { $0 != "glossary" }.joined(separator: ", "))")
            }
            guard seen.insert(entry.key).inserted else { throw problem(at: entry.keyPosition, path: source.path, "'\(entry.key)' is given twice") }
        }
        return root
    }

    /// An error in a configuration file at `position`.
    public static func problem(at position: SourcePosition, path: String, _ message: String) -> InputError {
        .syntax(path: path, line: position.line, column: position.column, message: message)
    }

    static func convert(_ node: Node) -> ConfigurationValue {
        let position = SourcePosition(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case let .scalar(scalar):
            let isNull = scalar.style == .plain && (scalar.string == "~" || scalar.string == "null")
            return ConfigurationValue(isNull ? .null : .string(scalar.string), at: position)
        case let .sequence(sequence):
            return ConfigurationValue(.list(sequence.map(convert)), at: position)
        case let .mapping(mapping):
            return ConfigurationValue(.map(mapping.map { pair in
                ConfigurationEntry(key: pair.key.string ?? "",
                                   keyPosition: SourcePosition(line: pair.key.mark?.line ?? 1, column: pair.key.mark?.column ?? 1),
                                   value: convert(pair.value))
            }), at: position)
        case .alias:
            return ConfigurationValue(.null, at: position)
        }
    }
}
