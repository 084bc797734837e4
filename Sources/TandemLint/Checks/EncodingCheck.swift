import TandemCore
import TandemFormats

/// `encoding`: text whose encoding is wrong or was damaged: a JSON file not in
/// UTF-8, a `.properties` file in ISO-8859-1 with characters outside ASCII
/// (Java 9 and later read bundles as UTF-8 first), and U+FFFD replacement
/// characters left by a broken conversion.
public struct EncodingCheck: LintCheck {
    public static let id = "encoding"
    public static let category = FindingCategory.structure
    public static let severity = Severity.major
    public static let descriptionKey = "lintRuleEncoding"

    public static let examples: [LintExample] = [
        .passing([("messages_de.properties", "title=Gr\\u00F6\\u00DFe\n")]),
        .failing([("locales/de.json", "{\"size\": \"Gr↓\u{FFFD}\u{FFFD}e\"}")]),
    ]

    public init() {}

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        let resource = subject.resource
        if resource.side != .target {
            let jsonFormats: Set<FileFormat> = [.i18next, .webExtension, .arb, .xcstrings]
            if jsonFormats.contains(resource.format), resource.encoding != .utf8 {
                findings.append(subject.finding(Self.self, "lintEncodingJSON", ["encoding": resource.encoding.rawValue],
                                                at: SourcePosition(line: 1, column: 1), text: "", length: 1))
            }
            if resource.format == .properties, resource.encoding == .latin1 {
                if let entry = resource.entries.first(where: { entry in entry.value.texts.contains { $0.text.unicodeScalars.contains { $0.value > 0x7F } } || entry.key.unicodeScalars.contains { $0.value > 0x7F } }) {
                    findings.append(subject.finding(Self.self, "lintEncodingLatin1", [:], at: entry.keyPosition, text: entry.key, severity: .minor))
                }
            }
        }
        for entry in resource.entries {
            for value in entry.value.texts where !value.text.utf8.allSatisfy({ $0 < 0x80 }) {
                guard let index = value.text.unicodeScalars.firstIndex(of: "\u{FFFD}") else { continue }
                let offset = value.text.unicodeScalars.distance(from: value.text.unicodeScalars.startIndex, to: index)
                findings.append(subject.finding(Self.self, "lintReplacementCharacter", ["key": entry.key], at: value.position(at: offset), text: "\u{FFFD}",
                                                discriminator: entry.key))
            }
        }
    }
}
