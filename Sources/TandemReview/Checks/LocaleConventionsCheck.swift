import TandemCore

/// Locale conventions: numbers, amounts, percentages and dates written the
/// way the source language writes them, not the target locale.
///
/// `$33,510` and `12.5` inside German text, `100%` without its space,
/// `USD 33.510` with the currency first (de-DE), `August 20, 2018`. The
/// suggestion is the same value as ICU writes it for the target locale, so
/// de-DE, de-AT and de-CH each get their own (`33.510 USD`, `$ 33.510`, `33’510`).
public final class LocaleConventionsCheck: ReviewCheck {
    public static let descriptor = CheckDescriptor(
        id: "locale-conventions", category: .localeConvention, severity: .minor,
        summaryKey: "checkLocaleConventionsSummary", examples: examples,
        make: { context in LocaleConventionsCheck(context: context) })

    public var descriptor: CheckDescriptor { Self.descriptor }
    private let styler: NumberStyler
    private let language: ReviewLanguage
    private let percentSpaced: Bool
    private var currencyFirst: [String: Bool] = [:]
    private let monthNames: [Int: String]

    init(context: ReviewContext) {
        language = context.target
        styler = NumberStyler(locale: context.target.icuLocale)
        percentSpaced = styler.percentIsSpaced
        monthNames = Self.monthNames(context.target.code)
    }

    private func currencyComesFirst(_ code: String) -> Bool {
        if let known = currencyFirst[code] { return known }
        let first = styler.currencyComesFirst(code)
        currencyFirst[code] = first
        return first
    }

    public func review(_ pair: PairView, into findings: inout FindingList) {
        let alignment = pair.numberAlignment
        var foreignTargets = Set<Int>()
        for match in alignment.matches where match.targetReadForeign { foreignTargets.insert(match.target) }
        let unmatched = Set(alignment.unmatchedTarget)
        for (index, mention) in pair.target.numbers.enumerated() {
            switch mention.kind {
            case .number:
                reviewNumber(mention, foreign: foreignTargets.contains(index) || (unmatched.contains(index) && mention.value == nil),
                             matchedSource: alignment.matches.first { $0.target == index }.map { pair.source.numbers[$0.source] },
                             pair: pair, into: &findings)
            case .date:
                reviewDate(mention, pair: pair, into: &findings)
            case .word, .time, .identifier:
                continue
            }
        }
    }

    private func reviewNumber(_ mention: NumberMention, foreign: Bool, matchedSource: NumberMention?, pair: PairView, into findings: inout FindingList) {
        // The value: the target locale's reading, or the other convention's when the digits were written that way.
        var value = mention.value
        var fractionDigits = mention.fractionDigits
        if foreign {
            if let source = matchedSource?.value, let index = mention.alternatives.firstIndex(of: source) {
                value = source
                fractionDigits = mention.alternativeFractionDigits[index]
            } else if let first = mention.alternatives.first {
                value = first
                fractionDigits = mention.alternativeFractionDigits[0]
            }
        }
        guard let value else { return }
        // A version or section number (Debian 6.1, Format 3.0, 3.0 Unported, Abschnitt 4.2) is written the same in every language.
        let foreign = foreign && !mention.isIdentifier && !nextToName(mention, pair)
        let currencyMisplaced = mention.currency.map { mention.currencyBefore != currencyComesFirst($0) } ?? false
        let percentUnspaced = mention.isPercent && percentSpaced && !mention.percentSpaced
            && mention.percentRange.map { pair.target.scalars[$0.lowerBound] == "%" } == true
        guard foreign || currencyMisplaced || percentUnspaced else { return }

        let unscaled = value.scaled(by: -mention.scalePower)
        var suggestion: String?
        if let code = mention.currency {
            if mention.scalePower == 0 {
                suggestion = styler.currency(unscaled, code: code, fractionDigits: fractionDigits)
            } else if let number = styler.plain(unscaled, fractionDigits: fractionDigits) {
                let scale = Self.scaleText(pair.target, mention)
                suggestion = currencyComesFirst(code) ? "\(code)\u{A0}\(number) \(scale)" : "\(number) \(scale) \(code)"
            }
        } else if mention.isPercent {
            suggestion = styler.percent(unscaled, fractionDigits: fractionDigits)
        } else if let number = styler.plain(unscaled, fractionDigits: fractionDigits) {
            suggestion = mention.scalePower == 0 ? number : "\(number) \(Self.scaleText(pair.target, mention))"
        }
        if mention.range.lowerBound < mention.numberRange.lowerBound, pair.target.scalars[mention.range.lowerBound] == "-" || pair.target.scalars[mention.range.lowerBound] == "\u{2212}" {
            suggestion = nil
        }
        let key = foreign ? "reviewLocaleNumberFormat" : currencyMisplaced ? "reviewLocaleCurrencyPosition" : "reviewLocalePercentSpace"
        let written = pair.target.string(mention.range)
        findings.add(Self.descriptor, pair: pair, key: key,
                     arguments: ["text": written, "suggestion": suggestion ?? "", "locale": language.localeTag],
                     source: matchedSource?.range, target: mention.range, suggestion: suggestion, discriminator: key)
    }

