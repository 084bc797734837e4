import TandemCore

/// The same source term rendered with different approved variants within one
/// document (minor): `Kundendienstmitarbeiter/-innen` throughout, then
/// `Kundenbetreuer/-innen` once for the same "customer service representatives".
///
/// Gender and inflection forms of one variant are one rendering
/// (`Kundendienstmitarbeiterin`, `Kundendienstmitarbeitern`,
/// `Kundendienstmitarbeiter/-in`). The variant used most often is taken as the
/// document's choice; each use of another variant is reported, with the usual
/// one as the suggestion. Reported at the end of the document.
final class TermConsistencyCheck: TerminologyCheck {
    static let id = "terminology-consistency"
    static let severity = Severity.minor
    static let summaryKey = "checkTermConsistencySummary"
    private let index: TermIndex

    /// One use of a term, kept to the end of the document in a few dozen bytes: numbers, and
    /// texts as indexes into ``texts`` (a document uses few distinct term texts many times).
    private struct Use {
        var group: Int32
        var pair: Int
        /// The target segment and the hit's scalar range in it (to tell duplicates apart).
        var segment: Int32
        var range: (lower: Int32, upper: Int32)
        /// The target term's text, and the source term's.
        var text: Int32
        var term: Int32
        /// Where the source term and the target term are in the files.
        var source: Place
        var target: Place
        /// The target term's range in the pair's joined target text.
        var targetRange: (lower: Int32, upper: Int32)
    }

    /// A span's line, column and length, with its text interned.
    private struct Place {
        var line: Int32
        var column: Int32
        var length: Int32
        var text: Int32
    }

    /// Uses by source term and concept, in document order.
    private var uses: [String: [Use]] = [:]
    private var order: [String] = []
    /// The distinct texts uses refer to, and their numbers.
    private var texts: [String] = []
    private var textNumbers: [String: Int32] = [:]

    init(index: TermIndex) {
        self.index = index
    }

    func check(_ pair: AnalyzedPair, into findings: inout [TermFinding]) {
        for (position, occurrence) in pair.occurrences.enumerated() {
            // Concepts other source terms of the pair name: a target term that may render one of them
            // cannot be told apart (`Kassiererin` for "cashier" next to "bank teller").
            var others = Set<Int32>()
            for (other, otherOccurrence) in pair.occurrences.enumerated() where other != position {
                others.formUnion(otherOccurrence.concepts.filter { !occurrence.concepts.contains($0) })
            }
            for concept in occurrence.concepts {
                let approved = pair.hits.filter { hit in
                    let ref = index.targetRefs[Int(hit.ref)]
                    guard ref.concept == concept, ref.status.isApproved else { return false }
                    return !pair.hits.contains { other in
                        other.segment == hit.segment && other.range == hit.range && others.contains(index.targetRefs[Int(other.ref)].concept)
                    }
                }
                // The longest of overlapping hits names the variant.
                let longest = approved.filter { hit in
                    !approved.contains { other in
                        other.segment == hit.segment && other.range.count > hit.range.count
                            && other.range.lowerBound <= hit.range.lowerBound && other.range.upperBound >= hit.range.upperBound
                    }
                }
                guard !longest.isEmpty else { continue }
                let key = "\(occurrence.termNode)|\(concept)"
                for hit in longest {
                    let group = index.targetRefs[Int(hit.ref)].variantGroup
                    // Uses are appended in pair order: only this pair's tail can hold a duplicate.
                    // (Appending in place keeps the work linear; copying the list out and back was quadratic.)
                    let isDuplicate = uses[key]?.reversed().prefix(while: { $0.pair == pair.index })
                        .contains(where: { Int($0.segment) == hit.segment && Int($0.range.lower) == hit.range.lowerBound
                                           && Int($0.range.upper) == hit.range.upperBound }) ?? false
                    if isDuplicate { continue }
                    if uses.index(forKey: key) == nil { order.append(key) }
                    let sourceSpan = FindingSpan(segment: pair.pair.source[occurrence.segment], offset: occurrence.range.lowerBound,
                                                 length: occurrence.range.count)
                    let targetSpan = FindingSpan(segment: pair.pair.target[hit.segment], offset: hit.range.lowerBound, length: hit.range.count)
                    let targetRange = pair.targetRange(hit)
                    uses[key, default: []].append(Use(
                        group: group, pair: pair.index, segment: Int32(hit.segment),
                        range: (Int32(hit.range.lowerBound), Int32(hit.range.upperBound)),
                        text: intern(hit.text), term: intern(occurrence.text), source: place(sourceSpan), target: place(targetSpan),
                        targetRange: (Int32(targetRange.lowerBound), Int32(targetRange.upperBound))))
                }
            }
        }
    }

