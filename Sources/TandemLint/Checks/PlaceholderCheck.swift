import TandemCore
import TandemFormats

/// `placeholders`: a translation whose placeholders differ from the reference's,
/// read by the format's own syntax: printf with positions (`%1$s`, `%d`, `%%` is
/// a literal), Apple `%@` and `%#@var@`, Android `%1$s`, ICU arguments,
/// i18next `{{name}}`, Rails `%{name}`, WebExtension `$1`/`$name$`, Java `{0}`,
/// Python `{name}`/`%(name)s`, and the inline codes of XLIFF and TMX units.
///
/// A missing or extra placeholder crashes the app or loses a value; a printf
/// argument of another type (`%d` for `%s`) prints garbage. Plural forms for
/// one, zero and two items may leave the count out ("Ein Artikel").
public struct PlaceholderCheck: LintCheck {
    public static let id = "placeholders"
    public static let category = FindingCategory.placeholder
    public static let severity = Severity.major
    public static let descriptionKey = "lintRulePlaceholders"

    public static let examples: [LintExample] = [
        .passing([("res/values/strings.xml", "<resources><string name=\"hi\">Hello %1$s, you have %2$d items (100%%)</string></resources>"),
                  ("res/values-de/strings.xml", "<resources><string name=\"hi\">Hallo %1$s, Sie haben %2$d Artikel (100 %%)</string></resources>")]),
        .passing([("res/values/strings.xml", "<resources><string name=\"hi\">%1$s sent %2$s</string></resources>"),
                  ("res/values-de/strings.xml", "<resources><string name=\"hi\">%2$s von %1$s</string></resources>")]),
        .passing([("config/locales/en.yml", "en:\n  items:\n    one: \"%{count} item\"\n    other: \"%{count} items\"\n"),
                  ("config/locales/de.yml", "de:\n  items:\n    one: \"Ein Artikel\"\n    other: \"%{count} Artikel\"\n")]),
        .failing([("res/values/strings.xml", "<resources><string name=\"hi\">Hello %1$s</string></resources>"),
                  ("res/values-de/strings.xml", "<resources><string name=\"hi\">Hallo ↓%1$d</string></resources>")]),
        .failing([("locales/en.json", "{\"hi\": \"Hello {{name}}\"}"), ("locales/de.json", "{\"hi\": ↓\"Hallo ↓{{nmae}}\"}")]),
        .failing([("lib/l10n/app_en.arb", "{\"hi\": \"Hello {name}, {count} items\"}"), ("lib/l10n/app_de.arb", "{\"hi\": ↓\"Hallo {name}\"}")]),
        .failing([("de.po", "msgid \"\"\nmsgstr \"Language: de\\n\"\n\n#, c-format\nmsgid \"%s saved 20%% today\"\nmsgstr \"%s hat heute 20 ↓% der Kosten gespart\"\n")]),
        .failing([("res/values/strings.xml", "<resources><string name=\"sale\">Save %1$d%% on %2$s</string></resources>"),
                  ("res/values-de/strings.xml", "<resources><string name=\"sale\">Sparen Sie %1$d ↓% bei %2$s</string></resources>")]),
        .failing([("res/values/strings.xml", "<resources><string name=\"hi\">%1$s sent %2$s</string></resources>"),
                  ("res/values-de/strings.xml", "<resources><string name=\"hi\">↓%1$s hat ↓%s gesendet</string></resources>")]),
        .failing([("shop.xlf", """
        <xliff version="1.2"><file source-language="en" target-language="de"><body>
          <trans-unit id="pay"><source>Pay <x id="1"/> now</source><target>↓Jetzt bezahlen</target></trans-unit>
        </body></file></xliff>
        """)]),
    ]

