import TandemCore
import TandemFormats

/// One lint check: a stable id, a category and a default severity, the catalog
/// key of its description, examples, and the function that finds problems.
///
/// Checks are listed in ``LintChecks/all``; a test keeps that list complete and
/// runs every check's examples.
public protocol LintCheck: Sendable {
    /// The check's id, e.g. `missing-key` (the `check` field of every output).
    static var id: String { get }
    static var category: FindingCategory { get }
    static var severity: Severity { get }
    /// The catalog key of a one-line description (SARIF rule text, `tandem lint --help`).
    static var descriptionKey: String { get }
    /// Files that must give no finding of this check, and files that must give
    /// findings exactly where the `↓` markers are.
    static var examples: [LintExample] { get }

    init()

    /// Appends the findings for one resource.
    func check(_ subject: LintSubject, into findings: inout [Finding])
}

/// An example for a check: files (relative path → content). In a triggering
/// example each `↓` marks where a finding must be (the marker itself is removed
/// before the file is written).
public struct LintExample: Sendable {
    public var files: [(path: String, content: String)]
    /// Whether the example must trigger the check.
    public var triggers: Bool
    /// Options the example runs with (e.g. the reference language).
    public var reference: String
    /// Where the example is written, for test failures.
    public var line: UInt
    public var file: StaticString

    /// An example that must not trigger the check.
    public static func passing(_ files: [(String, String)], reference: String = "en", file: StaticString = #filePath, line: UInt = #line) -> LintExample {
        LintExample(files: files.map { (path: $0.0, content: $0.1) }, triggers: false, reference: reference, line: line, file: file)
    }

    /// An example that must trigger the check at its `↓` markers.
    public static func failing(_ files: [(String, String)], reference: String = "en", file: StaticString = #filePath, line: UInt = #line) -> LintExample {
        LintExample(files: files.map { (path: $0.0, content: $0.1) }, triggers: true, reference: reference, line: line, file: file)
    }
}

/// A resource to check, with its reference (the same resource in the reference language), if any.
public struct LintSubject: Sendable {
    /// The resource being checked.
    public let resource: LocaleResource
    /// The path shown in findings (relative to the linted root).
    public let path: String
    /// The resource's language (from its content or its path), if known.
    public let language: String?
    /// The reference resource, when this one is a translation of it.
    public let reference: LocaleResource?
    public let referencePath: String?
    public let referenceLanguage: String?
    /// The file's decoded text, for checks that look at the file itself (byte-order mark, trailing white space).
    public let source: SourceText?
    /// For each entry of `resource`, the index of the reference entry with the same key, or -1.
    public let referenceIndex: [Int]
    /// The indices of the reference entries no entry of `resource` has the key of.
    public let unmatchedReferenceIndices: [Int]

    public init(resource: LocaleResource, path: String, language: String?, reference: LocaleResource?, referencePath: String?,
                referenceLanguage: String?, source: SourceText?) {
        self.resource = resource
        self.path = path
        self.language = language
        self.reference = reference
        self.referencePath = referencePath
        self.referenceLanguage = referenceLanguage
        self.source = source
        var indices: [Int] = []
        var unmatched: [Int] = []
        if let reference {
            var byKey: [String: Int] = [:]
            byKey.reserveCapacity(reference.entries.count)
            for (index, entry) in reference.entries.enumerated() where byKey[entry.key] == nil { byKey[entry.key] = index }
            var matched = [Bool](repeating: false, count: reference.entries.count)
            indices.reserveCapacity(resource.entries.count)
            for entry in resource.entries {
                let index = byKey[entry.key] ?? -1
                if index >= 0 { matched[index] = true }
                indices.append(index)
            }
            // A duplicate key of the reference counts as matched when its first occurrence is.
            for (index, entry) in reference.entries.enumerated() where !matched[byKey[entry.key] ?? index] { unmatched.append(index) }
        }
        self.referenceIndex = indices
        self.unmatchedReferenceIndices = unmatched
    }

    /// The reference entry for the entry at `index` of `resource`, if the reference has its key.
    public func referenceEntry(_ index: Int) -> LocaleEntry? {
        guard let reference, index < referenceIndex.count else { return nil }
        let match = referenceIndex[index]
        return match >= 0 ? reference.entries[match] : nil
    }

    /// Whether this resource is a translation checked against a reference.
    public var isTranslation: Bool { reference != nil }

    /// A finding of `check` at `position` in this resource's file.
    public func finding<Check: LintCheck>(_ check: Check.Type, _ messageKey: String, _ arguments: [String: String] = [:],
                                          at position: SourcePosition, text: String, length: Int? = nil,
                                          referenceSpan: FindingSpan? = nil, suggestion: String? = nil, severity: Severity? = nil,
                                          discriminator: String = "") -> Finding {
        let span = FindingSpan(path: path, line: position.line, column: position.column, length: length ?? text.unicodeScalars.count, text: text)
        return Finding(check: Check.id, category: Check.category, severity: severity ?? Check.severity, messageKey: messageKey,
                       messageArguments: arguments, suggestion: suggestion, source: referenceSpan, target: span,
                       discriminator: "\(path)\u{1F}\(discriminator)")
    }

    /// A span in the reference file.
    public func referenceSpan(at position: SourcePosition, text: String) -> FindingSpan? {
        guard let referencePath else { return nil }
        return FindingSpan(path: referencePath, line: position.line, column: position.column, length: text.unicodeScalars.count, text: text)
    }
}
