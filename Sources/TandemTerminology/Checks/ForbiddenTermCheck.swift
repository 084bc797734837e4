import TandemCore

/// A forbidden target term appears where its source term is present: bank
/// "teller" rendered `Erzähler`, "order clerk" rendered `Sachbearbeiter bestellen`.
///
/// Forbidden terms are tied to their concept: `Lektor` is wrong for
/// "lecturer" but right for "editor", so the rendering is reported only when a
/// source term of the concept that forbids it is in the aligned source (with
/// its context cues, if it has any). Forbidden terms match as whole words in
/// any inflection or gender form (`Erzählerin`, `Gönnern`), never inside a
/// compound (`Küchenchef` is not `Chef`). A forbidden term that is also an
/// approved term of another concept the source term names, or that lies inside
/// a longer approved term, is not reported; nor is one in a target that already
/// renders every mention of the concept with an approved term (in "the chef
/// and the boss" → "der Koch und der Chef", `Chef` translates "boss").
///
/// Severity: critical for the bundled occupation termbase (a wrong job title
/// changes what the text says), major for a user glossary's forbidden terms.
final class ForbiddenTermCheck: TerminologyCheck {
    static let id = "terminology-forbidden"
    static let severity = Severity.critical
    static let summaryKey = "checkTermForbiddenSummary"
    private let index: TermIndex

    init(index: TermIndex) {
        self.index = index
    }

    func check(_ pair: AnalyzedPair, into findings: inout [TermFinding]) {
        var reported: [(Int, Range<Int>)] = []
        for occurrence in pair.occurrences {
            let concepts = occurrence.concepts
            let forbidden = Self.bestForbidden(pair.hits, concepts: concepts, index: index)
            guard !forbidden.isEmpty else { continue }
            // Every mention of the concept in the source already has an approved rendering: the
            // forbidden word translates something else ("the chef and the boss": Koch und Chef).
            let mentions = pair.occurrences.filter { !Set($0.concepts).isDisjoint(with: concepts) }.count
            let approvedSpans = Set(pair.hits.filter { hit in
                let ref = index.targetRefs[Int(hit.ref)]
                return ref.status.isApproved && concepts.contains(ref.concept)
            }.map { "\($0.segment):\($0.range.lowerBound)" })
            if approvedSpans.count >= mentions { continue }
            for hit in forbidden {
                let ref = index.targetRefs[Int(hit.ref)]
                if reported.contains(where: { $0.0 == hit.segment && $0.1 == hit.range }) { continue }
                // Approved for a concept the source names here, or part of a longer approved term.
                let excused = pair.hits.contains { other in
                    let otherRef = index.targetRefs[Int(other.ref)]
                    guard otherRef.status.isApproved, concepts.contains(otherRef.concept), other.segment == hit.segment else { return false }
                    return other.range == hit.range || (other.range.count > hit.range.count && other.range.contains(hit.range.lowerBound)
                                                        && other.range.upperBound >= hit.range.upperBound)
                }
                if excused { continue }
                reported.append((hit.segment, hit.range))
                let concept = index.concepts[Int(ref.concept)]
                let suggestions = Self.suggestions(concept, for: ref, index: index)
                var arguments = ["found": hit.text, "term": occurrence.text, "approved": suggestions.joined(separator: ", ")]
                if let note = ref.note, !note.isEmpty { arguments["note"] = note }
                let finding = Finding(
                    check: Self.id, category: .terminology, severity: concept.layer == 0 ? .critical : .major,
                    messageKey: arguments["note"] == nil ? "termForbidden" : "termForbiddenNote", messageArguments: arguments,
                    suggestion: suggestions.first, source: pair.span(occurrence), target: pair.span(hit),
                    pairIndex: pair.index, discriminator: concept.id)
                findings.append(TermFinding(finding: finding, targetRange: pair.targetRange(hit)))
            }
        }
    }

