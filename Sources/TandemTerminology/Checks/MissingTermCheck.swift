import TandemCore

/// A source term is present and none of its concept's approved target terms
/// appears in the aligned target (major; the approved forms are the suggestion).
///
/// To avoid false alarms it stays silent when:
/// - the target uses any approved term of the concept — or of any concept the
///   source term may name — in any inflection or gender form, as the head of a
///   compound, written open or hyphenated (see ``TargetPresence``);
/// - the target contains a forbidden rendering (``ForbiddenTermCheck`` reports that);
/// - the source term is ambiguous and its context cues are missing, or too
///   general to name one occupation (see ``TermIndex/init(glossaries:sourceLanguage:targetLanguage:)``);
/// - the pair has no target (an omission is another check's business);
/// - the target keeps a term of several words as the source writes it: a name (`Network Manager`).
final class MissingTermCheck: TerminologyCheck {
    static let id = "terminology-missing"
    static let severity = Severity.major
    static let summaryKey = "checkTermMissingSummary"
    private let index: TermIndex

    init(index: TermIndex) {
        self.index = index
    }

    func check(_ pair: AnalyzedPair, into findings: inout [TermFinding]) {
        guard !pair.pair.target.isEmpty else { return }
        var reported: [[Int32]] = []
        for occurrence in pair.occurrences where occurrence.reliable && !occurrence.doNotTranslate {
            let concepts = occurrence.concepts
            if reported.contains(concepts) { continue }
            let approved = concepts.flatMap { index.concepts[Int($0)].approved }
            guard !approved.isEmpty else { continue }
            let present = pair.hits.contains { hit in
                let ref = index.targetRefs[Int(hit.ref)]
                return concepts.contains(ref.concept)
            }
            if present { continue }
            if TargetPresence.names(concepts, in: pair, index: index) { continue }
            // The English term kept as it is: the name of a team, a title or a program
            // (`Debian System Administrators`, `Network Manager`), not an unrendered job title.
            if occurrence.text.contains(" "), pair.pair.target.contains(where: { $0.text.contains(occurrence.text) }) { continue }
            reported.append(concepts)
            let suggestions = concepts.flatMap { index.concepts[Int($0)].suggestions }.uniqued()
            let finding = Finding(
                check: Self.id, category: .terminology, severity: Self.severity, messageKey: "termMissing",
                messageArguments: ["term": occurrence.text, "approved": suggestions.joined(separator: ", ")],
                suggestion: suggestions.joined(separator: ", "), source: pair.span(occurrence), target: pair.targetSpan,
                pairIndex: pair.index, discriminator: index.concepts[Int(concepts[0])].id)
            findings.append(TermFinding(finding: finding, targetRange: pair.targetRange))
        }
    }

    static let examples: [TerminologyExample] = [
        .failing("Our bank tellers count cash all day.", "Unsere Angestellten zählen den ganzen Tag Bargeld.",
                 flags: "bank tellers", side: .source, suggestion: "Bankkassierer/-in",
                 "bank teller is in the termbase; the translation names no Bankkassierer/-in, Kassierer/-in or Schalterangestellte/r"),
        .failing("She works as a retail salesperson.", "Sie arbeitet als Einzelhandelskauffrau.",
                 flags: "retail salesperson", side: .source,
                 "Einzelhandelskaufmann/-frau is a German apprenticeship title, not the approved Verkäufer/-in"),
        .failing("A conservation scientist protects habitats.", "Eine Biologin schützt Lebensräume.",
                 flags: "conservation scientist", side: .source,
                 "a biologist is not a conservation scientist (Wissenschaftler/-in Natur- und Artenschutz, Naturschützer/-in)"),
        .passing("A conservation scientist protects habitats.", "Eine Naturschützerin schützt Lebensräume.",
                 "the curated Naturschützer/-in, feminine"),
        .passing("Customer service representatives answer calls.",
                 "Kundendienstmitarbeiterinnen und Kundendienstmitarbeiter beantworten Anrufe.", "a pair form of the approved title"),
        .passing("The customer service representative's desk.", "Der Schreibtisch eines Kundendienstmitarbeiters.",
                 "possessive in English, genitive in German"),
        .passing("We hire customer service representatives.", "Wir stellen Kundendienstmitarbeiter*innen ein.", "gender star"),
        .passing("We hire customer service representatives.", "Wir stellen Kundendienstmitarbeiter (m/w/d) ein.", "gender tag"),
        .passing("We hire customer service representatives.", "Wir stellen KundendienstmitarbeiterInnen ein.", "Binnen-I"),
        .passing("Ask a physician.", "Fragen Sie eine Ärztin.", "umlaut pair Arzt/Ärztin"),
        .passing("Write to the Debian System Administrators team.", "Schreiben Sie an das Team Debian System Administrators.",
                 "a team's name kept in English"),
        .passing("The teller counted the deposit.", "Die Bankkassiererin zählte die Einzahlung.", "feminine form"),
        .passing("The teller told a story.", "Der Erzähler erzählte eine Geschichte.",
                 "teller without a banking cue is not the bank teller: no finding"),
        .passing("Ask a teacher.", "Fragen Sie eine Lehrkraft.", "teacher is too general to name one occupation"),
        .passing("A computer user support specialist helps.", "Ein Computer Benutzer Support-Spezialist hilft.",
                 "an open spelling of the approved compound is a spelling error, not a terminology one"),
        .failing("Ask the order clerk.", "Fragen Sie den Lagerarbeiter.", flags: "order clerk", side: .source,
                 glossary: "en\tde\tstatus\norder clerk\tAuftragssachbearbeiter/-in\tpreferred\n",
                 "a user glossary: the target has none of its renderings"),
        .passing("Ask the employees.", "Fragen Sie die Angestellten.",
                 glossary: "en\tde\nemployee\tAngestellter\n", "an adjectival noun: hunspell stems Angestellten to Angestellte"),
        .passing("Ask the order clerk.", "Fragen Sie die Auftragssachbearbeiterin.",
                 glossary: "en\tde\tstatus\norder clerk\tAuftragssachbearbeiter/-in\tpreferred\n", "the feminine form of a /-in entry"),
    ]
}

extension Array where Element: Hashable {
    /// The elements without repetitions, in first-seen order.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
