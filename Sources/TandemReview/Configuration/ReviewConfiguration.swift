import Foundation
import TandemCore
import TandemFormats

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
/// The same file holds `tandem lint`'s settings under `lint:`; both are read by
/// ``ConfigurationFile``, which rejects settings neither knows. Errors name the
/// file, line and column.
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
        try configuration(ConfigurationFile.read(path: path), path: path, checks: checks)
    }

    /// Parses the text of a configuration file.
    public static func parse(_ text: String, path: String, checks: [String]) throws(InputError) -> ReviewConfiguration {
        try configuration(ConfigurationFile.parse(text, path: path), path: path, checks: checks)
    }

    private static func configuration(_ root: ConfigurationValue, path: String, checks: [String]) throws(InputError) -> ReviewConfiguration {
        var configuration = ReviewConfiguration()
        configuration.path = path
        let folder = (path as NSString).deletingLastPathComponent
        for entry in root.pairs {
            let value = entry.value
            switch entry.key {
            case "source-language":
                configuration.sourceLanguage = try string(value, path)
            case "target-language":
                configuration.targetLanguage = try string(value, path)
            case "fail-on":
                configuration.failOn = try severity(value, path)
            case "glossaries", "glossary":
                for item in value.items {
                    let glossary = try string(item, path)
                    configuration.glossaries.append(glossary.hasPrefix("/") || folder.isEmpty ? glossary : "\(folder)/\(glossary)")
                }
            case "checks":
                try readChecks(value, path: path, checks: checks, into: &configuration.settings)
            case "ignore":
                guard value.isList else { throw problem(value, path, "expected a list of patterns") }
                for item in value.items {
                    configuration.settings.ignores.append(try ignoreRule(item, path: path, checks: checks))
                }
            default:
                // `lint:` and anything else ConfigurationFile admits is another command's business.
                continue
            }
        }
        return configuration
    }

    private static func readChecks(_ node: ConfigurationValue, path: String, checks: [String], into settings: inout ReviewSettings) throws(InputError) {
        guard node.isMap else { throw problem(node, path, "expected a mapping of check ids to on, off or a severity") }
        var seen = Set<String>()
        for entry in node.pairs {
            let id = entry.key
            guard checks.contains(id) else {
                throw ConfigurationFile.problem(at: entry.keyPosition, path: path, "unknown check '\(id)'; tandem checks lists them: \(checks.joined(separator: ", "))")
            }
            guard seen.insert(id).inserted else { throw ConfigurationFile.problem(at: entry.keyPosition, path: path, "check '\(id)' is given twice") }
            let value = entry.value
            if value.isMap {
                for field in value.pairs {
                    switch field.key {
                    case "enabled":
                        if try !flag(field.value, path) { settings.disabled.insert(id) }
                    case "severity":
                        settings.severities[id] = try severity(field.value, path)
                    default:
                        throw ConfigurationFile.problem(at: field.keyPosition, path: path, "unknown field '\(field.key)'; expected enabled or severity")
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

    private static func ignoreRule(_ node: ConfigurationValue, path: String, checks: [String]) throws(InputError) -> IgnoreRule {
        var pattern: String
        var check: String?
        var patternNode = node
        if node.isMap {
            guard let value = node["pattern"] else { throw problem(node, path, "an ignore entry needs a pattern") }
            pattern = try string(value, path)
            patternNode = value
            if let checkNode = node["check"] {
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

    private static func string(_ node: ConfigurationValue, _ path: String) throws(InputError) -> String {
        guard let text = node.string else { throw problem(node, path, "expected a single value") }
        return text
    }

    private static func flag(_ node: ConfigurationValue, _ path: String) throws(InputError) -> Bool {
        switch try string(node, path).lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw problem(node, path, "expected true or false")
        }
    }

    private static func severity(_ node: ConfigurationValue, _ path: String) throws(InputError) -> Severity {
        let text = try string(node, path)
        guard let severity = Severity(rawValue: text.lowercased()) else {
            throw problem(node, path, "'\(text)' is not a severity; expected neutral, minor, major or critical")
        }
        return severity
    }

    private static func problem(_ node: ConfigurationValue, _ path: String, _ message: String) -> InputError {
        ConfigurationFile.problem(at: node.position, path: path, message)
    }
}
