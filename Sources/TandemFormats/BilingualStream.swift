import TandemCore

/// A bilingual file read unit by unit: memory holds the unit being read and a
/// window of the file, never the whole document.
///
///     let stream = try BilingualStream.open(path: "big.xlf")
///     print(stream.sourceLanguage, stream.targetLanguage)   // known once open
///     while let unit = try stream.next() { … }
///
/// The units are the same, in the same order, as ``BilingualReader`` gives for
/// the file. Problems the reader notes along the way (duplicate ids, missing
/// attributes) are collected in ``problems``. XLIFF 2 files are not checked
/// against the XLIFF 2 core constraints here; `tandem lint` does that.
public final class BilingualStream {
    public let path: String
    public let format: FileFormat
    /// The source language the file declares, if any.
    public var sourceLanguage: String? { producer.sourceLanguage }
    /// The target language the file declares (or, for TMX, the one chosen), if any.
    public var targetLanguage: String? { producer.targetLanguage }
    /// Problems noted so far that did not stop the reading.
    public var problems: [FormatProblem] { producer.problems }

    private var producer: any UnitProducer
    private var queue: [TranslationUnit] = []
    private var queueStart = 0
    private var ended = false

    private init(path: String, format: FileFormat, producer: any UnitProducer) {
        self.path = path
        self.format = format
        self.producer = producer
    }

    /// Opens the bilingual file at `path` and reads up to its first unit, so that its
    /// languages are known. For a TMX file holding several languages, `targetLanguage`
    /// picks the target side (default: the first language other than the source).
    /// `chunkSize` is how many bytes each read of the file adds.
    public static func open(path: String, targetLanguage: String? = nil,
                            chunkSize: Int = StreamedText.defaultChunkSize) throws(InputError) -> BilingualStream {
        let prefix = try prefixBytes(path: path)
        guard let format = FormatDetector.detect(path: path, prefix: prefix[...]), format.isBilingual else {
            throw .other(message: "\(path): tandem cannot read this file as a bilingual file; it reads XLIFF 1.2 and 2.x (.xlf, .xliff), TMX 1.4b (.tmx), gettext PO (.po, .pot) and two-column TSV (.tsv)")
        }
        let producer: any UnitProducer
        switch format {
        case .xliff12: producer = XLIFF12Units(parser: try .streaming(path: path, chunkSize: chunkSize))
        case .xliff2: producer = XLIFF2Units(parser: try .streaming(path: path, chunkSize: chunkSize))
        case .tmx: producer = TMXUnits(parser: try .streaming(path: path, chunkSize: chunkSize), targetLanguage: targetLanguage)
        case .po: producer = LineRecordUnits(text: try StreamedText(path: path, chunkSize: chunkSize), kind: .po)
        case .tsv: producer = LineRecordUnits(text: try StreamedText(path: path, chunkSize: chunkSize), kind: .tsv)
        default: throw .other(message: "\(path): \(format.displayName) is not a bilingual format")
        }
        let stream = BilingualStream(path: path, format: format, producer: producer)
        try stream.prime()
        return stream
    }

    /// The next unit, or nil after the last.
    public func next() throws(InputError) -> TranslationUnit? {
        while queueStart == queue.count {
            queue.removeAll(keepingCapacity: true)
            queueStart = 0
            if ended { return nil }
            ended = !(try producer.produce(into: &queue))
        }
        defer { queueStart += 1 }
        return queue[queueStart]
    }

    /// Reads until a unit is waiting and the languages are known (or the file ends).
    private func prime() throws(InputError) {
        while !ended, queue.count == queueStart || (producer.targetLanguage == nil && queue.count - queueStart < 10_000) {
            ended = !(try producer.produce(into: &queue))
        }
    }

    /// The first bytes of the file as they are, for recognizing its format.
    private static func prefixBytes(path: String) throws(InputError) -> [UInt8] {
        try StreamedText.rawPrefix(path: path, count: 4096)
    }
}

/// Reads the units of one format, some at a time.
protocol UnitProducer {
    var sourceLanguage: String? { get }
    var targetLanguage: String? { get }
    var problems: [FormatProblem] { get }
    /// Appends the next units (at least one unless the file has ended); false at the end.
    mutating func produce(into units: inout [TranslationUnit]) throws(InputError) -> Bool
}

/// XLIFF 1.2: `<file>` start tags give the languages, each `<trans-unit>` is read whole.
private struct XLIFF12Units: UnitProducer {
    var stream: XMLElementStream
    var sourceLanguage: String?
    var targetLanguage: String?
    var problems: [FormatProblem] = []
    /// The current `<file>`'s languages and unit ids, and whether it has a `<body>`.
    var file: (source: String?, target: String?, seen: FirstPositions, hasBody: Bool)?
    var sawFile = false
    /// `translate` of the open `<file>` and `<group>` elements, innermost last.
    var translate: [Bool] = []

    init(parser: XMLPullParser) {
        stream = XMLElementStream(parser: parser) { element, parents in
            element.localName == "trans-unit" && ["body", "group"].contains(parents.last?.localName ?? "")
                && parents.count >= 3 && parents[1].localName == "file"
        }
    }