    /// Whether the word right before or after the number is a name the source has too (a capitalized or all-caps word):
    /// the number then names a version (`Debian 6.1`, `Format 3.0 (quilt)`, `3.0 Unported`), not a quantity.
    private func nextToName(_ mention: NumberMention, _ pair: PairView) -> Bool {
        guard mention.currency == nil, !mention.isPercent else { return false }
        let words = pair.target.words
        let sourceWords = pair.source.words
        func isName(_ word: Word) -> Bool {
            guard word.hasLetter, word.isCapitalized || word.isAllCaps else { return false }
            return sourceWords.contains { $0.text == word.text }
        }
        if let before = words.last(where: { $0.range.upperBound <= mention.range.lowerBound }),
           mention.range.lowerBound - before.range.upperBound <= 1, isName(before) { return true }
        if let after = words.first(where: { $0.range.lowerBound >= mention.range.upperBound }),
           after.range.lowerBound - mention.range.upperBound <= 1, isName(after) { return true }
        // Code around the number (load.value 0.12, timeout=2.5) that the source has as well.
        let s = pair.target.scalars
        var end = mention.range.lowerBound
        while end > 0, ScalarClass.isSpace(s[end - 1]) { end -= 1 }
        var start = end
        while start > 0, !ScalarClass.isSpace(s[start - 1]) { start -= 1 }
        if start < end, s[start..<end].contains(where: { $0 == "." || $0 == "_" || $0 == "=" || $0 == ":" }),
           s[start..<end].contains(where: ScalarClass.isLetter), ScalarSearch.find(Array(s[start..<end]), in: pair.source.scalars) != nil {
            return true
        }
        return false
    }

    private static func scaleText(_ side: SideText, _ mention: NumberMention) -> String {
        // The scale word as written: between the digits and the end of the mention (less a trailing currency).
        var end = mention.range.upperBound
        if let currency = mention.currencyRange, !mention.currencyBefore { end = currency.lowerBound }
        return side.string(mention.numberRange.upperBound..<end).trimmingCharacters()
    }

    private func reviewDate(_ mention: NumberMention, pair: PairView, into findings: inout FindingList) {
        guard let date = mention.date, let style = mention.dateStyle, language.code == "de" else { return }
        let suggestion: String
        switch style {
        case .monthDayYear:
            guard let month = monthNames[date.month] else { return }
            suggestion = date.year > 0 ? "\(date.day). \(month) \(date.year)" : "\(date.day). \(month)"
        case .slashes:
            let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
            let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
            suggestion = "\(day).\(month).\(date.year)"
        case .dayMonthYear, .dots, .iso:
            return
        }
        findings.add(Self.descriptor, pair: pair, key: "reviewLocaleDateFormat",
                     arguments: ["text": pair.target.string(mention.range), "suggestion": suggestion, "locale": language.localeTag],
                     target: mention.range, suggestion: suggestion, discriminator: "date")
    }

    private static func monthNames(_ language: String) -> [Int: String] {
        guard language == "de" else { return [:] }
        let names = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
        return Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.offset + 1, $0.element) })
    }

    static let examples: [CheckExample] = [
        .passing("Median pay: $32,890 per year.", "Medianlohn: 32.890 USD pro Jahr."),
        .passing("$15.81 per hour", "15,81 USD pro Stunde"),
        .passing("about 2,785,000 people", "etwa 2.785.000 Menschen"),
        .passing("1.7 million", "1,7 Millionen"),
        .passing("a decline of 5%", "ein Rückgang um 5 %"),
        .passing("an average of 12.5 days", "durchschnittlich 12.5 Tage", language: "de-CH", "Swiss German writes a decimal point."),
        .passing("$33,510", "$ 33’510", language: "de-CH", "de-CH puts the currency first and groups with ’."),
        .passing("(visited August 20, 2018)", "(besucht am 20. August 2018)"),
        .passing("Version 2.0 adds 3 features.", "Version 2.0 bringt 3 Funktionen."),
        .passing("Format 3.0 (quilt) can combine several archives.", "Format 3.0 (quilt) kann mehrere Archive vereinen.", "A version next to a name."),
        .passing("12.1. RAID and LVM", "12.1. RAID und LVM", "A section number opening a heading."),
        .passing("The package bears the 1.0 version number.", "Das Paket trägt die Versionsnummer 1.0."),
        .failing("Library assistant: $33,510", "Bibliotheksassistent/-in: $33,510", flags: "$33,510",
                 suggestion: "33.510 USD", "US amount format left in German text."),
        .failing("an average of 12.5 days", "durchschnittlich 12.5 Tage", flags: "12.5", suggestion: "12,5", "Decimal point in German text."),
        .failing("100% of their attention", "100% ihrer Aufmerksamkeit", flags: "100%", suggestion: "100 %", "German puts a space before %."),
        .failing("costs USD 40", "kostet USD 40", flags: "USD 40", suggestion: "40 USD", "The currency follows the amount in de-DE."),
        .failing("about 2,785,000 people", "etwa 2.785.000 Menschen", flags: "2.785.000", suggestion: "2’785’000", language: "de-CH",
                 "de-CH groups with ’."),
        .failing("(visited August 20, 2018)", "(besucht am August 20, 2018)", flags: "August 20, 2018", suggestion: "20. August 2018",
                 "US date order in German text."),
    ]
}

extension String {
    /// The string without leading and trailing white space.
    func trimmingCharacters() -> String {
        let scalars = Array(unicodeScalars)
        var start = 0
        var end = scalars.count
        while start < end, ScalarClass.isSpace(scalars[start]) { start += 1 }
        while end > start, ScalarClass.isSpace(scalars[end - 1]) { end -= 1 }
        return String(scalars: scalars[start..<end])
    }
}
