import CTandemICU

/// A BCP 47 language tag, parsed and canonicalized by ICU.
///
///     let tag = try LanguageTag("de_ch")   // canonical "de-CH"
///     tag.language                         // "de"
///     tag.region                           // "CH"
///     tag.icuLocale                        // "de_CH"
public struct LanguageTag: Hashable, Sendable, CustomStringConvertible {
    /// The canonical BCP 47 form, e.g. `de-CH`.
    public let identifier: String
    /// The ICU locale ID, e.g. `de_CH` or `de@collation=phonebook`.
    public let icuLocale: String
    /// The language subtag in lower case, e.g. `de`.
    public let language: String
    /// The script subtag, e.g. `Latn`, or an empty string.
    public let script: String
    /// The region subtag, e.g. `CH`, or an empty string.
    public let region: String

    /// Why a tag could not be used.
    public enum Problem: Error, Equatable, Sendable {
        /// The text is not well-formed BCP 47; `offset` is where parsing stopped.
        case malformed(tag: String, offset: Int)
        /// Well-formed, but the language subtag names no language ICU knows.
        case unknownLanguage(tag: String, language: String)
    }

    /// Parses `tag` (BCP 47; an underscore is read as a hyphen).
    public init(_ tag: String) throws(Problem) {
        let input = tag.replacingUnderscores()
        guard !input.isEmpty, input.utf8.allSatisfy({ $0 < 0x80 }) else {
            throw .malformed(tag: tag, offset: 0)
        }
        var parsed: Int32 = 0
        let locale: String
        do {
            locale = try UTF16Buffer.produceUTF8(operation: "uloc_forLanguageTag") { dest, capacity, error in
                tandem_locale_for_language_tag(input, dest, capacity, &parsed, &error)
            }
        } catch {
            throw .malformed(tag: tag, offset: 0)
        }
        guard Int(parsed) == input.utf8.count, !locale.isEmpty else {
            throw .malformed(tag: tag, offset: Int(parsed))
        }
        let language = (try? UTF16Buffer.produceUTF8(operation: "uloc_getLanguage") { tandem_locale_language(locale, $0, $1, &$2) }) ?? ""
        // ICU answers an empty ISO 639-2 code for a language it does not know.
        if language.isEmpty || String(cString: tandem_locale_iso3_language(locale)).isEmpty {
            throw .unknownLanguage(tag: tag, language: language)
        }
        self.icuLocale = locale
        self.language = language
        self.script = (try? UTF16Buffer.produceUTF8(operation: "uloc_getScript") { tandem_locale_script(locale, $0, $1, &$2) }) ?? ""
        self.region = (try? UTF16Buffer.produceUTF8(operation: "uloc_getCountry") { tandem_locale_country(locale, $0, $1, &$2) }) ?? ""
        self.identifier = (try? UTF16Buffer.produceUTF8(operation: "uloc_toLanguageTag") { tandem_locale_to_language_tag(locale, $0, $1, 1, &$2) }) ?? input
    }

    /// The canonical tag.
    public var description: String { identifier }

    /// The language's name in the language of `displayTag` (e.g. "Deutsch (Schweiz)").
    public func displayName(in displayTag: LanguageTag) -> String {
        (try? UTF16Buffer.produce(operation: "uloc_getDisplayName") { dest, capacity, error in
            tandem_locale_display_name(icuLocale, displayTag.icuLocale, dest, capacity, &error)
        }) ?? identifier
    }

    /// ICU's canonical form of an ICU locale ID (e.g. `de_de` → `de_DE`).
    public static func canonicalICULocale(_ locale: String) -> String {
        (try? UTF16Buffer.produceUTF8(operation: "uloc_canonicalize") { tandem_locale_canonicalize(locale, $0, $1, &$2) }) ?? locale
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(unicodeScalars.map { $0 == "_" ? "-" : Character($0) })
    }
}
