import Foundation
import TandemCore
import TandemReview
@testable import TandemTerminology
import XCTest

/// The checks on real texts: the bundled sample pair and the seed machine translation
/// (planted and real errors found, correct titles in every form left alone).
final class AccuracyTests: XCTestCase {
    /// Findings on two files, aligned the way `tandem review` aligns them.
    private func findings(source: String, target: String) throws -> [Finding] {
        let input = try ReviewInput.texts(source: source, target: target, sourceLanguage: "en", targetLanguage: "de",
                                          locales: TestSupport.locales)
        return TerminologyReviewer.findings(in: input.alignedPairs, index: try TestSupport.bundled())
    }

    private func describe(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.check) \($0.severity) line \($0.target?.line ?? $0.source?.line ?? 0): \($0.source?.text ?? "-") → \($0.target?.text ?? "-") [\($0.suggestion ?? "")]" }
    }

    /// The answer key of a text: (line, excerpt) of every error listed, by the check expected to find it.
    private func answerKey(_ path: String) throws -> [(line: Int, check: String, excerpt: String)] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst().compactMap { row in
            let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 5, let line = Int(cells[0]) else { return nil }
            return (line, cells[3], cells[4])
        }
    }

    /// Asserts that the findings are exactly `expected` (target line, target excerpt, check) and all in the answer key.
    private func assertFindings(_ found: [Finding], _ expected: [(Int, String, String)], key: String,
                                file: StaticString = #filePath, line: UInt = #line) throws {
        let actual = found.map { ($0.target?.line ?? 0, $0.target?.text ?? "", $0.check) }
        XCTAssertEqual(actual.map { "\($0.0) \($0.1) \($0.2)" }.sorted(), expected.map { "\($0.0) \($0.1) \($0.2)" }.sorted(),
                       describe(found).joined(separator: "\n"), file: file, line: line)
        let errors = try answerKey(key)
        for finding in found {
            let line = finding.target?.line ?? 0
            let listed = errors.contains { $0.line == line && (finding.target?.text.contains($0.excerpt) == true || $0.excerpt.contains(finding.target?.text ?? "\u{0}")) }
            XCTAssertTrue(listed, "not in the answer key: \(describe([finding]))", file: file, line: line == 0 ? 0 : UInt(line))
        }
    }

    func testSamplePair() throws {
        let sample = "\(TestSupport.locales)/samples/customer-service-representative"
        let found = try findings(source: "\(sample).en.md", target: "\(sample).de.md")
        try assertFindings(found, [
            (58, "Erzähler", "terminology-forbidden"),
            (59, "Sachbearbeiter bestellen", "terminology-forbidden"),
            (60, "Gönner", "terminology-forbidden"),
            (33, "Kundenbetreuer/-innen", "terminology-consistency"),
        ], key: "\(sample).errors.tsv")
        let suggestions = Dictionary(found.map { ($0.target?.text ?? "", $0.suggestion ?? "") }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(suggestions["Erzähler"], "Bankkassierer")
        XCTAssertEqual(suggestions["Sachbearbeiter bestellen"], "Auftragssachbearbeiter/-in")
        XCTAssertEqual(suggestions["Kundenbetreuer/-innen"], "Kundendienstmitarbeiter/-innen")
        XCTAssertTrue(found.filter { $0.check == "terminology-forbidden" }.allSatisfy { $0.severity == .critical })
    }

    func testSeedMachineTranslation() throws {
        let shared = ProcessInfo.processInfo.environment["TANDEM_SHARED"]
            ?? TestSupport.repository.deletingLastPathComponent().appendingPathComponent("shared").path
        let seed = "\(shared)/seed/kundendienstmitarbeiter.de.txt"
        guard FileManager.default.fileExists(atPath: seed) else { throw XCTSkip("the seed text is not here: \(seed)") }
        let found = try findings(source: TestSupport.repository.appendingPathComponent("Benchmarks/seed/customer-service-representative.en.txt").path,
                                 target: seed)
        let lines = found.map { "\($0.target?.line ?? 0) \($0.check)" }.sorted()
        XCTAssertEqual(lines, ["112 terminology-forbidden", "79 terminology-forbidden", "80 terminology-forbidden",
                               "81 terminology-forbidden", "82 terminology-missing"], describe(found).joined(separator: "\n"))
        let forbidden = found.filter { $0.check == "terminology-forbidden" }.map { $0.target?.text ?? "" }.sorted()
        XCTAssertEqual(forbidden, ["Erzähler", "Gönner", "Naturwissenschaftler", "Sachbearbeiter bestellen"])
        XCTAssertEqual(found.first { $0.check == "terminology-missing" }?.source?.text, "Retail Salesperson")
        let key = try answerKey(TestSupport.repository.appendingPathComponent("Benchmarks/seed/seed-errors.tsv").path)
        for finding in found {
            let line = finding.target?.line ?? 0
            XCTAssertTrue(key.contains { $0.line == line && $0.check == "terminology" }, "line \(line) is not a terminology error of the key")
        }
    }
}

