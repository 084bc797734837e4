@testable import TandemReview
import XCTest

/// The quick tests and lookups the checks run on every word answer as the slower general ones do.
final class FastPathTests: XCTestCase {
    func testWordSetAnswersAsASetOfStrings() {
        let members: Set<String> = ["der", "die", "und", "f\u{FC}r", "\u{FC}ber", "\u{212A}elvin"]
        let words = WordSet(members)
        let questions = ["der", "die", "das", "und", "", "d", "derr", "Der", "f\u{FC}r", "fu\u{308}r", "\u{FC}ber", "uber",
                         "Kelvin", "kelvin", "\u{212A}elvin"]
        for question in questions {
            XCTAssertEqual(words.contains(question), members.contains(question), question)
        }
    }

    func testWordSetWithManyWords() {
        let members = Set((0..<500).map { "w\($0)" })
        let words = WordSet(members)
        for number in 0..<1_000 {
            XCTAssertEqual(words.contains("w\(number)"), number < 500)
        }
    }

    func testOpeningPairsRuleOutOnlyWordsThatOpenNoMember() {
        let openings = OpeningPairs(["zwei", "drei", "a", "\u{FC}ber"])
        func mayOpen(_ text: String) -> Bool {
            let scalars = Array(text.unicodeScalars)
            return openings.mayOpen(scalars, scalars.indices)
        }
        XCTAssertTrue(mayOpen("zweijährig"))
        XCTAssertTrue(mayOpen("Drei"))
        XCTAssertTrue(mayOpen("a"))
        XCTAssertTrue(mayOpen("a-Klasse"))
        XCTAssertTrue(mayOpen("\u{DC}berall"))
        XCTAssertFalse(mayOpen("Stellen"))
        XCTAssertFalse(mayOpen("an"))
        XCTAssertFalse(mayOpen("d"))
        XCTAssertTrue(mayOpen("\u{3B1}\u{3B2}"), "A word beyond Latin-1 is not ruled out.")
    }

    func testLetterTestAgreesWithUnicodeUpToLatinExtendedB() {
        for value in UInt32(0)...0x24F {
            let scalar = Unicode.Scalar(value)!
            XCTAssertEqual(ScalarClass.isLetter(scalar), scalar.properties.isAlphabetic, String(value, radix: 16))
        }
    }

    func testLatin1CaseTestsAndLowerCasingAgreeWithUnicode() {
        for value in UInt32(0)...0xFF {
            let scalar = Unicode.Scalar(value)!
            XCTAssertEqual(ScalarClass.isUppercase(scalar), scalar.properties.isUppercase, String(value, radix: 16))
            XCTAssertEqual(ScalarClass.isLowercase(scalar), scalar.properties.isLowercase, String(value, radix: 16))
            let text = String(Character(scalar))
            XCTAssertEqual(String(lowercasingLatin1: text.unicodeScalars), text.lowercased(), String(value, radix: 16))
        }
        let text = "Hello, WORLD-42 O'Neil: ÄRGER über ÖL"
        XCTAssertEqual(String(lowercasingLatin1: text.unicodeScalars), text.lowercased())
    }
}
