import TandemICU

/// Finds the numbers of a text and reads each with the text's own locale:
/// digits with their separators (checked against the locale's convention and
/// read by ICU's ``NumberParser``), currencies, scale words, percentages,
/// number words, dates and times.
///
///     let reader = NumberReader(language: "de", region: "DE", icuLocale: "de_DE")
///     reader.mentions(in: Array("1,7 Millionen USD".unicodeScalars), protected: [])
///     // one mention: value 1700000, currency USD
public final class NumberReader {
    public let language: String
    public let icuLocale: String
    let convention: NumberConvention
    let vocabulary: NumberVocabulary
    private let parser: NumberParser?
    private var cache: [String: LocalReading?] = [:]
    /// Number words that start compounds, by their first three letters.
    private let compoundHeads: [String: [(String, Int)]]
    /// Hashes of the number words, and of the number words that start compounds.
    private let wordHashes: Set<UInt64>
    private let headHashes: Set<UInt64>
    /// The first two letters of the number words: most words are ruled out by them before hashing.
    private let openings: OpeningPairs

    public init(language: String, region: String, icuLocale: String) {
        self.language = language
        self.icuLocale = icuLocale
        self.convention = NumberConvention.of(language: language, region: region)
        let vocabulary = NumberVocabulary.forLanguage(language)
        self.vocabulary = vocabulary
        self.parser = try? NumberParser(locale: icuLocale)
        var heads: [String: [(String, Int)]] = [:]
        if !vocabulary.compoundEndings.isEmpty {
            for (word, number) in vocabulary.words where number >= 2 && word.unicodeScalars.count >= 3 {
                heads[String(word.unicodeScalars.prefix(3)), default: []].append((word, number))
            }
            for key in heads.keys { heads[key]?.sort { $0.0.count > $1.0.count } }
        }
        self.compoundHeads = heads
        openings = OpeningPairs(vocabulary.words.keys)
        wordHashes = Set(vocabulary.words.keys.map { Self.hash($0.unicodeScalars) })
        headHashes = vocabulary.compoundEndings.isEmpty ? [] : Set(vocabulary.words.filter { $0.value >= 2 }.keys.map { Self.hash($0.unicodeScalars) })
    }

    /// The numbers of `scalars`, in order, skipping the `protected` ranges (URLs, placeholders).
    public func mentions(in scalars: [Unicode.Scalar], protected: [Range<Int>]) -> [NumberMention] {
        var mentions: [NumberMention] = []
        var index = 0
        var protectedIndex = 0
        let count = scalars.count
        while index < count {
            while protectedIndex < protected.count, protected[protectedIndex].upperBound <= index { protectedIndex += 1 }
            if protectedIndex < protected.count, protected[protectedIndex].contains(index) {
                index = protected[protectedIndex].upperBound
                continue
            }
            let scalar = scalars[index]
            if ScalarClass.isDigit(scalar) {
                if index > 0, ScalarClass.isLetter(scalars[index - 1]) {
                    // Digits inside a word (MP3, H2O): part of a name.
                    index = alphanumericEnd(scalars, from: index)
                    continue
                }
                let (mention, end) = readNumber(scalars, at: index)
                if let mention {
                    if let last = mentions.last, last.range.overlaps(mention.range) {
                        mentions.removeLast()
                    }
                    mentions.append(mention)
                }
                index = max(end, index + 1)
            } else if ScalarClass.isLetter(scalar), index == 0 || !ScalarClass.isLetterOrDigit(scalars[index - 1]) {
                let end = wordEnd(scalars, from: index)
                if let mention = readWord(scalars, index..<end) { mentions.append(mention) }
                index = end
            } else {
                index += 1
            }
        }
        return mentions
    }

    // MARK: Digits

