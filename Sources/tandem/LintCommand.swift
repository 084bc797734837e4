import ArgumentParser
import Foundation
import TandemCore
import TandemFormats
import TandemLint
import TandemReports
import TandemSegmentation

/// `tandem lint PATH…`: checks locale files (and the bilingual files of a
/// translation workflow) for what breaks an app or a build: parse errors,
/// duplicate and missing keys, untranslated values, placeholders, ICU syntax,
/// plural forms, normalization, encodings and invisible characters.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check locale files: keys, placeholders, ICU messages, plural forms, encodings.",
        discussion: """
        PATH may be files or folders. Files of one resource in different languages are grouped \
        by their layout (values-de/strings.xml, de.lproj/, locales/de/…, messages_de.properties, \
        de.po, app_de.arb, *.xcstrings) or by resources: patterns in the lint: section of \
        .tandem.yml, and each language is checked against the reference language. \
        Formats: XLIFF 1.2 and 2.x, TMX, TBX, gettext PO, two-column TSV, .strings, \
        .stringsdict, .xcstrings, Android strings.xml, i18next JSON, WebExtension messages.json, \
        Flutter ARB, Java .properties, Rails YAML. Checks: \(LintChecks.all.map { $0.id }.joined(separator: ", ")). \
        --fix applies only fixes that cannot change meaning (NFC, a stray byte-order mark, \
        trailing white space where the format ignores it). Exit status: 0 no new finding at or \
        above --fail-on, 1 such findings, 2 unusable input.
        JSON: {"schemaVersion":1,"tool":"tandem","command":"lint","files":[…],"findings":[{"check":…,\
        "category":…,"mqm":…,"severity":…,"message":…,"suggestion":…,"fingerprint":…,\
        "source":{"path":…,"line":…,"column":…,"length":…,"text":…}|null,"target":{…}|null}]}: \
        "target" is where the finding is in the linted file, "source" the matching place in the reference.
        """
    )

    @Argument(help: "Locale files or folders to check.")
    var paths: [String]

    @Option(help: "The reference language the others are checked against (default: en, or lint.reference in .tandem.yml).")
    var reference: String?

    @Option(help: "The configuration file (default: the nearest .tandem.yml).")
    var config: String?

    @Option(help: "Output format: terminal, json, sarif or junit.")
    var format: ReportFormat = .terminal

    @OptionGroup var gate: FindingGateOptions

    @Flag(help: "Apply the safe fixes (NFC, a stray byte-order mark, trailing white space the format ignores), then report what is left.")
    var fix = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let catalog = global.catalog()
        var configuration = LintConfiguration()
        if let path = config ?? ConfigurationFile.nearest() {
            configuration = try LintConfiguration.load(path: path)
        }
        if let reference {
            configuration.reference = try LanguageResolver.tag(reference).identifier
        }
        let engine = LintEngine(configuration: configuration)
        var report = try engine.run(paths: paths)
        if fix {
            let changed = try LintFixer().fix(report.findings)
            for path in changed { Console.note(catalog.format("lintFixed", ["path": .string(path)])) }
            if !changed.isEmpty { report = try engine.run(paths: paths) }
        }
        let (shown, accepted) = try gate.applyBaselines(to: report.findings, catalog: catalog)
        gate.noteAccepted(accepted, catalog: catalog)
        let root = FileManager.default.currentDirectoryPath
        let sink = try OutputSink(path: gate.output)
        if let reporter = format.reporter {
            let context = LintReportContext(command: "lint", catalog: catalog, files: report.files,
                                            colored: format == .terminal && gate.output == nil && Console.wantsColor())
            sink.write(bytes: reporter.render(shown, context: context))
        } else {
            sink.write(bytes: sarif(shown, root: root, catalog: catalog))
        }
        try sink.commit()
        try gate.failIfNeeded(shown)
    }
}

extension ReportFormat: ExpressibleByArgument {}

extension LintCommand {
    /// The findings as SARIF, written by the reporter `tandem review` uses; columns in UTF-16
    /// code units from the lines of the files the findings name.
    func sarif(_ findings: [Finding], root: String, catalog: MessageCatalog) -> [UInt8] {
        let rules = LintChecks.all.map { check in
            ReportRule(id: check.id, category: check.category, severity: check.severity,
                                     summary: catalog.format(check.descriptionKey), help: "tandem lint: \(check.id) (\(check.category.mqm))")
        }
        var context = ReportContext(
            toolVersion: TandemVersion.string, source: nil, target: nil, rootDirectory: root, catalog: catalog,
            rules: rules, pairs: [], score: QualityScore(findings: findings, sourceWords: 0))
        context.lines = LineTexts.read(for: findings, context: context)
        return SARIFReporter.render(findings, context: context)
    }
}
