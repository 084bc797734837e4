import Foundation
import TandemCore
@testable import TandemTerminology
import XCTest

/// Reading CSV, TSV and TBX glossaries, writing them, and the round trips between them.
final class GlossaryFileTests: XCTestCase {
    private func csv(_ text: String, path: String = "glossary.csv") throws -> Glossary {
        try DelimitedGlossaryReader().read(bytes: Array(text.utf8), path: path)
    }

    // MARK: - CSV parsing

    func testQuotedFieldsWithCommasQuotesAndNewlines() throws {
        let records = try DelimitedText(delimiter: 0x2C).records(Array("""
        en,de,note
        "teller, bank",Bankkassierer/-in,"says ""hello""
        on two lines"
        clerk,Sachbearbeiter/-in,
        """.utf8), path: "g.csv")
        XCTAssertEqual(records.count, 3)
        XCTAssertEqual(records[1].map(\.value), ["teller, bank", "Bankkassierer/-in", "says \"hello\"\non two lines"])
        XCTAssertEqual(records[1][2].line, 2)
        XCTAssertEqual(records[1][2].column, 34)
        XCTAssertEqual(records[2][0].line, 4)
        XCTAssertEqual(records[2].map(\.value), ["clerk", "Sachbearbeiter/-in", ""])
    }

    func testCRLFAndByteOrderMark() throws {
        let records = try DelimitedText(delimiter: 0x2C).records([0xEF, 0xBB, 0xBF] + Array("en,de\r\nteller,Kassierer\r\n".utf8), path: "g.csv")
        XCTAssertEqual(records.map { $0.map(\.value) }, [["en", "de"], ["teller", "Kassierer"]])
    }

    func testUnterminatedQuoteIsAnErrorAtTheQuote() {
        XCTAssertThrowsError(try csv("en,de\nteller,\"Bankkassierer\nclerk,Sachbearbeiter\n")) { error in
            guard case let InputError.syntax(path, line, column, message) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(path, "glossary.csv")
            XCTAssertEqual(line, 2)
            XCTAssertEqual(column, 8)
            XCTAssertTrue(message.contains("never closed"), message)
        }
    }