    private func readNumber(_ s: [Unicode.Scalar], at start: Int) -> (NumberMention?, Int) {
        if let date = readNumericDate(s, at: start) { return (date, date.range.upperBound) }
        if let time = readTime(s, at: start) { return (time, time.range.upperBound) }

        // The digits and their separators.
        var end = start
        while end < s.count {
            if ScalarClass.isDigit(s[end]) { end += 1; continue }
            if isSeparator(s[end]), end + 1 < s.count, ScalarClass.isDigit(s[end + 1]) {
                if ScalarClass.isSpace(s[end]) || s[end] == "'" {
                    // A space or apostrophe groups only when three digits follow and then no digit.
                    var digits = end + 1
                    while digits < s.count, ScalarClass.isDigit(s[digits]) { digits += 1 }
                    if digits - end - 1 != 3 { break }
                }
                end += 1
                continue
            }
            break
        }
        let digitsRange = start..<end
        let token = String(scalars: s[digitsRange])
        var mention = NumberMention(kind: .number, range: digitsRange, numberRange: digitsRange, token: token, value: nil)

        // A code such as K-12 or COVID-19: letters and a hyphen before the digits.
        if start >= 2, ScalarClass.isHyphen(s[start - 1]), ScalarClass.isLetter(s[start - 2]) {
            var wordStart = start - 2
            while wordStart > 0, ScalarClass.isLetterOrDigit(s[wordStart - 1]) { wordStart -= 1 }
            let codeEnd = alphanumericEnd(s, from: end)
            let code = String(scalars: s[wordStart..<codeEnd])
            var identifier = NumberMention(kind: .identifier, range: wordStart..<codeEnd, numberRange: digitsRange, token: code, value: nil)
            // RAID-1 may be written RAID 1: the digits are its second reading.
            if codeEnd == end, s[digitsRange].allSatisfy(ScalarClass.isDigit) {
                identifier.alternatives = [DecimalValue(integer: s[digitsRange].map { UInt8($0.value) }, fraction: [], negative: false)]
            }
            return (identifier, codeEnd)
        }

        // Letters right after the digits: an ordinal, a unit, a decade, a scale suffix, or a code (13B).
        var scaleSuffix = 0
        if end < s.count, ScalarClass.isLetter(s[end]) {
            var suffixEnd = end
            while suffixEnd < s.count, ScalarClass.isLetter(s[suffixEnd]) { suffixEnd += 1 }
            let suffix = String(scalars: s[end..<suffixEnd]).lowercased()
            let followedByDigit = suffixEnd < s.count && ScalarClass.isDigit(s[suffixEnd])
            if suffix.hasPrefix("x"), suffix.count <= 2 || followedByDigit {
                // 2xN, 4x4: a multiplication, the number stands alone.
            } else if !followedByDigit, vocabulary.ordinalSuffixes.contains(suffix) {
                mention.isOrdinal = true
            } else if !followedByDigit, language == "en", suffix == "k" || suffix == "bn" || suffix == "m" {
                scaleSuffix = suffix == "k" ? 3 : suffix == "m" ? 6 : 9
                mention.range = start..<suffixEnd
            } else if !followedByDigit, vocabulary.unitSuffixes.contains(suffix), suffix != "s" || token.count == 4 {
                // 5km, 1990s, 1990er: the number stays a number.
            } else {
                let codeEnd = alphanumericEnd(s, from: start)
                let code = String(scalars: s[start..<codeEnd])
                return (NumberMention(kind: .identifier, range: start..<codeEnd, numberRange: digitsRange, token: code, value: nil), codeEnd)
            }
        }

        // The reading in this locale and in the others.
        let tokenScalars = s[digitsRange]
        let hasSeparator = tokenScalars.contains { !ScalarClass.isDigit($0) }
        if hasSeparator {
            if let reading = localReading(token, tokenScalars) {
                mention.value = reading.value
                mention.fractionDigits = reading.fractionDigits
            }
            for other in NumberConvention.all where other != convention {
                if let (value, fraction) = other.readWithFraction(tokenScalars), value != mention.value, !mention.alternatives.contains(value) {
                    mention.alternatives.append(value)
                    mention.alternativeFractionDigits.append(fraction)
                }
            }
            if mention.value == nil, mention.alternatives.isEmpty {
                // 6.3.1, 1.2.3.4: a version or section number.
                mention.kind = .identifier
                return (mention, end)
            }
        } else {
            mention.value = DecimalValue(integer: tokenScalars.map { UInt8($0.value) }, fraction: [], negative: false)
        }

        // A section or version number keeps its form in every language: after a word such as Abschnitt or
        // Version, at the start of a numbered heading (12.1. RAID), or after a letter (B.2.1).
        if hasSeparator {
            if let previous = previousWord(s, before: start)?.lowercased(),
               vocabulary.identifierWords.contains(previous) || Self.identifierEndings.contains(where: { previous.hasSuffix($0) }) {
                mention.isIdentifier = true
            } else if end + 1 < s.count, ScalarClass.isHyphen(s[end]), ScalarClass.isLetter(s[end + 1]) {
                // 1.0-Format, 2.6-Kernel: a version inside a compound.
                mention.isIdentifier = true
            } else if isHeadingNumber(s, start: start, end: end) {
                mention.isIdentifier = true
            } else if start >= 2, s[start - 1] == ".", ScalarClass.isUppercase(s[start - 2]), start == 2 || !ScalarClass.isLetter(s[start - 3]) {
                mention.isIdentifier = true
            }
        }

        // A minus sign.
        if start >= 1, s[start - 1] == "-" || s[start - 1] == "\u{2212}" {
            let before = start >= 2 ? s[start - 2] : " "
            if ScalarClass.isSpace(before) || before == "(" || start == 1 || s[start - 1] == "\u{2212}" && !ScalarClass.isDigit(before) {
                mention.value = mention.value?.negated
                mention.alternatives = mention.alternatives.map(\.negated)
                mention.range = (start - 1)..<mention.range.upperBound
            }
        }

        // Month-name dates: "August 20, 2018" and "20. August 2018".
        if !hasSeparator, let date = monthNameDate(s, mention: mention) { return (date, date.range.upperBound) }

        // A currency before the number.
        if let (code, range) = currencyBefore(s, at: mention.range.lowerBound) {
            mention.currency = code
            mention.currencyRange = range
            mention.currencyBefore = true
            mention.range = range.lowerBound..<mention.range.upperBound
        }
        var cursor = mention.range.upperBound
        // A scale word.
        if scaleSuffix > 0 {
            mention.scalePower = scaleSuffix
        } else if let (power, scaleEnd) = scaleWord(s, at: cursor) {
            mention.scalePower = power
            cursor = scaleEnd
            mention.range = mention.range.lowerBound..<scaleEnd
        }
        if mention.scalePower != 0 {
            mention.value = mention.value?.scaled(by: mention.scalePower)
            mention.alternatives = mention.alternatives.map { $0.scaled(by: mention.scalePower) }
        }
        // A percent sign or word.
        if let (range, spaced) = percent(s, at: cursor) {
            mention.percentRange = range
            mention.percentSpaced = spaced
            cursor = range.upperBound
            mention.range = mention.range.lowerBound..<cursor
        } else if mention.currency == nil, let (code, range) = currencyAfter(s, at: cursor) {
            mention.currency = code
            mention.currencyRange = range
            mention.range = mention.range.lowerBound..<range.upperBound
        }
        return (mention, end)
    }

