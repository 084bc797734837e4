import TandemCore
import TandemFormats

/// Settings for `tandem lint`, from the command line and `.tandem.yml`:
///
///     lint:
///       reference: en              # the reference language
///       exclude: ["vendor/*", "*.bak.json"]
///       disable: [untranslated]    # check ids
///       severity: {obsolete-key: neutral}
///       resources:                 # groups the layouts do not reveal
///         - "strings/{lang}/app-strings.json"
public struct LintConfiguration: Sendable {
    public var reference: String
    public var exclude: [String]
    public var disabled: Set<String>
    public var severities: [String: Severity]
    /// Path patterns with `{lang}` that group files of one resource.
    public var resources: [String]

    public init(reference: String = "en", exclude: [String] = [], disabled: Set<String> = [], severities: [String: Severity] = [:], resources: [String] = []) {
        self.reference = reference
        self.exclude = exclude
        self.disabled = disabled
        self.severities = severities
        self.resources = resources
    }

    /// The settings the `lint:` section may have.
    public static let keys = ["reference", "exclude", "disable", "severity", "resources"]

    /// Reads the `lint:` section of a `.tandem.yml` (defaults when it has none); an unknown
    /// setting, check or severity is an error at its line and column.
    public static func load(path: String) throws(InputError) -> LintConfiguration {
        let root = try ConfigurationFile.read(path: path)
        guard let section = root["lint"] else { return LintConfiguration() }
        func problem(_ position: SourcePosition, _ message: String) -> InputError {
            ConfigurationFile.problem(at: position, path: path, message)
        }
        if case .null = section.kind { return LintConfiguration() }
        guard section.isMap else { throw problem(section.position, "expected a mapping of lint settings (\(keys.joined(separator: ", ")))") }
        for entry in section.pairs where !keys.contains(entry.key) {
            throw problem(entry.keyPosition, "unknown lint setting '\(entry.key)'; expected \(keys.joined(separator: ", "))")
        }
        var configuration = LintConfiguration()
        if let reference = section["reference"] {
            guard let text = reference.string else { throw problem(reference.position, "expected a language tag such as en") }
            configuration.reference = text
        }
        func texts(_ key: String) throws(InputError) -> [String] {
            var texts: [String] = []
            for item in section[key]?.items ?? [] {
                guard let text = item.string else { throw problem(item.position, "'\(key)' takes a pattern or a list of them") }
                texts.append(text)
            }
            return texts
        }
        configuration.exclude = try texts("exclude")
        configuration.resources = try texts("resources")
        if let severities = section["severity"], !severities.isMap {
            throw problem(severities.position, "expected a mapping of check ids to severities")
        }
        for item in section["disable"]?.items ?? [] {
            guard let id = item.string, LintChecks.check(id: id) != nil else {
                throw problem(item.position, "'\(item.string ?? "")' is not a check (checks: \(LintChecks.all.map { $0.id }.joined(separator: ", ")))")
            }
            configuration.disabled.insert(id)
        }
        for entry in section["severity"]?.pairs ?? [] {
            guard LintChecks.check(id: entry.key) != nil else {
                throw problem(entry.keyPosition, "'\(entry.key)' is not a check")
            }
            guard let name = entry.value.string, let severity = Severity(rawValue: name) else {
                throw problem(entry.value.position, "the severity of '\(entry.key)' must be neutral, minor, major or critical")
            }
            configuration.severities[entry.key] = severity
        }
        return configuration
    }

    /// Whether `relativePath` matches one of the `exclude` patterns (`*` matches within a folder, `**` across folders).
    public func isExcluded(_ relativePath: String) -> Bool {
        exclude.contains { Glob.matches($0, relativePath) || Glob.matches($0, relativePath.split(separator: "/").last.map(String.init) ?? relativePath) }
    }
}

/// Shell-style patterns: `*` (not `/`), `**` (anything), `?`.
enum Glob {
    static func matches(_ pattern: String, _ text: String) -> Bool {
        let p = Array(pattern.unicodeScalars)
        let t = Array(text.unicodeScalars)
        func match(_ i: Int, _ j: Int) -> Bool {
            if i == p.count { return j == t.count }
            if p[i] == "*" {
                let doubled = i + 1 < p.count && p[i + 1] == "*"
                let next = doubled ? i + 2 : i + 1
                var k = j
                while true {
                    if match(next, k) { return true }
                    if k == t.count || (!doubled && t[k] == "/") { return false }
                    k += 1
                }
            }
            guard j < t.count else { return false }
            if p[i] == "?" || p[i] == t[j] { return match(i + 1, j + 1) }
            return false
        }
        return match(0, 0)
    }
}