    func finish(into findings: inout [TermFinding]) {
        for key in order {
            guard let list = uses[key] else { continue }
            var counts: [Int32: Int] = [:]
            var first: [Int32: Int] = [:]
            for (position, use) in list.enumerated() {
                counts[use.group, default: 0] += 1
                if first[use.group] == nil { first[use.group] = position }
            }
            guard counts.count > 1 else { continue }
            let usual = counts.keys.max { a, b in
                counts[a]! != counts[b]! ? counts[a]! < counts[b]! : first[a]! > first[b]!
            }!
            var usualTexts: [String: Int] = [:]
            for use in list where use.group == usual { usualTexts[texts[Int(use.text)], default: 0] += 1 }
            for use in list where use.group != usual {
                let text = texts[Int(use.text)]
                let usualText = Self.closest(to: text, in: usualTexts)
                let finding = Finding(
                    check: Self.id, category: .terminology, severity: Self.severity, messageKey: "termInconsistent",
                    messageArguments: ["found": text, "term": texts[Int(use.term)], "usual": usualText, "count": String(counts[usual]!)],
                    suggestion: usualText,
                    source: span(use.source),
                    target: span(use.target),
                    pairIndex: use.pair,
                    discriminator: usualText)
                findings.append(TermFinding(finding: finding, targetRange: Int(use.targetRange.lower)..<Int(use.targetRange.upper)))
            }
        }
    }

    /// The number of `text` in ``texts``.
    private func intern(_ text: String) -> Int32 {
        if let number = textNumbers[text] { return number }
        let number = Int32(texts.count)
        texts.append(text)
        textNumbers[text] = number
        return number
    }

    private func place(_ span: FindingSpan) -> Place {
        Place(line: Int32(span.line), column: Int32(span.column), length: Int32(span.length), text: intern(span.text))
    }

    private func span(_ place: Place) -> FindingSpan {
        FindingSpan(line: Int(place.line), column: Int(place.column), length: Int(place.length), text: texts[Int(place.text)])
    }

    /// The usual rendering written most like `text`: the longest common ending (the same inflection
    /// and gender marker: `Kundenbetreuer/-innen` → `Kundendienstmitarbeiter/-innen`), then the most frequent.
    static func closest(to text: String, in texts: [String: Int]) -> String {
        let target = Array(text.unicodeScalars.reversed())
        func ending(_ candidate: String) -> Int {
            zip(candidate.unicodeScalars.reversed(), target).prefix { $0 == $1 }.count
        }
        return texts.max { a, b in
            let (endingA, endingB) = (ending(a.key), ending(b.key))
            if endingA != endingB { return endingA < endingB }
            if a.value != b.value { return a.value < b.value }
            return a.key > b.key
        }!.key
    }

    static let examples: [TerminologyExample] = [
        TerminologyExample(
            pairs: [("Customer service representatives answer calls.", "Kundendienstmitarbeiter/-innen beantworten Anrufe."),
                    ("Customer service representatives explain bills.", "Kundendienstmitarbeiterinnen erklären Rechnungen."),
                    ("Customer service representatives need a diploma.", "Kundenbetreuer/-innen brauchen einen Abschluss.")],
            expected: [.init(excerpt: "Kundenbetreuer/-innen", suggestion: "Kundendienstmitarbeiter/-innen")],
            note: "two renderings of the same title; the one used once is reported"),
        TerminologyExample(
            pairs: [("Customer service representatives answer calls.", "Kundendienstmitarbeiter/-innen beantworten Anrufe."),
                    ("A customer service representative explains bills.", "Eine Kundendienstmitarbeiterin erklärt Rechnungen."),
                    ("Ask a customer service representative.", "Fragen Sie einen Kundendienstmitarbeiter.")],
            expected: [], note: "gender and inflection forms of one rendering are consistent"),
        .passing("The bank teller and the cashier.", "Der Bankkassierer und die Kassiererin.",
                 "different source terms may have different renderings"),
    ]
}
