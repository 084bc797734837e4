import TandemCore
import TandemFormats

/// `invisible-characters`: characters a reader cannot see: bidirectional
/// controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), which can
/// reorder what is displayed; zero-width characters (U+200B, U+2060, a stray
/// U+FEFF byte-order mark inside text); control characters other than tab and
/// line feed. A character the reference value has as well is not reported.
public struct InvisibleCharacterCheck: LintCheck {
    public static let id = "invisible-characters"
    public static let category = FindingCategory.typography
    public static let severity = Severity.major
    public static let descriptionKey = "lintRuleInvisibleCharacters"

    public static let examples: [LintExample] = [
        .passing([("locales/de.json", "{\"cart\": \"Warenkorb\", \"lines\": \"Zeile 1\\nZeile 2\", \"soft\": \"Waren\u{00AD}korb\"}")]),
        .failing([("locales/de.json", "{\"cart\": \"Waren↓\u{200B}korb\"}")]),
        .failing([("locales/de.json", "{\"price\": \"Preis: ↓\u{202E}99,00 €\"}")]),
        .failing([("de.lproj/Localizable.strings", "\"cart\" = \"↓\u{FEFF}Warenkorb\";\n")]),
    ]

    public init() {}

    enum Kind { case bidi, zeroWidth, control }

    static func kind(_ scalar: Unicode.Scalar) -> Kind? {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return .bidi
        case 0x200B, 0x2060, 0xFEFF, 0x180E: return .zeroWidth
        case 0x09, 0x0A, 0x0D: return nil
        case 0x00...0x1F, 0x7F...0x9F: return .control
        default: return nil
        }
    }

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        for (index, entry) in subject.resource.entries.enumerated() {
            var referenceText: String?
            for value in entry.value.texts {
                // Printable ASCII, tabs and line breaks hold nothing invisible.
                if value.text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) { continue }
                if referenceText == nil { referenceText = subject.referenceEntry(index)?.value.texts.map(\.text).joined() ?? "" }
                var offset = 0
                for scalar in value.text.unicodeScalars {
                    defer { offset += 1 }
                    guard scalar.value >= 0x7F || scalar.value < 0x20, let kind = Self.kind(scalar) else { continue }
                    if referenceText?.unicodeScalars.contains(scalar) == true { continue }
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                    let key: String
                    switch kind {
                    case .bidi: key = "lintBidiControl"
                    case .zeroWidth: key = "lintZeroWidth"
                    case .control: key = "lintControlCharacter"
                    }
                    findings.append(subject.finding(Self.self, key, ["key": entry.key, "character": code], at: value.position(at: offset),
                                                    text: String(scalar), length: 1, severity: kind == .zeroWidth ? .minor : .major,
                                                    discriminator: "\(entry.key)\u{1F}\(code)\u{1F}\(offset)"))
                }
            }
        }
    }
}