    public init() {}

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        guard subject.reference != nil else { return }
        for (index, entry) in subject.resource.entries.enumerated() where entry.translatable && !entry.obsolete && !entry.flags.contains("formatted=false") {
            guard let reference = subject.referenceEntry(index) else { continue }
            if !entry.inlineCodes.isEmpty || !reference.inlineCodes.isEmpty {
                compareCodes(entry, reference, subject, &findings)
                continue
            }
            let syntax = entry.placeholderSyntax
            guard syntax != .none else { continue }
            switch entry.value {
            case let .text(value):
                guard !value.text.isEmpty, let referenceText = reference.value.texts.last else { continue }
                compare(value, category: nil, against: referenceText, syntax: syntax, entry: entry, subject, &findings)
            case let .plural(variants):
                for variant in variants where !variant.value.text.isEmpty {
                    let referenceText = referenceText(for: variant.category, in: reference.value)
                    guard let referenceText else { continue }
                    compare(variant.value, category: variant.category, against: referenceText, syntax: syntax, entry: entry, subject, &findings)
                }
            case let .indexed(values):
                for (index, value) in values.enumerated() where !value.text.isEmpty {
                    let referenceValue = index == 0 && values.count > 1 ? reference.value.texts.first : reference.value.texts.last
                    guard let referenceValue else { continue }
                    compare(value, category: index == 0 && values.count > 1 ? "one" : nil, against: referenceValue, syntax: syntax, entry: entry, subject, &findings)
                }
            case let .list(values):
                let referenceValues = reference.value.texts
                for (index, value) in values.enumerated() where index < referenceValues.count && !value.text.isEmpty {
                    compare(value, category: nil, against: referenceValues[index], syntax: syntax, entry: entry, subject, &findings)
                }
            }
        }
    }

    private func referenceText(for category: String, in value: LocaleValue) -> TextValue? {
        switch value {
        case let .plural(variants):
            return (variants.first { $0.category == category } ?? variants.first { $0.category == "other" } ?? variants.last)?.value
        default:
            return value.texts.last
        }
    }

    private func compare(_ value: TextValue, category: String?, against reference: TextValue, syntax: PlaceholderSyntax, entry: LocaleEntry,
                         _ subject: LintSubject, _ findings: inout [Finding]) {
        guard PlaceholderScanner.mayContain(value.text) || PlaceholderScanner.mayContain(reference.text) else { return }
        let mine = PlaceholderScanner.scan(value.text, syntax: syntax)
        let theirs = PlaceholderScanner.scan(reference.text, syntax: syntax)
        var remaining: [String: Int] = [:]
        for placeholder in theirs { remaining[placeholder.identity, default: 0] += 1 }
        var extra: [Placeholder] = []
        for placeholder in mine {
            if let count = remaining[placeholder.identity], count > 0 {
                remaining[placeholder.identity] = count - 1
            } else {
                extra.append(placeholder)
            }
        }
        if PlaceholderScanner.isPrintfFamily(syntax) {
            let printfOnly = mine.filter { $0.text.hasPrefix("%") }
            if printfOnly.contains(where: \.isPositional), let plain = printfOnly.first(where: { !$0.isPositional && !$0.identity.contains("var:") && !$0.text.hasPrefix("%(") }) {
                findings.append(subject.finding(Self.self, "lintPrintfMixed", ["key": entry.key, "placeholder": plain.text],
                                                at: value.position(at: plain.offset), text: plain.text,
                                                discriminator: "\(entry.key)\u{1F}\(category ?? "")\u{1F}mixed"))
            }
            // A lone `%` breaks a printf string (gettext's c-format, python-format); in Android, Apple and
            // .properties values `%` is literal text unless the value is a format, i.e. the reference has directives.
            let alwaysFormat = syntax == .printf || syntax == .pythonPercent
            if alwaysFormat || theirs.contains(where: { $0.text.hasPrefix("%") }) {
                for offset in PlaceholderScanner.strayPercents(value.text, placeholders: mine) {
                    findings.append(subject.finding(Self.self, "lintPrintfStray", ["key": entry.key], at: value.position(at: offset), text: "%",
                                                    discriminator: "\(entry.key)\u{1F}\(category ?? "")\u{1F}stray\u{1F}\(offset)"))
                }
            }
        }
        // Plural forms for exact small numbers may leave the number out.
        let mayOmit = category.map { ["zero", "one", "two"].contains($0) || $0.hasPrefix("=") } ?? false
        let missing = mayOmit ? [] : theirs.filter { placeholder in
            if let count = remaining[placeholder.identity], count > 0 {
                remaining[placeholder.identity] = count - 1
                return true
            }
            return false
        }
        // A placeholder of another type at the same argument position is one finding, not two.
        var missingList = missing
        var extraList: [Placeholder] = []
        for placeholder in extra {
            let argument = placeholder.identity.split(separator: ":").first.map(String.init) ?? placeholder.identity
            if placeholder.identity.contains(":"),
               let match = missingList.firstIndex(where: { $0.identity.contains(":") && $0.identity.split(separator: ":").first.map(String.init) == argument }) {
                let expected = missingList.remove(at: match)
                findings.append(subject.finding(Self.self, "lintPlaceholderType", ["key": entry.key, "placeholder": placeholder.text, "expected": expected.text],
                                                at: value.position(at: placeholder.offset), text: placeholder.text,
                                                referenceSpan: subject.referenceSpan(at: reference.position(at: expected.offset), text: expected.text),
                                                discriminator: "\(entry.key)\u{1F}\(category ?? "")\u{1F}type\u{1F}\(placeholder.identity)"))
                continue
            }
            extraList.append(placeholder)
        }
        for placeholder in extraList {
            let position = value.position(at: placeholder.offset)
            findings.append(subject.finding(Self.self, "lintPlaceholderExtra", ["key": entry.key, "placeholder": placeholder.text,
                                                                                 "expected": theirs.map(\.text).joined(separator: " ")],
                                            at: position, text: placeholder.text,
                                            referenceSpan: subject.referenceSpan(at: reference.position, text: reference.text),
                                            discriminator: "\(entry.key)\u{1F}\(category ?? "")\u{1F}extra\u{1F}\(placeholder.identity)"))
        }
        for placeholder in missingList {
            var position = value.position
            if position.column > 1, [.i18next, .arb, .webExtension, .xcstrings, .po, .appleStrings].contains(subject.resource.format) { position.column -= 1 }
            findings.append(subject.finding(Self.self, "lintPlaceholderMissing", ["key": entry.key, "placeholder": placeholder.text],
                                            at: position, text: value.text,
                                            referenceSpan: subject.referenceSpan(at: reference.position(at: placeholder.offset), text: placeholder.text),
                                            discriminator: "\(entry.key)\u{1F}\(category ?? "")\u{1F}missing\u{1F}\(placeholder.identity)"))
        }
    }

    private func compareCodes(_ entry: LocaleEntry, _ reference: LocaleEntry, _ subject: LintSubject, _ findings: inout [Finding]) {
        func identity(_ code: InlineCode) -> String { "\(code.kind.rawValue):\(code.id ?? code.element)" }
        var remaining: [String: Int] = [:]
        for code in reference.inlineCodes { remaining[identity(code), default: 0] += 1 }
        for code in entry.inlineCodes {
            if let count = remaining[identity(code)], count > 0 {
                remaining[identity(code)] = count - 1
            } else {
                findings.append(subject.finding(Self.self, "lintInlineCodeExtra", ["key": entry.key, "code": "<\(code.element)\(code.id.map { " id=\"\($0)\"" } ?? "")>"],
                                                at: code.position, text: code.element, discriminator: "\(entry.key)\u{1F}extra\u{1F}\(identity(code))"))
            }
        }
        let value = entry.value.firstText
        for code in reference.inlineCodes {
            guard let count = remaining[identity(code)], count > 0 else { continue }
            remaining[identity(code)] = count - 1
            // XLIFF 2 lets a translation drop a code unless it says canDelete="no": then it is worth a look, not an error.
            findings.append(subject.finding(Self.self, code.isDeletable ? "lintInlineCodeMissingDeletable" : "lintInlineCodeMissing",
                                            ["key": entry.key, "code": "<\(code.element)\(code.id.map { " id=\"\($0)\"" } ?? "")>"],
                                            at: value?.position ?? entry.keyPosition, text: value?.text ?? "",
                                            referenceSpan: subject.referenceSpan(at: code.position, text: code.element),
                                            severity: code.isDeletable ? .minor : nil,
                                            discriminator: "\(entry.key)\u{1F}missing\u{1F}\(identity(code))"))
        }
    }
}
