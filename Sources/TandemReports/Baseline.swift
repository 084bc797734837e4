import Foundation
import TandemCore

/// Accepted findings, by fingerprint: with a baseline, only new findings count.
///
/// The file is JSON: `{"schemaVersion":1,"findings":[{"fingerprint":…,"check":…,"text":…}]}`;
/// a fingerprint listed twice accepts two findings with that fingerprint. `tandem review`
/// and `tandem lint` write and read the same format. The earlier lint format,
/// `{"schemaVersion":1,"tool":"tandem","fingerprints":[…]}`, is still read: each fingerprint
/// it lists accepts every finding that has it, as it did.
public struct Baseline: Sendable, Equatable {
    /// How many findings of each fingerprint are accepted.
    public private(set) var counts: [String: Int]

    public init(findings: [Finding]) {
        var counts: [String: Int] = [:]
        for finding in findings { counts[finding.fingerprint, default: 0] += 1 }
        self.counts = counts
    }

    /// Reads a baseline file.
    public static func load(path: String) throws(InputError) -> Baseline {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw FileManager.default.fileExists(atPath: path) ? .unreadable(path: path, reason: "\(error.localizedDescription)") : .notFound(path: path)
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw .syntax(path: path, line: 1, column: 1, message: "expected a tandem baseline: {\"schemaVersion\":1,\"findings\":[…]}")
        }
        var counts: [String: Int] = [:]
        if object["findings"] == nil, let fingerprints = object["fingerprints"] as? [Any] {
            for (index, item) in fingerprints.enumerated() {
                guard let fingerprint = item as? String else {
                    throw .syntax(path: path, line: 1, column: 1, message: "fingerprint \(index + 1) is not a string")
                }
                counts[fingerprint] = Int.max
            }
            var baseline = Baseline(findings: [])
            baseline.counts = counts
            return baseline
        }
        guard let entries = object["findings"] as? [[String: Any]] else {
            throw .syntax(path: path, line: 1, column: 1, message: "expected a tandem baseline: {\"schemaVersion\":1,\"findings\":[…]}")
        }
        for (index, entry) in entries.enumerated() {
            guard let fingerprint = entry["fingerprint"] as? String else {
                throw .syntax(path: path, line: 1, column: 1, message: "finding \(index + 1) has no fingerprint")
            }
            counts[fingerprint, default: 0] += 1
        }
        var baseline = Baseline(findings: [])
        baseline.counts = counts
        return baseline
    }

    /// The baseline file for `findings`, byte-stable.
    public static func render(_ findings: [Finding]) -> [UInt8] {
        var out = "{\"schemaVersion\":1,\"findings\":["
        for (index, finding) in FindingOrder.sorted(findings).enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "{\"fingerprint\":\(JSONText.quote(finding.fingerprint)),\"check\":\(JSONText.quote(finding.check))"
            out += ",\"text\":\(JSONText.quote(finding.target?.text ?? finding.source?.text ?? ""))}"
        }
        out += "\n]}\n"
        return Array(out.utf8)
    }

    /// Splits findings into new ones and those the baseline accepts, each in the order given
    /// (where a fingerprint is accepted fewer times than it occurs, the first ones are accepted).
    public func partition(_ findings: [Finding]) -> (new: [Finding], accepted: [Finding]) {
        var remaining = counts
        var new: [Finding] = []
        var accepted: [Finding] = []
        for finding in findings {
            if let count = remaining[finding.fingerprint], count > 0 {
                remaining[finding.fingerprint] = count - 1
                accepted.append(finding)
            } else {
                new.append(finding)
            }
        }
        return (new, accepted)
    }
}
