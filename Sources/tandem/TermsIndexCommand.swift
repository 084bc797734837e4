import ArgumentParser
import Foundation
import TandemCore
import TandemTerminology

/// `tandem terms index`: rebuilds the precomputed English → German index of the
/// bundled termbase (`Locales/terminology/occupations.en-de.index`) after
/// `occupations.tsv` or `curated.tsv` changed; `scripts/build-termbase.py` runs it.
struct TermsIndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Rebuild the precomputed index of the bundled termbase (after editing Locales/terminology).",
        discussion: """
        tandem reads the index when it was built from exactly the termbase files next to it \
        by this version of the matcher, and compiles the TSV files otherwise (slower). \
        With --check, only tells whether the index is current (exit status 1 if not).
        """
    )

    @Option(help: "The termbase folder (default: the bundled Locales/terminology).")
    var directory: String?

    @Flag(help: "Only check whether the index is current.")
    var check = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        if check {
            guard try BundledTermbase.indexIsCurrent(directory: directory) else { throw ExitCode(ExitStatus.findings) }
            return
        }
        let path = try BundledTermbase.writeIndex(directory: directory)
        Console.note(path)
    }
}
