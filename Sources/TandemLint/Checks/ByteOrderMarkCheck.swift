import TandemCore
import TandemFormats

/// `byte-order-mark`: a UTF-8 byte-order mark at the start of a file whose
/// format forbids it or reads it as text: JSON (RFC 8259), Java `.properties`
/// (it becomes part of the first key), gettext PO. `tandem lint --fix` removes it.
public struct ByteOrderMarkCheck: LintCheck {
    public static let id = "byte-order-mark"
    public static let category = FindingCategory.structure
    public static let severity = Severity.minor
    public static let descriptionKey = "lintRuleByteOrderMark"
    static let formats: Set<FileFormat> = [.i18next, .webExtension, .arb, .xcstrings, .properties, .po]

    public static let examples: [LintExample] = [
        .passing([("locales/de.json", "{\"cart\": \"Warenkorb\"}")]),
        .failing([("locales/de.json", "↓\u{FEFF}{\"cart\": \"Warenkorb\"}")]),
        .failing([("messages_de.properties", "↓\u{FEFF}cart=Warenkorb\n")]),
    ]

    public init() {}

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        guard subject.resource.hasByteOrderMark, subject.resource.side != .target, Self.formats.contains(subject.resource.format) else { return }
        findings.append(subject.finding(Self.self, "lintByteOrderMark", ["format": subject.resource.format.displayName],
                                        at: SourcePosition(line: 1, column: 1), text: "\u{FEFF}", length: 1))
    }
}
