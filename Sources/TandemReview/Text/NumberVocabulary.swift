/// The words a language writes numbers, scales, currencies, months and
/// percentages with: data, not code, so a language is added by adding a table.
public struct NumberVocabulary: Sendable {
    /// Cardinal and ordinal number words (lower case) and their values.
    public let words: [String: Int]
    /// Words that are numbers only sometimes (German `ein`, English `one`): they can match a number but never stand for a missing one.
    public let articleLike: Set<String>
    /// Number-word prefixes of compounds (`zweijährig`, `dreimal`) and the endings that make them one.
    public let compoundEndings: [String]
    /// Scale words (lower case) and their power of ten: `million` 6, `milliarden` 9.
    public let scales: [String: Int]
    /// Currency words and codes (lower case) to ISO 4217 codes.
    public let currencyWords: [String: String]
    /// Month names (lower case) to month numbers.
    public let months: [String: Int]
    /// Words after which a number is a name or identifier (`Section 1.2`, `Abschnitt 1.2`), lower case.
    public let identifierWords: Set<String>
    /// Words that mean "percent".
    public let percentWords: Set<String>
    /// Ordinal suffixes written after digits (`1st`).
    public let ordinalSuffixes: Set<String>
    /// Units written right after digits that keep the number a number (`5km`, `1990s`).
    public let unitSuffixes: Set<String>

    /// Currency symbols written as symbols (language independent).
    public static let currencySymbols: [String: String] = [
        "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
        "₺": "TRY", "zł": "PLN", "Fr.": "CHF", "sFr.": "CHF", "CA$": "CAD", "A$": "AUD", "C$": "CAD",
    ]

    /// ISO 4217 codes tandem recognizes next to numbers.
    public static let isoCodes: Set<String> = [
        "USD", "EUR", "GBP", "CHF", "JPY", "CAD", "AUD", "NZD", "CNY", "INR", "SEK", "NOK", "DKK", "PLN",
        "CZK", "HUF", "RUB", "BRL", "MXN", "ZAR", "TRY", "KRW", "SGD", "HKD", "ILS", "AED", "SAR", "RON", "BGN",
    ]

    /// English.
    public static let english = NumberVocabulary(
        words: [
            "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
            "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
            "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
            "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "once": 1, "twice": 2, "single": 1,
            "double": 2, "triple": 3, "dozen": 12, "both": 2,
        ],
        articleLike: ["one", "first", "second", "single", "once", "both", "double"],
        compoundEndings: [],
        scales: ["thousand": 3, "million": 6, "millions": 6, "billion": 9, "billions": 9, "trillion": 12, "bn": 9],
        currencyWords: [
            "dollar": "USD", "dollars": "USD", "us-dollar": "USD", "euro": "EUR", "euros": "EUR",
            "usd": "USD", "eur": "EUR", "gbp": "GBP", "chf": "CHF", "francs": "CHF", "franc": "CHF",
            "yen": "JPY", "pounds sterling": "GBP",
        ],
        months: [
            "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
            "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
            "jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9,
            "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
        ],
        identifierWords: [
            "section", "sections", "chapter", "chapters", "version", "versions", "figure", "fig.", "table",
            "step", "page", "pages", "p.", "pp.", "item", "article", "art.", "paragraph", "no.", "nr.", "v",
            "level", "room", "line", "lines", "rule", "part", "appendix", "exhibit", "chart", "volume",
            "vol.", "issue", "model", "type", "iso", "din", "en", "rfc", "unicode", "release", "build",
            "patch", "grade", "mos", "phase", "stage", "track", "episode", "season", "§", "route", "highway",
            "interstate", "gate", "platform", "flight", "code", "id",
        ],
        percentWords: ["percent", "per cent", "pct."],
        ordinalSuffixes: ["st", "nd", "rd", "th"],
        unitSuffixes: [
            "s", "km", "m", "cm", "mm", "kg", "g", "mg", "l", "ml", "h", "min", "sec", "gb", "mb", "kb", "tb",
            "hz", "khz", "mhz", "ghz", "x", "k", "bn", "mph", "kmh", "w", "kw", "kwh", "v", "px", "pt", "ft", "in",
            "lb", "lbs", "oz", "yd", "mi", "am", "pm", "d",
        ]
    )