/// Correct translations made from the termbase's own labels: the checks must stay silent on them.
final class FalseAlarmTests: XCTestCase {
    /// "She works as a {English label}." / "Sie arbeitet als {German feminine label}." and more, for every
    /// `step`-th ESCO occupation with a preferred English label and German masculine and feminine labels.
    static func occupationSentences(step: Int = 9) throws -> [(source: String, target: String)] {
        let glossary = try BundledTermbase.load(directory: TestSupport.terminology)
        var pairs: [(source: String, target: String)] = []
        var chosen = 0
        for concept in glossary.concepts where concept.id.hasPrefix("esco:") {
            guard let english = concept.terms.first(where: { $0.language == "en" && $0.status == .preferred }),
                  let masculine = concept.terms.first(where: { $0.language == "de" && $0.status == .preferred && $0.gender == .masculine }),
                  let feminine = concept.terms.first(where: { $0.language == "de" && $0.status == .preferred && $0.gender == .feminine })
            else { continue }
            chosen += 1
            guard chosen % step == 0 else { continue }
            let en = english.text
            if let alternative = concept.terms.first(where: { $0.language == "en" && $0.status == .admitted && $0.origin == "esco" }) {
                pairs.append(("Our \(alternative.text) is here.", "Unser \(masculine.text) ist da."))
            }
            pairs.append(("She works as a \(en).", "Sie arbeitet als \(feminine.text)."))
            pairs.append(("He works as a \(en).", "Er arbeitet als \(masculine.text)."))
            if feminine.text == masculine.text + "in" {
                pairs.append(("We are hiring a \(en).", "Wir stellen eine:n \(masculine.text):in ein."))
                pairs.append(("Job offer: \(en).", "Stellenangebot: \(masculine.text) (m/w/d)."))
                pairs.append(("Every \(en) knows this.", "Alle \(feminine.text)nen und \(masculine.text) wissen das."))
            }
        }
        return pairs
    }

    func testNoFindingsOnCorrectOccupationSentences() throws {
        let texts = try Self.occupationSentences()
        XCTAssertGreaterThan(texts.count, 300)
        let pairs = try TestSupport.pairs(texts)
        let index = try TestSupport.bundled()
        // The source titles are found (else silence would prove nothing)…
        var analyzer = PairAnalyzer(index: index)
        let withTerms = analyzer.analyze(pairs.enumerated().map { ($0.offset, $0.element) }).filter { !$0.occurrences.isEmpty }.count
        XCTAssertGreaterThan(withTerms * 100, pairs.count * 95, "source terms found in \(withTerms) of \(pairs.count) pairs")
        // …and a wrong title is reported: each English label with the German label of the next occupation.
        let shifted = texts.enumerated().map { ($0.element.source, texts[($0.offset + 5) % texts.count].target) }
        let control = TerminologyReviewer.findings(in: try TestSupport.pairs(shifted), index: index)
        XCTAssertGreaterThan(control.count * 100, shifted.count * 50, "control: \(control.count) findings on \(shifted.count) wrong pairs")
        print("control: \(control.count) findings on \(shifted.count) mislabeled pairs; source terms in \(withTerms) of \(pairs.count) pairs")
        let findings = TerminologyReviewer.findings(in: pairs, index: index)
        let report = findings.map { "\($0.check): \($0.source?.text ?? "-") → \($0.target?.text ?? "-") | \(texts[$0.pairIndex ?? 0].target)" }
        print("false alarms: \(findings.count) in \(pairs.count) pairs\n" + report.joined(separator: "\n"))
        XCTAssertEqual(findings.count, 0, report.joined(separator: "\n"))
    }
}
