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
        return TerminologyReviewer.findings(in: input.pairs, index: try TestSupport.bundled())
    }

    private func describe(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.check) \($0.severity) line \($0.target?.line ?? $0.source?.line ?? 0): \($0.source?.text ?? "-") → \($0.target?.text ?? "-") [\($0.suggestion ?? "")]" }
    }

    func testExploreSample() throws {
        let sample = "\(TestSupport.locales)/samples/customer-service-representative"
        let found = try findings(source: "\(sample).en.md", target: "\(sample).de.md")
        print(describe(found).joined(separator: "\n"))
    }

    func testExploreSeed() throws {
        let shared = ProcessInfo.processInfo.environment["TANDEM_SHARED"]
            ?? TestSupport.repository.deletingLastPathComponent().appendingPathComponent("shared").path
        let seed = "\(shared)/seed/kundendienstmitarbeiter.de.txt"
        guard FileManager.default.fileExists(atPath: seed) else { throw XCTSkip("the seed text is not here") }
        let found = try findings(source: TestSupport.repository.appendingPathComponent("Benchmarks/seed/customer-service-representative.en.txt").path, target: seed)
        print(describe(found).joined(separator: "\n"))
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
        let findings = TerminologyReviewer.findings(in: pairs, index: try TestSupport.bundled())
        let report = findings.map { "\($0.check): \($0.source?.text ?? "-") → \($0.target?.text ?? "-") | \(texts[$0.pairIndex ?? 0].target)" }
        print("false alarms: \(findings.count) in \(pairs.count) pairs\n" + report.joined(separator: "\n"))
        XCTAssertEqual(findings.count, 0, report.joined(separator: "\n"))
    }
}