    /// German (all regions).
    public static let german = NumberVocabulary(
        words: [
            "null": 0, "eins": 1, "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1,
            "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
            "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
            "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
            "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100,
            "erste": 1, "ersten": 1, "erster": 1, "erstes": 1, "erstem": 1,
            "zweite": 2, "zweiten": 2, "zweiter": 2, "zweites": 2, "zweitem": 2,
            "dritte": 3, "dritten": 3, "dritter": 3, "drittes": 3, "drittem": 3,
            "vierte": 4, "vierten": 4, "vierter": 4, "viertes": 4,
            "fünfte": 5, "fünften": 5, "fünfter": 5, "sechste": 6, "sechsten": 6, "siebte": 7, "siebten": 7,
            "achte": 8, "achten": 8, "neunte": 9, "neunten": 9, "zehnte": 10, "zehnten": 10,
            "elfte": 11, "elften": 11, "zwölfte": 12, "zwölften": 12,
            "einmal": 1, "zweimal": 2, "dreimal": 3, "doppelt": 2, "doppelte": 2, "doppelten": 2,
            "dutzend": 12, "beide": 2, "beiden": 2, "beider": 2,
            "einzige": 1, "einzigen": 1, "einzelne": 1, "einzelnen": 1,
        ],
        articleLike: [
            "ein", "eine", "einen", "einem", "einer", "eines", "erste", "ersten", "erster", "erstes", "erstem",
            "zweite", "zweiten", "einmal", "beide", "beiden", "beider",
            "einzige", "einzigen", "einzelne", "einzelnen", "doppelt", "doppelte", "doppelten",
        ],
        compoundEndings: [
            "jährig", "jährige", "jährigen", "jähriger", "jähriges", "mal", "malig", "malige", "fach", "fache",
            "fachen", "tägig", "tägige", "tägigen", "wöchig", "wöchige", "wöchigen", "monatig", "monatige",
            "stündig", "stündige", "stündigen", "minütig", "minütige", "seitig", "seitige", "teilig", "teilige",
            "stellig", "stellige", "köpfig", "köpfige", "sprachig", "sprachige", "zimmerwohnung", "jahresvertrag",
        ],
        scales: [
            "tausend": 3, "tsd.": 3, "tsd": 3, "million": 6, "millionen": 6, "mio.": 6, "mio": 6,
            "milliarde": 9, "milliarden": 9, "mrd.": 9, "mrd": 9, "billion": 12, "billionen": 12, "bio.": 12,
        ],
        currencyWords: [
            "dollar": "USD", "us-dollar": "USD", "us-dollars": "USD", "euro": "EUR", "usd": "USD", "eur": "EUR",
            "gbp": "GBP", "chf": "CHF", "franken": "CHF", "yen": "JPY", "pfund": "GBP",
        ],
        months: [
            "januar": 1, "jänner": 1, "februar": 2, "feber": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
            "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
            "jan.": 1, "feb.": 2, "mär.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9,
            "sept.": 9, "okt.": 10, "nov.": 11, "dez.": 12,
        ],
        identifierWords: [
            "abschnitt", "abschnitte", "kapitel", "version", "versionen", "abbildung", "abb.", "tabelle", "tab.",
            "schritt", "seite", "seiten", "s.", "punkt", "artikel", "art.", "absatz", "abs.", "nr.", "ziffer",
            "anhang", "anlage", "teil", "stufe", "band", "bd.", "heft", "modell", "typ", "§", "§§", "iso", "din",
            "en", "rfc", "unicode", "release", "build", "patch", "mos", "phase", "zeile", "zeilen", "regel",
            "raum", "zimmer", "gleis", "flug", "folge", "staffel", "code", "id", "level", "klasse",
        ],
        percentWords: ["prozent", "prozentpunkte", "prozentpunkten"],
        ordinalSuffixes: [],
        unitSuffixes: [
            "km", "m", "cm", "mm", "kg", "g", "mg", "l", "ml", "h", "min", "sek", "gb", "mb", "kb", "tb", "hz",
            "khz", "mhz", "ghz", "x", "er", "ern", "kw", "kwh", "w", "v", "px", "pt", "t", "d",
        ]
    )

    /// The vocabulary of a language subtag (English for languages tandem has no table for).
    public static func forLanguage(_ language: String) -> NumberVocabulary {
        language == "de" ? .german : .english
    }
}
