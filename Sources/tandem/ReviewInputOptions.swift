import ArgumentParser
import TandemCore
import TandemReports
import TandemReview

/// What `tandem review` and `tandem terms check` read: the files, their
/// languages, the configuration file and extra glossaries.
struct ReviewInputOptions: ParsableArguments {
    @Argument(help: "SOURCE TARGET (two texts), or one bilingual file; none: the bundled sample.")
    var files: [String] = []

    @Option(name: .customLong("source-lang"), help: "The source language (BCP 47), e.g. en.")
    var sourceLanguage: String?

    @Option(name: .customLong("target-lang"), help: "The target language (BCP 47), e.g. de, de-AT, de-CH.")
    var targetLanguage: String?

    @Option(help: "The configuration file (default: the nearest .tandem.yml).")
    var config: String?

    @Option(name: .customLong("glossary"), help: "A glossary (TBX, CSV or TSV) for the terminology checks, added to the bundled termbase (repeatable).")
    var glossaries: [String] = []

    /// Whether no files were given: the bundled sample is reviewed.
    var isSample: Bool { files.isEmpty }

    /// Rejects more than two files, in the UI language.
    func validate(uiLanguage: String?) throws {
        if files.count > 2 {
            throw ValidationError(Console.catalog(language: uiLanguage).format("errorReviewArguments", ["count": .integer(files.count)]))
        }
    }

    /// `.tandem.yml` (or `--config`), checked against the registry's check ids.
    func configuration(registry: CheckRegistry) throws -> ReviewConfiguration {
        guard let path = config ?? ReviewConfiguration.find() else { return ReviewConfiguration() }
        return try ReviewConfiguration.load(path: path, checks: registry.ids)
    }

    /// The segment pairs to review: the bundled sample, one bilingual file, or two aligned texts.
    func readInput(locales: String, configuration: ReviewConfiguration, catalog: MessageCatalog) throws -> ReviewInput {
        let source = sourceLanguage ?? configuration.sourceLanguage
        let target = targetLanguage ?? configuration.targetLanguage
        do {
            switch files.count {
            case 0:
                let sample = "\(locales)/samples/customer-service-representative"
                return try ReviewInput.texts(source: "\(sample).en.md", target: "\(sample).de.md",
                                             sourceLanguage: source ?? "en", targetLanguage: target ?? "de", locales: locales)
            case 1:
                return try ReviewInput.bilingual(path: files[0], sourceLanguage: source, targetLanguage: target)
            default:
                return try ReviewInput.texts(source: files[0], target: files[1], sourceLanguage: source, targetLanguage: target, locales: locales)
            }
        } catch let error as ReviewError {
            throw InputError.other(message: catalog.format(error.messageKey, error.messageArguments.mapValues { .string($0) }))
        }
    }
}

extension CheckRegistry {
    /// The registry's checks as report rules, described in the UI language.
    func reportRules(catalog: MessageCatalog) -> [ReportRule] {
        descriptors.map { descriptor in
            ReportRule(id: descriptor.id, category: descriptor.category, severity: descriptor.severity,
                       summary: catalog.format(descriptor.summaryKey), help: CheckHelp.text(descriptor, catalog: catalog))
        }
    }
}
