import ArgumentParser
import TandemCore
import TandemICU
import TandemSegmentation

/// `tandem segment FILE`: cuts a text into headings, paragraphs, list items,
/// table rows and sentences, with each segment's line and column.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split a text into segments (sentences) with their positions.",
        discussion: """
        Text format: one segment per line, LINE:COLUMN<TAB>KIND<TAB>TEXT.
        JSON format: {"schemaVersion":1,"path":…,"language":…,"segments":[{"index":0,"line":1,\
        "column":1,"kind":"heading","block":0,"text":…}]}.
        """
    )

    @Argument(help: "The text file (UTF-8, or UTF-16 with a byte-order mark; plain text or Markdown).")
    var file: String

    @Option(help: "The text's language as a BCP 47 tag (e.g. de, en, de-CH); guessed when absent.")
    var lang: String?

    @Option(help: "Output format: text or json.")
    var format: SegmentFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let catalog = global.catalog()
        let locales = try ResourceLocator.requireLocales()
        // Read the whole file once first: bad bytes stop the command before any output.
        try LineReader.validate(path: file)
        let language: LanguageTag
        if let lang {
            language = try LanguageResolver.tag(lang)
        } else if let guessed = try LanguageResolver.guess(path: file, locales: locales) {
            language = guessed
            Console.note(catalog.format("noteLanguageGuessed", ["path": .string(file), "language": .string(guessed.identifier)]))
        } else {
            throw InputError.other(message: catalog.format("errorNoLanguage", ["path": .string(file)]))
        }
        let profile = try LanguageProfile.load(language: language.language, directory: locales)
        let stream = try Segmenter(profile: profile).stream(path: file)
        let sink = try OutputSink(path: output)
        let writer = SegmentWriter(format: format, sink: sink, path: file, language: language.identifier)
        writer.begin()
        while let block = try stream.next() {
            for segment in block.segments { writer.write(segment) }
        }
        writer.end()
        try sink.commit()
    }
}

/// Output formats of `tandem segment`.
enum SegmentFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// Writes segments as they come, in text or JSON.
struct SegmentWriter {
    let format: SegmentFormat
    let sink: OutputSink
    let path: String
    let language: String
    private var first = Box(true)

    init(format: SegmentFormat, sink: OutputSink, path: String, language: String) {
        self.format = format
        self.sink = sink
        self.path = path
        self.language = language
    }

    func begin() {
        if format == .json {
            sink.write("{\"schemaVersion\":1,\"path\":\(JSONText.quote(path)),\"language\":\(JSONText.quote(language)),\"segments\":[")
        }
    }

    func write(_ segment: Segment) {
        switch format {
        case .text:
            sink.write("\(segment.line):\(segment.column)\t\(segment.kind.rawValue)\t\(segment.text)\n")
        case .json:
            let separator = first.value ? "\n" : ",\n"
            first.value = false
            sink.write("\(separator){\"index\":\(segment.index),\"line\":\(segment.line),\"column\":\(segment.column),\"kind\":\"\(segment.kind.rawValue)\",\"block\":\(segment.block),\"text\":\(JSONText.quote(segment.text))}")
        }
    }

    func end() {
        if format == .json { sink.write("\n]}\n") }
    }
}

/// A mutable flag shared by copies of a struct.
final class Box<Value> {
    var value: Value
    init(_ value: Value) { self.value = value }
}
