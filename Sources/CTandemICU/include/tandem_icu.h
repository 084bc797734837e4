// A flat C facade over the system ICU library.
//
// Only stdint types appear here, so Swift modules that also import Foundation
// (which carries a private ICU of its own) never see the system ICU headers.
// Every function forwards to the ICU function of the same name; handles are
// opaque pointers, UTF-16 text is uint16_t, error codes are int32_t
// (greater than zero is a failure, less than zero a warning).
#ifndef TANDEM_ICU_H
#define TANDEM_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: UTF-8 <-> UTF-16
int32_t tandem_str_from_utf8(uint16_t *dest, int32_t capacity, const char *src, int32_t length, int32_t *error);
int32_t tandem_str_to_utf8(char *dest, int32_t capacity, const uint16_t *src, int32_t length, int32_t *error);

// MARK: Normalization. form: 0 NFC, 1 NFD, 2 NFKC, 3 NFKC_Casefold. The instances are singletons.
const void *tandem_normalizer(int32_t form, int32_t *error);
int32_t tandem_normalize(const void *normalizer, const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, int32_t *error);
int32_t tandem_normalize_span_quick_check_yes(const void *normalizer, const uint16_t *src, int32_t length, int32_t *error);
int32_t tandem_normalize_second_and_append(const void *normalizer, uint16_t *first, int32_t firstLength, int32_t capacity, const uint16_t *second, int32_t secondLength, int32_t *error);

// MARK: Number formatting with skeletons
void *tandem_numfmt_open(const uint16_t *skeleton, int32_t skeletonLength, const char *locale, int32_t *error);
void tandem_numfmt_close(void *formatter);
/// Formats a double; returns the UTF-16 length of the result (preflight with capacity 0).
int32_t tandem_numfmt_format_double(const void *formatter, double value, uint16_t *dest, int32_t capacity, int32_t *error);
int32_t tandem_numfmt_format_decimal(const void *formatter, const char *decimal, int32_t length, uint16_t *dest, int32_t capacity, int32_t *error);

// MARK: Number parsing (unum). style: 1 decimal, 2 currency, 3 percent.
void *tandem_unum_open(int32_t style, const char *locale, int32_t *error);
void *tandem_unum_clone(const void *format, int32_t *error);
void tandem_unum_close(void *format);
void tandem_unum_set_lenient(void *format, int32_t lenient);
void tandem_unum_set_parse_int_only(void *format, int32_t intOnly);
/// Parses a decimal number; writes the decimal string (ASCII) to dest, updates *position.
int32_t tandem_unum_parse_decimal(const void *format, const uint16_t *text, int32_t length, int32_t *position, char *dest, int32_t capacity, int32_t *error);
/// Parses an amount with a currency; writes the ISO code (4 UTF-16 units with NUL) to currency.
double tandem_unum_parse_currency(const void *format, const uint16_t *text, int32_t length, int32_t *position, uint16_t *currency, int32_t *error);
/// symbol: the UNumberFormatSymbol value (0 decimal, 1 grouping, 3 percent, 8 currency, 9 intl currency, 17 monetary separator).
int32_t tandem_unum_get_symbol(const void *format, int32_t symbol, uint16_t *dest, int32_t capacity, int32_t *error);

// MARK: Locale data. delimiter: 0 quote start, 1 quote end, 2 alternate start, 3 alternate end.
int32_t tandem_locale_delimiter(const char *locale, int32_t delimiter, uint16_t *dest, int32_t capacity, int32_t *error);

// MARK: Break iteration over UTF-8 text. kind: 0 character, 1 word, 2 line, 3 sentence.
void *tandem_brk_open_utf8(int32_t kind, const char *locale, const char *text, int64_t length, int32_t *error);
/// An iterator with no text yet: give it text with tandem_brk_set_utf8, as often as needed.
void *tandem_brk_open(int32_t kind, const char *locale, int32_t *error);
/// Points the iterator at new UTF-8 text (reusing its state; much cheaper than opening anew).
void tandem_brk_set_utf8(void *iterator, const char *text, int64_t length, int32_t *error);
void tandem_brk_close(void *iterator);
int32_t tandem_brk_next(void *iterator);
int32_t tandem_brk_rule_status(const void *iterator);

