import ArgumentParser
import Foundation
import TandemAlignment
import TandemCore
import TandemICU
import TandemSegmentation

/// `tandem align SOURCE TARGET`: pairs the sentences of a text with those of
/// its translation and writes the pairs as text, TSV, JSON or TMX.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align a text with its translation, sentence by sentence.",
        discussion: """
        Blocks (headings, paragraphs, list items, table rows) are aligned first, then the \
        sentences inside them, by length, numbers, identical names and codes, structure and \
        (for German and English) the dictionary of the Debian package trans-de-en \
        (/usr/share/trans/de-en; another path can be given in TANDEM_DICTIONARY). \
        Pairs 1-0 and 0-1 are omissions and additions; every pair has a score from 0 to 1.
        JSON: {"schemaVersion":1,"source":{"path":…,"language":…},"target":{…},"pairs":[{"kind":"1-1",\
        "score":0.97,"source":[{"index":4,"line":13,"column":1,"text":…}],"target":[…]}]}.
        """
    )

    @Argument(help: "The source text (UTF-8 or UTF-16 with a byte-order mark; plain text or Markdown).")
    var source: String

    @Argument(help: "The translation.")
    var target: String

    @Option(name: .customLong("source-lang"), help: "The source language as a BCP 47 tag.")
    var sourceLanguage: String = "en"

    @Option(name: .customLong("target-lang"), help: "The target language as a BCP 47 tag.")
    var targetLanguage: String = "de"

    @Option(help: "Output format: text, tsv, json or tmx.")
    var format: AlignmentFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "The inputs are already segmented: each non-empty line is one segment.")
    var segmented = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let catalog = global.catalog()
        let locales = try ResourceLocator.requireLocales()
        // Bad bytes in either file stop the command before any output.
        try LineReader.validate(path: source)
        try LineReader.validate(path: target)
        let sourceTag = try LanguageResolver.tag(sourceLanguage)
        let targetTag = try LanguageResolver.tag(targetLanguage)

        let sourceBlocks = try blocks(path: source, language: sourceTag, locales: locales)
        let targetBlocks = try blocks(path: target, language: targetTag, locales: locales)
        noteProblems(catalog: catalog, locales: locales, sourceTag: sourceTag, targetTag: targetTag,
                     sourceBlocks: sourceBlocks, targetBlocks: targetBlocks)

        let aligner = Aligner(sourceLanguage: sourceTag.identifier, targetLanguage: targetTag.identifier,
                              dictionary: dictionary(catalog: catalog, sourceTag: sourceTag, targetTag: targetTag))
        let pairs = aligner.align(source: sourceBlocks, target: targetBlocks)
        let report = AlignmentReport(
            source: AlignmentSide(path: source, language: sourceTag.identifier),
            target: AlignmentSide(path: target, language: targetTag.identifier),
            pairs: pairs, toolVersion: TandemVersion.string
        )
        let sink = try OutputSink(path: output)
        sink.write(report.render(format))
        try sink.commit()
    }

    private func blocks(path: String, language: LanguageTag, locales: String) throws(InputError) -> [Block] {
        if segmented { return try LineSegments.read(path: path) }
        let profile = try LanguageProfile.load(language: language.language, directory: locales)
        let stream = try Segmenter(profile: profile).stream(path: path)
        var blocks: [Block] = []
        while let block = try stream.next() { blocks.append(block) }
        return blocks
    }

    /// The German–English dictionary when the pair needs it; a note and nil when it cannot be read.
    private func dictionary(catalog: MessageCatalog, sourceTag: LanguageTag, targetTag: LanguageTag) -> BilingualDictionary? {
        guard Set([sourceTag.language, targetTag.language]) == ["de", "en"] else { return nil }
        let path = ProcessInfo.processInfo.environment["TANDEM_DICTIONARY"] ?? BilingualDictionary.defaultPath
        do {
            return try BilingualDictionary.shared(path: path)
        } catch {
            Console.note(catalog.format("alignNoteDictionaryMissing", ["reason": .string(catalog.message(for: error))]))
            return nil
        }
    }

    /// Notes on standard error about inputs that will not align well.
    private func noteProblems(catalog: MessageCatalog, locales: String, sourceTag: LanguageTag, targetTag: LanguageTag,
                              sourceBlocks: [Block], targetBlocks: [Block]) {
        if sourceTag.language == targetTag.language {
            Console.note(catalog.format("alignNoteSameLanguage", ["language": .string(sourceTag.identifier)]))
        } else {
            for (path, tag, blocks) in [(source, sourceTag, sourceBlocks), (target, targetTag, targetBlocks)] {
                guard LanguageResolver.guessable.contains(tag.language) else { continue }
                let sample = blocks.lazy.flatMap(\.segments).prefix(200).map(\.text).joined(separator: "\n")
                if let guessed = try? LanguageResolver.guess(text: sample, locales: locales), guessed.language != tag.language {
                    Console.note(catalog.format("alignNoteLanguageMismatch", [
                        "path": .string(path), "guessed": .string(guessed.identifier), "given": .string(tag.identifier),
                    ]))
                }
            }
        }
        let sourceCount = sourceBlocks.reduce(0) { $0 + $1.segments.count }
        let targetCount = targetBlocks.reduce(0) { $0 + $1.segments.count }
        if sourceCount == 0 {
            Console.note(catalog.format("alignNoteNoText", ["path": .string(source)]))
        } else if targetCount == 0 {
            Console.note(catalog.format("alignNoteNoText", ["path": .string(target)]))
        } else if max(sourceCount, targetCount) >= 10, max(sourceCount, targetCount) > 3 * min(sourceCount, targetCount) {
            Console.note(catalog.format("alignNoteLengthMismatch", [
                "source": .string(source), "sourceCount": .integer(sourceCount),
                "target": .string(target), "targetCount": .integer(targetCount),
            ]))
        }
    }
}

extension AlignmentFormat: ExpressibleByArgument {}
