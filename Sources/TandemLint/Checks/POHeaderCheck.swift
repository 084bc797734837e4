import TandemCore
import TandemFormats

/// `po-header`: the header of a gettext PO file, as `msgfmt -c` checks it: the
/// header entry is there, and its fields (`Project-Id-Version`,
/// `PO-Revision-Date`, `Last-Translator`, `Language-Team`, `Language`,
/// `MIME-Version`, `Content-Type`, `Content-Transfer-Encoding`) are present and
/// no longer hold the template's placeholder values.
public struct POHeaderCheck: LintCheck {
    public static let id = "po-header"
    public static let category = FindingCategory.structure
    public static let severity = Severity.minor
    public static let descriptionKey = "lintRulePOHeader"

    /// The fields and the placeholder values `xgettext` writes into a template.
    static let fields: [(name: String, template: String)] = [
        ("Project-Id-Version", "PACKAGE VERSION"),
        ("PO-Revision-Date", "YEAR-MO-DA HO:MI+ZONE"),
        ("Last-Translator", "FULL NAME <EMAIL@ADDRESS>"),
        ("Language-Team", "LANGUAGE <LL@li.org>"),
        ("Language", ""),
        ("MIME-Version", ""),
        ("Content-Type", "text/plain; charset=CHARSET"),
        ("Content-Transfer-Encoding", "ENCODING"),
    ]

    static let completeHeader = "msgid \"\"\nmsgstr \"\"\n\"Project-Id-Version: shop 1.0\\n\"\n\"PO-Revision-Date: 2026-03-02 10:00+0100\\n\"\n\"Last-Translator: Anna Berger <anna@example.com>\\n\"\n\"Language-Team: German <de@example.com>\\n\"\n\"Language: de\\n\"\n\"MIME-Version: 1.0\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Content-Transfer-Encoding: 8bit\\n\"\n"

    public static let examples: [LintExample] = [
        .passing([("de.po", completeHeader + "\nmsgid \"Cart\"\nmsgstr \"Warenkorb\"\n")]),
        .failing([("de.po", "↓msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Content-Transfer-Encoding: 8bit\\n\"\n\"MIME-Version: 1.0\\n\"\n\"Project-Id-Version: shop 1.0\\n\"\n\"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n\"\n\"Last-Translator: Anna Berger <anna@example.com>\\n\"\n\"Language-Team: German <de@example.com>\\n\"\n\nmsgid \"Cart\"\nmsgstr \"Warenkorb\"\n")]),
        .failing([("de.po", "↓msgid \"Cart\"\nmsgstr \"Warenkorb\"\n")]),
    ]

    public init() {}

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        let resource = subject.resource
        guard resource.format == .po, resource.side == .target else { return }
        guard let header = resource.headerFields else {
            let position = resource.entries.first?.keyPosition ?? SourcePosition(line: 1, column: 1)
            findings.append(subject.finding(Self.self, "lintPOHeaderMissing", [:], at: position, text: "msgid", discriminator: "header"))
            return
        }
        let position = resource.headerPosition ?? SourcePosition(line: 1, column: 1)
        for field in Self.fields {
            if let value = header.first(where: { $0.name.lowercased() == field.name.lowercased() })?.value {
                if !field.template.isEmpty, value == field.template {
                    findings.append(subject.finding(Self.self, "lintPOHeaderTemplate", ["field": field.name, "value": value], at: position,
                                                    text: field.name, discriminator: "template\u{1F}\(field.name)"))
                }
            } else {
                findings.append(subject.finding(Self.self, "lintPOHeaderField", ["field": field.name], at: position, text: field.name,
                                                discriminator: "missing\u{1F}\(field.name)"))
            }
        }
    }
}
