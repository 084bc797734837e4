import TandemCore

/// The review as JSON (schema in docs/review-json-schema.md): byte-stable,
/// findings sorted, keys in a fixed order.
public enum JSONReporter {
    public static func render(_ findings: [Finding], context: ReportContext) -> [UInt8] {
        var out = Array(opening(source: context.source, target: context.target).utf8)
        for (number, pair) in context.pairs.enumerated() { appendSegment(pair, isFirst: number == 0, to: &out) }
        out += closing(findings, context: context).utf8
        return out
    }

    /// The report up to the first segment: a review that streams its pairs writes this first,
    /// then ``appendSegment(_:isFirst:to:)`` for each pair as it is reviewed, then ``closing(_:context:)``.
    public static func opening(source: ReportDocument?, target: ReportDocument?) -> String {
        "{\"schemaVersion\":1,\"source\":" + document(source) + ",\"target\":" + document(target) + ",\"segments\":["
    }

    /// Appends one entry of `segments` (UTF-8).
    public static func appendSegment(_ pair: ReportPair, isFirst: Bool, to out: inout [UInt8]) {
        out += (isFirst ? "\n{\"index\":" : ",\n{\"index\":").utf8
        out += String(pair.index).utf8
        out += ",\"kind\":".utf8
        JSONText.appendQuoted(pair.kind, to: &out)
        out += ",\"unit\":".utf8
        if let unit = pair.unitID { JSONText.appendQuoted(unit, to: &out) } else { out += "null".utf8 }
        out += ",\"source\":".utf8
        appendSegments(pair.source, to: &out)
        out += ",\"target\":".utf8
        appendSegments(pair.target, to: &out)
        out.append(0x7D)
    }

    private static func appendSegments(_ segments: [ReportSegment], to out: inout [UInt8]) {
        out.append(0x5B)
        for (number, segment) in segments.enumerated() {
            out += (number == 0 ? "{\"line\":" : ",{\"line\":").utf8
            out += String(segment.line).utf8
            out += ",\"column\":".utf8
            out += String(segment.column).utf8
            out += ",\"text\":".utf8
            JSONText.appendQuoted(segment.text, to: &out)
            out.append(0x7D)
        }
        out.append(0x5D)
    }

    /// The end of `segments`, the findings (sorted) and the score.
    public static func closing(_ findings: [Finding], context: ReportContext) -> String {
        var out = "\n],\"findings\":["
        for (index, finding) in FindingOrder.sorted(findings).enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "{\"check\":\(JSONText.quote(finding.check))"
            out += ",\"category\":\(JSONText.quote(finding.category.rawValue))"
            out += ",\"mqm\":\(JSONText.quote(finding.mqm))"
            out += ",\"severity\":\(JSONText.quote(finding.severity.rawValue))"
            out += ",\"message\":\(JSONText.quote(context.message(finding)))"
            out += ",\"suggestion\":\(finding.suggestion.map(JSONText.quote) ?? "null")"
            out += ",\"fingerprint\":\(JSONText.quote(finding.fingerprint))"
            out += ",\"segment\":\(finding.pairIndex.map(String.init) ?? "null")"
            out += ",\"source\":" + span(finding.source)
            out += ",\"target\":" + span(finding.target) + "}"
        }
        out += "\n],\"score\":" + score(context.score) + "}\n"
        return out
    }

    private static func document(_ document: ReportDocument?) -> String {
        guard let document else { return "null" }
        return "{\"path\":\(JSONText.quote(document.path)),\"language\":\(document.language.map(JSONText.quote) ?? "null")}"
    }

    private static func span(_ span: FindingSpan?) -> String {
        guard let span else { return "null" }
        var out = "{"
        if let path = span.path { out += "\"path\":\(JSONText.quote(path))," }
        out += "\"line\":\(span.line),\"column\":\(span.column),\"length\":\(span.length),\"text\":\(JSONText.quote(span.text))}"
        return out
    }

    static func score(_ score: QualityScore) -> String {
        var out = "{\"sourceWords\":\(score.sourceWords),\"findings\":\(score.findings)"
        out += ",\"penalty\":\(JSONText.number(score.penalty))"
        out += ",\"penaltyPer1000Words\":\(JSONText.number(score.penaltyPer1000Words))"
        out += ",\"qualityScore\":\(JSONText.number(score.qualityScore))"
        out += ",\"weights\":{\"neutral\":0,\"minor\":1,\"major\":5,\"critical\":25}"
        out += ",\"bySeverity\":{" + Severity.allCases.map { "\(JSONText.quote($0.rawValue)):\(score.bySeverity[$0] ?? 0)" }.joined(separator: ",") + "}"
        out += ",\"byCategory\":{" + FindingCategory.allCases.map { "\(JSONText.quote($0.rawValue)):\(score.byCategory[$0] ?? 0)" }.joined(separator: ",") + "}"
        return out + "}"
    }
}
