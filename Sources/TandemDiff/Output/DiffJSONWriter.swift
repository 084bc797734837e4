import TandemCore
import TandemReports

/// The comparison as JSON, schema version 1 (documented in Reports/README.md and
/// Reports/diff.schema.json): byte-stable, keys in a fixed order, one row per line.
///
///     {"schemaVersion":1,"tool":{"name":"tandem","version":"0.1.0"},
///      "old":{"path":…,"language":"de","segments":63},"new":{…},"source":{…}|null,
///      "summary":{"rows":…,"unchanged":…,"changed":…,"added":…,"removed":…,
///                 "words":{"insertions":…,"deletions":…,"substitutions":…,"shifts":…,"edits":…,"referenceWords":…,"ter":0.021},
///                 "characters":{"distance":…,"length":…,"rate":0.004},
///                 "findings":{"fixed":3,"introduced":1,"kept":10}|null},
///      "rows":[{"index":0,"status":"changed","source":[…],"old":[…],"new":[…],
///               "diff":[{"op":"equal","text":…},{"op":"delete","text":…},{"op":"insert","text":…}],
///               "words":{…},"characters":{…},"fixed":[…],"introduced":[…]}],
///      "unplacedFindings":{"fixed":[…],"introduced":[…]}}
public enum DiffJSONWriter {
    /// The JSON bytes (UTF-8, ending in a newline).
    public static func render(_ diff: RevisionDiff, catalog: MessageCatalog, toolVersion: String) -> [UInt8] {
        let parts = HTMLParts(catalog: catalog)
        var out = "{\"schemaVersion\":1,\"tool\":{\"name\":\"tandem\",\"version\":\(JSONText.quote(toolVersion))}"
        out += ",\"old\":" + file(diff.old) + ",\"new\":" + file(diff.new) + ",\"source\":" + (diff.source.map(file) ?? "null")
        out += ",\"summary\":{\"rows\":\(diff.entries.count)"
        for change in SegmentChange.allCases { out += ",\"\(change.rawValue)\":\(diff.count(change))" }
        out += ",\"words\":" + words(diff.words) + ",\"characters\":" + characters(diff.characters)
        if let findings = diff.findings {
            out += ",\"findings\":{\"fixed\":\(findings.fixed.count),\"introduced\":\(findings.introduced.count),\"kept\":\(findings.kept)}}"
        } else {
            out += ",\"findings\":null}"
        }
        out += ",\"rows\":["
        for (index, entry) in diff.entries.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "{\"index\":\(index),\"status\":\"\(entry.change.rawValue)\""
            out += ",\"source\":" + segments(entry.source) + ",\"old\":" + segments(entry.old) + ",\"new\":" + segments(entry.new)
            out += ",\"diff\":[" + entry.pieces.map { "{\"op\":\"\($0.operation.rawValue)\",\"text\":\(JSONText.quote($0.text))}" }.joined(separator: ",") + "]"
            out += ",\"words\":" + words(entry.words) + ",\"characters\":" + characters(entry.characters)
            out += ",\"fixed\":" + findings(entry.fixed, parts: parts) + ",\"introduced\":" + findings(entry.introduced, parts: parts) + "}"
        }
        out += "\n]"
        if let findings = diff.findings {
            out += ",\"unplacedFindings\":{\"fixed\":" + self.findings(findings.unplacedFixed, parts: parts)
                + ",\"introduced\":" + self.findings(findings.unplacedIntroduced, parts: parts) + "}"
        } else {
            out += ",\"unplacedFindings\":null"
        }
        out += "}\n"
        return Array(out.utf8)
    }

    private static func file(_ file: RevisionFile) -> String {
        "{\"path\":\(JSONText.quote(file.path)),\"language\":\(JSONText.quote(file.language)),\"segments\":\(file.segments)}"
    }

    private static func segments(_ segments: [Segment]) -> String {
        "[" + segments.map { "{\"line\":\($0.line),\"column\":\($0.column),\"text\":\(JSONText.quote($0.text))}" }.joined(separator: ",") + "]"
    }

    private static func words(_ edits: WordEdits) -> String {
        "{\"insertions\":\(edits.insertions),\"deletions\":\(edits.deletions),\"substitutions\":\(edits.substitutions)"
            + ",\"shifts\":\(edits.shifts),\"edits\":\(edits.edits),\"referenceWords\":\(edits.referenceWords),\"ter\":\(JSONText.number(edits.rate))}"
    }

    private static func characters(_ edits: CharacterEdits) -> String {
        "{\"distance\":\(edits.distance),\"length\":\(edits.length),\"rate\":\(JSONText.number(edits.rate))}"
    }

    private static func findings(_ findings: [Finding], parts: HTMLParts) -> String {
        "[" + findings.map { finding in
            "{\"check\":\(JSONText.quote(finding.check)),\"category\":\(JSONText.quote(finding.category.rawValue))"
                + ",\"severity\":\(JSONText.quote(finding.severity.rawValue)),\"message\":\(JSONText.quote(parts.message(for: finding)))"
                + ",\"suggestion\":\(finding.suggestion.map(JSONText.quote) ?? "null"),\"fingerprint\":\(JSONText.quote(finding.fingerprint))"
                + ",\"source\":\(span(finding.source)),\"target\":\(span(finding.target))}"
        }.joined(separator: ",") + "]"
    }

    private static func span(_ span: FindingSpan?) -> String {
        guard let span else { return "null" }
        return "{\"line\":\(span.line),\"column\":\(span.column),\"length\":\(span.length),\"text\":\(JSONText.quote(span.text))}"
    }
}
