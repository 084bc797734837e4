import Foundation
import TandemCore

/// `--format sarif`: SARIF 2.1.0 with one run, the rules and their descriptions,
/// results with physical locations relative to `%SRCROOT%` (columns in UTF-16
/// code units, SARIF's default) and `partialFingerprints` for baselines.
public struct SARIFReporter: FindingReporter {
    public init() {}

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .critical, .major: return "error"
        case .minor: return "warning"
        case .neutral: return "note"
        }
    }

    public func render(_ findings: [Finding], context: ReportContext) -> [UInt8] {
        let rules = context.rules
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var root = context.rootFolder
        if !root.hasSuffix("/") { root += "/" }
        var output = "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n"
        output += "      \"tool\": {\n        \"driver\": {\n          \"name\": \"tandem\",\n          \"version\": \(JSONText.quote(context.toolVersion)),\n"
        output += "          \"rules\": ["
        for (index, rule) in rules.enumerated() {
            output += index == 0 ? "\n" : ",\n"
            output += "            {\"id\": \(JSONText.quote(rule.id)), \"name\": \(JSONText.quote(ruleName(rule.id))), "
            output += "\"shortDescription\": {\"text\": \(JSONText.quote(rule.description))}, "
            output += "\"fullDescription\": {\"text\": \(JSONText.quote(rule.description))}, "
            output += "\"help\": {\"text\": \(JSONText.quote("tandem lint: \(rule.id) (\(rule.category.mqm))"))}, "
            output += "\"defaultConfiguration\": {\"level\": \"\(Self.level(rule.severity))\"}, "
            output += "\"properties\": {\"category\": \(JSONText.quote(rule.category.rawValue)), \"mqm\": \(JSONText.quote(rule.category.mqm)), \"severity\": \"\(rule.severity.rawValue)\"}}"
        }
        output += "\n          ]\n        }\n      },\n"
        output += "      \"originalUriBaseIds\": {\"%SRCROOT%\": {\"uri\": \(JSONText.quote(fileURI(root)))}},\n"
        output += "      \"columnKind\": \"utf16CodeUnits\",\n      \"results\": ["
        for (index, finding) in findings.enumerated() {
            output += index == 0 ? "\n" : ",\n"
            output += "        {\"ruleId\": \(JSONText.quote(finding.check))"
            if let rule = ruleIndex[finding.check] { output += ", \"ruleIndex\": \(rule)" }
            output += ", \"level\": \"\(Self.level(finding.severity))\", \"message\": {\"text\": \(JSONText.quote(context.message(finding)))}"
            var locations: [String] = []
            if let target = finding.target { locations.append(location(target, context: context, root: root)) }
            output += ", \"locations\": [\(locations.joined(separator: ", "))]"
            if let source = finding.source {
                output += ", \"relatedLocations\": [\(location(source, context: context, root: root, id: 1))]"
            }
            output += ", \"partialFingerprints\": {\"tandemFingerprint/v1\": \(JSONText.quote(finding.fingerprint))}"
            output += ", \"properties\": {\"severity\": \"\(finding.severity.rawValue)\", \"category\": \(JSONText.quote(finding.category.rawValue)), \"mqm\": \(JSONText.quote(finding.mqm))"
            if let suggestion = finding.suggestion { output += ", \"suggestion\": \(JSONText.quote(suggestion))" }
            output += "}}"
        }
        output += findings.isEmpty ? "]\n    }\n  ]\n}\n" : "\n      ]\n    }\n  ]\n}\n"
        return Array(output.utf8)
    }

    private func ruleName(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    private func location(_ span: FindingSpan, context: ReportContext, root: String, id: Int? = nil) -> String {
        var path = span.path ?? ""
        let absolute = path.hasPrefix("/")
        if absolute, path.hasPrefix(root) { path = String(path.dropFirst(root.count)) }
        let uri = path.hasPrefix("/") ? "\"uri\": \(JSONText.quote(fileURI(path)))" : "\"uri\": \(JSONText.quote(percentEncoded(path))), \"uriBaseId\": \"%SRCROOT%\""
        let start = context.utf16Column(span.path ?? "", span.line, span.column)
        let end = context.utf16Column(span.path ?? "", span.line, span.column + max(span.length, 0))
        var region = "\"startLine\": \(span.line), \"startColumn\": \(start)"
        if !span.text.contains("\n") && end > start { region += ", \"endColumn\": \(end)" }
        if !span.text.isEmpty { region += ", \"snippet\": {\"text\": \(JSONText.quote(span.text))}" }
        let prefix = id.map { "\"id\": \($0), " } ?? ""
        return "{\(prefix)\"physicalLocation\": {\"artifactLocation\": {\(uri)}, \"region\": {\(region)}}}"
    }

    private func fileURI(_ path: String) -> String {
        "file://" + percentEncoded(path)
    }

    private func percentEncoded(_ path: String) -> String {
        var output = ""
        for byte in path.utf8 {
            let allowed = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || "/-._~".utf8.contains(byte)
            output += allowed ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
        }
        return output
    }
}
