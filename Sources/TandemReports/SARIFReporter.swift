import TandemCore

/// The review as SARIF 2.1.0 for code-scanning services: one rule per check
/// (with its description and examples), one result per finding with its
/// target (or source) location in UTF-16 columns, the other side as a related
/// location, and the fingerprint as a partial fingerprint.
public enum SARIFReporter {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    public static func render(_ findings: [Finding], context: ReportContext) -> [UInt8] {
        let rules = context.rules.sorted { $0.id < $1.id }
        let ruleIndex = Dictionary(rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var out = "{\"$schema\":\(JSONText.quote(schema)),\"version\":\"2.1.0\",\"runs\":[{"
        out += "\"tool\":{\"driver\":{\"name\":\(JSONText.quote(context.toolName)),\"version\":\(JSONText.quote(context.toolVersion))"
        out += ",\"semanticVersion\":\(JSONText.quote(context.toolVersion)),\"rules\":["
        for (index, rule) in rules.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "{\"id\":\(JSONText.quote(rule.id)),\"name\":\(JSONText.quote(ruleName(rule.id)))"
            out += ",\"shortDescription\":{\"text\":\(JSONText.quote(rule.summary))}"
            out += ",\"fullDescription\":{\"text\":\(JSONText.quote(rule.summary))}"
            out += ",\"help\":{\"text\":\(JSONText.quote(rule.help))}"
            out += ",\"defaultConfiguration\":{\"level\":\(JSONText.quote(level(rule.severity)))}"
            out += ",\"properties\":{\"category\":\(JSONText.quote(rule.category.rawValue)),\"tags\":[\(JSONText.quote(rule.category.mqm))]}}"
        }
        out += "\n]}}"
        if let root = context.rootDirectory {
            out += ",\"originalUriBaseIds\":{\"SRCROOT\":{\"uri\":\(JSONText.quote(fileURI(root.hasSuffix("/") ? root : root + "/")))}}"
        }
        out += ",\"columnKind\":\"utf16CodeUnits\",\"results\":["
        for (index, finding) in FindingOrder.sorted(findings).enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "{\"ruleId\":\(JSONText.quote(finding.check))"
            if let rule = ruleIndex[finding.check] { out += ",\"ruleIndex\":\(rule)" }
            out += ",\"level\":\(JSONText.quote(level(finding.severity)))"
            out += ",\"message\":{\"text\":\(JSONText.quote(context.message(finding)))}"
            let primary: (FindingSpan, ReportSide)? = finding.target.map { ($0, .target) } ?? finding.source.map { ($0, .source) }
            if let (span, side) = primary {
                out += ",\"locations\":[" + location(span, side: side, context: context, id: nil) + "]"
            } else {
                out += ",\"locations\":[]"
            }
            if let source = finding.source, finding.target != nil {
                out += ",\"relatedLocations\":[" + location(source, side: .source, context: context, id: 1) + "]"
            }
            out += ",\"partialFingerprints\":{\"tandemFingerprint/v1\":\(JSONText.quote(finding.fingerprint))}"
            if let suggestion = finding.suggestion, let span = finding.target {
                let (start, end) = columns(span, side: .target, context: context)
                out += ",\"fixes\":[{\"description\":{\"text\":\(JSONText.quote(suggestion))},\"artifactChanges\":[{\"artifactLocation\":"
                out += artifact(context.path(of: span, side: .target), context: context)
                out += ",\"replacements\":[{\"deletedRegion\":{\"startLine\":\(span.line),\"startColumn\":\(start),\"endColumn\":\(end)}"
                out += ",\"insertedContent\":{\"text\":\(JSONText.quote(suggestion))}}]}]}]"
            }
            out += ",\"properties\":{\"category\":\(JSONText.quote(finding.category.rawValue)),\"mqm\":\(JSONText.quote(finding.mqm))"
            out += ",\"severity\":\(JSONText.quote(finding.severity.rawValue))}}"
        }
        out += "\n]}]}\n"
        return Array(out.utf8)
    }

    /// SARIF levels: critical and major are errors, minor a warning, neutral a note.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .critical, .major: return "error"
        case .minor: return "warning"
        case .neutral: return "note"
        }
    }

    /// `locale-conventions` → `LocaleConventions`.
    static func ruleName(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    private static func location(_ span: FindingSpan, side: ReportSide, context: ReportContext, id: Int?) -> String {
        let (start, end) = columns(span, side: side, context: context)
        var out = "{"
        if let id { out += "\"id\":\(id)," }
        out += "\"physicalLocation\":{\"artifactLocation\":" + artifact(context.path(of: span, side: side), context: context)
        out += ",\"region\":{\"startLine\":\(span.line),\"startColumn\":\(start),\"endColumn\":\(end)"
        out += ",\"snippet\":{\"text\":\(JSONText.quote(span.text))}}}"
        out += ",\"message\":{\"text\":\(JSONText.quote(side.rawValue))}}"
        return out
    }

    /// 1-based UTF-16 start and end (exclusive) columns of a span.
    static func columns(_ span: FindingSpan, side: ReportSide, context: ReportContext) -> (Int, Int) {
        let path = context.path(of: span, side: side)
        var start = span.column
        if let line = context.lines[path]?[span.line] {
            let prefix = line.unicodeScalars.prefix(max(0, span.column - 1))
            start = prefix.reduce(0) { $0 + $1.utf16.count } + 1
        }
        let length = span.text.unicodeScalars.prefix(span.length).reduce(0) { $0 + $1.utf16.count }
        return (start, start + max(length, 0))
    }

    private static func artifact(_ path: String, context: ReportContext) -> String {
        if let root = context.rootDirectory {
            let prefix = root.hasSuffix("/") ? root : root + "/"
            if path.hasPrefix(prefix) {
                return "{\"uri\":\(JSONText.quote(percentEncode(String(path.dropFirst(prefix.count))))),\"uriBaseId\":\"SRCROOT\"}"
            }
            if !path.hasPrefix("/") {
                return "{\"uri\":\(JSONText.quote(percentEncode(path))),\"uriBaseId\":\"SRCROOT\"}"
            }
        }
        return "{\"uri\":\(JSONText.quote(path.hasPrefix("/") ? fileURI(path) : percentEncode(path)))}"
    }

    private static func fileURI(_ path: String) -> String { "file://" + percentEncode(path) }

    /// Percent-encodes what a URI path may not hold (spaces, non-ASCII).
    static func percentEncode(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let allowed = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || "-._~/".utf8.contains(byte)
            if allowed {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
