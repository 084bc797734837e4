import TandemCore
import TandemFormats

/// `not-translatable`: a translation of something that must not be translated:
/// a key the reference marks `translatable="false"` (Android builds use the
/// reference's value anyway), or a translation that is a resource reference
/// (`@string/other`) where the reference has text.
public struct TranslatableCheck: LintCheck {
    public static let id = "not-translatable"
    public static let category = FindingCategory.structure
    public static let severity = Severity.major
    public static let descriptionKey = "lintRuleNotTranslatable"

    public static let examples: [LintExample] = [
        .passing([("res/values/strings.xml", "<resources><string name=\"app_id\" translatable=\"false\">shop</string><string name=\"cart\">Cart</string></resources>"),
                  ("res/values-de/strings.xml", "<resources><string name=\"cart\">Warenkorb</string></resources>")]),
        .failing([("res/values/strings.xml", "<resources><string name=\"app_id\" translatable=\"false\">shop</string></resources>"),
                  ("res/values-de/strings.xml", "<resources>↓<string name=\"app_id\">laden</string></resources>")]),
        .failing([("res/values/strings.xml", "<resources><string name=\"title\">Cart</string></resources>"),
                  ("res/values-de/strings.xml", "<resources><string name=\"title\">↓@string/cart</string></resources>")]),
    ]

    public init() {}

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        guard subject.reference != nil, subject.resource.side == nil else { return }
        for (index, entry) in subject.resource.entries.enumerated() {
            guard let reference = subject.referenceEntry(index) else { continue }
            if !reference.translatable, !reference.flags.contains("reference") {
                let position = subject.resource.format == .android ? elementStart(entry) : entry.keyPosition
                findings.append(subject.finding(Self.self, "lintNotTranslatable", ["key": entry.key], at: position, text: entry.key,
                                                discriminator: entry.key))
            } else if entry.flags.contains("reference"), reference.translatable, let value = entry.value.firstText {
                findings.append(subject.finding(Self.self, "lintResourceReference", ["key": entry.key, "value": value.text], at: value.position,
                                                text: value.text, discriminator: entry.key))
            }
        }
    }

    /// The `<` of an Android element: its name attribute's position less `<string name="`.
    private func elementStart(_ entry: LocaleEntry) -> SourcePosition {
        let prefix: Int
        switch entry.value {
        case .plural: prefix = "<plurals name=\"".count
        case .list: prefix = "<string-array name=\"".count
        default: prefix = "<string name=\"".count
        }
        return SourcePosition(line: entry.keyPosition.line, column: max(1, entry.keyPosition.column - prefix))
    }
}
