import TandemCore
import TandemSegmentation
import XCTest

/// Shared access to the language profiles shipped in Locales/.
enum Profiles {
    static func load(_ language: String) throws -> LanguageProfile {
        try LanguageProfile.load(language: language, directory: try ResourceLocator.requireLocales())
    }
}

final class GermanSentenceTests: XCTestCase {
    private var splitter: SentenceSplitter!

    override func setUpWithError() throws {
        splitter = SentenceSplitter(profile: try Profiles.load("de"))
    }

    func testICUFalseJoinsAreSplit() {
        XCTAssertEqual(splitter.sentences("Er kam später. Dann ging er."), ["Er kam später.", "Dann ging er."])
        XCTAssertEqual(splitter.sentences("Wir sind ein Team. Das ist gut."), ["Wir sind ein Team.", "Das ist gut."])
        XCTAssertEqual(splitter.sentences("Sie blieb. Er ging."), ["Sie blieb.", "Er ging."])
        XCTAssertEqual(splitter.sentences("Wir nutzen eine API. Sie ist schnell."), ["Wir nutzen eine API.", "Sie ist schnell."])
    }

    func testAbbreviationsDoNotEndSentences() {
        let cases = [
            "Wir bieten z. B. Kurse an.", "Wir bieten z.B. Kurse an.", "Das gilt d. h. für alle.",
            "Es kamen u. a. Kunden.", "Äpfel, Birnen o. Ä. Obst.", "Das gilt i. d. R. für Banken.",
            "Dies betrifft v. a. Banken.", "Sie sind z. T. Angestellte.", "Die Miete bzw. Pacht steigt.",
            "Das kostet ca. 5 Euro.", "Prof. Müller lehrt.", "Sie nutzt bspw. Excel.", "Siehe S. 5 im Anhang.",
            "Im 19. Jh. Entstand die Bank.",
        ]
        for text in cases {
            XCTAssertEqual(splitter.sentences(text), [text], text)
        }
    }

    func testFinalAbbreviationsEndASentenceBeforeASentenceStart() {
        XCTAssertEqual(splitter.sentences("Wir verkaufen Äpfel, Birnen usw. Dann schließen wir."),
                       ["Wir verkaufen Äpfel, Birnen usw.", "Dann schließen wir."])
        XCTAssertEqual(splitter.sentences("Wir verkaufen Äpfel, Birnen usw. Die Preise steigen."),
                       ["Wir verkaufen Äpfel, Birnen usw.", "Die Preise steigen."])
        XCTAssertEqual(splitter.sentences("Äpfel, Birnen usw. Gemüse kommt später."), ["Äpfel, Birnen usw. Gemüse kommt später."])
        XCTAssertEqual(splitter.sentences("Er mag Tee, Kaffee etc. Danach ging er."), ["Er mag Tee, Kaffee etc.", "Danach ging er."])
    }

    func testOrdinals() {
        XCTAssertEqual(splitter.sentences("Am 3. Oktober ist Feiertag."), ["Am 3. Oktober ist Feiertag."])
        XCTAssertEqual(splitter.sentences("Ludwig XIV. König von Frankreich, starb 1715."), ["Ludwig XIV. König von Frankreich, starb 1715."])
        XCTAssertEqual(splitter.sentences("Sie belegte den 2. Platz im Wettbewerb."), ["Sie belegte den 2. Platz im Wettbewerb."])
        XCTAssertEqual(splitter.sentences("Die Zahl war 3. Dann kam die 4."), ["Die Zahl war 3.", "Dann kam die 4."])
    }

    func testQuestionsAndExclamations() {
        XCTAssertEqual(splitter.sentences("Passt der Beruf zu Ihnen? Finden Sie es heraus! Los geht's."),
                       ["Passt der Beruf zu Ihnen?", "Finden Sie es heraus!", "Los geht's."])
    }
}

final class EnglishSentenceTests: XCTestCase {
    private var splitter: SentenceSplitter!

    override func setUpWithError() throws {
        splitter = SentenceSplitter(profile: try Profiles.load("en"))
    }

    func testAbbreviations() {
        let cases = [
            "We met Dr. Smith at noon.", "Ask St. Mary's Hospital.", "Martin Luther King Jr. Day is a holiday.",
            "Use tools, e.g. Excel and Word.", "Clerks, i.e. Office Workers, file.", "It takes approx. Ten minutes.",
            "See Fig. 3 for details.", "It is No. 1 in sales.", "Read Vol. 2 first.", "He has a Ph.D. In physics.",
            "See the guide, cf. Chapter 2.", "They met at 9 a.m. on Monday.",
        ]
        for text in cases {
            XCTAssertEqual(splitter.sentences(text), [text], text)
        }
    }

    func testFinalAbbreviations() {
        XCTAssertEqual(splitter.sentences("He works at Acme Inc. The company is large."), ["He works at Acme Inc.", "The company is large."])
        XCTAssertEqual(splitter.sentences("She moved to the U.S. Army base."), ["She moved to the U.S. Army base."])
        XCTAssertEqual(splitter.sentences("She moved to the U.S. It was 2010."), ["She moved to the U.S.", "It was 2010."])
        XCTAssertEqual(splitter.sentences("Call at 5 p.m. Then leave."), ["Call at 5 p.m.", "Then leave."])
    }

    func testInitials() {
        XCTAssertEqual(splitter.sentences("J. R. Smith founded the firm."), ["J. R. Smith founded the firm."])
    }
}
