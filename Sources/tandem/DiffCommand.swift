import ArgumentParser
import Foundation
import TandemCore
import TandemDiff
import TandemFormats
import TandemICU
import TandemReports
import TandemReview
import TandemSegmentation

/// `tandem diff OLD NEW`: what a revision changed, segment by segment: a word
/// diff (character by character inside changed words), edit figures (TER and
/// character distance), and with a source the review findings it fixed and
/// introduced.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a translation segment by segment.",
        discussion: """
        OLD and NEW are two versions of one translation (texts, or bilingual files: XLIFF, TMX, PO, TSV). \
        With --source, each version is aligned to the source and compared pair by pair, and both are \
        reviewed: the report says which findings the revision fixed and which it introduced. Without a \
        source, the two versions are aligned to each other; bilingual files are matched by unit id and \
        reviewed against their own source. Word edit rate (TER): insertions, deletions, substitutions and \
        shifts over the new version's words; character edit distance: Levenshtein over the longer text. \
        JSON: schema version 1, described in Reports/README.md. Exit status: 0 compared, 2 unusable input.
        """
    )

    @Argument(help: "The old version (a text or a bilingual file).")
    var old: String

    @Argument(help: "The new version (a text or a bilingual file).")
    var new: String

    @Option(help: "The source text both versions translate.")
    var source: String?

    @Option(help: "Output format: terminal, html or json.")
    var format: DiffFormat = .terminal

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "The language of the two versions (BCP 47), e.g. de; guessed when absent.")
    var lang: String?

    @Option(name: .customLong("source-lang"), help: "The language of the source (BCP 47), e.g. en; guessed when absent.")
    var sourceLanguage: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let catalog = global.catalog()
        let locales = try ResourceLocator.requireLocales()
        let oldBilingual = try Self.isBilingual(old)
        let newBilingual = try Self.isBilingual(new)
        if source != nil, oldBilingual || newBilingual {
            throw InputError.other(message: catalog.format("diffErrorSourceWithBilingual", ["path": .string(oldBilingual ? old : new)]))
        }
        let diff: RevisionDiff
        do {
            if let source {
                diff = try compareThroughSource(source, locales: locales)
            } else if oldBilingual && newBilingual {
                diff = try compareUnits(locales: locales)
            } else {
                diff = try compareVersions(oldBilingual: oldBilingual, newBilingual: newBilingual, locales: locales, catalog: catalog)
            }
        } catch let error as ReviewError {
            throw InputError.other(message: catalog.format(error.messageKey, error.messageArguments.mapValues { .string($0) }))
        }
        let bytes: [UInt8]
        switch format {
        case .terminal:
            let text = DiffTerminalWriter.render(diff, catalog: catalog, color: output == nil && Console.wantsColor())
            bytes = Array(text.utf8)
        case .json:
            bytes = DiffJSONWriter.render(diff, catalog: catalog, toolVersion: TandemVersion.string)
        case .html:
            bytes = HTMLRevisionReport.render(diff, catalog: catalog, stamp: HTMLReportStamp(toolVersion: TandemVersion.string))
        }
        let sink = try OutputSink(path: output)
        sink.write(bytes: bytes)
        try sink.commit()
    }

    // MARK: The three ways to compare

    /// Both versions aligned to the source, compared through it, both reviewed.
    private func compareThroughSource(_ source: String, locales: String) throws -> RevisionDiff {
        let oldInput = try ReviewInput.texts(source: source, target: old, sourceLanguage: sourceLanguage, targetLanguage: lang, locales: locales)
        let newInput = try ReviewInput.texts(source: source, target: new, sourceLanguage: sourceLanguage ?? oldInput.sourceLanguage.identifier,
                                             targetLanguage: lang ?? oldInput.targetLanguage.identifier, locales: locales)
        let oldItems = try oldInput.remainingItems()
        let newItems = try newInput.remainingItems()
        let oldPairs = oldItems.map(\.pair)
        let newPairs = newItems.map(\.pair)
        let sourceCount = (oldPairs + newPairs).flatMap(\.source).map(\.index).max().map { $0 + 1 } ?? 0
        let rows = SourceMerge.merge(old: oldPairs, new: newPairs, sourceCount: sourceCount)
        return RevisionComparer.compare(
            rows: rows, old: file(oldInput, pairs: oldPairs, path: old), new: file(newInput, pairs: newPairs, path: new),
            source: RevisionFile(path: source, language: oldInput.sourceLanguage.identifier, segments: sourceCount),
            oldFindings: try review(oldItems, of: oldInput, locales: locales), newFindings: try review(newItems, of: newInput, locales: locales))
    }

    /// Two bilingual files matched by unit id, each reviewed against its own source.
    private func compareUnits(locales: String) throws -> RevisionDiff {
        let oldInput = try ReviewInput.bilingual(path: old, sourceLanguage: sourceLanguage, targetLanguage: lang)
        let newInput = try ReviewInput.bilingual(path: new, sourceLanguage: sourceLanguage ?? oldInput.sourceLanguage.identifier,
                                                 targetLanguage: lang ?? oldInput.targetLanguage.identifier)
        let oldItems = try oldInput.remainingItems()
        let newItems = try newInput.remainingItems()
        let oldPairs = oldItems.map(\.pair)
        let newPairs = newItems.map(\.pair)
        let rows = UnitMatcher.match(old: oldPairs, new: newPairs)
        return RevisionComparer.compare(
            rows: rows, old: file(oldInput, pairs: oldPairs, path: old), new: file(newInput, pairs: newPairs, path: new),
            source: RevisionFile(path: new, language: newInput.sourceLanguage.identifier, segments: newPairs.count),
            oldFindings: try review(oldItems, of: oldInput, locales: locales), newFindings: try review(newItems, of: newInput, locales: locales))
    }

    /// Two versions aligned to each other (no source, no review).
    private func compareVersions(oldBilingual: Bool, newBilingual: Bool, locales: String, catalog: MessageCatalog) throws -> RevisionDiff {
        let language: LanguageTag
        if let lang {
            language = try LanguageResolver.tag(lang)
        } else {
            language = try guessLanguage(oldBilingual ? nil : old, newBilingual ? nil : new, locales: locales, catalog: catalog)
        }
        let oldSegments = try segments(of: old, bilingual: oldBilingual, language: language, locales: locales)
        let newSegments = try segments(of: new, bilingual: newBilingual, language: language, locales: locales)
        let rows = VersionAligner.align(old: oldSegments, new: newSegments)
        return RevisionComparer.compare(
            rows: rows, old: RevisionFile(path: old, language: language.identifier, segments: oldSegments.count),
            new: RevisionFile(path: new, language: language.identifier, segments: newSegments.count), source: nil)
    }

    // MARK: Reading

    private func file(_ input: ReviewInput, pairs: [SegmentPair], path: String) -> RevisionFile {
        RevisionFile(path: path, language: input.targetLanguage.identifier, segments: pairs.reduce(0) { $0 + $1.target.count })
    }

    /// The review findings of one version, as `tandem review` finds them (settings from .tandem.yml).
    private func review(_ items: [ReviewItem], of input: ReviewInput, locales: String) throws -> [Finding] {
        let registry = ReviewCheckPlugins.registry()
        var configuration = ReviewConfiguration()
        if let path = ReviewConfiguration.find() {
            configuration = try ReviewConfiguration.load(path: path, checks: registry.ids)
        }
        let context = try ReviewContext(sourceLanguage: input.sourceLanguage, targetLanguage: input.targetLanguage,
                                        glossaries: configuration.glossaries, localesDirectory: locales)
        let engine = try ReviewEngine(context: context, registry: registry, settings: configuration.settings)
        var findings: [Finding] = []
        for item in items {
            findings += engine.review(item.pair, sourceMarkers: item.sourceMarkers, targetMarkers: item.targetMarkers)
        }
        return findings + engine.finish()
    }

    /// The language of the versions, guessed from the first text among them.
    private func guessLanguage(_ first: String?, _ second: String?, locales: String, catalog: MessageCatalog) throws -> LanguageTag {
        for path in [first, second].compactMap({ $0 }) {
            if let guessed = try LanguageResolver.guess(path: path, locales: locales) {
                Console.note(catalog.format("noteLanguageGuessed", ["path": .string(path), "language": .string(guessed.identifier)]))
                return guessed
            }
        }
        if first == nil, second == nil, let declared = try BilingualReader.read(path: old).targetLanguage {
            return try LanguageResolver.tag(declared)
        }
        throw InputError.other(message: catalog.format("errorNoLanguage", ["path": .string(first ?? second ?? old)]))
    }

    /// The translated segments of a version: a text segmented, or the targets of a bilingual file.
    private func segments(of path: String, bilingual: Bool, language: LanguageTag, locales: String) throws -> [Segment] {
        if bilingual {
            return try BilingualReader.read(path: path, targetLanguage: language.identifier).segmentPairs().flatMap(\.target)
        }
        try LineReader.validate(path: path)
        let profile = try LanguageProfile.load(language: language.language, directory: locales)
        let stream = try Segmenter(profile: profile).stream(path: path)
        var segments: [Segment] = []
        while let block = try stream.next() { segments += block.segments }
        return segments
    }

    /// Whether the file is one of the bilingual formats (told by its content and extension).
    static func isBilingual(_ path: String) throws(InputError) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path: path) }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path: path, reason: "permission denied") }
        defer { try? handle.close() }
        let prefix: Data = (try? handle.read(upToCount: 4096)) ?? Data()
        return FormatDetector.detect(path: path, prefix: [UInt8](prefix))?.isBilingual ?? false
    }
}

/// Output formats of `tandem diff`.
enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case terminal
    case html
    case json
}
