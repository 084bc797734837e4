/// What a number mention is compared by.
public enum NumberKey: Hashable, Sendable, CustomStringConvertible {
    case value(DecimalValue)
    /// Year, month, day (0 when not given).
    case date(Int, Int, Int)
    /// Minutes after midnight.
    case time(Int)
    /// A version or section number written the same in every language (`6.3.1`).
    case identifier(String)

    public var description: String {
        switch self {
        case let .value(value): return value.plainString
        case let .date(year, month, day): return "\(year)-\(month)-\(day)"
        case let .time(minutes): return "\(minutes / 60):\(minutes % 60)"
        case let .identifier(text): return text
        }
    }
}

/// A day of a year (month or day 0 when not given).
public struct CalendarDate: Hashable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}

/// A number as written in a text: digits (with their separators, currency,
/// scale word and percent sign), a number word, a date or a time.
public struct NumberMention: Hashable, Sendable {
    public enum Kind: String, Sendable {
        /// Digits.
        case number
        /// A number word (`twelve`, `zwölf`, `zweijährig`): it can match a number, but is never reported missing.
        case word
        case date
        case time
        /// A section, version or model number.
        case identifier
    }

    /// How a date was written.
    public enum DateStyle: Sendable {
        /// `August 20, 2018`
        case monthDayYear
        /// `20. August 2018`
        case dayMonthYear
        /// `8/20/2018`
        case slashes
        /// `20.08.2018`
        case dots
        /// `2018-08-20`
        case iso
    }

    public var kind: Kind
    /// Scalar offsets of the whole mention (currency, number, scale, percent).
    public var range: Range<Int>
    /// Scalar offsets of the digits (or the word).
    public var numberRange: Range<Int>
    /// The digits as written (`33,510`), or the word.
    public var token: String
    /// The value in the side's own locale, scale included; nil when the digits are not valid there.
    public var value: DecimalValue?
    /// Values the digits have in other conventions (`12.5` in German text: 12.5 read the English way).
    public var alternatives: [DecimalValue] = []
    /// Digits written after the decimal separator in the side's own reading (`15,80`: 2).
    public var fractionDigits = 0
    /// The same for each of `alternatives`.
    public var alternativeFractionDigits: [Int] = []
    /// The date, for a date.
    public var date: CalendarDate?
    public var dateStyle: DateStyle?
    /// Minutes after midnight, for a time.
    public var minutes: Int?
    /// ISO 4217 code of a currency written beside the number.
    public var currency: String?
    public var currencyRange: Range<Int>?
    /// Whether the currency comes before the number (`$33,510`).
    public var currencyBefore = false
    /// The percent sign or word, if any.
    public var percentRange: Range<Int>?
    /// Whether white space separates the number from its percent sign.
    public var percentSpaced = false
    /// The power of ten of a scale word (`million` 6), 0 if none.
    public var scalePower = 0
    /// An ordinal (`20th`, `20.` before a month).
    public var isOrdinal = false
    /// A section, version or heading number written with separators (`Version 2.6`, `12.1. RAID`): compared by value,
    /// but written the same in every language, so never a locale-convention error.
    public var isIdentifier = false
    /// A word that is often not a number (`one`, `ein`): it never pairs up as a changed number.
    public var isArticleLike = false

    public static func == (a: NumberMention, b: NumberMention) -> Bool {
        a.range == b.range && a.kind == b.kind && a.token == b.token
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(range.lowerBound)
        hasher.combine(token)
    }

    /// Whether the mention is a percentage.
    public var isPercent: Bool { percentRange != nil }

    /// The key in the side's locale, if the mention is valid there.
    public var key: NumberKey? {
        switch kind {
        case .number, .word: return value.map(NumberKey.value)
        case .date: return date.map { .date($0.year, $0.month, $0.day) }
        case .time: return minutes.map(NumberKey.time)
        case .identifier: return .identifier(token)
        }
    }

    /// Keys from other readings.
    public var alternativeKeys: [NumberKey] {
        switch kind {
        case .number, .word: return alternatives.map(NumberKey.value)
        case .time: return minutes.map { $0 < 12 * 60 ? [NumberKey.time($0 + 12 * 60)] : [] } ?? []
        case .identifier: return alternatives.map(NumberKey.value)
        case .date: return []
        }
    }

    /// Whether the mention takes part in comparisons as a firm number (not a word).
    public var isFirm: Bool { kind != .word }
}
