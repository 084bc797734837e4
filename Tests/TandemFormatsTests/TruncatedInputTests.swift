import TandemCore
import TandemFormats
import XCTest

/// Every prefix of a realistic file, and every one-byte corruption of it, either
/// reads or fails with an InputError: never a crash.
final class TruncatedInputTests: XCTestCase {
    static let samples: [(String, String)] = [
        ("shop.xlf", """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="de">
          <file id="f1"><unit id="pay"><originalData><data id="d1">&lt;b&gt;</data></originalData>
            <segment state="translated"><source>Pay <pc id="1" dataRefStart="d1">now</pc> &amp; save</source>
            <target>Jetzt <pc id="1" dataRefStart="d1">bezahlen</pc> &amp; sparen</target></segment></unit></file>
        </xliff>
        """),
        ("old.xlf", "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"de\"><body><trans-unit id=\"a\"><source>Cart <g id=\"1\">now</g></source><target state=\"new\">Korb <x id=\"2\"/></target></trans-unit></body></file></xliff>"),
        ("memory.tmx", "<tmx version=\"1.4\"><header srclang=\"en\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" o-tmf=\"x\" creationtool=\"t\" creationtoolversion=\"1\"/><body><tu tuid=\"1\"><tuv xml:lang=\"en\"><seg>Sale</seg></tuv><tuv xml:lang=\"de\"><seg>Ausverkauf <bpt i=\"1\">&lt;b&gt;</bpt>jetzt<ept i=\"1\">&lt;/b&gt;</ept></seg></tuv></tu></body></tmx>"),
        ("de.po", "msgid \"\"\nmsgstr \"Language: de\\nPlural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n#, c-format\nmsgctxt \"cart\"\nmsgid \"%d item\"\nmsgid_plural \"%d items\"\nmsgstr[0] \"%d Artikel\"\nmsgstr[1] \"%d Artikel \\x41\\101\"\n#~ msgid \"old\"\n#~ msgstr \"alt\"\n"),
        ("res/values-de/strings.xml", "<resources><string name=\"a\">\"Geht's\" \\u00e4 \\n</string><plurals name=\"p\"><item quantity=\"one\">%d Artikel</item></plurals><string-array name=\"s\"><item>Klein</item></string-array></resources>"),
        ("de.lproj/Localizable.strings", "/* c */\n\"cart\" = \"Warenkorb \\U00E4 \\\"\";\n// x\nkey = \"Wert\";\n"),
        ("de.lproj/Localizable.stringsdict", "<plist><dict><key>k</key><dict><key>NSStringLocalizedFormatKey</key><string>%#@n@</string><key>n</key><dict><key>NSStringFormatSpecTypeKey</key><string>NSStringPluralRuleType</string><key>one</key><string>ein</string></dict></dict></dict></plist>"),
        ("Localizable.xcstrings", "{\"sourceLanguage\":\"en\",\"strings\":{\"Cart\":{\"localizations\":{\"de\":{\"variations\":{\"plural\":{\"one\":{\"stringUnit\":{\"state\":\"translated\",\"value\":\"Korb\"}}}}}}}}}"),
        ("locales/de/shop.json", "{\"cart\": {\"title\": \"Warenkorb \\u00e4\\ud83d\\ude00\", \"n_one\": \"{{count}}\", \"list\": [\"a\", \"b\"]}}"),
        ("_locales/de/messages.json", "{\"name\": {\"message\": \"Laden $1 $X$\", \"placeholders\": {\"x\": {\"content\": \"$1\"}}}}"),
        ("lib/app_de.arb", "{\"@@locale\": \"de\", \"n\": \"{count, plural, one {# Artikel} other {# Artikel}}\", \"@n\": {\"description\": \"x\"}}"),
        ("messages_de.properties", "# c\na=Wert \\u00e4 \\\n   weiter\nb : x\\tq\nc\n"),
        ("config/locales/de.yml", "de:\n  cart:\n    title: \"Warenkorb\"\n    items:\n      one: \"%{count} Artikel\"\n      other: '%{count} Artikel'\n  list:\n    - a\n"),
        ("shop.tbx", "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body><conceptEntry id=\"c1\"><langSec xml:lang=\"de\"><termSec><term>Warenkorb</term></termSec></langSec></conceptEntry></body></text></tbx>"),
        ("pairs.tsv", "en\tde\nCart\tWarenkorb\nPay\tBezahlen\n"),
    ]

    func read(_ name: String, _ bytes: [UInt8]) {
        guard let format = FormatDetector.detect(path: name, prefix: bytes.prefix(4096)) else { return }
        do {
            _ = try LocaleReader.read(path: name, raw: bytes, format: format)
        } catch {
            // An InputError is the expected outcome for broken input.
        }
    }

    func testEveryPrefixReadsOrFailsCleanly() {
        for (name, text) in Self.samples {
            let bytes = Array(text.utf8)
            XCTAssertNoThrow(try LocaleReader.read(path: name, raw: bytes, format: XCTUnwrap(FormatDetector.detect(path: name, prefix: bytes))), name)
            for length in 0..<bytes.count { read(name, Array(bytes[0..<length])) }
        }
    }

    func testCorruptedBytesReadOrFailCleanly() {
        let replacements: [UInt8] = [0x00, 0x22, 0x3C, 0x3E, 0x26, 0x5C, 0x7B, 0x7D, 0x0A, 0xFF, 0xC3, 0x25, 0x09]
        for (name, text) in Self.samples {
            let bytes = Array(text.utf8)
            for index in stride(from: 0, to: bytes.count, by: 3) {
                for replacement in replacements {
                    var corrupted = bytes
                    corrupted[index] = replacement
                    read(name, corrupted)
                }
            }
        }
    }
}
