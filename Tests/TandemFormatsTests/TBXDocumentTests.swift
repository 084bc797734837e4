import TandemCore
import TandemFormats
import XCTest

/// The TBX structure both views read: concepts, languages, terms and their data categories.
final class TBXDocumentTests: XCTestCase {
    func testBothDialectsAndBothCategoryStyles() throws {
        let v3 = """
        <tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">
          <text><body>
            <conceptEntry id="c1">
              <descrip type="definition">Works at a bank counter.</descrip>
              <langSec xml:lang="en"><termSec><term>bank teller</term></termSec></langSec>
              <langSec xml:lang="de"><termSec><term>Bankkassiererin</term><basic:grammaticalGender>feminine</basic:grammaticalGender></termSec></langSec>
            </conceptEntry>
          </body></text>
        </tbx>
        """
        let document = try TBXDocument(XMLDocument(source: SourceText(path: "v3.tbx", string: v3)))
        XCTAssertEqual(document.concepts.map(\.id), ["c1"])
        let concept = try XCTUnwrap(document.concepts.first)
        XCTAssertEqual(concept.categories.map(\.name), ["definition"])
        XCTAssertEqual(concept.languages.map(\.language), ["en", "de"])
        let german = try XCTUnwrap(concept.languages.last?.terms.first)
        XCTAssertEqual(german.term?.textContent, "Bankkassiererin")
        XCTAssertEqual(german.categories.map { "\($0.name)=\($0.value)" }, ["grammaticalGender=feminine"])

        let basic = """
        <martif type="TBX-Basic" xml:lang="en"><text><body>
          <termEntry id="t1"><langSet xml:lang="de">
            <ntig><termGrp><term>Kassierer</term><termNote type="grammaticalGender">masculine</termNote></termGrp>
              <admin type="administrativeStatus">admittedTerm-admn-sts</admin></ntig>
          </langSet></termEntry>
        </body></text></martif>
        """
        let old = try TBXDocument(XMLDocument(source: SourceText(path: "basic.tbx", string: basic)))
        let entry = try XCTUnwrap(old.concepts.first?.languages.first?.terms.first)
        XCTAssertEqual(entry.term?.textContent, "Kassierer")
        XCTAssertEqual(entry.categories.map(\.name), ["grammaticalGender", "administrativeStatus"])
    }

    func testNotTBXIsAnErrorWithItsPosition() {
        XCTAssertThrowsError(try TBXDocument(XMLDocument(source: SourceText(path: "x.tbx", string: "<glossary/>")))) { error in
            guard case let .syntax(_, line, column, message) = error as? InputError else { return XCTFail("\(error)") }
            XCTAssertEqual([line, column], [1, 1])
            XCTAssertTrue(message.contains("<tbx>"), message)
        }
    }
}
