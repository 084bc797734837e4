import Foundation
import TandemCore
import TandemFormats

/// Accepted findings: a JSON file of fingerprints,
/// `{"schemaVersion":1,"tool":"tandem","fingerprints":["…"]}`. Findings whose
/// fingerprint is in the baseline do not count toward the exit status, so CI
/// fails only on new findings. Fingerprints hold no line numbers, so edits
/// elsewhere in a file do not invalidate them.
public struct Baseline: Sendable {
    public var fingerprints: Set<String>

    public init(fingerprints: Set<String>) {
        self.fingerprints = fingerprints
    }

    /// The baseline of `findings`.
    public init(findings: [Finding]) {
        self.fingerprints = Set(findings.map(\.fingerprint))
    }

    /// Reads a baseline file.
    public static func load(path: String) throws(InputError) -> Baseline {
        let source = try SourceText.load(path: path)
        let (root, _) = try JSONReader.parse(source)
        guard let list = root["fingerprints"], case let .array(items) = list.value else {
            throw source.error(at: root.position, "a baseline is a JSON object with a \"fingerprints\" array")
        }
        var fingerprints = Set<String>()
        for item in items {
            guard let text = item.string?.text else { throw source.error(at: item.position, "a fingerprint must be a string") }
            fingerprints.insert(text)
        }
        return Baseline(fingerprints: fingerprints)
    }

    /// The file's text: sorted fingerprints, one per line.
    public var text: String {
        let sorted = fingerprints.sorted()
        var output = "{\"schemaVersion\":1,\"tool\":\"tandem\",\"fingerprints\":["
        output += sorted.enumerated().map { ($0.offset == 0 ? "\n" : ",\n") + JSONText.quote($0.element) }.joined()
        output += sorted.isEmpty ? "]}\n" : "\n]}\n"
        return output
    }

    /// Whether `finding` is accepted.
    public func contains(_ finding: Finding) -> Bool {
        fingerprints.contains(finding.fingerprint)
    }
}
