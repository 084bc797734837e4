import TandemCore
import TandemFormats

/// `missing-key`: a key of the reference that a translation lacks, or a unit of
/// a bilingual file without a target. The app shows the reference text (or the
/// key) instead.
///
/// For a separate file the finding points at the file's start and names the
/// key; in a String Catalog or a bilingual file it points at the key or unit.
public struct MissingKeyCheck: LintCheck {
    public static let id = "missing-key"
    public static let category = FindingCategory.structure
    public static let severity = Severity.major
    public static let descriptionKey = "lintRuleMissingKey"

    public static let examples: [LintExample] = [
        .passing([("locales/en.json", "{\"cart\": \"Cart\", \"pay\": \"Pay now\"}"), ("locales/de.json", "{\"cart\": \"Warenkorb\", \"pay\": \"Jetzt bezahlen\"}")]),
        .passing([("res/values/strings.xml", "<resources><string name=\"app_id\" translatable=\"false\">shop</string><string name=\"cart\">Cart</string></resources>"),
                  ("res/values-de/strings.xml", "<resources><string name=\"cart\">Warenkorb</string></resources>")]),
        .passing([("messages.properties", "cart=Cart\ncart=Basket\n"), ("messages_de.properties", "cart=Warenkorb\n")]),
        .failing([("locales/en.json", "{\"cart\": \"Cart\", \"pay\": \"Pay now\"}"), ("locales/de.json", "↓{\"cart\": \"Warenkorb\"}")]),
        .failing([("shop.xlf", """
        <xliff version="1.2"><file source-language="en" target-language="de"><body>
          <trans-unit id="cart"><source>Cart</source><target>Warenkorb</target></trans-unit>
          ↓<trans-unit id="pay"><source>Pay now</source></trans-unit>
        </body></file></xliff>
        """)]),
    ]

    public init() {}

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        guard let reference = subject.reference else { return }
        guard subject.resource.format != .tbx else { return }
        let sameFile = subject.referencePath == subject.path
        // "none" selects the wording for a file that names no target language.
        let language = subject.language ?? "none"
        for index in subject.unmatchedReferenceIndices {
            let entry = reference.entries[index]
            guard entry.translatable && !entry.obsolete else { continue }
            let position = sameFile ? entry.keyPosition : SourcePosition(line: 1, column: 1)
            let key = subject.resource.side == .target ? "lintMissingTranslation" : "lintMissingKey"
            findings.append(subject.finding(Self.self, key, ["key": entry.key, "language": language],
                                            at: position, text: entry.key, length: sameFile ? entry.key.unicodeScalars.count : 1,
                                            referenceSpan: subject.referenceSpan(at: entry.keyPosition, text: entry.key), discriminator: entry.key))
        }
    }
}
