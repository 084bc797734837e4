import TandemAlignment
import TandemCore
import XCTest

final class AlignerTests: XCTestCase {
    private func align(_ english: String, _ german: String, dictionary: BilingualDictionary? = Fixtures.dictionary,
                       file: StaticString = #filePath, line: UInt = #line) -> [SegmentPair] {
        let source = Fixtures.blocks(english, language: "en")
        let target = Fixtures.blocks(german, language: "de")
        let pairs = Fixtures.aligner(dictionary: dictionary).align(source: source, target: target)
        Fixtures.assertComplete(pairs, source, target, file: file, line: line)
        return pairs
    }

    func testOneToOneParagraphs() {
        let pairs = align("""
        The server stores every file in a database. Each customer receives a bill at the end of the month.

        Install the package with apt-get before the first start.
        """, """
        Der Server speichert jede Datei in einer Datenbank. Jeder Kunde erhält am Monatsende eine Rechnung.

        Installieren Sie das Paket vor dem ersten Start mit apt-get.
        """)
        XCTAssertEqual(pairs.map(\.kind), ["1-1", "1-1", "1-1"])
        XCTAssertTrue(pairs[2].targetText.contains("apt-get"))
        XCTAssertGreaterThan(pairs.map(\.score).min()!, 0.5)
    }

    func testOmittedSentenceIsOneToZero() {
        let pairs = align("""
        The office opens at 8 a.m. on weekdays. Visitors must register at the front desk. \
        The cafeteria serves lunch from 11:30 to 14:00. Parking is free for all guests.
        """, """
        Das Büro öffnet an Werktagen um 8 Uhr. Die Kantine bietet von 11:30 bis 14:00 Uhr Mittagessen an. \
        Das Parken ist für alle Gäste kostenlos.
        """)
        XCTAssertEqual(pairs.map(\.kind), ["1-1", "1-0", "1-1", "1-1"], Fixtures.summary(pairs).joined(separator: "\n"))
        XCTAssertEqual(pairs[1].sourceText, "Visitors must register at the front desk.")
        XCTAssertTrue(pairs[1].target.isEmpty)
    }

    func testAddedSentenceIsZeroToOne() {
        let pairs = align("""
        The update takes about 15 minutes. Restart the computer afterwards.
        """, """
        Die Aktualisierung dauert etwa 15 Minuten. Speichern Sie vorher alle offenen Dokumente, \
        damit keine Änderungen verloren gehen. Starten Sie den Computer danach neu.
        """)
        XCTAssertEqual(pairs.map(\.kind), ["1-1", "0-1", "1-1"], Fixtures.summary(pairs).joined(separator: "\n"))
        XCTAssertTrue(pairs[1].targetText.hasPrefix("Speichern"))
    }

    func testTwoSentencesBecomeOne() {
        let pairs = align("""
        Our team has 14 members. They work in Berlin and Vienna. The project started in 2019.
        """, """
        Unser Team hat 14 Mitglieder, die in Berlin und Wien arbeiten. Das Projekt begann 2019.
        """)
        XCTAssertEqual(pairs.map(\.kind), ["2-1", "1-1"], Fixtures.summary(pairs).joined(separator: "\n"))
        XCTAssertEqual(pairs[0].source.count, 2)
    }

    func testOneSentenceBecomesTwo() {
        let pairs = align("""
        The museum, which was founded in 1887 by the merchant Karl Weber, shows 3,400 paintings from Bavaria. \
        Admission costs 12 euros.
        """, """
        Das Museum wurde 1887 von dem Kaufmann Karl Weber gegründet. Es zeigt 3.400 Gemälde aus Bayern. \
        Der Eintritt kostet 12 Euro.
        """)
        XCTAssertEqual(pairs.map(\.kind), ["1-2", "1-1"], Fixtures.summary(pairs).joined(separator: "\n"))
    }

    func testMissingBulletDoesNotShiftTheRest() {
        let pairs = align("""
        # Requirements

        - A computer with 8 GB of memory.
        - A network connection of at least 50 Mbit/s.
        - A headset with a microphone.
        - Two hours of training per week.
        - A quiet room without visitors.

        Send your application to jobs@example.com by 31 March.
        """, """
        # Voraussetzungen

        - Ein Computer mit 8 GB Arbeitsspeicher.
        - Eine Netzwerkverbindung mit mindestens 50 Mbit/s.
        - Zwei Stunden Schulung pro Woche.
        - Ein ruhiger Raum ohne Besucher.

        Senden Sie Ihre Bewerbung bis zum 31. März an jobs@example.com.
        """)
        XCTAssertEqual(pairs.map(\.kind), ["1-1", "1-1", "1-1", "1-0", "1-1", "1-1", "1-1"], Fixtures.summary(pairs).joined(separator: "\n"))
        XCTAssertEqual(pairs[3].sourceText, "A headset with a microphone.")
        XCTAssertTrue(pairs[4].targetText.hasPrefix("Zwei Stunden"))
        XCTAssertTrue(pairs[6].targetText.contains("jobs@example.com"))
    }

    func testTableRowsAlignCellByCell() {
        let pairs = align("""
        | Occupation | Median pay | Education |
        |---|---|---|
        | Bank teller | $37,100 | High school diploma |
        | Order clerk | $40,250 | High school diploma |
        """, """
        | Beruf | Medianlohn | Ausbildung |
        |---|---|---|
        | Bankkassierer/-in | 37.100 USD | Schulabschluss |
        | Auftragssachbearbeiter/-in | 40.250 USD | Schulabschluss |
        """)
        XCTAssertEqual(pairs.count, 9, Fixtures.summary(pairs).joined(separator: "\n"))
        XCTAssertTrue(pairs.allSatisfy { $0.kind == "1-1" })
        XCTAssertEqual(pairs[4].sourceText, "$37,100")
        XCTAssertEqual(pairs[4].targetText, "37.100 USD")
        XCTAssertEqual(pairs[7].targetText, "40.250 USD")
    }

