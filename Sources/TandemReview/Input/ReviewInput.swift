import TandemAlignment
import TandemCore
import TandemFormats
import TandemICU
import TandemSegmentation

/// What a review reads: segment pairs from two texts (aligned) or from one
/// bilingual file, with the languages of both sides.
public struct ReviewInput {
    public var sourcePath: String
    public var targetPath: String
    public var sourceLanguage: LanguageTag
    public var targetLanguage: LanguageTag
    public var pairs: [SegmentPair]
    /// Inline codes of each pair (bilingual files), parallel to `pairs`; empty for texts.
    public var markers: [(source: [InlineMarker], target: [InlineMarker])]
    /// Whether it came from a bilingual file.
    public var isBilingual: Bool
    /// Problems the reader noted that did not stop it.
    public var problems: [FormatProblem]

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
                           pairs: pairs, markers: [], isBilingual: false, problems: [])
    }

    /// One bilingual file: XLIFF 1.2 or 2.x, TMX 1.4b, PO or two-column TSV.
    public static func bilingual(path: String, sourceLanguage: String?, targetLanguage: String?) throws -> ReviewInput {
        let document = try BilingualReader.read(path: path, targetLanguage: targetLanguage)
        let sourceTag = try declared(document.sourceLanguage, given: sourceLanguage, fallback: "en", path: path)
        let targetTag = try declared(document.targetLanguage, given: targetLanguage, fallback: "de", path: path)
        guard sourceTag.language != targetTag.language else { throw ReviewError.sameLanguage(language: sourceTag.identifier) }
        let pairs = document.segmentPairs()
        var markers: [(source: [InlineMarker], target: [InlineMarker])] = []
        for unit in document.units where unit.translate {
            markers.append((unit.source.codes.map(marker), unit.target?.codes.map(marker) ?? []))
        }
        if markers.count != pairs.count { markers = [] }
        return ReviewInput(sourcePath: path, targetPath: path, sourceLanguage: sourceTag, targetLanguage: targetTag,
                           pairs: pairs, markers: markers, isBilingual: true, problems: document.problems)
    }

    private static func marker(_ code: InlineCode) -> InlineMarker {
        InlineMarker(element: code.element, kind: code.kind.rawValue, id: code.id, offset: code.offset)
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