    func testTextAfterClosingQuoteIsAnError() {
        XCTAssertThrowsError(try csv("en,de\n\"teller\"x,Kassierer\n")) { error in
            guard case let InputError.syntax(_, line, column, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(line, 2)
            XCTAssertEqual(column, 9)
        }
    }

    func testRowWiderThanHeaderIsAnErrorAtTheExtraCell() {
        XCTAssertThrowsError(try csv("en,de\nteller,Kassierer,Bank\n")) { error in
            guard case let InputError.syntax(_, line, column, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(line, 2)
            XCTAssertEqual(column, 18)
        }
    }

    func testUnknownStatusNamesItsCell() {
        XCTAssertThrowsError(try csv("en,de,status\nteller,Erzähler,wrongish\n")) { error in
            guard case let InputError.syntax(_, line, column, message) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(line, 2)
            XCTAssertEqual(column, 17)
            XCTAssertTrue(message.contains("wrongish"))
        }
    }

    // MARK: - Layouts

    func testTwoColumnsWithoutHeader() throws {
        let glossary = try csv("teller,Bankkassierer/-in\nclerk,Sachbearbeiter/-in\n")
        XCTAssertEqual(glossary.concepts.count, 2)
        XCTAssertEqual(glossary.concepts[0].terms.map(\.text), ["teller", "Bankkassierer/-in"])
        XCTAssertEqual(glossary.concepts[0].terms.map(\.language), ["en", "de"])
    }

    func testColumnsNamedByLanguageWithStatusGenderAndForbidden() throws {
        let glossary = try csv("""
        English;Deutsch;Status;Genus;Bemerkung;Kontext
        teller;Bankkassierer;preferred;m;;bank|deposit
        teller;Bankkassiererin;admitted;f;;
        teller;Erzähler;forbidden;m;a narrator;
        """, path: "team.csv")
        XCTAssertEqual(glossary.concepts.count, 1, "rows with the same source term form one entry")
        let terms = glossary.concepts[0].terms
        XCTAssertEqual(terms.map(\.text), ["teller", "Bankkassierer", "Bankkassiererin", "Erzähler"])
        XCTAssertEqual(terms.map(\.status), [.preferred, .preferred, .admitted, .forbidden])
        XCTAssertEqual(terms.map(\.gender), [nil, .masculine, .feminine, .masculine])
        XCTAssertEqual(terms[0].contextCues, ["bank", "deposit"])
        XCTAssertEqual(terms[3].note, "a narrator")
    }

    func testSourceTargetColumnsTakeTheGivenLanguages() throws {
        let glossary = try DelimitedGlossaryReader(sourceLanguage: "de", targetLanguage: "en")
            .read(bytes: Array("Source Term\tTarget Term\tDo not translate\tCase-sensitive\nSalesforce\tSalesforce\tyes\tyes\n".utf8), path: "g.tsv")
        let terms = glossary.concepts[0].terms
        XCTAssertEqual(terms.map(\.language), ["de", "en"])
        XCTAssertTrue(terms.allSatisfy { $0.doNotTranslate && $0.caseSensitive })
    }

    func testTranslateColumnInverted() throws {
        let glossary = try csv("en,de,translate\nSalesforce,Salesforce,no\nteller,Kassierer,yes\n")
        XCTAssertTrue(glossary.concepts[0].terms[0].doNotTranslate)
        XCTAssertFalse(glossary.concepts[1].terms[0].doNotTranslate)
    }

    func testSynonymsInOneCellAndForbiddenColumn() throws {
        let glossary = try csv("en,de,forbidden\nlibrary patron; patron,Bibliotheksnutzer/-in; Besucher/-in,Gönner; Mäzen\n")
        let terms = glossary.concepts[0].terms
        XCTAssertEqual(terms.filter { $0.language == "en" }.map(\.text), ["library patron", "patron"])
        XCTAssertEqual(terms.filter { $0.status == .forbidden }.map(\.text), ["Gönner", "Mäzen"])
    }

    func testLongLayoutOfTheBundledTermbase() throws {
        let glossary = try DelimitedGlossaryReader().read(bytes: Array("""
        # a comment
        concept\tlang\tterm\tstatus\tgender\tsource\tcontext\tnote
        tandem:x\ten\tteller\tadmitted\t\tcurated\tbank|cash\t
        tandem:x\tde\tErzähler\tforbidden\tm\tcurated\t\ta narrator
        """.utf8), path: "x.tsv")
        XCTAssertEqual(glossary.concepts.count, 1)
        XCTAssertEqual(glossary.concepts[0].id, "tandem:x")
        XCTAssertEqual(glossary.concepts[0].terms[0].contextCues, ["bank", "cash"])
        XCTAssertEqual(glossary.concepts[0].terms[0].origin, "curated")
        XCTAssertEqual(glossary.concepts[0].terms[1].status, .forbidden)
        XCTAssertEqual(glossary.concepts[0].terms[1].location?.line, 4)
    }

    // MARK: - TBX

    private let tbx3 = """
    <?xml version="1.0" encoding="UTF-8"?>
    <tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
      <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
      <text><body>
        <conceptEntry id="c1">
          <descrip type="definition">A bank employee who handles cash.</descrip>
          <langSec xml:lang="en">
            <termSec><term>bank teller</term><termNote type="partOfSpeech">noun</termNote>
              <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
          </langSec>
          <langSec xml:lang="de">
            <termSec><term>Bankkassierer</term><termNote type="grammaticalGender">masculine</termNote>
              <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
            <termSec><term>Erzähler &amp; Co</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
              <note>a narrator</note></termSec>
          </langSec>
        </conceptEntry>
      </body></text>
    </tbx>
    """

    func testReadsTBXv3() throws {
        let glossary = try TBXGlossaryReader().read(bytes: Array(tbx3.utf8), path: "t.tbx")
        XCTAssertEqual(glossary.concepts.count, 1)
        let concept = glossary.concepts[0]
        XCTAssertEqual(concept.id, "c1")
        XCTAssertEqual(concept.note, "A bank employee who handles cash.")
        XCTAssertEqual(concept.terms.map(\.text), ["bank teller", "Bankkassierer", "Erzähler & Co"])
        XCTAssertEqual(concept.terms.map(\.status), [.preferred, .preferred, .forbidden])
        XCTAssertEqual(concept.terms[0].partOfSpeech, "noun")
        XCTAssertEqual(concept.terms[1].gender, .masculine)
        XCTAssertEqual(concept.terms[2].note, "a narrator")
        XCTAssertEqual(concept.terms[1].location?.line, 12)
    }

    func testReadsTBX2008Martif() throws {
        let glossary = try TBXGlossaryReader().read(bytes: Array("""
        <?xml version="1.0"?>
        <martif type="TBX-Basic" xml:lang="en-US">
          <martifHeader><fileDesc><sourceDesc><p>old</p></sourceDesc></fileDesc></martifHeader>
          <text><body>
            <termEntry id="e7">
              <langSet xml:lang="en-US"><tig><term>order clerk</term>
                <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
              <langSet xml:lang="de-DE"><ntig><termGrp><term>Auftragssachbearbeiter</term>
                <termNote type="grammaticalGender">masculine</termNote></termGrp>
                <termNote type="normativeAuthorization">admittedTerm</termNote></ntig></langSet>
            </termEntry>
          </body></text>
        </martif>
        """.utf8), path: "old.tbx")
        let terms = glossary.concepts[0].terms
        XCTAssertEqual(terms.map(\.text), ["order clerk", "Auftragssachbearbeiter"])
        XCTAssertEqual(terms.map(\.language), ["en-US", "de-DE"])
        XCTAssertEqual(terms[1].status, .admitted)
        XCTAssertEqual(terms[1].gender, .masculine)
    }

    func testMalformedTBXNamesLineAndColumn() {
        let broken = "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\">\n<text><body>\n<conceptEntry id=\"a\"><langSec xml:lang=\"en\">\n</conceptEntry>\n</body></text></tbx>\n"
        XCTAssertThrowsError(try TBXGlossaryReader().read(bytes: Array(broken.utf8), path: "b.tbx")) { error in
            guard case let InputError.syntax(path, line, column, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(path, "b.tbx")
            XCTAssertEqual(line, 4)
            XCTAssertEqual(column, 1)
        }
    }

    func testLanguageSectionWithoutLanguageIsAnError() {
        let missing = "<tbx><text><body><conceptEntry id=\"a\">\n  <langSec><termSec><term>x</term></termSec></langSec></conceptEntry></body></text></tbx>"
        XCTAssertThrowsError(try TBXGlossaryReader().read(bytes: Array(missing.utf8), path: "m.tbx")) { error in
            guard case let InputError.syntax(_, line, column, message) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(line, 2)
            XCTAssertEqual(column, 3)
            XCTAssertTrue(message.contains("xml:lang"))
        }
    }

    // MARK: - Round trips

    private func sampleGlossary() -> Glossary {
        Glossary(path: "sample", concepts: [
            Concept(id: "tandem:teller", terms: [
                Term(text: "bank teller", language: "en", status: .preferred, partOfSpeech: "noun"),
                Term(text: "teller", language: "en", status: .admitted, contextCues: ["bank", "credit union"], origin: "curated"),
                Term(text: "Bankkassierer/-in", language: "de", status: .preferred, gender: .combined),
                Term(text: "Bankkassiererin", language: "de", status: .preferred, gender: .feminine),
                Term(text: "Erzähler", language: "de", status: .forbidden, gender: .masculine, note: "a narrator, \"not\" a teller"),
                Term(text: "Lehrkraft", language: "de", status: .admitted, gender: .neutral),
            ], note: "Bank staff; handles <cash> & cheques"),
            Concept(id: "dnt", terms: [
                Term(text: "Salesforce", language: "en", caseSensitive: true, doNotTranslate: true),
                Term(text: "Salesforce", language: "de-CH", caseSensitive: true, doNotTranslate: true),
            ]),
        ], sourceLanguage: "en", targetLanguage: "de")
    }

    /// The glossary's content without file locations (which differ between formats).
    private func content(_ glossary: Glossary) -> [Concept] {
        glossary.concepts.map { concept in
            var copy = concept
            copy.location = nil
            copy.terms = concept.terms.map { term in
                var term = term
                term.location = nil
                return term
            }
            return copy
        }
    }

    func testTBXRoundTrip() throws {
        let original = sampleGlossary()
        let text = TBXWriter().write(original)
        let read = try TBXGlossaryReader().read(bytes: Array(text.utf8), path: "x.tbx")
        XCTAssertEqual(content(read), content(original))
        XCTAssertEqual(TBXWriter().write(Glossary(path: "sample", concepts: read.concepts, sourceLanguage: "en")), text, "byte-stable")
    }

    func testCSVAndTSVRoundTrip() throws {
        let original = sampleGlossary()
        for format in [GlossaryFormat.csv, .tsv] {
            let text = GlossaryFile.text(original, format: format)
            let read = try DelimitedGlossaryReader().read(bytes: Array(text.utf8), path: "x.\(format.rawValue)")
            XCTAssertEqual(content(read), content(original), "\(format)")
        }
    }

    func testCSVToTBXToCSV() throws {
        let csvText = "en,de,status,gender,note\nteller,Bankkassierer,preferred,m,\"bank, not story\"\nteller,Erzähler,forbidden,m,\n"
        let first = try csv(csvText)
        let tbx = TBXWriter().write(first)
        let back = try TBXGlossaryReader().read(bytes: Array(tbx.utf8), path: "g.tbx")
        XCTAssertEqual(content(back), content(first))
        let long = GlossaryFile.text(back, format: .csv)
        XCTAssertEqual(content(try csv(long)), content(first))
    }

    func testFilesOnDiskByExtension() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("terms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("g.tbx").path
        try Data(TBXWriter().write(sampleGlossary()).utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(content(try GlossaryFile.read(path: path)), content(sampleGlossary()))
        let xmlNamedCSV = folder.appendingPathComponent("g.csv").path
        try Data(TBXWriter().write(sampleGlossary()).utf8).write(to: URL(fileURLWithPath: xmlNamedCSV))
        XCTAssertEqual(try GlossaryFile.read(path: xmlNamedCSV).concepts.count, 2, "content starting with < is read as TBX")
    }
}