    mutating func produce(into units: inout [TranslationUnit]) throws(InputError) -> Bool {
        while let item = try stream.next() {
            switch item {
            case let .start(element):
                if stream.isAtRoot {
                    try stream.requireRoot(element, named: "xliff")
                    continue
                }
                let depth = stream.ancestors.count
                if depth == 2, element.localName == "file" {
                    sawFile = true
                    if element["source-language"] == nil {
                        problems.append(FormatProblem(code: "xliff-structure", message: "<file> has no source-language attribute", position: element.position))
                    }
                    sourceLanguage = sourceLanguage ?? element["source-language"]
                    targetLanguage = targetLanguage ?? element["target-language"]
                    file = (element["source-language"], element["target-language"], FirstPositions(), false)
                    translate = [element["translate"] != "no"]
                } else if depth == 3, element.localName == "body", stream.ancestors[1].localName == "file" {
                    file?.hasBody = true
                } else if element.localName == "group", depth >= 4, ["body", "group"].contains(stream.ancestors[depth - 2].localName) {
                    translate.append(element["translate"].map { $0 != "no" } ?? (translate.last ?? true))
                }
            case let .end(element):
                let depth = stream.ancestors.count + 1
                if depth == 2, element.localName == "file" {
                    if file?.hasBody == false {
                        problems.append(FormatProblem(code: "xliff-structure", message: "<file> has no <body>", position: element.position))
                    }
                    file = nil
                } else if depth == 1, !sawFile {
                    problems.append(FormatProblem(code: "xliff-structure", message: "<xliff> contains no <file> element", position: element.position))
                } else if element.localName == "group", depth >= 4, translate.count > 1 {
                    translate.removeLast()
                }
            case let .element(element):
                guard file != nil else { continue }
                if let unit = XLIFF12Reader.unit(element, translate: translate.last ?? true, sourceLanguage: file!.source,
                                                 targetLanguage: file!.target, seen: &file!.seen, problems: &problems) {
                    units.append(unit)
                    return true
                }
            }
        }
        return false
    }
}

/// XLIFF 2.x: the root's `srcLang`/`trgLang` give the languages, each `<unit>` is read whole.
private struct XLIFF2Units: UnitProducer {
    var stream: XMLElementStream
    var sourceLanguage: String?
    var targetLanguage: String?
    var problems: [FormatProblem] = []
    var translate: [Bool] = []

    init(parser: XMLPullParser) {
        stream = XMLElementStream(parser: parser) { element, parents in
            element.localName == "unit" && element.namespace == XLIFF2Reader.namespace
                && ["file", "group"].contains(parents.last?.localName ?? "") && parents.count >= 2
        }
    }

    mutating func produce(into units: inout [TranslationUnit]) throws(InputError) -> Bool {
        while let item = try stream.next() {
            switch item {
            case let .start(element):
                if stream.isAtRoot {
                    try stream.requireRoot(element, named: "xliff")
                    sourceLanguage = element["srcLang"]
                    targetLanguage = element["trgLang"]
                    continue
                }
                guard element.namespace == XLIFF2Reader.namespace else { continue }
                if element.localName == "file", stream.ancestors.count == 2 {
                    translate = [element["translate"] != "no"]
                } else if element.localName == "group", !translate.isEmpty {
                    translate.append(element["translate"].map { $0 != "no" } ?? (translate.last ?? true))
                }
            case let .end(element):
                guard element.namespace == XLIFF2Reader.namespace else { continue }
                if element.localName == "group", translate.count > 1 { translate.removeLast() }
            case let .element(element):
                guard !translate.isEmpty else { continue }
                let found = XLIFF2Reader.units(of: element, translate: translate.last ?? true,
                                               sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
                if !found.isEmpty {
                    units += found
                    return true
                }
            }
        }
        return false
    }
}

/// TMX 1.4b: the `<header>`'s `srclang` gives the source language, each `<tu>` is read whole.
private struct TMXUnits: UnitProducer {
    var stream: XMLElementStream
    var sourceLanguage: String?
    var targetLanguage: String?
    var problems: [FormatProblem] = []
    var sawHeader = false
    var sawBody = false
    var number = 0
    var seen = FirstPositions()

    init(parser: XMLPullParser, targetLanguage: String?) {
        self.targetLanguage = targetLanguage
        stream = XMLElementStream(parser: parser) { element, parents in
            parents.count == 1 && element.localName == "header" || parents.count == 2 && element.localName == "tu" && parents[1].localName == "body"
        }
    }

