import TandemFormats
@testable import TandemLint
import XCTest

final class PlaceholderScannerTests: XCTestCase {
    func identities(_ text: String, _ syntax: PlaceholderSyntax) -> [String] {
        PlaceholderScanner.scan(text, syntax: syntax).map(\.identity)
    }

    func testPrintfWithPositionsTypesAndPercentLiterals() {
        XCTAssertEqual(identities("%1$s hat %2$d Artikel (100%%)", .android), ["1:s", "2:d"])
        XCTAssertEqual(identities("%s kostet %.2f € bei %lld Stück", .printf), ["1:s", "2:f", "3:d"])
        XCTAssertEqual(identities("%%d ist kein Platzhalter", .printf), [])
        // German "20 % der" is the directive "% d" in C printf.
        XCTAssertEqual(identities("20 % der Kosten", .printf), ["1:d"])
    }

    func testOffsetsCountScalarsNotBytes() {
        let found = PlaceholderScanner.scan("Größe: %@ – %1$@", syntax: .apple)
        XCTAssertEqual(found.map(\.offset), [7, 12])
        XCTAssertEqual(found.map(\.text), ["%@", "%1$@"])
        XCTAssertEqual(PlaceholderScanner.scan("%#@items@ im Warenkorb", syntax: .apple).first?.identity, "var:items")
    }

    func testOtherSyntaxes() {
        XCTAssertEqual(identities("{count, plural, one {# Artikel} other {# Artikel}} für {name}", .icu), ["count", "name"])
        XCTAssertEqual(identities("Hallo {{name}}, {{- html}} $t(shop.title)", .i18next), ["name", "html", "$t(shop.title)"])
        XCTAssertEqual(identities("%{count} Artikel, %<price>.2f €", .rails), ["count", "price"])
        XCTAssertEqual(identities("Preis für $PRODUCT$: $1 ($$)", .webExtension), ["$product$", "$1"])
        XCTAssertEqual(identities("'{0}' kostet {1,number,#.##} €", .javaMessageFormat), ["1"])
        XCTAssertEqual(identities("{{literal}} {name!r:>10} {0}", .pythonBrace), ["name", "0"])
        XCTAssertEqual(identities("%(amount)s von %(total)d", .pythonPercent), ["amount:s", "total:d"])
    }

    func testLenientPrintfInPropertiesIgnoresPercentText() {
        XCTAssertEqual(identities("20 % Rabatt auf %S", .javaMessageFormat), ["1:s"])
    }

    func testStrayPercents() {
        let text = "Sparen Sie %1$d % bei %2$s (100%%)"
        let found = PlaceholderScanner.scan(text, syntax: .android)
        XCTAssertEqual(PlaceholderScanner.strayPercents(text, placeholders: found), [16])
    }
}

/// Odd values never crash the scanners and text helpers.
final class OddValueTests: XCTestCase {
    func testRandomValuesOfSyntaxCharacters() {
        let alphabet: [String] = ["%", "{", "}", "$", "'", "\"", "\\", "#", "@", "<", ">", "(", ")", "1", "s", "d", "t", "a", "-", " ",
                                  ",", ":", "!", "ä", "\u{0308}", "😀", "plural", "one", "other", "\n", "%%", "{{", "}}", "%1$", "$t("]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(alphabet.count))
        }
        let icu = ICUSyntaxCheck()
        for _ in 0..<3000 {
            let text = (0..<(next() % 12 + 1)).map { _ in alphabet[next()] }.joined()
            for syntax in PlaceholderSyntax.allCases {
                let found = PlaceholderScanner.scan(text, syntax: syntax)
                for placeholder in found {
                    XCTAssertLessThanOrEqual(placeholder.offset, text.unicodeScalars.count)
                }
                _ = PlaceholderScanner.strayPercents(text, placeholders: found)
            }
            _ = icu.quotedArgument(in: text)
            _ = icu.ownParserOffset(text)
            _ = UntranslatedCheck.looksTranslatable(text, syntax: .printf)
        }
    }
}
