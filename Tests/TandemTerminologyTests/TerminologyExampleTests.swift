import TandemCore
import TandemReview
@testable import TandemTerminology
import XCTest

/// Runs every terminology check's passing and failing examples (the ones beside each check's code).
final class TerminologyExampleTests: XCTestCase {
    func testEveryCheckHasPassingAndFailingExamples() {
        for (id, examples) in TerminologyChecks.examples {
            XCTAssertTrue(examples.contains(where: \.isFailing), "\(id) has no failing example")
            XCTAssertTrue(examples.contains { !$0.isFailing }, "\(id) has no passing example")
        }
    }

    func testExamples() throws {
        for (id, examples) in TerminologyChecks.examples {
            for example in examples {
                let findings = try TestSupport.findings(example.pairs, glossary: example.glossary, checks: [id])
                let label = "\(id): \(example.note) — \(example.pairs.map { "\($0.source) → \($0.target)" }.joined(separator: " / "))"
                XCTAssertEqual(findings.count, example.expected.count,
                               "\(label)\nfound: \(findings.map { "\($0.source?.text ?? "-") → \($0.target?.text ?? "-") [\($0.suggestion ?? "")]" })")
                for expected in example.expected {
                    let match = findings.first { finding in
                        (expected.side == .source ? finding.source : finding.target)?.text == expected.excerpt
                    }
                    XCTAssertNotNil(match, "\(label)\nexpected a finding at '\(expected.excerpt)' on the \(expected.side) side; found \(findings.map { ($0.source?.text ?? "-", $0.target?.text ?? "-") })")
                    if let match, let suggestion = expected.suggestion {
                        XCTAssertEqual(match.suggestion?.components(separatedBy: ", ").first, suggestion, label)
                    }
                    XCTAssertEqual(match?.category, .terminology, label)
                    XCTAssertEqual(match?.check, id, label)
                }
            }
        }
    }
}

/// The terminology checks inside the review engine (as `tandem review` runs them).
final class ReviewEngineAdapterTests: XCTestCase {
    func testDescriptorsRunTheirExamplesThroughTheEngine() throws {
        let descriptors = TerminologyReviewChecks.descriptors
        XCTAssertEqual(descriptors.map(\.id), TerminologyChecks.ids)
        for descriptor in descriptors {
            // Examples that need their own glossary (all of do-not-translate's) are not shown by the engine.
            if descriptor.id != "terminology-do-not-translate" {
                XCTAssertTrue(descriptor.examples.contains(where: \.isFailing), "\(descriptor.id) shows no failing example")
            }
            for example in descriptor.examples {
                let findings = try ExampleRunner.findings(of: example, registry: CheckRegistry([descriptor]))
                let label = "\(descriptor.id): \(example.note)"
                XCTAssertEqual(findings.count, example.expected.count, "\(label): \(findings.map { $0.target?.text ?? $0.source?.text ?? "" })")
                for expected in example.expected {
                    XCTAssertTrue(findings.contains { ((expected.side == .source ? $0.source : $0.target)?.text) == expected.excerpt }, label)
                }
            }
        }
    }

    func testRegisteredBesideTheBuiltInChecks() throws {
        var registry = CheckRegistry.builtIn
        TerminologyReviewChecks.register(into: &registry)
        XCTAssertEqual(Array(registry.ids.suffix(4)), TerminologyChecks.ids)
        // The four checks of one review share one analysis; each reports only its own findings.
        let context = try ReviewContext.englishToGerman()
        let engine = try ReviewEngine(context: context, registry: TerminologyReviewChecks.registry)
        let pairs = try TestSupport.pairs([
            ("The bank teller counted the cash.", "Der Erzähler zählte das Bargeld."),
            ("Customer service representatives answer calls.", "Kundendienstmitarbeiter/-innen beantworten Anrufe."),
            ("Customer service representatives explain bills.", "Kundendienstmitarbeiter/-innen erklären Rechnungen."),
            ("Customer service representatives need a diploma.", "Kundenbetreuer/-innen brauchen einen Abschluss."),
        ])
        var findings: [Finding] = []
        for pair in pairs { findings += engine.review(pair) }
        findings += engine.finish()
        XCTAssertEqual(findings.map { "\($0.check) \($0.target?.text ?? "")" },
                       ["terminology-forbidden Erzähler", "terminology-consistency Kundenbetreuer/-innen"])
        XCTAssertEqual(findings.map(\.pairIndex), [0, 3])
    }
}
