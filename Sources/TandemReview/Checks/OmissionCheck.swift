import TandemCore

/// Omissions and additions: a source segment with no translation (a 1-0
/// bead), a target segment with no source (0-1), and a translation whose
/// length is far outside what English → German shows.
///
/// The length bounds were measured with `Benchmarks/review/calibrate_length.py`
/// on the English and German editions of the Debian Administrator's Handbook
/// (Debian package `debian-handbook`): over 2,314 paragraph pairs whose source
/// has 40 letters and digits or more, German is 1.19 times as long as English
/// in the median, 0.78 times at the 0.1th percentile and 1.70 times at the
/// 99.9th. A pair shorter than 0.55 or longer than 2.2 times its source lies
/// well outside that (one handbook paragraph in 2,314 does) and is reported.
public final class OmissionCheck: ReviewCheck {
    public static let descriptor = CheckDescriptor(
        id: "omission", category: .omission, severity: .major, summaryKey: "checkOmissionSummary",
        examples: examples, reviewsOneSidedPairs: true, make: { context in OmissionCheck(context: context) })

    public var descriptor: CheckDescriptor { Self.descriptor }
    /// The length ratio (target / source, in letters and digits) below which text is likely missing.
    static let shortestRatio = 0.55
    /// The ratio above which text is likely added.
    static let longestRatio = 2.2
    /// Sources shorter than this (letters and digits) vary too much to judge by length.
    static let minimumLength = 40
    private let sameLanguage: Bool
    /// The pair and block of the last addition reported.
    private var lastAddition: (pair: Int, block: Int?)?

    init(context: ReviewContext) {
        sameLanguage = context.source.code == context.target.code
    }

    public func review(_ pair: PairView, into findings: inout FindingList) {
        let sourceEmpty = pair.source.isEmpty, targetEmpty = pair.target.isEmpty
        if sourceEmpty && targetEmpty { return }
        if targetEmpty {
            findings.add(Self.descriptor, pair: pair, key: pair.pair.target.isEmpty ? "reviewOmission" : "reviewEmptyTarget",
                         arguments: ["text": pair.source.text], source: 0..<pair.source.scalars.count)
            return
        }
        if sourceEmpty {
            // One finding for a run of added sentences in one block (a paragraph the source does not have).
            let block = pair.target.segments.first?.block
            defer { lastAddition = (pair.index, block) }
            if let last = lastAddition, last.pair == pair.index - 1, last.block == block { return }
            findings.add(Self.descriptor, pair: pair, key: "reviewAddition", arguments: ["text": pair.target.text],
                         target: 0..<pair.target.scalars.count, category: .addition)
            return
        }
        guard !sameLanguage else { return }
        let sourceLength = Self.length(pair.source.scalars)
        let targetLength = Self.length(pair.target.scalars)
        guard sourceLength >= Self.minimumLength else { return }
        let ratio = Double(targetLength) / Double(sourceLength)
        let percent = String(Int((ratio * 100).rounded()))
        if ratio < Self.shortestRatio {
            findings.add(Self.descriptor, pair: pair, key: "reviewTooShort", arguments: ["percent": percent],
                         source: 0..<pair.source.scalars.count, target: 0..<pair.target.scalars.count,
                         category: .omission)
        } else if ratio > Self.longestRatio {
            findings.add(Self.descriptor, pair: pair, key: "reviewTooLong", arguments: ["percent": percent],
                         source: 0..<pair.source.scalars.count, target: 0..<pair.target.scalars.count,
                         category: .addition)
        }
    }

    /// Letters and digits: spaces and punctuation vary with typography, not content.
    static func length(_ scalars: [Unicode.Scalar]) -> Int {
        scalars.reduce(0) { $0 + (ScalarClass.isLetterOrDigit($1) ? 1 : 0) }
    }

    static let examples: [CheckExample] = [
        .passing("Call centers can be loud and busy, and calls are often recorded for quality control.",
                 "Callcenter können laut und hektisch sein, und Gespräche werden oft zur Qualitätssicherung aufgezeichnet."),
        .passing("Yes.", "Ja."),
        CheckExample(pairs: [.init("Some employers let representatives work from home.", "")],
                     expected: [.init(side: .source, excerpt: "Some employers let representatives work from home.")],
                     note: "A sentence without translation."),
        CheckExample(pairs: [.init("", "Dieser Satz hat keine Vorlage.")],
                     expected: [.init(side: .target, excerpt: "Dieser Satz hat keine Vorlage.")], note: "A sentence without source."),
        .failing("Training takes longer in banks and insurance companies, because representatives must learn the rules for financial products.",
                 "Die Einarbeitung dauert länger.", flags: "Die Einarbeitung dauert länger.", "Most of the sentence is gone."),
    ]
}
