import ArgumentParser
import Foundation
import TandemCore
import TandemTerminology

/// `tandem terms lint FILE`: a glossary's own errors, each at its line and column.
struct TermsLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Find a glossary's own errors: duplicates, terms both approved and forbidden, entries without a target, unknown language codes, text not in NFC, malformed CSV or TBX.",
        discussion: "Exit status: 0 no problem, 1 problems found, 2 the file cannot be read."
    )

    @Argument(help: "The glossary (TBX, CSV or TSV).")
    var file: String

    @Option(name: .customLong("source-lang"), help: "The source language of source/target columns (default: en).")
    var sourceLanguage: String = "en"

    @Option(name: .customLong("target-lang"), help: "The target language every entry needs a term in (default: de).")
    var targetLanguage: String = "de"

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let catalog = global.catalog()
        let result = try GlossaryLinter(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage).lint(path: file)
        var out = ""
        for problem in result.problems {
            let message = catalog.format(problem.messageKey, problem.arguments)
            if let location = problem.location {
                out += "\(location.path):\(location.line):\(location.column): \(message)\n"
            } else {
                out += "\(file): \(message)\n"
            }
        }
        out += catalog.format("termsLintSummary", ["path": .string(file), "count": .integer(result.problems.count),
                                                  "concepts": .integer(result.glossary?.concepts.count ?? 0)]) + "\n"
        print(out, terminator: "")
        if !result.problems.isEmpty { throw ExitCode(ExitStatus.findings) }
    }
}
