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

    /// Reads the `lint:` section of a `.tandem.yml` (defaults when it has none).
    public static func load(path: String) throws(InputError) -> LintConfiguration {
        let root = try ConfigurationFile.read(path: path)
        guard let section = root["lint"] else { return LintConfiguration() }
        var configuration = LintConfiguration()
        if let reference = section["reference"]?.string { configuration.reference = reference }
        configuration.exclude = section["exclude"]?.strings ?? []
        configuration.disabled = Set(section["disable"]?.strings ?? [])
        configuration.resources = section["resources"]?.strings ?? []
        for id in configuration.disabled where LintChecks.check(id: id) == nil {
            throw .other(message: "\(path): 'disable' names '\(id)', which is not a check (checks: \(LintChecks.all.map { $0.id }.joined(separator: ", ")))")
        }
        for (id, value) in section["severity"]?.pairs ?? [] {
            guard LintChecks.check(id: id) != nil else {
                throw .other(message: "\(path): 'severity' names '\(id)', which is not a check")
            }
            guard let name = value.string, let severity = Severity(rawValue: name) else {
                throw .other(message: "\(path): the severity of '\(id)' must be neutral, minor, major or critical")
            }
            configuration.severities[id] = severity
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
