import TandemCore
import TandemICU
import TandemSegmentation

/// Runs a check's examples: each side of each example pair is cut into
/// segments the way `tandem review` cuts a text, then reviewed.
public enum ExampleRunner {
    /// The findings of the checks in `registry` on `example`.
    public static func findings(of example: CheckExample, registry: CheckRegistry) throws -> [Finding] {
        let context = try ReviewContext(sourceLanguage: LanguageTag("en"), targetLanguage: LanguageTag(example.targetLanguage))
        let engine = try ReviewEngine(context: context, registry: registry)
        var findings: [Finding] = []
        for pair in pairs(of: example, context: context) {
            findings += engine.review(pair)
        }
        findings += engine.finish()
        return findings
    }

    /// The example's pairs as segment pairs, each side's text on line `index + 1` of an imagined file.
    public static func pairs(of example: CheckExample, context: ReviewContext) -> [SegmentPair] {
        let sourceSegmenter = Segmenter(profile: context.source.profile)
        let targetSegmenter = Segmenter(profile: context.target.profile)
        var pairs: [SegmentPair] = []
        var sourceLines = ""
        var targetLines = ""
        for pair in example.pairs {
            sourceLines += pair.source + "\n\n"
            targetLines += pair.target + "\n\n"
        }
        var sourceBlocks = sourceSegmenter.blocks(of: sourceLines)
        var targetBlocks = targetSegmenter.blocks(of: targetLines)
        for pair in example.pairs {
            let source = pair.source.isEmpty ? [] : sourceBlocks.removeFirst().segments
            let target = pair.target.isEmpty ? [] : targetBlocks.removeFirst().segments
            pairs.append(SegmentPair(source: source, target: target))
        }
        return pairs
    }
}
