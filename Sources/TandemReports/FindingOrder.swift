import TandemCore

/// The order every report lists findings in: by pair, then by position on
/// the target side (file, line, column: findings of several files, as lint's,
/// stay grouped by file), then the source side, then check and fingerprint.
public enum FindingOrder {
    public static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.sorted { a, b in
            if a.pairIndex != b.pairIndex { return (a.pairIndex ?? Int.max) < (b.pairIndex ?? Int.max) }
            let pathA = a.target?.path ?? "", pathB = b.target?.path ?? ""
            if pathA != pathB { return pathA < pathB }
            let keyA = key(a), keyB = key(b)
            if keyA != keyB { return keyA.lexicographicallyPrecedes(keyB) }
            if a.check != b.check { return a.check < b.check }
            if a.messageKey != b.messageKey { return a.messageKey < b.messageKey }
            return a.fingerprint < b.fingerprint
        }
    }

    private static func key(_ finding: Finding) -> [Int] {
        [finding.pairIndex ?? Int.max,
         finding.target?.line ?? Int.max, finding.target?.column ?? Int.max,
         finding.source?.line ?? Int.max, finding.source?.column ?? Int.max]
    }
}
