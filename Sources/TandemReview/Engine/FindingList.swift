import TandemCore

/// The findings a check adds for a pair (or at the end of a document), with
/// the target offsets they cover so the engine can silence overlapping ones.
public struct FindingList {
    /// A finding and the scalar range of the target text it covers in its pair, if any.
    public struct Entry {
        public var finding: Finding
        public var targetRange: Range<Int>?
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    /// The findings, in the order they were added.
    public var findings: [Finding] { entries.map(\.finding) }

    public mutating func append(_ finding: Finding, targetRange: Range<Int>? = nil) {
        entries.append(Entry(finding: finding, targetRange: targetRange))
    }

    /// Adds a finding of `check` on `pair`, pointing at `source` and `target` ranges of the pair's texts.
    public mutating func add(_ descriptor: CheckDescriptor, pair: PairView, key: String, arguments: [String: String] = [:],
                             source: Range<Int>? = nil, target: Range<Int>? = nil, suggestion: String? = nil,
                             severity: Severity? = nil, category: FindingCategory? = nil, discriminator: String = "") {
        let finding = Finding(
            check: descriptor.id, category: category ?? descriptor.category, severity: severity ?? descriptor.severity,
            messageKey: key, messageArguments: arguments, suggestion: suggestion,
            source: source.flatMap { pair.source.span($0) }, target: target.flatMap { pair.target.span($0) },
            pairIndex: pair.index, discriminator: discriminator)
        append(finding, targetRange: target)
    }

    mutating func removeAll(where predicate: (Entry) -> Bool) {
        entries.removeAll(where: predicate)
    }

    mutating func append(contentsOf other: FindingList) {
        entries.append(contentsOf: other.entries)
    }
}