    mutating func produce(into units: inout [TranslationUnit]) throws(InputError) -> Bool {
        while let item = try stream.next() {
            switch item {
            case let .start(element):
                if stream.isAtRoot {
                    try stream.requireRoot(element, named: "tmx")
                } else if element.localName == "body", stream.ancestors.count == 2 {
                    guard sawHeader else {
                        throw stream.source.error(at: stream.ancestors[0].position, "<tmx> has no <header>; TMX 1.4b requires one with srclang")
                    }
                    sawBody = true
                }
            case let .end(element):
                if stream.ancestors.isEmpty, element.localName == "tmx" {
                    if !sawHeader {
                        throw stream.source.error(at: element.position, "<tmx> has no <header>; TMX 1.4b requires one with srclang")
                    }
                    if !sawBody { throw stream.source.error(at: element.position, "<tmx> has no <body>") }
                }
            case let .element(element):
                if element.localName == "header" {
                    sawHeader = true
                    sourceLanguage = element["srclang"]
                    if sourceLanguage == nil {
                        problems.append(FormatProblem(code: "tmx-structure", message: "<header> has no srclang attribute", position: element.position))
                    }
                    continue
                }
                number += 1
                if number == 1, sourceLanguage == "*all*" || sourceLanguage == nil {
                    sourceLanguage = element.elements("tuv").first.flatMap(TMXReader.language(of:))
                }
                if targetLanguage == nil { targetLanguage = TMXReader.otherLanguage(in: element, than: sourceLanguage) }
                if let unit = TMXReader.unit(element, number: number, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                                             seen: &seen, problems: &problems) {
                    units.append(unit)
                    return true
                }
            }
        }
        return false
    }
}

/// PO and TSV: the file is read in parts that end where a record ends, and each part is read
/// by the format's reader.
private struct LineRecordUnits: UnitProducer {
    enum Kind { case po, tsv }

    let text: StreamedText
    let kind: Kind
    var sourceLanguage: String?
    var targetLanguage: String?
    var problems: [FormatProblem] = []
    var isFirstPart = true
    var seen = FirstPositions()
    /// The PO header (from the first part).
    var header: POEntry?

    init(text: StreamedText, kind: Kind) {
        self.text = text
        self.kind = kind
    }

    mutating func produce(into units: inout [TranslationUnit]) throws(InputError) -> Bool {
        while true {
            let window = text.window
            guard !window.bytes.isEmpty || !text.isComplete else { return false }
            let end = text.isComplete ? window.bytes.count : recordBoundary(in: window.bytes)
            guard let end, end > 0 else {
                // No record ends in the window: read on.
                try text.advance(dropping: 0)
                continue
            }
            let part = SourceText(path: window.path, bytes: Array(window.bytes[..<end]), byteOrderMarkLength: window.byteOrderMarkLength,
                                  origin: window.origin)
            try text.advance(dropping: end)
            let before = units.count
            try read(part, into: &units)
            isFirstPart = false
            if units.count > before { return true }
            if text.isComplete && text.window.bytes.isEmpty { return false }
        }
    }

    private mutating func read(_ part: SourceText, into units: inout [TranslationUnit]) throws(InputError) {
        switch kind {
        case .tsv:
            let document = TSVReader.read(part, languages: isFirstPart ? nil : (sourceLanguage, targetLanguage))
            if isFirstPart {
                sourceLanguage = document.sourceLanguage
                targetLanguage = document.targetLanguage
            }
            units += document.units
            problems += document.problems
        case .po:
            var file = try POReader.read(part, seen: &seen)
            if isFirstPart {
                header = file.header
                targetLanguage = file.language
            } else if let first = file.header {
                // Only the file's first entry is its header; a later empty msgid is a message.
                file.entries.insert(first, at: 0)
            }
            file.header = header
            let document = POReader.bilingual(file)
            units += document.units
            problems += document.problems
        }
    }

    /// Where the last complete record of `bytes` ends: after the last line feed (TSV), or
    /// before the last blank line followed by the start of an entry (PO).
    private func recordBoundary(in bytes: [UInt8]) -> Int? {
        switch kind {
        case .tsv:
            guard let last = bytes.lastIndex(of: 0x0A) else { return nil }
            return last + 1
        case .po:
            var index = bytes.count - 1
            while index > 0 {
                if bytes[index] == 0x0A, let blank = Self.blankLineBefore(index, in: bytes), Self.startsEntry(at: index + 1, in: bytes) {
                    return blank
                }
                index -= 1
            }
            return nil
        }
    }

    /// If the line ending at the line feed `index` is blank, where that line starts.
    private static func blankLineBefore(_ index: Int, in bytes: [UInt8]) -> Int? {
        var start = index
        while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 || bytes[start - 1] == 0x0D { start -= 1 }
        guard start == 0 || bytes[start - 1] == 0x0A else { return nil }
        return start
    }

    /// Whether the line at `index` starts a PO entry: a comment or `msgctxt`/`msgid` (not `msgid_plural`).
    private static func startsEntry(at index: Int, in bytes: [UInt8]) -> Bool {
        guard index < bytes.count else { return false }
        if bytes[index] == 0x23 { return true }
        for keyword in ["msgctxt", "msgid"] {
            let utf8 = Array(keyword.utf8)
            guard index + utf8.count < bytes.count, Array(bytes[index..<(index + utf8.count)]) == utf8 else { continue }
            let next = bytes[index + utf8.count]
            if next == 0x20 || next == 0x09 || next == 0x22 { return true }
        }
        return false
    }
}
