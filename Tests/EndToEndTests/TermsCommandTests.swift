import Foundation
import XCTest

/// `tandem terms …` run as a user runs it: the built binary, its output and exit status.
final class TermsCommandTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws { directory = try TandemProcess.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    private func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private let sample = "Locales/samples/customer-service-representative"

    private func findings(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return object?["findings"] as? [[String: Any]] ?? []
    }

    // MARK: - check

    func testCheckFindsTheMislabeledTitlesOfTheSample() throws {
        let result = try TandemProcess.run(["terms", "check", "\(sample).en.md", "\(sample).de.md", "--format", "json"])
        XCTAssertEqual(result.status, 1, result.stderr)
        let found = try findings(result.stdout)
        let summary = found.map { finding -> String in
            let target = finding["target"] as? [String: Any]
            return "\(target?["line"] ?? 0) \(target?["text"] ?? "") \(finding["check"] ?? "") \(finding["severity"] ?? "")"
        }.sorted()
        XCTAssertEqual(summary, [
            "33 Kundenbetreuer/-innen terminology-consistency minor",
            "58 Erzähler terminology-forbidden critical",
            "59 Sachbearbeiter bestellen terminology-forbidden critical",
            "60 Gönner terminology-forbidden critical",
        ])
        XCTAssertTrue(found.allSatisfy { $0["category"] as? String == "terminology" })
        let teller = found.first { ($0["target"] as? [String: Any])?["text"] as? String == "Erzähler" }
        XCTAssertEqual(teller?["suggestion"] as? String, "Bankkassierer")
        XCTAssertEqual((teller?["source"] as? [String: Any])?["text"] as? String, "Bank teller")
        XCTAssertTrue((teller?["message"] as? String ?? "").contains("narrator"))
    }

