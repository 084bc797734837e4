import TandemCore

/// Numbers: every number of the source must reappear in the target with the
/// same value, read with each side's own locale.
///
/// `$32,890` = `32.890 USD`, `1.7 million` = `1,7 Millionen`, `August 20, 2018`
/// = `20. August 2018`, `twelve` = `zwölf`: values are compared, not digits.
/// A number changed, missing or added, and a changed currency, are reported.
/// Digits valid only in another convention (`$33,510` in German text) are the
/// locale-conventions check's business, not this one's.
public final class NumbersCheck: ReviewCheck {
    public static let descriptor = CheckDescriptor(
        id: "numbers", category: .number, severity: .major, summaryKey: "checkNumbersSummary",
        examples: examples, make: { context in NumbersCheck(context: context) })

    public var descriptor: CheckDescriptor { Self.descriptor }
    private let styler: NumberStyler

    init(context: ReviewContext) {
        styler = NumberStyler(locale: context.target.icuLocale)
    }

    public func review(_ pair: PairView, into findings: inout FindingList) {
        let alignment = pair.numberAlignment
        let s = pair.source.numbers
        let t = pair.target.numbers

        for match in alignment.matches {
            let a = s[match.source], b = t[match.target]
            if let from = a.currency, let to = b.currency, from != to {
                findings.add(Self.descriptor, pair: pair, key: "reviewCurrencyChanged",
                             arguments: ["source": from, "target": to],
                             source: a.currencyRange ?? a.range, target: b.currencyRange ?? b.range,
                             suggestion: a.value.flatMap { styler.currency($0, code: from, fractionDigits: b.value?.fractionDigits ?? 0) },
                             discriminator: "\(from)>\(to)")
            }
        }

        var lostSource = alignment.unmatchedSource.filter { s[$0].isFirm }
        var lostTarget = alignment.unmatchedTarget.filter { t[$0].isFirm }
        let spareSourceWords = alignment.unmatchedSource.filter { !s[$0].isFirm && !s[$0].isArticleLike }
        let spareTargetWords = alignment.unmatchedTarget.filter { !t[$0].isFirm && !t[$0].isArticleLike }

        // A source number and a target number both without counterpart: one was changed into the other.
        var changed: [(Int, Int)] = []
        while !lostSource.isEmpty, !lostTarget.isEmpty {
            changed.append((lostSource.removeFirst(), lostTarget.removeFirst()))
        }
        var wordTargets = spareTargetWords
        var wordSources = spareSourceWords
        lostSource.removeAll { index in
            guard !wordTargets.isEmpty else { return false }
            changed.append((index, wordTargets.removeFirst()))
            return true
        }
        lostTarget.removeAll { index in
            guard !wordSources.isEmpty else { return false }
            changed.append((wordSources.removeFirst(), index))
            return true
        }
        for (i, j) in changed {
            let a = s[i], b = t[j]
            findings.add(Self.descriptor, pair: pair, key: "reviewNumberChanged",
                         arguments: ["source": pair.source.string(a.range), "target": pair.target.string(b.range)],
                         source: a.range, target: b.range, suggestion: suggestion(for: a, like: b))
        }
        for i in lostSource {
            let a = s[i]
            findings.add(Self.descriptor, pair: pair, key: "reviewNumberMissing",
                         arguments: ["source": pair.source.string(a.range)],
                         source: a.range, target: pair.target.isEmpty ? nil : 0..<pair.target.scalars.count)
        }
        for j in lostTarget {
            let b = t[j]
            findings.add(Self.descriptor, pair: pair, key: "reviewNumberAdded",
                         arguments: ["target": pair.target.string(b.range)],
                         source: nil, target: b.range)
        }
    }

    /// The source's value written the way the target wrote its (wrong) number.
    private func suggestion(for source: NumberMention, like target: NumberMention) -> String? {
        guard source.kind == .number, target.kind == .number, source.scalePower == 0, target.scalePower == 0,
              let value = source.value else { return nil }
        let digits = value.fractionDigits
        if target.isPercent { return styler.percent(value, fractionDigits: digits) }
        if let code = target.currency ?? source.currency, target.currency != nil {
            return styler.currency(value, code: code, fractionDigits: digits)
        }
        return styler.plain(value, fractionDigits: digits)
    }

    static let examples: [CheckExample] = [
        .passing("Median pay: $35,280 per year, or $16.96 per hour.", "Medianlohn: 35.280 USD pro Jahr bzw. 16,96 USD pro Stunde.",
                 "Localized amounts: the values are the same."),
        .passing("About 2,785,000 people work in the field.", "Rund 2.785.000 Menschen arbeiten in dem Bereich."),
        .passing("The city has 1.7 million inhabitants.", "Die Stadt hat 1,7 Millionen Einwohner."),
        .passing("The budget is $1.2 billion.", "Der Etat beträgt 1,2 Milliarden US-Dollar.", "billion = Milliarde"),
        .passing("Training lasts 12.5 days.", "Die Schulung dauert 12,5 Tage."),
        .passing("(visited August 20, 2018)", "(besucht am 20. August 2018)", "Dates are compared as dates."),
        .passing("They handle 60 to 80 contacts per shift.", "Sie bearbeiten 60 bis 80 Kontakte pro Schicht."),
        .passing("The course takes twelve weeks.", "Der Kurs dauert 12 Wochen.", "Number words match digits."),
        .passing("It requires a two-year degree.", "Verlangt wird ein zweijähriger Abschluss."),
        .passing("The office closes at 5 p.m.", "Das Büro schließt um 17 Uhr."),
        .passing("Many call centers are open 24 hours a day.", "Viele Callcenter sind rund um die Uhr besetzt.", "An idiom without digits in German."),
        .passing("Employment will fall by 5% from 2023 to 2033.", "Die Beschäftigung sinkt von 2023 bis 2033 um 5 %."),
        .passing("Temperatures fell to -5 degrees.", "Die Temperaturen fielen auf −5 Grad."),
        .passing("See section 4.2.1 for details.", "Einzelheiten siehe Abschnitt 4.2.1."),
        .passing("When a milestone is reached (such as version 1.0), work continues.",
                 "Wenn eine Wegmarke erreicht ist (zum Beispiel Version 1.0), geht die Arbeit weiter.", "1.0 is not the article eine."),
        .passing("RAID-1+0 survives failures in a 2×N array.", "RAID-1+0 übersteht Ausfälle in einer 2xN-Anordnung."),
        .failing("About 341,700 positions open each year.", "Jedes Jahr werden etwa 314.700 Stellen frei.", flags: "314.700",
                 suggestion: "341.700", "Two digits swapped."),
        .failing("About 25% of representatives work part time.", "Ein Teil der Mitarbeiter arbeitet in Teilzeit.",
                 flags: "25%", side: .source, "The number is missing."),
        .failing("The program costs €40.", "Das Programm kostet 40 $.", flags: "$", suggestion: "40 €", "The currency changed."),
        .failing("The deficit is $1 billion.", "Das Defizit beträgt 1 Billion US-Dollar.", flags: "1 Billion US-Dollar",
                 "A German Billion is a million millions."),
        .failing("Shifts last 8 hours.", "Schichten dauern 8 Stunden und beginnen um 6 Uhr.", flags: "6 Uhr", "A number was added."),
    ]
}
