import TandemCore
import TandemFormats
import XCTest

final class LocaleReaderTests: XCTestCase {
    let folder = TestFolder()

    func read(_ name: String, _ text: String) throws -> [LocaleResource] {
        try LocaleReader.read(path: folder.write(name, text))
    }

    func entry(_ resource: LocaleResource, _ key: String) throws -> LocaleEntry {
        try XCTUnwrap(resource.entries.first { $0.key == key }, "no entry \(key)")
    }

    func text(_ entry: LocaleEntry) -> String? {
        if case let .text(value) = entry.value { return value.text }
        return nil
    }

    func testAndroidStringsPluralsArraysAndEscapes() throws {
        let resource = try read("res/values-de/strings.xml", """
        <?xml version="1.0" encoding="utf-8"?>
        <resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">
            <!-- Title of the cart screen -->
            <string name="cart_title">Ihr Warenkorb</string>
            <string name="greeting">Hallo <xliff:g id="name" example="Anna">%1$s</xliff:g>!</string>
            <string name="apostrophe">Geht\\'s los?</string>
            <string name="quoted">"Don't   panic"</string>
            <string name="bad">Let's go</string>
            <string name="app_id" translatable="false">shop.example</string>
            <plurals name="items_in_cart">
                <item quantity="one">%d Artikel</item>
                <item quantity="other">%d Artikel</item>
            </plurals>
            <string-array name="sizes"><item>Klein</item><item>Groß</item></string-array>
            <string name="cart_title">Warenkorb</string>
        </resources>
        """)[0]
        XCTAssertEqual(resource.format, .android)
        let title = try entry(resource, "cart_title")
        XCTAssertEqual(text(title), "Ihr Warenkorb")
        XCTAssertEqual(title.comments, ["Title of the cart screen"])
        XCTAssertEqual(title.valuePosition, SourcePosition(line: 4, column: 31))
        XCTAssertEqual(text(try entry(resource, "greeting")), "Hallo %1$s!")
        XCTAssertEqual(text(try entry(resource, "apostrophe")), "Geht's los?")
        XCTAssertEqual(text(try entry(resource, "quoted")), "Don't   panic")
        XCTAssertFalse(try entry(resource, "app_id").translatable)
        guard case let .plural(variants) = try entry(resource, "items_in_cart").value else { return XCTFail("not plural") }
        XCTAssertEqual(variants.map(\.category), ["one", "other"])
        guard case let .list(sizes) = try entry(resource, "sizes").value else { return XCTFail("not a list") }
        XCTAssertEqual(sizes.map(\.text), ["Klein", "Groß"])
        XCTAssertEqual(Set(resource.problems.map(\.code)), ["android-apostrophe", "duplicate-key"])
        XCTAssertEqual(resource.problems.first { $0.code == "android-apostrophe" }?.position, SourcePosition(line: 8, column: 27))
    }

    func testAppleStringsUTF16AndComments() throws {
        let text = "/* Cart button */\n\"cart.add\" = \"In den Warenkorb\";\n\"price\" = \"Preis: %@ \\U20AC\";\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let resource = try LocaleReader.read(path: folder.write("de.lproj/Localizable.strings", bytes: bytes))[0]
        XCTAssertEqual(resource.encoding, .utf16LittleEndian)
        XCTAssertEqual(resource.entries.map(\.key), ["cart.add", "price"])
        XCTAssertEqual(resource.entries[0].comments, ["Cart button"])
        XCTAssertEqual(self.text(resource.entries[1]), "Preis: %@ €")
        XCTAssertEqual(resource.entries[1].valuePosition, SourcePosition(line: 3, column: 12))
        XCTAssertThrowsError(try read("broken.strings", "\"a\" = \"b\"\n\"c\" = \"d\";")) { error in
            guard case let InputError.syntax(_, line, column, message) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(line, 2)
            XCTAssertEqual(column, 1)
            XCTAssertTrue(message.contains("';'"))
        }
    }

