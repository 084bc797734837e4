import Foundation
import TandemCore
import TandemSegmentation
@testable import TandemTerminology

/// Shared fixtures: the repository's folders, the bundled index (loaded once), and segmenting like `tandem`.
enum TestSupport {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let locales = repository.appendingPathComponent("Locales").path
    static let terminology = repository.appendingPathComponent("Locales/terminology").path

    /// The bundled English → German index.
    nonisolated(unsafe) private static var cached: TermIndex?
    static func bundled() throws -> TermIndex {
        if let cached { return cached }
        let index = try BundledTermbase.index(directory: terminology)
        cached = index
        return index
    }

    /// The segments of `text` in `language`, cut the way `tandem` cuts a file.
    static func segments(_ text: String, language: String) throws -> [Segment] {
        let profile = try LanguageProfile.load(language: language, directory: locales)
        return Segmenter(profile: profile).segments(of: text)
    }

    /// One pair per (source, target), each side segmented.
    static func pairs(_ texts: [(source: String, target: String)], sourceLanguage: String = "en",
                      targetLanguage: String = "de") throws -> [SegmentPair] {
        var pairs: [SegmentPair] = []
        var line = 0
        for (source, target) in texts {
            line += 1
            let sourceSegments = try segments(source, language: sourceLanguage).map { shifted($0, line: line) }
            let targetSegments = try segments(target, language: targetLanguage).map { shifted($0, line: line) }
            pairs.append(SegmentPair(source: sourceSegments, target: targetSegments))
        }
        return pairs
    }

    /// A segment moved to line `line` (so each example pair sits on its own line).
    private static func shifted(_ segment: Segment, line: Int) -> Segment {
        var copy = segment
        copy.sourceMap = SourceMap(anchors: segment.sourceMap.anchors.map {
            SourceMap.Anchor(offset: $0.offset, position: SourcePosition(line: $0.position.line + line - 1, column: $0.position.column))
        })
        return copy
    }

    /// A glossary from the text of a TSV file.
    static func glossary(_ tsv: String, path: String = "example.tsv") throws -> Glossary {
        try DelimitedGlossaryReader().read(bytes: Array(tsv.utf8), path: path)
    }

    /// The findings of the terminology checks on pairs of texts.
    static func findings(_ texts: [(source: String, target: String)], glossary: String? = nil,
                         checks: Set<String>? = nil) throws -> [Finding] {
        var index = try bundled()
        if let glossary { index = index.adding([try self.glossary(glossary)]) }
        return TerminologyReviewer.findings(in: try pairs(texts), index: index, checks: checks)
    }
}