    func testCheckTerminalReportAndGermanMessages() throws {
        let result = try TandemProcess.run(["terms", "check", "\(sample).en.md", "\(sample).de.md", "--ui-lang", "de"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stdout.contains("„Erzähler“ ist eine falsche Übersetzung von „Bank teller“"), result.stdout)
        XCTAssertTrue(result.stdout.contains("[terminology-forbidden]"), result.stdout)
    }

    func testCorrectTranslationPassesAndFailOnDecides() throws {
        let source = try write("en.txt", "The bank teller counted the cash.\n\nOur customer service representatives answer calls.\n")
        let target = try write("de.txt", "Die Bankkassiererin zählte das Bargeld.\n\nUnsere Kundendienstmitarbeiter*innen beantworten Anrufe.\n")
        let clean = try TandemProcess.run(["terms", "check", source, target, "--source-lang", "en", "--target-lang", "de", "--format", "json"])
        XCTAssertEqual(clean.status, 0, clean.stderr + clean.stdout)
        XCTAssertEqual(try findings(clean.stdout).count, 0)

        let wrong = try write("wrong.txt", "Der Erzähler zählte das Bargeld.\n\nUnsere Kundendienstmitarbeiter*innen beantworten Anrufe.\n")
        let critical = try TandemProcess.run(["terms", "check", source, wrong, "--source-lang", "en", "--target-lang", "de"])
        XCTAssertEqual(critical.status, 1)
        let output = directory.appendingPathComponent("report.json").path
        let written = try TandemProcess.run(["terms", "check", source, wrong, "--source-lang", "en", "--target-lang", "de",
                                             "--format", "json", "-o", output, "--fail-on", "critical"])
        XCTAssertEqual(written.status, 1)
        XCTAssertEqual(written.stdout, "")
        XCTAssertEqual(try findings(String(contentsOfFile: output, encoding: .utf8)).count, 1)
    }

    func testUserGlossaryFromOptionAndConfigurationWinsOverTheBundledOne() throws {
        let source = try write("en.txt", "Click Log in to continue.\n")
        let target = try write("de.txt", "Klicken Sie auf Einloggen, um fortzufahren.\n")
        let glossary = try write("team.csv", "en,de,status\nlog in,Anmelden,preferred\nlog in,Einloggen,forbidden\n")
        let byOption = try TandemProcess.run(["terms", "check", source, target, "--source-lang", "en", "--target-lang", "de",
                                              "--glossary", glossary, "--format", "json"])
        XCTAssertEqual(byOption.status, 1, byOption.stderr)
        let found = try findings(byOption.stdout)
        XCTAssertEqual(found.map { $0["check"] as? String }, ["terminology-forbidden"])
        XCTAssertEqual(found.first?["severity"] as? String, "major", "a user glossary's forbidden term is major")

        _ = try write(".tandem.yml", "glossaries: [team.csv]\n")
        let byConfiguration = try TandemProcess.run(["terms", "check", source, target, "--source-lang", "en", "--target-lang", "de",
                                                     "--format", "json"], in: directory)
        XCTAssertEqual(byConfiguration.status, 1, byConfiguration.stderr)
        XCTAssertEqual(try findings(byConfiguration.stdout).count, 1)
    }

    func testInputErrorsExitWithTwo() throws {
        let missing = try TandemProcess.run(["terms", "check", "no-such-file.en.txt", "\(sample).de.md", "--source-lang", "en", "--target-lang", "de"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("no-such-file.en.txt"), missing.stderr)
        let broken = try write("broken.csv", "en,de\nteller,\"Kassierer\n")
        let badGlossary = try TandemProcess.run(["terms", "check", "\(sample).en.md", "\(sample).de.md", "--glossary", broken])
        XCTAssertEqual(badGlossary.status, 2)
        XCTAssertTrue(badGlossary.stderr.contains("broken.csv:2:8:"), badGlossary.stderr)
    }

    // MARK: - lookup

    func testLookupShowsEveryEntryWithItsForms() throws {
        let result = try TandemProcess.run(["terms", "lookup", "teller"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("esco:2ff9e53c-6e7f-42af-8d71-b5dd7f283089"), "the entry whose term is the word comes first")
        XCTAssertTrue(result.stdout.contains("Bankkassierer/-in"))
        XCTAssertTrue(result.stdout.contains("only near: bank|deposit"))
        XCTAssertTrue(result.stdout.contains("Bankkassierer*in"))
        XCTAssertTrue(result.stdout.contains("fortune teller"))
        XCTAssertFalse(result.stdout.contains("Hersteller"), "a lower-case English word does not match inside German compounds")

        let german = try TandemProcess.run(["terms", "lookup", "Ärztinnen", "--lang", "de"])
        XCTAssertEqual(german.status, 0)
        XCTAssertTrue(german.stdout.contains("tandem:physician"), german.stdout)

        let none = try TandemProcess.run(["terms", "lookup", "Quxwort"])
        XCTAssertEqual(none.status, 1)
        XCTAssertEqual(none.stdout, "No glossary entry contains “Quxwort”.\n")
    }

    // MARK: - lint

    func testLintReportsEachProblemAtItsLineAndColumn() throws {
        let decomposed = "Ka\u{0308}severka\u{0308}ufer"
        let path = try write("team.csv", """
        en,de,status
        teller,Bankkassierer,preferred
        teller,Bankkassierer,preferred
        clerk,Sachbearbeiter,preferred
        clerk,Sachbearbeiter,forbidden
        cheese seller,\(decomposed),preferred
        undertaker,,
        """)
        let result = try TandemProcess.run(["terms", "lint", path])
        XCTAssertEqual(result.status, 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains("\(path):3:8: “Bankkassierer” (de) is listed twice in teller@2 (first on line 2)"), result.stdout)
        XCTAssertTrue(lines.contains("\(path):5:7: “Sachbearbeiter” (de) is both approved and forbidden in clerk@4"), result.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("\(path):6:15: ") && $0.contains("NFC") }, result.stdout)
        XCTAssertTrue(lines.contains("\(path):7:1: undertaker@7 has no de term"), result.stdout)
        XCTAssertEqual(lines.last, "\(path): 4 problems in 4 entries")

        let languages = try write("languages.tsv", "concept\tlang\tterm\nc1\ten\tteller\nc1\txx-Q1\tKassierer\n")
        let badLanguage = try TandemProcess.run(["terms", "lint", languages])
        XCTAssertTrue(badLanguage.stdout.contains("\(languages):3:"), badLanguage.stdout)
        XCTAssertTrue(badLanguage.stdout.contains("“xx-Q1” is not a known language code"), badLanguage.stdout)

        let tbx = try write("broken.tbx", "<tbx>\n<text><body>\n<conceptEntry id=\"a\">\n</body></text></tbx>\n")
        let malformed = try TandemProcess.run(["terms", "lint", tbx])
        XCTAssertEqual(malformed.status, 1)
        XCTAssertTrue(malformed.stdout.hasPrefix("\(tbx):4:1: "), malformed.stdout)

        let clean = try write("clean.tsv", "en\tde\nteller\tBankkassierer/-in\n")
        let ok = try TandemProcess.run(["terms", "lint", clean])
        XCTAssertEqual(ok.status, 0, ok.stdout)
        XCTAssertEqual(ok.stdout, "\(clean): no problems in 1 entry\n")
    }

    // MARK: - convert

    func testConvertRoundTripsBetweenCSVAndTBX() throws {
        let csv = try write("team.csv", "en,de,status,gender,note\nteller,Bankkassierer,preferred,m,\"bank, not story\"\nteller,Erzähler,forbidden,m,a narrator\n")
        let tbx = directory.appendingPathComponent("team.tbx").path
        let toTBX = try TandemProcess.run(["terms", "convert", csv, tbx])
        XCTAssertEqual(toTBX.status, 0, toTBX.stderr)
        let tbxText = try String(contentsOfFile: tbx, encoding: .utf8)
        XCTAssertTrue(tbxText.contains("<tbx style=\"dca\" type=\"TBX-Basic\""))
        XCTAssertTrue(tbxText.contains("<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"))
        XCTAssertTrue(toTBX.stderr.contains("1 entry with 3 terms written"), toTBX.stderr)

        let back = directory.appendingPathComponent("back.tsv").path
        XCTAssertEqual(try TandemProcess.run(["terms", "convert", tbx, back]).status, 0)
        let again = directory.appendingPathComponent("again.tbx").path
        XCTAssertEqual(try TandemProcess.run(["terms", "convert", back, again]).status, 0)
        XCTAssertEqual(try String(contentsOfFile: again, encoding: .utf8).replacingOccurrences(of: back, with: csv),
                       tbxText, "TBX → TSV → TBX gives the same TBX")

        let lintBack = try TandemProcess.run(["terms", "lint", back])
        XCTAssertEqual(lintBack.status, 0, lintBack.stdout)
    }
}