    func testStringsDict() throws {
        let resource = try read("de.lproj/Localizable.stringsdict", """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0">
        <dict>
            <key>items_in_cart</key>
            <dict>
                <key>NSStringLocalizedFormatKey</key>
                <string>%#@items@ im Warenkorb</string>
                <key>items</key>
                <dict>
                    <key>NSStringFormatSpecTypeKey</key>
                    <string>NSStringPluralRuleType</string>
                    <key>NSStringFormatValueTypeKey</key>
                    <string>d</string>
                    <key>one</key>
                    <string>%d Artikel</string>
                    <key>other</key>
                    <string>%d Artikel</string>
                </dict>
            </dict>
        </dict>
        </plist>
        """)[0]
        XCTAssertEqual(resource.format, .stringsdict)
        XCTAssertEqual(resource.entries.map(\.key), ["items_in_cart", "items_in_cart#items"])
        guard case let .plural(variants) = resource.entries[1].value else { return XCTFail("not plural") }
        XCTAssertEqual(variants.map(\.category), ["one", "other"])
        XCTAssertEqual(variants[0].value.position, SourcePosition(line: 16, column: 21))
        XCTAssertEqual(resource.problems, [])
    }

    func testStringCatalogGivesOneResourcePerLanguage() throws {
        let resources = try read("Localizable.xcstrings", """
        {
          "sourceLanguage" : "en",
          "strings" : {
            "Add to cart" : {
              "comment" : "Button",
              "localizations" : {
                "de" : { "stringUnit" : { "state" : "translated", "value" : "In den Warenkorb" } }
              }
            },
            "%lld items" : {
              "localizations" : {
                "de" : { "variations" : { "plural" : {
                  "one" : { "stringUnit" : { "state" : "needs_review", "value" : "%lld Artikel" } },
                  "other" : { "stringUnit" : { "state" : "translated", "value" : "%lld Artikel" } }
                } } }
              }
            }
          },
          "version" : "1.0"
        }
        """)
        XCTAssertEqual(resources.map(\.language), ["en", "de"])
        XCTAssertEqual(resources[0].entries.map(\.key), ["Add to cart", "%lld items"])
        XCTAssertEqual(text(resources[0].entries[0]), "Add to cart")
        XCTAssertEqual(text(resources[1].entries[0]), "In den Warenkorb")
        XCTAssertEqual(resources[1].entries[1].state, "needs_review")
    }

    func testI18nextNestedKeysAndPluralSuffixes() throws {
        let resource = try read("locales/de/translation.json", """
        {
          "cart": {
            "title": "Warenkorb",
            "items_one": "{{count}} Artikel",
            "items_other": "{{count}} Artikel"
          },
          "checkout.pay": "Jetzt bezahlen"
        }
        """)[0]
        XCTAssertEqual(resource.format, .i18next)
        XCTAssertEqual(resource.entries.map(\.key), ["cart.title", "cart.items", "checkout.pay"])
        guard case let .plural(variants) = resource.entries[1].value else { return XCTFail("not plural") }
        XCTAssertEqual(variants.map(\.category), ["one", "other"])
        XCTAssertEqual(resource.entries[0].keyPosition, SourcePosition(line: 3, column: 5))
    }

    func testWebExtensionMessages() throws {
        let resource = try read("_locales/de/messages.json", """
        {
          "extensionName": { "message": "Preiswächter", "description": "Name" },
          "priceDropped": {
            "message": "Der Preis von $PRODUCT$ ist gefallen",
            "placeholders": { "product": { "content": "$1", "example": "Kaffeemaschine" } }
          },
          "ExtensionName": { "message": "Doppelt" }
        }
        """)[0]
        XCTAssertEqual(resource.format, .webExtension)
        XCTAssertEqual(resource.entries.count, 3)
        XCTAssertEqual(resource.entries[1].flags, ["placeholder:product"])
        XCTAssertEqual(resource.problems.map(\.code), ["duplicate-key"])
    }

