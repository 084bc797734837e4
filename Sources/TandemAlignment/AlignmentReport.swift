import TandemCore

/// The output formats of `tandem align`.
public enum AlignmentFormat: String, Sendable, CaseIterable {
    /// Side by side, one pair per line, with line numbers.
    case text
    /// `source_lines, target_lines, kind, score, source_text, target_text`, tab-separated, with a header.
    case tsv
    /// `{"schemaVersion":1,"source":{…},"target":{…},"pairs":[…]}`.
    case json
    /// A TMX 1.4b translation memory of the paired segments (omissions and additions left out).
    case tmx
}

/// One side of an alignment: the file and its language.
public struct AlignmentSide: Hashable, Sendable {
    /// The path as the user gave it.
    public var path: String
    /// The BCP 47 tag.
    public var language: String

    /// A side read from `path` in `language`.
    public init(path: String, language: String) {
        self.path = path
        self.language = language
    }
}

/// Renders aligned pairs in one of the ``AlignmentFormat``s; byte-stable for golden files.
public struct AlignmentReport: Sendable {
    /// The source file and language.
    public var source: AlignmentSide
    /// The target file and language.
    public var target: AlignmentSide
    /// The aligned pairs, in order.
    public var pairs: [SegmentPair]
    /// The version written into TMX headers.
    public var toolVersion: String

    /// A report of `pairs` between `source` and `target`.
    public init(source: AlignmentSide, target: AlignmentSide, pairs: [SegmentPair], toolVersion: String) {
        self.source = source
        self.target = target
        self.pairs = pairs
        self.toolVersion = toolVersion
    }

    /// The whole report as text.
    public func render(_ format: AlignmentFormat) -> String {
        switch format {
        case .text: return text()
        case .tsv: return tsv()
        case .json: return json()
        case .tmx: return tmx()
        }
    }

    /// `13` for one line, `13-14` for segments starting on several lines, `-` for none.
    public static func lines(_ segments: [Segment]) -> String {
        guard let first = segments.first?.line, let last = segments.last?.line else { return "-" }
        return first == last ? "\(first)" : "\(first)-\(last)"
    }

    /// A score with two decimals (`0.97`).
    public static func score(_ value: Double) -> String {
        let hundredths = Int((min(max(value, 0), 1) * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    private func text() -> String {
        let sourceWidth = max(pairs.map { Self.lines($0.source).count }.max() ?? 1, 1)
        let targetWidth = max(pairs.map { Self.lines($0.target).count }.max() ?? 1, 1)
        var output = ""
        for pair in pairs {
            let sourceLines = Self.lines(pair.source)
            let targetLines = Self.lines(pair.target)
            output += String(repeating: " ", count: sourceWidth - sourceLines.count) + sourceLines
            output += " ↔ " + targetLines + String(repeating: " ", count: targetWidth - targetLines.count)
            output += "  " + pair.kind + "  " + Self.score(pair.score) + "  "
            output += (pair.source.isEmpty ? "—" : Self.flat(pair.sourceText))
            output += "  ║  "
            output += (pair.target.isEmpty ? "—" : Self.flat(pair.targetText))
            output += "\n"
        }
        return output
    }

    private func tsv() -> String {
        var output = "source_lines\ttarget_lines\tkind\tscore\tsource_text\ttarget_text\n"
        for pair in pairs {
            output += [Self.lines(pair.source), Self.lines(pair.target), pair.kind, Self.score(pair.score),
                       Self.flat(pair.sourceText), Self.flat(pair.targetText)].joined(separator: "\t")
            output += "\n"
        }
        return output
    }

    private func json() -> String {
        var output = "{\"schemaVersion\":1,"
        output += "\"source\":{\"path\":\(JSONText.quote(source.path)),\"language\":\(JSONText.quote(source.language))},"
        output += "\"target\":{\"path\":\(JSONText.quote(target.path)),\"language\":\(JSONText.quote(target.language))},"
        output += "\"pairs\":["
        for (number, pair) in pairs.enumerated() {
            output += number == 0 ? "\n" : ",\n"
            output += "{\"kind\":\(JSONText.quote(pair.kind)),\"score\":\(JSONText.number((pair.score * 1000).rounded() / 1000)),"
            output += "\"source\":\(Self.jsonSegments(pair.source)),\"target\":\(Self.jsonSegments(pair.target))}"
        }
        output += "\n]}\n"
        return output
    }

    private static func jsonSegments(_ segments: [Segment]) -> String {
        "[" + segments.map { segment in
            "{\"index\":\(segment.index),\"line\":\(segment.line),\"column\":\(segment.column),"
                + "\"text\":\(JSONText.quote(segment.text))}"
        }.joined(separator: ",") + "]"
    }

    private func tmx() -> String {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output += "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"
        output += "<tmx version=\"1.4\">\n"
        output += "  <header creationtool=\"tandem\" creationtoolversion=\"\(Self.xml(toolVersion))\" datatype=\"plaintext\""
        output += " segtype=\"sentence\" adminlang=\"en\" srclang=\"\(Self.xml(source.language))\" o-tmf=\"tandem\"/>\n"
        output += "  <body>\n"
        for pair in pairs where !pair.source.isEmpty && !pair.target.isEmpty {
            output += "    <tu>\n"
            output += "      <prop type=\"x-alignment\">\(Self.xml(pair.kind))</prop>\n"
            output += "      <prop type=\"x-score\">\(Self.score(pair.score))</prop>\n"
            output += "      <tuv xml:lang=\"\(Self.xml(source.language))\"><seg>\(Self.xml(pair.sourceText))</seg></tuv>\n"
            output += "      <tuv xml:lang=\"\(Self.xml(target.language))\"><seg>\(Self.xml(pair.targetText))</seg></tuv>\n"
            output += "    </tu>\n"
        }
        output += "  </body>\n</tmx>\n"
        return output
    }

    /// Text on one line: tabs and line breaks become spaces.
    static func flat(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }

    /// XML character data or attribute value.
    public static func xml(_ text: String) -> String {
        XMLText.escape(text)
    }
}
