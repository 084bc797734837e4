import TandemCore
import TandemReview
import XCTest

/// Runs every example of every check: passing examples must give no finding
/// (from that check, nor from any other), failing ones the finding they name.
final class CheckExampleTests: XCTestCase {
    private func normalized(_ text: String?) -> String? {
        text.map { String($0.unicodeScalars.map { $0 == "\u{A0}" || $0 == "\u{202F}" ? " " : Character($0) }) }
    }

    func testEveryCheckHasPassingAndFailingExamples() {
        for descriptor in CheckRegistry.builtIn.descriptors {
            XCTAssertTrue(descriptor.examples.contains { !$0.isFailing }, "\(descriptor.id): no passing example")
            XCTAssertTrue(descriptor.examples.contains { $0.isFailing }, "\(descriptor.id): no failing example")
        }
    }

    func testExamplesOfEachCheck() throws {
        for descriptor in CheckRegistry.builtIn.descriptors {
            let alone = CheckRegistry([descriptor])
            for (number, example) in descriptor.examples.enumerated() {
                let label = "\(descriptor.id) example \(number + 1) (\(example.pairs.map { "\($0.source) → \($0.target)" }.joined(separator: " | ")))"
                let findings = try ExampleRunner.findings(of: example, registry: alone)
                if !example.isFailing {
                    XCTAssertEqual(findings.map(\.messageKey), [], "\(label): expected no finding, got \(findings.map { "\($0.messageKey) \($0.target?.text ?? $0.source?.text ?? "")" })")
                    continue
                }
                for expected in example.expected {
                    let match = findings.first { finding in
                        let span = expected.side == .source ? finding.source : finding.target
                        return span?.text == expected.excerpt && (expected.pair == nil || finding.pairIndex == expected.pair)
                    }
                    guard let match else {
                        XCTFail("\(label): expected a finding at «\(expected.excerpt)», got \(findings.map { "\($0.messageKey) source «\($0.source?.text ?? "")» target «\($0.target?.text ?? "")»" })")
                        continue
                    }
                    if let suggestion = expected.suggestion {
                        XCTAssertEqual(normalized(match.suggestion), normalized(suggestion), label)
                    }
                }
            }
        }
    }

    func testPassingExamplesAreQuietForAllChecks() throws {
        for descriptor in CheckRegistry.builtIn.descriptors {
            for example in descriptor.examples where !example.isFailing {
                let findings = try ExampleRunner.findings(of: example, registry: .builtIn)
                XCTAssertEqual(findings.map { "\($0.check): \($0.messageKey) «\($0.target?.text ?? $0.source?.text ?? "")»" }, [],
                               "\(descriptor.id): \(example.pairs.map { "\($0.source) → \($0.target)" })")
            }
        }
    }
}