    func testARBWithLocaleAndMetadata() throws {
        let resource = try read("lib/l10n/app_de.arb", """
        {
          "@@locale": "de",
          "cartTitle": "Warenkorb",
          "@cartTitle": { "description": "Title of the cart page" },
          "itemCount": "{count, plural, one {# Artikel} other {# Artikel}}",
          "@orphan": { "description": "No message" }
        }
        """)[0]
        XCTAssertEqual(resource.format, .arb)
        XCTAssertEqual(resource.language, "de")
        XCTAssertEqual(resource.entries.map(\.key), ["cartTitle", "itemCount"])
        XCTAssertEqual(resource.entries[0].comments, ["Title of the cart page"])
        XCTAssertEqual(resource.problems.map(\.code), ["arb-orphan-metadata"])
    }

    func testPropertiesLatin1EscapesAndContinuations() throws {
        let latin1: [UInt8] = Array("# Shop\ncart.title=Warenk".utf8) + [0xF6] + Array("rbe\ncheckout = Zur \\\n    Kasse\ngreeting: Gr\\u00FC\\u00DF Gott, {0}!\ncart.title=Doppelt\n".utf8)
        let resource = try LocaleReader.read(path: folder.write("messages_de.properties", bytes: latin1))[0]
        XCTAssertEqual(resource.encoding, .latin1)
        XCTAssertEqual(resource.entries.map(\.key), ["cart.title", "checkout", "greeting", "cart.title"])
        XCTAssertEqual(text(resource.entries[0]), "Warenkörbe")
        XCTAssertEqual(resource.entries[0].comments, ["Shop"])
        XCTAssertEqual(text(resource.entries[1]), "Zur Kasse")
        XCTAssertEqual(text(resource.entries[2]), "Grüß Gott, {0}!")
        if case let .text(value) = resource.entries[1].value {
            XCTAssertEqual(value.position(at: 4), SourcePosition(line: 4, column: 5))
        }
        XCTAssertEqual(resource.problems.map(\.code), ["duplicate-key"])
    }

    func testRailsYAMLNestingPluralsDuplicatesAndBooleans() throws {
        let resource = try read("config/locales/de.yml", """
        de:
          cart:
            title: "Warenkorb"
            items:
              one: "%{count} Artikel"
              other: "%{count} Artikel"
            confirm: no
            title: Korb
          checkout: Kasse
        """)[0]
        XCTAssertEqual(resource.language, "de")
        XCTAssertEqual(resource.entries.map(\.key), ["cart.title", "cart.items", "cart.confirm", "checkout"])
        XCTAssertEqual(resource.entries[0].valuePosition, SourcePosition(line: 3, column: 13))
        XCTAssertEqual(Set(resource.problems.map(\.code)), ["duplicate-key", "yaml-boolean"])
        XCTAssertEqual(resource.problems.first { $0.code == "duplicate-key" }?.position, SourcePosition(line: 8, column: 5))
    }

    func testYAMLTabIndentationIsAnError() {
        XCTAssertThrowsError(try read("config/locales/en.yml", "en:\n  cart:\n\ttitle: Cart\n")) { error in
            guard case let InputError.syntax(_, line, column, message) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(line, 3)
            XCTAssertEqual(column, 1)
            XCTAssertTrue(message.contains("tab"))
        }
        XCTAssertThrowsError(try read("config/locales/en2.yml", "en:\n  count: %{count} items\n")) { error in
            guard case let InputError.syntax(_, line, _, message) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(line, 2)
            XCTAssertTrue(message.contains("quotes"))
        }
    }

    func testPOResourcesKeepPluralsFlagsAndHeader() throws {
        let resources = try read("po/de.po", """
        msgid ""
        msgstr ""
        "Language: de\\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

        #, c-format
        msgid "%d item in your cart"
        msgid_plural "%d items in your cart"
        msgstr[0] "%d Artikel im Warenkorb"
        msgstr[1] "%d Artikel im Warenkorb"

        #~ msgid "Old coupon"
        #~ msgstr "Alter Gutschein"
        """)
        XCTAssertEqual(resources.count, 2)
        let target = resources[1]
        XCTAssertEqual(target.language, "de")
        XCTAssertEqual(target.pluralCount, 2)
        XCTAssertEqual(target.entries.count, 2)
        XCTAssertEqual(target.entries[0].placeholderSyntax, .printf)
        XCTAssertTrue(target.entries[1].obsolete)
        guard case let .indexed(forms) = target.entries[0].value else { return XCTFail("not indexed") }
        XCTAssertEqual(forms.count, 2)
    }

