import ArgumentParser
import TandemCore
import TandemReports

/// What `review`, `terms check` and `lint` share about their findings: where the report
/// goes, which severity fails the run, and baselines.
struct FindingGateOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Exit with status 1 when a new finding has this severity or a higher one: neutral, minor, major, critical (default: major; review and terms check also read fail-on from .tandem.yml).")
    var failOn: Severity?

    @Option(help: "A baseline file: findings it lists are accepted, not shown, and do not count toward the exit status.")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Write all findings of this run to a baseline file (the format --baseline reads).")
    var writeBaseline: String?

    /// Writes the baseline when asked, then leaves out the findings the given baseline accepts.
    /// Returns the findings to report, and how many were accepted.
    func applyBaselines(to findings: [Finding], catalog: MessageCatalog) throws -> (shown: [Finding], accepted: Int) {
        if let writeBaseline {
            let sink = try OutputSink(path: writeBaseline)
            sink.write(bytes: Baseline.render(findings))
            try sink.commit()
            Console.note(catalog.format("noteBaselineWritten", ["path": .string(writeBaseline), "count": .integer(findings.count)]))
        }
        guard let baseline else { return (findings, 0) }
        let split = try Baseline.load(path: baseline).partition(findings)
        return (split.new, split.accepted.count)
    }

    /// Says how many findings the baseline accepted, if any.
    func noteAccepted(_ count: Int, catalog: MessageCatalog) {
        if count > 0 { Console.note(catalog.format("noteBaselineAccepted", ["count": .integer(count)])) }
    }

    /// Exits with status 1 when a finding reaches `--fail-on` (else the configured severity, else major).
    func failIfNeeded(_ findings: [Finding], configured: Severity? = nil) throws {
        let threshold = failOn ?? configured ?? .major
        if findings.contains(where: { $0.severity >= threshold }) {
            throw ExitCode(ExitStatus.findings)
        }
    }
}
