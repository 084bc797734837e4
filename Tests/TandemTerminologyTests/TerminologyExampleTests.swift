import TandemCore
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
