import TandemAlignment
import TandemCore
import TandemFormats
import TandemICU
import TandemSegmentation

/// One segment pair to review, with the inline codes of a bilingual unit.
public struct ReviewItem {
    public var pair: SegmentPair
    public var sourceMarkers: [InlineMarker]
    public var targetMarkers: [InlineMarker]
}

/// What a review reads: segment pairs from two texts (aligned) or from one
/// bilingual file, with the languages of both sides.
///
/// Two texts are aligned as a whole, so their pairs are all in memory
/// (``alignedPairs``). A bilingual file is read unit by unit as the review
/// asks for pairs: memory does not grow with the file.
///
///     let input = try ReviewInput.bilingual(path: "big.xlf", sourceLanguage: nil, targetLanguage: nil)
///     while let item = try input.next() { engine.review(item.pair, …) }
public final class ReviewInput {
    public let sourcePath: String
    public let targetPath: String
    public let sourceLanguage: LanguageTag
    public let targetLanguage: LanguageTag
    /// The aligned pairs of two texts; empty for a bilingual file, which is read as it is reviewed.
    public let alignedPairs: [SegmentPair]
    /// Whether it came from a bilingual file.
    public var isBilingual: Bool { stream != nil }
    /// Problems the reader noted that did not stop it (all of them once ``next()`` has returned nil).
    public var problems: [FormatProblem] { stream?.problems ?? [] }

    private let stream: BilingualStream?
    private var nextAligned = 0
    /// Numbers a bilingual file's units and segments as ``BilingualDocument/segmentPairs(includeUntranslatable:)`` does.
    private var pairing = UnitPairing()

    private init(sourcePath: String, targetPath: String, sourceLanguage: LanguageTag, targetLanguage: LanguageTag,
                 alignedPairs: [SegmentPair], stream: BilingualStream?) {
        self.sourcePath = sourcePath
        self.targetPath = targetPath
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.alignedPairs = alignedPairs
        self.stream = stream
    }

    /// The next pair to review, or nil after the last. Units marked not to be translated are skipped.
    public func next() throws(InputError) -> ReviewItem? {
        guard let stream else {
            guard nextAligned < alignedPairs.count else { return nil }
            defer { nextAligned += 1 }
            return ReviewItem(pair: alignedPairs[nextAligned], sourceMarkers: [], targetMarkers: [])
        }
        while let unit = try stream.next() {
            guard let pair = pairing.pair(unit) else { continue }
            return ReviewItem(pair: pair, sourceMarkers: unit.source.codes.map(Self.marker), targetMarkers: unit.target?.codes.map(Self.marker) ?? [])
        }
        return nil
    }

    /// All the pairs not read yet, in memory (for comparing whole versions).
    public func remainingItems() throws(InputError) -> [ReviewItem] {
        var items: [ReviewItem] = []
        while let item = try next() { items.append(item) }
        return items
    }

    /// Two monolingual texts: segmented and aligned. A language not given is read from `.tandem.yml` by the caller or guessed.
    public static func texts(source: String, target: String, sourceLanguage: String?, targetLanguage: String?,
                             locales: String) throws -> ReviewInput {
        try LineReader.validate(path: source)
        try LineReader.validate(path: target)
        let sourceTag = try language(sourceLanguage, path: source, locales: locales)
        let targetTag = try language(targetLanguage, path: target, locales: locales)
        guard sourceTag.language != targetTag.language else { throw ReviewError.sameLanguage(language: sourceTag.identifier) }
        let sourceBlocks = try blocks(path: source, language: sourceTag, locales: locales)
        let targetBlocks = try blocks(path: target, language: targetTag, locales: locales)
        let aligner = Aligner(sourceLanguage: sourceTag.identifier, targetLanguage: targetTag.identifier,
                              dictionary: try? BilingualDictionary.shared())
        let pairs = aligner.align(source: sourceBlocks, target: targetBlocks)
        return ReviewInput(sourcePath: source, targetPath: target, sourceLanguage: sourceTag, targetLanguage: targetTag,
                           alignedPairs: pairs, stream: nil)
    }

    /// One bilingual file: XLIFF 1.2 or 2.x, TMX 1.4b, PO or two-column TSV, opened for reading unit by unit.
    public static func bilingual(path: String, sourceLanguage: String?, targetLanguage: String?) throws -> ReviewInput {
        let stream = try BilingualStream.open(path: path, targetLanguage: targetLanguage)
        let sourceTag = try declared(stream.sourceLanguage, given: sourceLanguage, fallback: "en", path: path)
        let targetTag = try declared(stream.targetLanguage, given: targetLanguage, fallback: "de", path: path)
        guard sourceTag.language != targetTag.language else { throw ReviewError.sameLanguage(language: sourceTag.identifier) }
        return ReviewInput(sourcePath: path, targetPath: path, sourceLanguage: sourceTag, targetLanguage: targetTag,
                           alignedPairs: [], stream: stream)
    }

    private static func marker(_ code: InlineCode) -> InlineMarker {
        InlineMarker(element: code.element, kind: code.kind.rawValue, id: code.id, offset: code.offset, isDeletable: code.isDeletable)
    }

    private static func language(_ given: String?, path: String, locales: String) throws -> LanguageTag {
        if let given { return try LanguageResolver.tag(given) }
        guard let guessed = try LanguageResolver.guess(path: path, locales: locales) else { throw ReviewError.unknownLanguage(path: path) }
        return guessed
    }

    private static func declared(_ declared: String?, given: String?, fallback: String, path: String) throws -> LanguageTag {
        if let given {
            let tag = try LanguageResolver.tag(given)
            if let declared, let declaredTag = try? LanguageTag(declared), declaredTag.language != tag.language {
                throw ReviewError.languageMismatch(path: path, declared: declared, given: given)
            }
            return tag
        }
        if let declared, let tag = try? LanguageTag(declared) { return tag }
        return try LanguageResolver.tag(fallback)
    }

    private static func blocks(path: String, language: LanguageTag, locales: String) throws(InputError) -> [Block] {
        let profile = try LanguageProfile.load(language: language.language, directory: locales)
        let stream = try Segmenter(profile: profile).stream(path: path)
        var blocks: [Block] = []
        while let block = try stream.next() { blocks.append(block) }
        return blocks
    }
}