    /// The forbidden hits of `concepts`, one per span: the term written like the text
    /// (`Erzählerin` rather than `Erzähler` for the text `Erzählerin`).
    static func bestForbidden(_ hits: [TargetHit], concepts: [Int32], index: TermIndex) -> [TargetHit] {
        var best: [TargetHit] = []
        for hit in hits {
            let ref = index.targetRefs[Int(hit.ref)]
            guard ref.status == .forbidden, concepts.contains(ref.concept) else { continue }
            if let existing = best.firstIndex(where: { $0.segment == hit.segment && $0.range == hit.range }) {
                let folded = CaseFolding.fold(hit.text)
                if CaseFolding.fold(ref.text) == folded && CaseFolding.fold(index.targetRefs[Int(best[existing].ref)].text) != folded {
                    best[existing] = hit
                }
            } else {
                best.append(hit)
            }
        }
        return best
    }

    /// The approved forms to suggest; for a masculine or feminine forbidden form, the same
    /// gender of the first suggested title comes first (`Erzählerin` → `Bankkassiererin`).
    static func suggestions(_ concept: IndexedConcept, for ref: TargetRef, index: TermIndex) -> [String] {
        var result = concept.suggestions
        if let gender = ref.gender, gender == .masculine || gender == .feminine {
            let approved = concept.approved.map { index.targetRefs[Int($0)] }
            let group = result.first.flatMap { first in approved.first { $0.text == first }?.variantGroup }
            let matching = approved.first { $0.gender == gender && $0.variantGroup == group }
                ?? approved.first { $0.gender == gender && $0.status == .preferred }
            if let matching { result.insert(matching.text, at: 0) }
        }
        return result.uniqued()
    }

    static let examples: [TerminologyExample] = [
        .failing("| Bank teller | Processes deposits |", "| Erzähler | Bearbeitet Einzahlungen |", flags: "Erzähler",
                 suggestion: "Bankkassierer", "a bank teller is not a narrator"),
        .failing("The teller cashed my check.", "Die Erzählerin löste meinen Scheck ein.", flags: "Erzählerin",
                 suggestion: "Bankkassiererin", "the feminine form of the forbidden term, suggestion in the same gender"),
        .failing("Order clerk: receives and processes orders.", "Sachbearbeiter bestellen: nimmt Bestellungen an und bearbeitet sie.",
                 flags: "Sachbearbeiter bestellen", "\"order\" read as the verb bestellen"),
        .failing("The library assistant greets patrons at the library desk.", "Die Bibliotheksassistentin begrüßt Gönner an der Theke.",
                 flags: "Gönner", "library patrons are users, not benefactors"),
        .failing("The lecturer gave a talk.", "Der Lektor hielt einen Vortrag.", flags: "Lektor",
                 "a lecturer is a Dozent/-in"),
        .failing("Get a job description for a conservation scientist.", "Erhalten Sie eine Stellenbeschreibung für Naturwissenschaftler.",
                 flags: "Naturwissenschaftler", "a natural scientist in general is not a conservation scientist"),
        .passing("The editor of the newspaper cut the article.", "Der Lektor der Zeitung kürzte den Artikel.",
                 "Lektor is forbidden for lecturer but admitted for the publishing editor"),
        .passing("The chef runs the kitchen.", "Der Küchenchef leitet die Küche.", "Chef is forbidden only as a whole word"),
        .passing("The chef thanked the boss.", "Der Koch dankte dem Chef.", "the chef is already a Koch; Chef renders the boss"),
        .passing("The teller told us a story.", "Der Erzähler erzählte uns eine Geschichte.",
                 "without a banking cue, teller is not the bank teller"),
        .passing("The bank teller counted the cash.", "Der Bankkassierer zählte das Bargeld.", "the approved title"),
        .failing("Click Log in.", "Klicken Sie auf Einloggen.", flags: "Einloggen",
                 glossary: "en\tde\tstatus\nlog in\tAnmelden\tpreferred\nlog in\tEinloggen\tforbidden\n",
                 "a user glossary's forbidden rendering"),
    ]
}
