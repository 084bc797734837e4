import ArgumentParser
import Foundation
import TandemCore
import TandemReports
import TandemReview

/// `tandem review`: finds the likely errors of a translation, each at its
/// line and column on both sides, classified in MQM terms, with a suggestion
/// where one can be made.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review a translation against its source: numbers, locale conventions, typography, untranslated text, omissions, spelling, consistency, markup.",
        discussion: """
        Give two texts (SOURCE TARGET, aligned sentence by sentence) or one bilingual file \
        (XLIFF 1.2/2.x, TMX 1.4b, gettext PO, two-column TSV). Without files, tandem reviews \
        its bundled sample pair. Settings come from .tandem.yml (searched upward from the \
        working directory) or --config. Exit status: 0 no finding at or above --fail-on \
        (default major), 1 such findings, 2 unusable input.
        """
    )

    @OptionGroup var inputs: ReviewInputOptions

    @Option(help: "Output format: terminal, json, sarif, junit or html.")
    var format: ReviewFormat = .terminal

    @OptionGroup var gate: FindingGateOptions

    @Option(name: .customLong("disable"), help: "Switch a check off (repeatable), e.g. --disable spelling.")
    var disabled: [String] = []

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        try inputs.validate(uiLanguage: global.uiLanguage)
    }

    func run() throws {
        let catalog = global.catalog()
        let locales = try ResourceLocator.requireLocales()
        let registry = ReviewCheckPlugins.registry()

        // Settings: .tandem.yml, then the command line.
        var configuration = try inputs.configuration(registry: registry)
        for id in disabled {
            guard registry.ids.contains(id) else {
                throw InputError.other(message: catalog.format("errorUnknownCheck", ["check": .string(id), "checks": .string(registry.ids.joined(separator: ", "))]))
            }
            configuration.settings.disabled.insert(id)
        }
        let sample = inputs.isSample
        let input = try inputs.readInput(locales: locales, configuration: configuration, catalog: catalog)

        // Review.
        let context = try ReviewContext(sourceLanguage: input.sourceLanguage, targetLanguage: input.targetLanguage,
                                        glossaries: configuration.glossaries + inputs.glossaries, localesDirectory: locales)
        if configuration.settings.isEnabled("spelling"), context.target.hunspell == nil, let problem = context.target.dictionaryProblem {
            Console.note(catalog.format("noteNoDictionary", ["problem": .string(problem)]))
        }
        let engine = try ReviewEngine(context: context, registry: registry, settings: configuration.settings)
        let sink = try OutputSink(path: gate.output, spooled: format == .json)
        let use: StreamedReview.PairUse
        switch format {
        case .json: use = .jsonSegments(sink)
        case .html: use = .all
        case .terminal: use = .withFindings
        case .sarif, .junit: use = .none
        }
        let review = StreamedReview(input: input, engine: engine)
        let result = try review.run(use)
        review.noteProblems()
        let (findings, accepted) = try gate.applyBaselines(to: FindingOrder.sorted(result.findings), catalog: catalog)

        // Report.
        let color = format == .terminal && gate.output == nil && Console.wantsColor()
        var reportContext = review.reportContext(findings, result: result, catalog: catalog,
                                                 rules: registry.reportRules(catalog: catalog), color: color)
        if format == .sarif { reportContext.lines = LineTexts.read(for: findings, context: reportContext) }
        switch format {
        case .terminal: sink.write(bytes: TerminalReporter.render(findings, context: reportContext, summaryOnly: sample))
        case .json: sink.write(JSONReporter.closing(findings, context: reportContext))
        case .sarif: sink.write(bytes: SARIFReporter.render(findings, context: reportContext))
        case .junit: sink.write(bytes: JUnitReporter.render(findings, context: reportContext))
        case .html: sink.write(bytes: HTMLReviewReport.render(findings, pairs: result.pairs, context: reportContext))
        }
        try sink.commit()
        if sample, format == .terminal, gate.output == nil {
            print(catalog.format("noteSampleReview", ["source": .string(input.sourcePath), "target": .string(input.targetPath)]))
        }
        gate.noteAccepted(accepted, catalog: catalog)
        try gate.failIfNeeded(findings, configured: configuration.failOn)
    }

}

/// Output formats of `tandem review`.
enum ReviewFormat: String, ExpressibleByArgument, CaseIterable {
    case terminal
    case json
    case sarif
    case junit
    case html
}

extension Severity: ExpressibleByArgument {}
