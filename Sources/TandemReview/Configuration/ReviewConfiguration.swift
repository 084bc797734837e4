import Foundation
import TandemCore
import TandemFormats
import Yams

/// `.tandem.yml`: languages, which checks run at which severity, glossaries,
/// patterns to ignore, and the severity that fails a run.
///
///     source-language: en
///     target-language: de-CH
///     fail-on: major
///     glossaries: [terms/customer-service.tbx]
///     checks:
///       spelling: off
///       numbers: critical
///       typography: {enabled: true, severity: minor}
///     ignore:
///       - "O\\*NET"
///       - {pattern: "Callcenter", check: spelling}
///
/// Errors name the file, line and column.
public struct ReviewConfiguration: Sendable {
    /// The file it was read from.
    public var path: String?
    public var sourceLanguage: String?
    public var targetLanguage: String?
    public var failOn: Severity?
    /// Glossary paths, relative to the working directory (resolved from the file's folder).
    public var glossaries: [String] = []
    public var settings = ReviewSettings()

    public init() {}

    /// The file name looked for.
    public static let fileName = ConfigurationFile.fileName

    /// The nearest `.tandem.yml` in `directory` or a folder above it.
    public static func find(from directory: String = FileManager.default.currentDirectoryPath) -> String? {
        ConfigurationFile.nearest(from: directory)
    }

    /// Reads `path`; `checks` are the ids a `checks:` entry may name.
    public static func load(path: String, checks: [String]) throws(InputError) -> ReviewConfiguration {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw FileManager.default.fileExists(atPath: path) ? .unreadable(path: path, reason: "not UTF-8 text") : .notFound(path: path)
        }
        return try parse(text, path: path, checks: checks)
    }

    /// Parses the text of a configuration file.
    public static func parse(_ text: String, path: String, checks: [String]) throws(InputError) -> ReviewConfiguration {
        var configuration = ReviewConfiguration()
        configuration.path = path
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntaxError(error, path: path)
        } catch {
            throw .syntax(path: path, line: 1, column: 1, message: "\(error)")
        }
        guard let root else { return configuration }
        guard let mapping = root.mapping else { throw problem(root, path, "expected a mapping of settings (source-language, target-language, checks, glossaries, ignore, fail-on)") }
        let folder = (path as NSString).deletingLastPathComponent
        var seen = Set<String>()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            guard seen.insert(key).inserted else { throw problem(keyNode, path, "'\(key)' is given twice") }
            switch key {
            case "source-language":
                configuration.sourceLanguage = try string(value, path)
            case "target-language":
                configuration.targetLanguage = try string(value, path)
            case "fail-on":
                configuration.failOn = try severity(value, path)
            case "glossaries", "glossary":
                let items = value.sequence.map { Array($0) } ?? [value]
                for item in items {
                    let glossary = try string(item, path)
                    configuration.glossaries.append(glossary.hasPrefix("/") || folder.isEmpty ? glossary : "\(folder)/\(glossary)")
                }
            case "checks":
                try readChecks(value, path: path, checks: checks, into: &configuration.settings)
            case "ignore":
                guard let items = value.sequence else { throw problem(value, path, "expected a list of patterns") }
                for item in items {
                    configuration.settings.ignores.append(try ignoreRule(item, path: path, checks: checks))
                }
            default:
                throw problem(keyNode, path, "unknown setting '\(key)'; expected source-language, target-language, fail-on, glossaries, checks or ignore")
            }
        }
        return configuration
    }

    private static func readChecks(_ node: Node, path: String, checks: [String], into settings: inout ReviewSettings) throws(InputError) {
        guard let mapping = node.mapping else { throw problem(node, path, "expected a mapping of check ids to on, off or a severity") }
        var seen = Set<String>()
        for (keyNode, value) in mapping {
            let id = keyNode.string ?? ""
            guard checks.contains(id) else { throw problem(keyNode, path, "unknown check '\(id)'; tandem checks lists them: \(checks.joined(separator: ", "))") }
            guard seen.insert(id).inserted else { throw problem(keyNode, path, "check '\(id)' is given twice") }
            if let mapping = value.mapping {
                for (fieldNode, field) in mapping {
                    switch fieldNode.string ?? "" {
                    case "enabled":
                        if try !flag(field, path) { settings.disabled.insert(id) }
                    case "severity":
                        settings.severities[id] = try severity(field, path)
                    default:
                        throw problem(fieldNode, path, "unknown field '\(fieldNode.string ?? "")'; expected enabled or severity")
                    }
                }
                continue
            }
            let word = try string(value, path).lowercased()
            if let severity = Severity(rawValue: word) {
                settings.severities[id] = severity
            } else if ["on", "true", "yes"].contains(word) {
                settings.disabled.remove(id)
            } else if ["off", "false", "no"].contains(word) {
                settings.disabled.insert(id)
            } else {
                throw problem(value, path, "expected on, off, neutral, minor, major or critical")
            }
        }
    }

    private static func ignoreRule(_ node: Node, path: String, checks: [String]) throws(InputError) -> IgnoreRule {
        var pattern: String
        var check: String?
        var patternNode = node
        if let mapping = node.mapping {
            guard let value = mapping["pattern"] else { throw problem(node, path, "an ignore entry needs a pattern") }
            pattern = try string(value, path)
            patternNode = value
            if let checkNode = mapping["check"] {
                let id = try string(checkNode, path)
                guard checks.contains(id) else { throw problem(checkNode, path, "unknown check '\(id)'") }
                check = id
            }
        } else {
            pattern = try string(node, path)
        }
        do {
            return try IgnoreRule(pattern: pattern, check: check)
        } catch {
            throw problem(patternNode, path, "not a valid regular expression: \(pattern)")
        }
    }

    private static func string(_ node: Node, _ path: String) throws(InputError) -> String {
        guard let scalar = node.scalar else { throw problem(node, path, "expected a single value") }
        return scalar.string
    }

    private static func flag(_ node: Node, _ path: String) throws(InputError) -> Bool {
        switch try string(node, path).lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw problem(node, path, "expected true or false")
        }
    }

    private static func severity(_ node: Node, _ path: String) throws(InputError) -> Severity {
        let text = try string(node, path)
        guard let severity = Severity(rawValue: text.lowercased()) else {
            throw problem(node, path, "'\(text)' is not a severity; expected neutral, minor, major or critical")
        }
        return severity
    }

    private static func problem(_ node: Node, _ path: String, _ message: String) -> InputError {
        .syntax(path: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, message: message)
    }

    private static func syntaxError(_ error: YamlError, path: String) -> InputError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return .syntax(path: path, line: mark.line, column: mark.column, message: problem)
        default:
            return .syntax(path: path, line: 1, column: 1, message: "\(error)")
        }
    }
}
