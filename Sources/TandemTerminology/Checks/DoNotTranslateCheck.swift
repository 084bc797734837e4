import TandemCore

/// A term the glossary marks do-not-translate (a product, brand or program
/// name) was translated or dropped: the source has it, the aligned target does not.
///
/// The target passes when it contains the term's letters from the start of a
/// word, in the term's case when the glossary says it is case-sensitive; a
/// German compound or ending may follow (`Salesforce-Konto`, `Salesforces`).
final class DoNotTranslateCheck: TerminologyCheck {
    static let id = "terminology-do-not-translate"
    static let severity = Severity.major
    static let summaryKey = "checkTermDoNotTranslateSummary"
    private let index: TermIndex

    init(index: TermIndex) {
        self.index = index
    }

    func check(_ pair: AnalyzedPair, into findings: inout [TermFinding]) {
        guard !pair.pair.target.isEmpty else { return }
        var reported: Set<String> = []
        for occurrence in pair.occurrences where occurrence.doNotTranslate {
            let refs = occurrence.refs.map { index.sourceRefs[Int($0)] }.filter(\.doNotTranslate)
            guard let term = refs.first else { continue }
            let caseSensitive = refs.allSatisfy(\.caseSensitive)
            let forms = ([occurrence.text] + refs.map(\.text)).uniqued()
            let present = pair.pair.target.contains { segment in
                forms.contains { Self.contains(segment.text, $0, caseSensitive: caseSensitive) }
            }
            if present || !reported.insert(term.text).inserted { continue }
            let finding = Finding(
                check: Self.id, category: .terminology, severity: Self.severity, messageKey: "termDoNotTranslate",
                messageArguments: ["term": occurrence.text], suggestion: term.text,
                source: pair.span(occurrence), target: pair.targetSpan, pairIndex: pair.index,
                discriminator: index.concepts[Int(term.concept)].id)
            findings.append(TermFinding(finding: finding, targetRange: pair.targetRange))
        }
    }

    /// Whether `text` contains the letters and digits of `term` from the start of a word.
    static func contains(_ text: String, _ term: String, caseSensitive: Bool) -> Bool {
        let needle = letters(term, fold: !caseSensitive)
        guard !needle.values.isEmpty else { return false }
        let haystack = letters(text, fold: !caseSensitive)
        let count = needle.values.count
        guard haystack.values.count >= count else { return false }
        for start in 0...(haystack.values.count - count) where haystack.wordStarts.contains(start) {
            if haystack.values[start..<start + count].elementsEqual(needle.values) { return true }
        }
        return false
    }

    /// The letters and digits of `text` (folded if asked), and where words start among them.
    private static func letters(_ text: String, fold: Bool) -> (values: [UInt32], wordStarts: Set<Int>) {
        var values: [UInt32] = []
        var starts: Set<Int> = []
        var inWord = false
        for scalar in text.unicodeScalars {
            if CaseFolding.isWordScalar(scalar) {
                if !inWord { starts.insert(values.count) }
                inWord = true
                if fold {
                    var bytes: [UInt8] = []
                    CaseFolding.append(scalar, to: &bytes)
                    for folded in String(decoding: bytes, as: UTF8.self).unicodeScalars { values.append(folded.value) }
                } else {
                    values.append(scalar.value)
                }
            } else if !TokenScanner.isHyphen(scalar) {
                inWord = false
            }
        }
        return (values, starts)
    }

    private static let glossary = "en\tde\tdnt\tcase sensitive\nSalesforce\tSalesforce\tyes\tyes\n"

    static let examples: [TerminologyExample] = [
        .failing("Log the call in Salesforce.", "Protokollieren Sie den Anruf im Verkaufsportal.", flags: "Salesforce", side: .source,
                 suggestion: "Salesforce", glossary: glossary, "the product name was translated"),
        .failing("Log the call in Salesforce.", "Protokollieren Sie den Anruf.", flags: "Salesforce", side: .source,
                 glossary: glossary, "the product name was dropped"),
        .passing("Log the call in Salesforce.", "Protokollieren Sie den Anruf in Salesforce.", glossary: glossary, "kept as it is"),
        .passing("Open your Salesforce account.", "Öffnen Sie Ihr Salesforce-Konto.", glossary: glossary, "kept inside a German compound"),
        .failing("Log the call in Salesforce.", "Protokollieren Sie den Anruf in SALESFORCE.", flags: "Salesforce", side: .source,
                 glossary: glossary, "the glossary says the name is case-sensitive"),
    ]
}