// MARK: Plural rules
void *tandem_plural_open(const char *locale, int32_t *error);
void tandem_plural_close(void *rules);
int32_t tandem_plural_select(const void *rules, double number, uint16_t *keyword, int32_t capacity, int32_t *error);
int32_t tandem_plural_select_decimal(const void *rules, const void *numberFormatter, const char *decimal, int32_t length, uint16_t *keyword, int32_t capacity, int32_t *error);
/// Writes the locale's categories, separated by spaces, to dest (ASCII); returns the length.
int32_t tandem_plural_keywords(const void *rules, char *dest, int32_t capacity, int32_t *error);

// MARK: MessageFormat (ICU 1) validation
typedef struct TandemParseError {
    int32_t line;
    int32_t offset;
    uint16_t preContext[16];
    uint16_t postContext[16];
} TandemParseError;
/// Opens and closes a MessageFormat to validate its pattern; returns the error code.
int32_t tandem_msgfmt_validate(const uint16_t *pattern, int32_t length, const char *locale, TandemParseError *parseError);

// MARK: Collation
void *tandem_collator_open(const char *locale, int32_t *error);
void tandem_collator_close(void *collator);
void tandem_collator_set_strength(void *collator, int32_t strength);
int32_t tandem_collator_compare_utf8(const void *collator, const char *a, int32_t aLength, const char *b, int32_t bLength, int32_t *error);

// MARK: Transliteration
void *tandem_translit_open(const uint16_t *id, int32_t idLength, int32_t reverse, int32_t *error);
void tandem_translit_close(void *transliterator);
/// Transliterates text in place; *length is updated; returns the needed capacity on overflow.
void tandem_translit_apply(const void *transliterator, uint16_t *text, int32_t *length, int32_t capacity, int32_t *error);

// MARK: Case mapping. operation: 0 lower, 1 upper, 2 title, 3 fold.
void *tandem_casemap_open(const char *locale, int32_t *error);
void tandem_casemap_close(void *casemap);
int32_t tandem_casemap_utf8(const void *casemap, int32_t operation, char *dest, int32_t capacity, const char *src, int32_t length, int32_t *error);

// MARK: Scripts
int32_t tandem_script_of(uint32_t codepoint, int32_t *error);
const char *tandem_script_short_name(int32_t script);
const char *tandem_script_name(int32_t script);

// MARK: Locales and BCP 47
int32_t tandem_locale_for_language_tag(const char *tag, char *dest, int32_t capacity, int32_t *parsedLength, int32_t *error);
int32_t tandem_locale_to_language_tag(const char *locale, char *dest, int32_t capacity, int32_t strict, int32_t *error);
int32_t tandem_locale_canonicalize(const char *locale, char *dest, int32_t capacity, int32_t *error);
int32_t tandem_locale_language(const char *locale, char *dest, int32_t capacity, int32_t *error);
int32_t tandem_locale_script(const char *locale, char *dest, int32_t capacity, int32_t *error);
int32_t tandem_locale_country(const char *locale, char *dest, int32_t capacity, int32_t *error);
const char *tandem_locale_iso3_language(const char *locale);
int32_t tandem_locale_display_name(const char *locale, const char *displayLocale, uint16_t *dest, int32_t capacity, int32_t *error);

// MARK: Character properties
int32_t tandem_char_has_property(uint32_t codepoint, int32_t property);
int32_t tandem_property_default_ignorable(void);
int32_t tandem_property_bidi_control(void);

#ifdef __cplusplus
}
#endif

#endif
