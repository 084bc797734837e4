import Foundation
import TandemCore
import TandemFormats

/// A file found for linting.
public struct LintFile: Sendable {
    /// The path as shown in findings (the user's path joined with the file's place under it).
    public var path: String
    /// The path under the folder the user named, for finding its language.
    public var relativePath: String
}

/// What one lint run found.
public struct LintReport: Sendable {
    /// The files linted, as shown in findings, sorted.
    public var files: [String]
    /// The findings, sorted by file, line, column and check.
    public var findings: [Finding]
}

/// Runs the lint checks: finds the files, reads them, groups the languages of
/// each resource, checks each language against the reference.
public struct LintEngine: Sendable {
    public var configuration: LintConfiguration

    public init(configuration: LintConfiguration) {
        self.configuration = configuration
    }

    /// The locale files under `paths` (files are taken as they are; folders are
    /// searched for files in a format tandem reads, skipping hidden folders).
    public func collect(paths: [String]) throws(InputError) -> [LintFile] {
        var files: [LintFile] = []
        let manager = FileManager.default
        for original in paths {
            var path = original
            while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path: original) }
            if !isDirectory.boolValue {
                files.append(LintFile(path: Self.clean(path), relativePath: Self.clean(path)))
                continue
            }
            // Follow a symbolic link to the folder itself; inside it, links are not followed.
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            guard let enumerator = manager.enumerator(atPath: resolved) else { throw .unreadable(path: path, reason: "cannot list the folder") }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") || name == "node_modules" {
                    if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { enumerator.skipDescendants() }
                    continue
                }
                guard (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeRegular else { continue }
                if configuration.isExcluded(relative) { continue }
                found.append(relative)
            }
            for relative in found.sorted() {
                let full = path == "." ? relative : "\(path)/\(relative)"
                files.append(LintFile(path: Self.clean(full), relativePath: relative))
            }
        }
        return files
    }

    static func clean(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") && path.count > 2 { path.removeFirst(2) }
        return path
    }

    /// A file that was read: its raw bytes, format and resources, or why it could not be read.
    struct ReadFile {
        var file: LintFile
        var raw: [UInt8]
        var format: FileFormat
        var resources: [LocaleResource]
        var error: InputError?
    }

    /// Lints the files under `paths`.
    public func run(paths: [String]) throws(InputError) -> LintReport {
        let files = try collect(paths: paths)
        var read: [ReadFile] = []
        var findings: [Finding] = []
        let explicitFiles = Set(paths.map { Self.clean($0) })
        for file in files {
            let raw = try SourceText.readBytesAllowingEmpty(path: file.path)
            guard let format = FormatDetector.detect(path: file.path, prefix: raw.prefix(4096)) else {
                if explicitFiles.contains(file.path) {
                    throw .other(message: "\(file.path): tandem cannot read this file: it is none of the locale formats tandem knows (XLIFF, TMX, TBX, PO, TSV, .strings, .stringsdict, .xcstrings, Android XML, i18next JSON, messages.json, ARB, .properties, Rails YAML)")
                }
                continue
            }
            if raw.isEmpty {
                findings.append(ParseErrorCheck.finding(for: .empty(path: file.path), path: file.path))
                read.append(ReadFile(file: file, raw: raw, format: format, resources: [], error: .empty(path: file.path)))
                continue
            }
            do {
                let resources = try LocaleReader.read(path: file.path, raw: raw, format: format)
                read.append(ReadFile(file: file, raw: raw, format: format, resources: resources, error: nil))
            } catch {
                if enabled(ParseErrorCheck.self) { findings.append(ParseErrorCheck.finding(for: error, path: file.path)) }
                read.append(ReadFile(file: file, raw: raw, format: format, resources: [], error: error))
            }
        }
        let checks = LintChecks.all.filter { $0 != ParseErrorCheck.self && enabled($0) }.map { $0.init() }
        for group in ResourceGrouper(configuration: configuration).groups(read.filter { $0.error == nil }) {
            for member in group.members {
                let subject = makeSubject(member, reference: member.isReference ? nil : group.reference)
                for check in checks { check.check(subject, into: &findings) }
            }
        }
        for index in findings.indices {
            if let severity = configuration.severities[findings[index].check] { findings[index].severity = severity }
        }
        return LintReport(files: read.map(\.file.path).sorted(), findings: Self.sorted(findings))
    }

    private func enabled(_ check: any LintCheck.Type) -> Bool {
        !configuration.disabled.contains(check.id)
    }

    private func makeSubject(_ member: GroupMember, reference: GroupMember?) -> LintSubject {
        var source: SourceText?
        if TrailingWhitespaceCheck.formats.contains(member.resource.format), member.resource.side != .target {
            source = try? SourceText.decode(path: member.path, raw: member.raw)
        }
        return LintSubject(resource: member.resource, path: member.path, language: member.language,
                           reference: reference?.resource, referencePath: reference?.path,
                           referenceLanguage: reference?.language, source: source)
    }

    /// Findings in a stable order.
    public static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.sorted { a, b in
            let pa = a.target?.path ?? a.source?.path ?? ""
            let pb = b.target?.path ?? b.source?.path ?? ""
            if pa != pb { return pa < pb }
            let la = a.target?.line ?? 0, lb = b.target?.line ?? 0
            if la != lb { return la < lb }
            let ca = a.target?.column ?? 0, cb = b.target?.column ?? 0
            if ca != cb { return ca < cb }
            if a.check != b.check { return a.check < b.check }
            if a.messageKey != b.messageKey { return a.messageKey < b.messageKey }
            return a.fingerprint < b.fingerprint
        }
    }
}

extension SourceText {
    /// The raw bytes of a file, empty for an empty file.
    static func readBytesAllowingEmpty(path: String) throws(InputError) -> [UInt8] {
        do {
            return try readBytes(path: path)
        } catch .empty {
            return []
        }
    }
}
