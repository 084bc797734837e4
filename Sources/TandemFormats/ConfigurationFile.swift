import Foundation
import TandemCore
import Yams

/// A value of a YAML configuration file such as `.tandem.yml`.
public indirect enum ConfigurationValue: Equatable, Sendable {
    case string(String)
    case list([ConfigurationValue])
    case map([(key: String, value: ConfigurationValue)])
    case null

    public static func == (a: ConfigurationValue, b: ConfigurationValue) -> Bool {
        switch (a, b) {
        case let (.string(x), .string(y)): return x == y
        case let (.list(x), .list(y)): return x == y
        case let (.map(x), .map(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.null, .null): return true
        default: return false
        }
    }

    /// The value under `key` of a map.
    public subscript(_ key: String) -> ConfigurationValue? {
        if case let .map(pairs) = self { return pairs.first { $0.key == key }?.value }
        return nil
    }

    /// The text of a scalar.
    public var string: String? {
        if case let .string(text) = self { return text }
        return nil
    }

    /// The texts of a list (a single scalar counts as a list of one).
    public var strings: [String] {
        switch self {
        case let .string(text): return [text]
        case let .list(values): return values.compactMap(\.string)
        default: return []
        }
    }

    /// The pairs of a map.
    public var pairs: [(key: String, value: ConfigurationValue)] {
        if case let .map(pairs) = self { return pairs }
        return []
    }
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

    /// The configuration in the file at `path`.
    public static func read(path: String) throws(InputError) -> ConfigurationValue {
        let source = try SourceText.load(path: path)
        do {
            guard let node = try Yams.compose(yaml: source.string(0..<source.bytes.count)) else { return .null }
            return convert(node)
        } catch let error as YamlError {
            let lines = source.string(0..<source.bytes.count).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            throw RailsYAMLReader.syntaxError(error, source: source, lines: lines)
        } catch {
            throw .syntax(path: path, line: 1, column: 1, message: "\(error)")
        }
    }

    static func convert(_ node: Node) -> ConfigurationValue {
        switch node {
        case let .scalar(scalar):
            return scalar.style == .plain && (scalar.string == "~" || scalar.string == "null") ? .null : .string(scalar.string)
        case let .sequence(sequence):
            return .list(sequence.map(convert))
        case let .mapping(mapping):
            return .map(mapping.map { (key: $0.key.string ?? "", value: convert($0.value)) })
        case .alias:
            return .null
        }
    }
}
