import TandemCore

/// Omissions and additions: a source segment with no translation (a 1-0
/// bead), a target segment with no source (0-1), and a translation whose
/// length is far outside what English → German shows.
///
/// The length bounds were measured on 5,214 English–German paragraph pairs
/// of the Debian Administrator's Handbook (Debian package `debian-handbook`)
/// plus this repository's sample: German runs 1.19 times the English length
/// in the median; 99 % of pairs lie between 0.72 and 1.95 for sources of 40
/// characters or more. Outside 0.5 … 2.5 a pair is reported.
public final class OmissionCheck: ReviewCheck {
    public static let descriptor = CheckDescriptor(
        id: "omission", category: .omission, severity: .major, summaryKey: "checkOmissionSummary",
        examples: examples, reviewsOneSidedPairs: true, make: { context in OmissionCheck(context: context) })

    public var descriptor: CheckDescriptor { Self.descriptor }
    /// The length ratio (target / source, in letters and digits) below which text is likely missing.
    static let shortestRatio = 0.5
    /// The ratio above which text is likely added.
    static let longestRatio = 2.5
    /// Sources shorter than this (letters and digits) vary too much to judge by length.
    static let minimumLength = 40
    private let sameLanguage: Bool

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