    /// Endings of German compounds that name an identifier: Versionsnummer, Kernelversion, Paketformat.
    static let identifierEndings = ["version", "nummer", "format", "release", "ausgabe", "kapitel", "abschnitt"]

    /// A number that opens its text and ends in a period or parenthesis before a space: `12.1. RAID und LVM`.
    private func isHeadingNumber(_ s: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        var before = start - 1
        while before >= 0, ScalarClass.isSpace(s[before]) { before -= 1 }
        guard before < 0 || s[before] == "•" || s[before] == "|" else { return false }
        return end + 1 < s.count && (s[end] == "." || s[end] == ")") && ScalarClass.isSpace(s[end + 1])
    }

    private func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "," || scalar == "’" || scalar == "'" || scalar == "\u{A0}" || scalar == "\u{202F}" || scalar == "\u{2009}"
    }

    /// A token's value in this side's locale, and the digits written after its decimal separator.
    private struct LocalReading {
        let value: DecimalValue
        let fractionDigits: Int
    }

    /// The token's reading in this side's locale: its convention must accept it, and ICU reads it.
    private func localReading(_ token: String, _ scalars: ArraySlice<Unicode.Scalar>) -> LocalReading? {
        if let cached = cache[token] { return cached }
        var result: LocalReading?
        if let (value, fractionDigits) = convention.readWithFraction(scalars) {
            // ICU's parser has the final word on the value; a token with space grouping is read without the spaces.
            let forICU = String(scalars: scalars.filter { !convention.grouping.contains($0) })
            if let parsed = parser?.parseWhole(forICU), let icuValue = DecimalValue(parsed.decimal) {
                result = LocalReading(value: icuValue, fractionDigits: fractionDigits)
            } else {
                result = LocalReading(value: value, fractionDigits: fractionDigits)
            }
        }
        if cache.count > 50_000 { cache.removeAll(keepingCapacity: true) }
        cache[token] = result
        return result
    }

    private func alphanumericEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while end < s.count, ScalarClass.isLetterOrDigit(s[end]) { end += 1 }
        return end
    }

    private func wordEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while end < s.count {
            if ScalarClass.isLetter(s[end]) { end += 1; continue }
            if ScalarClass.isHyphen(s[end]), end + 1 < s.count, ScalarClass.isLetter(s[end + 1]) { end += 1; continue }
            break
        }
        return end
    }

    /// The word that ends right before `position` (skipping white space), with a trailing period if it has one.
    private func previousWord(_ s: [Unicode.Scalar], before position: Int) -> String? {
        var end = position
        while end > 0, ScalarClass.isSpace(s[end - 1]) { end -= 1 }
        guard end < position || position == 0 else { return nil }
        var start = end
        if start > 0, s[start - 1] == "." { start -= 1 }
        while start > 0, ScalarClass.isLetter(s[start - 1]) || s[start - 1] == "§" { start -= 1 }
        guard start < end else { return nil }
        return String(scalars: s[start..<end])
    }

    /// The word starting at `position` after at most one space, with its range.
    private func nextWord(_ s: [Unicode.Scalar], at position: Int, allowPeriod: Bool = true) -> (String, Range<Int>)? {
        var start = position
        if start < s.count, ScalarClass.isSpace(s[start]) { start += 1 }
        guard start < s.count, ScalarClass.isLetter(s[start]) else { return nil }
        var end = wordEnd(s, from: start)
        if allowPeriod, end < s.count, s[end] == "." { end += 1 }
        return (String(scalars: s[start..<end]), start..<end)
    }

    // MARK: Currencies, scales, percent

    private func currencyBefore(_ s: [Unicode.Scalar], at start: Int) -> (String, Range<Int>)? {
        var end = start
        if end > 0, s[end - 1] == " " || s[end - 1] == "\u{A0}" || s[end - 1] == "\u{202F}" { end -= 1 }
        guard end > 0 else { return nil }
        let symbol = s[end - 1]
        if let code = Self.currency(symbol: symbol) {
            // US$, CA$, A$
            var symbolStart = end - 1
            var text = String(symbol)
            while symbolStart > 0, ScalarClass.isUppercase(s[symbolStart - 1]), end - symbolStart < 3 {
                symbolStart -= 1
                text = String(s[symbolStart]) + text
            }
            if symbolStart < end - 1, let prefixed = NumberVocabulary.currencySymbols[text],
               symbolStart == 0 || !ScalarClass.isLetterOrDigit(s[symbolStart - 1]) {
                return (prefixed, symbolStart..<start)
            }
            return (code, (end - 1)..<start)
        }
        // An ISO code or Fr.: USD 33.510
        guard end < start || end == start else { return nil }
        var wordStart = end
        while wordStart > 0, ScalarClass.isLetter(s[wordStart - 1]) || s[wordStart - 1] == "." { wordStart -= 1 }
        guard wordStart < end, wordStart == 0 || !ScalarClass.isLetterOrDigit(s[wordStart - 1]) else { return nil }
        let word = String(scalars: s[wordStart..<end])
        if NumberVocabulary.isoCodes.contains(word) { return (word, wordStart..<start) }
        if let code = NumberVocabulary.currencySymbols[word] { return (code, wordStart..<start) }
        return nil
    }

    /// The currency symbols written as one scalar (`$`, `€`): a scalar that is none of them needs no lookup.
    private static let oneScalarSymbols: [Unicode.Scalar] = NumberVocabulary.currencySymbols.keys.compactMap { symbol in
        symbol.unicodeScalars.count == 1 ? symbol.unicodeScalars.first : nil
    }

    /// The ISO code of the currency whose symbol is the single scalar `scalar`, if it is one.
    private static func currency(symbol scalar: Unicode.Scalar) -> String? {
        guard oneScalarSymbols.contains(scalar) else { return nil }
        return NumberVocabulary.currencySymbols[String(scalar)]
    }

    private func currencyAfter(_ s: [Unicode.Scalar], at position: Int) -> (String, Range<Int>)? {
        var start = position
        if start < s.count, s[start] == " " || s[start] == "\u{A0}" || s[start] == "\u{202F}" { start += 1 }
        guard start < s.count else { return nil }
        if let code = Self.currency(symbol: s[start]) {
            return (code, start..<(start + 1))
        }
        guard ScalarClass.isLetter(s[start]) else { return nil }
        let end = wordEnd(s, from: start)
        let word = String(scalars: s[start..<end])
        if NumberVocabulary.isoCodes.contains(word) { return (word, start..<end) }
        if let code = vocabulary.currencyWords[word.lowercased()] { return (code, start..<end) }
        return nil
    }

    private func scaleWord(_ s: [Unicode.Scalar], at position: Int) -> (Int, Int)? {
        guard let (word, range) = nextWord(s, at: position) else { return nil }
        let lower = word.lowercased()
        if let power = vocabulary.scales[lower] { return (power, range.upperBound) }
        if lower.hasSuffix("."), let power = vocabulary.scales[String(lower.dropLast())] { return (power, range.upperBound - 1) }
        return nil
    }

    private func percent(_ s: [Unicode.Scalar], at position: Int) -> (Range<Int>, Bool)? {
        var start = position
        var spaced = false
        if start < s.count, ScalarClass.isSpace(s[start]) { start += 1; spaced = true }
        guard start < s.count else { return nil }
        if s[start] == "%" || s[start] == "\u{066A}" { return (start..<(start + 1), spaced) }
        guard spaced, let (word, range) = nextWord(s, at: position, allowPeriod: false) else { return nil }
        let lower = word.lowercased()
        if vocabulary.percentWords.contains(lower) { return (range, true) }
        if lower == "per", let (next, nextRange) = nextWord(s, at: range.upperBound, allowPeriod: false), next.lowercased() == "cent" {
            return (range.lowerBound..<nextRange.upperBound, true)
        }
        return nil
    }

    // MARK: Dates and times

    private func digitRun(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while end < s.count, ScalarClass.isDigit(s[end]) { end += 1 }
        return end
    }

    private func intValue(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        s[range].reduce(0) { $0 * 10 + Int($1.value - 48) }
    }

    /// 2018-08-20, 20.08.2018, 8/20/2018.
    private func readNumericDate(_ s: [Unicode.Scalar], at start: Int) -> NumberMention? {
        let firstEnd = digitRun(s, from: start)
        guard firstEnd < s.count else { return nil }
        let separator = s[firstEnd]
        guard separator == "-" || separator == "." || separator == "/" else { return nil }
        let secondStart = firstEnd + 1
        let secondEnd = digitRun(s, from: secondStart)
        guard secondEnd > secondStart, secondEnd < s.count, s[secondEnd] == separator else { return nil }
        let thirdStart = secondEnd + 1
        let thirdEnd = digitRun(s, from: thirdStart)
        guard thirdEnd > thirdStart else { return nil }
        if thirdEnd < s.count, ScalarClass.isLetterOrDigit(s[thirdEnd]) { return nil }
        let a = intValue(s, start..<firstEnd), b = intValue(s, secondStart..<secondEnd), c = intValue(s, thirdStart..<thirdEnd)
        let lengths = (firstEnd - start, secondEnd - secondStart, thirdEnd - thirdStart)
        var date: CalendarDate?
        var style: NumberMention.DateStyle = .dots
        switch separator {
        case "-":
            guard lengths == (4, 2, 2) else { return nil }
            date = CalendarDate(year: a, month: b, day: c)
            style = .iso
        case "/":
            guard lengths.0 <= 2, lengths.1 <= 2, lengths.2 == 4 || lengths.2 == 2 else { return nil }
            let year = lengths.2 == 2 ? 2000 + c : c
            // The United States write month/day/year; everyone else day/month/year.
            date = language == "en" && convention == .english ? CalendarDate(year: year, month: a, day: b) : CalendarDate(year: year, month: b, day: a)
            style = .slashes
        default:
            guard lengths.0 <= 2, lengths.1 <= 2, lengths.2 == 4 || lengths.2 == 2 else { return nil }
            date = CalendarDate(year: lengths.2 == 2 ? 2000 + c : c, month: b, day: a)
            style = .dots
        }
        guard let date, (1...12).contains(date.month), (1...31).contains(date.day) else { return nil }
        var mention = NumberMention(kind: .date, range: start..<thirdEnd, numberRange: start..<thirdEnd,
                                    token: String(scalars: s[start..<thirdEnd]), value: nil)
        mention.date = date
        mention.dateStyle = style
        return mention
    }

    /// 17:30, 5 p.m., 5:30pm, 17.30 Uhr, 17 Uhr.
    private func readTime(_ s: [Unicode.Scalar], at start: Int) -> NumberMention? {
        let hourEnd = digitRun(s, from: start)
        guard hourEnd - start <= 2 else { return nil }
        var hour = intValue(s, start..<hourEnd)
        var minute = 0
        var cursor = hourEnd
        var hasMinutes = false
        if cursor + 2 < s.count, s[cursor] == ":" || s[cursor] == ".", digitRun(s, from: cursor + 1) == cursor + 3 {
            if cursor + 3 < s.count, ScalarClass.isDigit(s[cursor + 3]) { return nil }
            minute = intValue(s, (cursor + 1)..<(cursor + 3))
            hasMinutes = s[cursor] == ":" || true
            cursor += 3
        }
        var end = cursor
        var marked = false
        var probe = cursor
        if probe < s.count, ScalarClass.isSpace(s[probe]) { probe += 1 }
        let rest = String(scalars: s[probe..<min(s.count, probe + 6)]).lowercased()
        if language == "en" {
            for marker in ["a.m.", "p.m.", "am", "pm"] where rest.hasPrefix(marker) {
                let after = probe + marker.unicodeScalars.count
                if after < s.count, ScalarClass.isLetter(s[after]) { continue }
                guard hour >= 1, hour <= 12 else { return nil }
                if marker.hasPrefix("p"), hour != 12 { hour += 12 }
                if marker.hasPrefix("a"), hour == 12 { hour = 0 }
                end = after
                marked = true
                break
            }
        } else if rest.hasPrefix("uhr") {
            end = probe + 3
            marked = true
        }
        let colon = hasMinutes && cursor > hourEnd && s[hourEnd] == ":"
        guard marked || colon, hour <= 24, minute < 60 else { return nil }
        if colon, !marked, cursor < s.count, s[cursor] == ":" { return nil }
        var mention = NumberMention(kind: .time, range: start..<end, numberRange: start..<cursor,
                                    token: String(scalars: s[start..<cursor]), value: nil)
        mention.minutes = hour * 60 + minute
        return mention
    }

    private func month(_ word: String) -> Int? {
        vocabulary.months[word.lowercased()]
    }

    private func monthNameDate(_ s: [Unicode.Scalar], mention: NumberMention) -> NumberMention? {
        guard mention.isOrdinal || mention.token.count <= 2, let day = mention.value?.intValue, (1...31).contains(day) else { return nil }
        let start = mention.numberRange.lowerBound
        var end = mention.range.upperBound
        // Month Day[, Year]
        if let previous = previousWord(s, before: start), let monthNumber = month(previous) {
            let monthStart = start - 1 - previous.unicodeScalars.count
            guard monthStart >= 0 else { return nil }
            var year = 0
            var probe = end
            if probe < s.count, s[probe] == "," { probe += 1 }
            if probe < s.count, ScalarClass.isSpace(s[probe]) { probe += 1 }
            let yearEnd = digitRun(s, from: probe)
            if yearEnd - probe == 4, yearEnd == s.count || !ScalarClass.isLetterOrDigit(s[yearEnd]) {
                year = intValue(s, probe..<yearEnd)
                end = yearEnd
            }
            var date = NumberMention(kind: .date, range: monthStart..<end, numberRange: start..<mention.numberRange.upperBound,
                                     token: String(scalars: s[monthStart..<end]), value: nil)
            date.date = CalendarDate(year: year, month: monthNumber, day: day)
            date.dateStyle = .monthDayYear
            return date
        }
        // Day[.] Month [Year]
        var probe = end
        if probe < s.count, s[probe] == "." { probe += 1 }
        guard let (word, range) = nextWord(s, at: probe, allowPeriod: true), let monthNumber = month(word) ?? month(String(word.dropLast())) else { return nil }
        var wordEnd = range.upperBound
        if month(word) == nil { wordEnd -= 1 }
        end = wordEnd
        var year = 0
        var yearStart = end
        if yearStart < s.count, ScalarClass.isSpace(s[yearStart]) { yearStart += 1 }
        let yearEnd = digitRun(s, from: yearStart)
        if yearEnd - yearStart == 4, yearEnd == s.count || !ScalarClass.isLetterOrDigit(s[yearEnd]) {
            year = intValue(s, yearStart..<yearEnd)
            end = yearEnd
        }
        var date = NumberMention(kind: .date, range: start..<end, numberRange: start..<mention.numberRange.upperBound,
                                 token: String(scalars: s[start..<end]), value: nil)
        date.date = CalendarDate(year: year, month: monthNumber, day: day)
        date.dateStyle = .dayMonthYear
        return date
    }

    // MARK: Words

    /// FNV-1a over lower-cased scalars (ASCII and Latin-1 letters), for a quick "could this be a number word" test.
    static func hash<C: Collection>(_ scalars: C) -> UInt64 where C.Element == Unicode.Scalar {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars { hash = step(hash, scalar) }
        return hash
    }

    @inline(__always)
    static func step(_ hash: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        var value = scalar.value
        if (value >= 0x41 && value <= 0x5A) || (value >= 0xC0 && value <= 0xDE && value != 0xD7) { value += 0x20 }
        return (hash ^ UInt64(value)) &* 0x100_0000_01b3
    }

    /// Whether the word at `range` may be a number word: its hash, a hyphenated first part's or a compound head's is known.
    private func mayBeNumberWord(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard openings.mayOpen(s, range) else { return false }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = s[index]
            if ScalarClass.isHyphen(scalar) { return wordHashes.contains(hash) }
            hash = Self.step(hash, scalar)
            index += 1
            if index - range.lowerBound >= 3, index < range.upperBound, headHashes.contains(hash) { return true }
        }
        return wordHashes.contains(hash)
    }

    private func readWord(_ s: [Unicode.Scalar], _ range: Range<Int>) -> NumberMention? {
        guard mayBeNumberWord(s, range) else { return nil }
        let word = String(scalars: s[range])
        let lower = word.lowercased()
        var value: Int?
        var articleLike = false
        if let number = vocabulary.words[lower] {
            value = number
            articleLike = vocabulary.articleLike.contains(lower)
        } else if let hyphen = lower.firstIndex(of: "-"), let number = vocabulary.words[String(lower[..<hyphen])] {
            // two-year, three-part
            value = number
            articleLike = vocabulary.articleLike.contains(String(lower[..<hyphen]))
        } else if lower.unicodeScalars.count > 5, let candidates = compoundHeads[String(lower.unicodeScalars.prefix(3))] {
            // zweijährig, dreimal: a number word and a known ending.
            for (prefix, number) in candidates where lower.hasPrefix(prefix) {
                if vocabulary.compoundEndings.contains(String(lower.dropFirst(prefix.count))) { value = number; break }
            }
        }
        guard let value else { return nil }
        var mention = NumberMention(kind: .word, range: range, numberRange: range, token: word, value: DecimalValue(value))
        mention.isArticleLike = articleLike
        if let (power, end) = scaleWord(s, at: range.upperBound) {
            mention.scalePower = power
            mention.value = mention.value?.scaled(by: power)
            mention.range = range.lowerBound..<end
            mention.isArticleLike = false
        }
        return mention
    }
}
