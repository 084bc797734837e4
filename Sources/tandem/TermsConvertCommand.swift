import ArgumentParser
import Foundation
import TandemCore
import TandemTerminology

/// `tandem terms convert IN OUT`: CSV/TSV to TBX-Basic and back.
struct TermsConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a glossary between CSV/TSV and TBX (the format follows each file's extension).",
        discussion: """
        OUT ending in .tbx gets TBX-Basic (TBX v3); .csv or .tsv gets the termbase's own layout \
        (concept, lang, term, status, gender, source, context, note), which keeps every entry's \
        terms and their properties. Exit status: 0 written, 2 unusable input.
        """
    )

    @Argument(help: "The glossary to read (TBX, CSV or TSV).")
    var input: String

    @Argument(help: "The file to write (.tbx, .csv or .tsv).")
    var output: String

    @Option(name: .customLong("source-lang"), help: "The language of a source column (default: en).")
    var sourceLanguage: String = "en"

    @Option(name: .customLong("target-lang"), help: "The language of a target column (default: de).")
    var targetLanguage: String = "de"

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let catalog = global.catalog()
        let outputFormat = GlossaryFormat(path: output)
        let glossary = try GlossaryFile.read(path: input, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        let sink = try OutputSink(path: output)
        sink.write(GlossaryFile.text(glossary, format: outputFormat))
        try sink.commit()
        Console.note(catalog.format("termsConverted", ["output": .string(output), "concepts": .integer(glossary.concepts.count),
                                                      "terms": .integer(glossary.termCount)]))
    }
}