    func testNumbersAndNamesDecideBetweenSimilarSentences() {
        // Without words in common, only the values and names tell which sentence is missing.
        let pairs = align("""
        In 2021 the company sold 4,250 licenses. Anna Schmidt joined in 2022. \
        Revenue reached $1.8 million in 2023. The office in Graz opened in 2024.
        """, """
        Im Jahr 2021 verkaufte das Unternehmen 4.250 Lizenzen. Der Umsatz erreichte 2023 \
        1,8 Millionen USD. Das Büro in Graz wurde 2024 eröffnet.
        """, dictionary: nil)
        XCTAssertEqual(pairs.map(\.kind), ["1-1", "1-0", "1-1", "1-1"], Fixtures.summary(pairs).joined(separator: "\n"))
        XCTAssertEqual(pairs[1].sourceText, "Anna Schmidt joined in 2022.")
    }

    func testGermanFrenchWithoutDictionary() {
        let source = Fixtures.blocks("""
        # Installation

        Laden Sie die Datei setup-2.4.1.tar.gz von https://example.org herunter. Entpacken Sie sie in /opt/tandem.

        - Version 2.4.1 benötigt 512 MB Speicher.
        - Die Konfiguration steht in /etc/tandem/config.yaml.
        - Fragen beantwortet Marie Dupont unter support@example.org.
        """, language: "de")
        let target = Fixtures.blocks("""
        # Installation

        Téléchargez le fichier setup-2.4.1.tar.gz depuis https://example.org. Décompressez-le dans /opt/tandem.

        - La configuration se trouve dans /etc/tandem/config.yaml.
        - Marie Dupont répond aux questions à support@example.org.
        """, language: "fr")
        let aligner = Aligner(sourceLanguage: "de", targetLanguage: "fr", dictionary: Fixtures.dictionary)
        XCTAssertFalse(aligner.usesDictionary)
        let pairs = aligner.align(source: source, target: target)
        Fixtures.assertComplete(pairs, source, target)
        XCTAssertEqual(pairs.map(\.kind), ["1-1", "1-1", "1-1", "1-0", "1-1", "1-1"], Fixtures.summary(pairs).joined(separator: "\n"))
        XCTAssertTrue(pairs[3].sourceText.contains("512 MB"))
    }

    func testWorksWithoutDictionary() {
        let pairs = align("""
        Chapter 3 explains the installation. Chapter 4 covers the configuration of Apache 2.4.
        """, """
        Kapitel 3 erklärt die Installation. Kapitel 4 behandelt die Konfiguration von Apache 2.4.
        """, dictionary: nil)
        XCTAssertEqual(pairs.map(\.kind), ["1-1", "1-1"])
    }

    func testEmptySideLeavesEverythingUnpaired() {
        let source = Fixtures.blocks("One sentence. Another sentence.", language: "en")
        let pairs = Fixtures.aligner().align(source: source, target: [])
        Fixtures.assertComplete(pairs, source, [])
        XCTAssertEqual(pairs.map(\.kind), ["1-0", "1-0"])
        XCTAssertTrue(Fixtures.aligner().align(source: [], target: []).isEmpty)
    }

    func testVeryDifferentLengthsStillPairWhatMatches() {
        let source = Fixtures.blocks((1...40).map { "Item \($0) costs \($0 * 3) dollars." }.joined(separator: "\n\n"), language: "en")
        let target = Fixtures.blocks("Artikel 7 kostet 21 Dollar.\n\nArtikel 30 kostet 90 Dollar.", language: "de")
        let pairs = Fixtures.aligner().align(source: source, target: target)
        Fixtures.assertComplete(pairs, source, target)
        let paired = pairs.filter { $0.kind == "1-1" }
        XCTAssertEqual(paired.map(\.sourceText), ["Item 7 costs 21 dollars.", "Item 30 costs 90 dollars."])
        XCTAssertEqual(pairs.filter { $0.kind == "1-0" }.count, 38)
    }

    func testSameLanguageAlignsByIdenticalWords() {
        let source = Fixtures.blocks("The first draft. A paragraph that was removed later. The final words.", language: "en")
        let target = Fixtures.blocks("The first draft. The final words.", language: "en")
        let pairs = Aligner(sourceLanguage: "en", targetLanguage: "en", dictionary: nil).align(source: source, target: target)
        Fixtures.assertComplete(pairs, source, target)
        XCTAssertEqual(pairs.map(\.kind), ["1-1", "1-0", "1-1"])
    }

    func testLongInputStaysInsideTheBand() {
        // 3,000 numbered lines with every 50th missing on the target side.
        let englishLines = (0..<3000).map { "Line \($0): the value is \($0 * 7)." }
        let germanLines = (0..<3000).filter { $0 % 50 != 25 }.map { "Zeile \($0): Der Wert ist \($0 * 7)." }
        let source = LineSegments.blocks(of: englishLines.joined(separator: "\n"))
        let target = LineSegments.blocks(of: germanLines.joined(separator: "\n"))
        let pairs = Fixtures.aligner().align(source: source, target: target)
        Fixtures.assertComplete(pairs, source, target)
        XCTAssertEqual(pairs.filter { $0.kind == "1-0" }.count, 60)
        XCTAssertEqual(pairs.filter { $0.kind == "1-1" }.count, 2940)
    }
}
