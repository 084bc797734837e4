import TandemCore
import TandemFormats

/// `state`: what a file says about its own translations: an entry marked
/// translated (or final, reviewed) whose value is empty; and how many entries
/// are still fuzzy or need review (one finding per file).
public struct StateCheck: LintCheck {
    public static let id = "state"
    public static let category = FindingCategory.consistency
    public static let severity = Severity.major
    public static let descriptionKey = "lintRuleState"
    static let done: Set<String> = ["translated", "final", "reviewed", "signed-off"]
    static let pending: Set<String> = ["fuzzy", "needs_review", "needs-review-translation", "needs-review-l10n", "needs-review-adaptation",
                                       "needs-translation", "needs-l10n", "needs-adaptation", "new"]

    public static let examples: [LintExample] = [
        .passing([("shop.xlf", """
        <xliff version="1.2"><file source-language="en" target-language="de"><body>
          <trans-unit id="cart"><source>Cart</source><target state="translated">Warenkorb</target></trans-unit>
        </body></file></xliff>
        """)]),
        .failing([("shop.xlf", """
        <xliff version="1.2"><file source-language="en" target-language="de"><body>
          <trans-unit id="cart"><source>Cart</source>↓<target state="translated"></target></trans-unit>
        </body></file></xliff>
        """)]),
        .failing([("de.po", "msgid \"\"\nmsgstr \"Language: de\\n\"\n\n#, fuzzy\nmsgid \"Cart\"\nmsgstr ↓\"Warenkorb\"\n")]),
    ]

    public init() {}

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        var pendingEntries: [LocaleEntry] = []
        for entry in subject.resource.entries where !entry.obsolete {
            guard let state = entry.state else { continue }
            if Self.done.contains(state), entry.value.texts.allSatisfy({ $0.text.isEmpty }) {
                var position = entry.value.firstText?.position ?? entry.keyPosition
                if subject.resource.format.isBilingual, [.xliff12, .xliff2].contains(subject.resource.format) {
                    position = targetTagPosition(entry) ?? position
                }
                findings.append(subject.finding(Self.self, "lintStateEmpty", ["key": entry.key, "state": state], at: position, text: "", length: 1,
                                                discriminator: entry.key))
            } else if Self.pending.contains(state) {
                pendingEntries.append(entry)
            }
        }
        if let first = pendingEntries.first {
            var position = first.value.firstText?.position ?? first.keyPosition
            if position.column > 1, [.po, .xcstrings].contains(subject.resource.format) { position.column -= 1 }
            findings.append(subject.finding(Self.self, "lintStatePending", ["count": String(pendingEntries.count), "first": first.key],
                                            at: position, text: first.key, severity: .minor, discriminator: "pending"))
        }
    }

    /// For an empty XLIFF target, the position of its `<target>` tag: the text's position is where the tag ends.
    private func targetTagPosition(_ entry: LocaleEntry) -> SourcePosition? {
        guard let value = entry.value.firstText, value.text.isEmpty else { return nil }
        let tag = "<target state=\"\(entry.state ?? "")\">"
        return SourcePosition(line: value.position.line, column: max(1, value.position.column - tag.unicodeScalars.count))
    }
}
