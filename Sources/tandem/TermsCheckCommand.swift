import ArgumentParser
import Foundation
import TandemCore
import TandemReports
import TandemReview
import TandemTerminology

/// `tandem terms check SOURCE TARGET`: only the terminology checks, with the
/// inputs, options, outputs and exit statuses of `tandem review`.
struct TermsCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a translation's terminology: missing approved terms, forbidden renderings, untranslatable terms, inconsistent variants.",
        discussion: """
        Give two texts (SOURCE TARGET, aligned sentence by sentence) or one bilingual file \
        (XLIFF 1.2/2.x, TMX 1.4b, gettext PO, two-column TSV). Without files, tandem checks \
        its bundled sample pair. Exit status: 0 no finding at or above --fail-on (default \
        major), 1 such findings, 2 unusable input.
        """
    )

    @OptionGroup var inputs: ReviewInputOptions

    @Option(help: "Output format: terminal or json.")
    var format: TermsCheckFormat = .terminal

    @OptionGroup var gate: FindingGateOptions

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        try inputs.validate(uiLanguage: global.uiLanguage)
    }

    func run() throws {
        let catalog = global.catalog()
        let locales = try ResourceLocator.requireLocales()
        let registry = TerminologyReviewChecks.registry

        // Settings: .tandem.yml (which may name any check of `tandem review`), then the command line.
        let configuration = try inputs.configuration(registry: ReviewCheckPlugins.registry())
        let input = try inputs.readInput(locales: locales, configuration: configuration, catalog: catalog)

        let context = try ReviewContext(sourceLanguage: input.sourceLanguage, targetLanguage: input.targetLanguage,
                                        glossaries: configuration.glossaries + inputs.glossaries, localesDirectory: locales)
        let engine = try ReviewEngine(context: context, registry: registry, settings: configuration.settings)
        let sink = try OutputSink(path: gate.output, spooled: format == .json)
        let review = StreamedReview(input: input, engine: engine)
        let result = try review.run(format == .json ? .jsonSegments(sink) : .withFindings)
        review.noteProblems()
        let (findings, accepted) = try gate.applyBaselines(to: FindingOrder.sorted(result.findings), catalog: catalog)

        let color = format == .terminal && gate.output == nil && Console.wantsColor()
        let reportContext = review.reportContext(findings, result: result, catalog: catalog,
                                                 rules: registry.reportRules(catalog: catalog), color: color)
        switch format {
        case .terminal: sink.write(bytes: TerminalReporter.render(findings, context: reportContext, summaryOnly: false))
        case .json: sink.write(JSONReporter.closing(findings, context: reportContext))
        }
        try sink.commit()
        gate.noteAccepted(accepted, catalog: catalog)
        try gate.failIfNeeded(findings, configured: configuration.failOn)
    }
}

/// Output formats of `tandem terms check`.
enum TermsCheckFormat: String, ExpressibleByArgument, CaseIterable {
    case terminal
    case json
}