    func testPOSyntaxErrors() {
        XCTAssertThrowsError(try read("bad1.po", "msgid \"Warenkorb\nmsgstr \"\"\n")) { error in
            guard case let InputError.syntax(_, line, column, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(line, 1)
            XCTAssertEqual(column, 7)
        }
        XCTAssertThrowsError(try read("bad2.po", "msgid \"a\"\nmsgstr \"b\"\nmsgid \"c\"\n"))
        XCTAssertThrowsError(try read("bad3.po", "msgid \"a\"\nmsgtxt \"b\"\n"))
    }

    func testTBXTermbase() throws {
        let resources = try read("shop.tbx", """
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
          <tbxHeader><fileDesc><sourceDesc><p>Shop terms</p></sourceDesc></fileDesc></tbxHeader>
          <text><body>
            <conceptEntry id="c1">
              <langSec xml:lang="en"><termSec><term>shopping cart</term></termSec></langSec>
              <langSec xml:lang="de"><termSec><term>Warenkorb</term><termNote type="grammaticalGender">masculine</termNote></termSec></langSec>
            </conceptEntry>
          </body></text>
        </tbx>
        """)
        XCTAssertEqual(resources.map(\.language), ["en", "de"])
        XCTAssertEqual(resources[1].entries.first?.flags, ["grammaticalGender=masculine"])
    }

    func testUnknownFileIsAnError() {
        XCTAssertThrowsError(try read("README.md", "# Shop\n")) { error in
            guard case let InputError.other(message) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("cannot read"))
        }
    }
}

final class FormatDetectorTests: XCTestCase {
    func detect(_ path: String, _ text: String) -> FileFormat? {
        FormatDetector.detect(path: path, prefix: Array(text.utf8))
    }

    func testContentDecides() {
        XCTAssertEqual(detect("shop.xlf", "<?xml version=\"1.0\"?><xliff version=\"1.2\">"), .xliff12)
        XCTAssertEqual(detect("shop.xlf", "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\">"), .xliff2)
        XCTAssertEqual(detect("res/values-de/strings.xml", "<?xml version=\"1.0\"?>\n<!-- c -->\n<resources>"), .android)
        XCTAssertNil(detect("app/src/main/AndroidManifest.xml", "<manifest>"))
        XCTAssertEqual(detect("lib/l10n/app_de.arb", "{\"@@locale\": \"de\"}"), .arb)
        XCTAssertEqual(detect("locales/de/common.json", "{\"cart\": \"Warenkorb\"}"), .i18next)
        XCTAssertEqual(detect("de.json", "{\"cart\": \"Warenkorb\"}"), .i18next)
        XCTAssertEqual(detect("_locales/de/messages.json", "{\"name\": {\"message\": \"Laden\"}}"), .webExtension)
        XCTAssertEqual(detect("Localizable.xcstrings", "{\"sourceLanguage\" : \"en\", \"strings\" : {}}"), .xcstrings)
        XCTAssertEqual(detect("config/locales/de.yml", "# Shop\nde:\n  cart: Warenkorb\n"), .railsYAML)
        XCTAssertEqual(detect("pairs.tsv", "Cart\tWarenkorb\nPay\tBezahlen\n"), .tsv)
    }

    func testFilesThatAreNotLocaleResourcesAreNotRecognized() {
        XCTAssertNil(detect("web/app/package.json", "{\"name\": \"shop\", \"private\": true}"))
        XCTAssertNil(detect("docker-compose.yml", "services:\n  web:\n    image: shop\n"))
        XCTAssertNil(detect("Locales/samples/errors.tsv", "line\tside\tcategory\tcheck\n9\ttarget\tspelling\tspelling\n"))
        XCTAssertNil(detect("Locales/languages/de.txt", "[abbreviations]\nz. B.\n"))
        XCTAssertNil(detect("README.md", "# Shop"))
    }
}
