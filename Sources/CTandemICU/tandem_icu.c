// Forwarders from the flat facade in tandem_icu.h to the system ICU library.
// ICU's own headers rename each function to its versioned symbol (e.g. _72),
// so this file builds against any ICU version that provides these functions.
#include "tandem_icu.h"
#include <string.h>
#include <unicode/utypes.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/unum.h>
#include <unicode/unumberformatter.h>
#include <unicode/ulocdata.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/upluralrules.h>
#include <unicode/umsg.h>
#include <unicode/ucol.h>
#include <unicode/utrans.h>
#include <unicode/ucasemap.h>
#include <unicode/uscript.h>
#include <unicode/uloc.h>
#include <unicode/uenum.h>
#include <unicode/uchar.h>
#include <stdlib.h>

#define ERR ((UErrorCode *)error)

int32_t tandem_str_from_utf8(uint16_t *dest, int32_t capacity, const char *src, int32_t length, int32_t *error) {
    int32_t out = 0;
    u_strFromUTF8WithSub((UChar *)dest, capacity, &out, src, length, 0xFFFD, NULL, ERR);
    return out;
}

int32_t tandem_str_to_utf8(char *dest, int32_t capacity, const uint16_t *src, int32_t length, int32_t *error) {
    int32_t out = 0;
    u_strToUTF8WithSub(dest, capacity, &out, (const UChar *)src, length, 0xFFFD, NULL, ERR);
    return out;
}

const void *tandem_normalizer(int32_t form, int32_t *error) {
    switch (form) {
    case 0: return unorm2_getNFCInstance(ERR);
    case 1: return unorm2_getNFDInstance(ERR);
    case 2: return unorm2_getNFKCInstance(ERR);
    default: return unorm2_getNFKCCasefoldInstance(ERR);
    }
}

int32_t tandem_normalize(const void *normalizer, const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, int32_t *error) {
    return unorm2_normalize((const UNormalizer2 *)normalizer, (const UChar *)src, length, (UChar *)dest, capacity, ERR);
}

int32_t tandem_normalize_span_quick_check_yes(const void *normalizer, const uint16_t *src, int32_t length, int32_t *error) {
    return unorm2_spanQuickCheckYes((const UNormalizer2 *)normalizer, (const UChar *)src, length, ERR);
}

int32_t tandem_normalize_second_and_append(const void *normalizer, uint16_t *first, int32_t firstLength, int32_t capacity, const uint16_t *second, int32_t secondLength, int32_t *error) {
    return unorm2_normalizeSecondAndAppend((const UNormalizer2 *)normalizer, (UChar *)first, firstLength, capacity, (const UChar *)second, secondLength, ERR);
}

void *tandem_numfmt_open(const uint16_t *skeleton, int32_t skeletonLength, const char *locale, int32_t *error) {
    return unumf_openForSkeletonAndLocale((const UChar *)skeleton, skeletonLength, locale, ERR);
}

void tandem_numfmt_close(void *formatter) {
    unumf_close((UNumberFormatter *)formatter);
}

static int32_t tandem_numfmt_finish(UFormattedNumber *result, uint16_t *dest, int32_t capacity, int32_t *error) {
    int32_t length = 0;
    if (U_SUCCESS(*ERR)) {
        length = unumf_resultToString(result, (UChar *)dest, capacity, ERR);
    }
    unumf_closeResult(result);
    return length;
}

int32_t tandem_numfmt_format_double(const void *formatter, double value, uint16_t *dest, int32_t capacity, int32_t *error) {
    UFormattedNumber *result = unumf_openResult(ERR);
    if (U_FAILURE(*ERR)) return 0;
    unumf_formatDouble((const UNumberFormatter *)formatter, value, result, ERR);
    return tandem_numfmt_finish(result, dest, capacity, error);
}

int32_t tandem_numfmt_format_decimal(const void *formatter, const char *decimal, int32_t length, uint16_t *dest, int32_t capacity, int32_t *error) {
    UFormattedNumber *result = unumf_openResult(ERR);
    if (U_FAILURE(*ERR)) return 0;
    unumf_formatDecimal((const UNumberFormatter *)formatter, decimal, length, result, ERR);
    return tandem_numfmt_finish(result, dest, capacity, error);
}

void *tandem_unum_open(int32_t style, const char *locale, int32_t *error) {
    UNumberFormatStyle s = style == 2 ? UNUM_CURRENCY : (style == 3 ? UNUM_PERCENT : UNUM_DECIMAL);
    return unum_open(s, NULL, 0, locale, NULL, ERR);
}

void *tandem_unum_clone(const void *format, int32_t *error) {
    return unum_clone((const UNumberFormat *)format, ERR);
}

void tandem_unum_close(void *format) {
    unum_close((UNumberFormat *)format);
}

void tandem_unum_set_lenient(void *format, int32_t lenient) {
    unum_setAttribute((UNumberFormat *)format, UNUM_LENIENT_PARSE, lenient);
}

void tandem_unum_set_parse_int_only(void *format, int32_t intOnly) {
    unum_setAttribute((UNumberFormat *)format, UNUM_PARSE_INT_ONLY, intOnly);
}

int32_t tandem_unum_parse_decimal(const void *format, const uint16_t *text, int32_t length, int32_t *position, char *dest, int32_t capacity, int32_t *error) {
    return unum_parseDecimal((const UNumberFormat *)format, (const UChar *)text, length, position, dest, capacity, ERR);
}

double tandem_unum_parse_currency(const void *format, const uint16_t *text, int32_t length, int32_t *position, uint16_t *currency, int32_t *error) {
    return unum_parseDoubleCurrency((const UNumberFormat *)format, (const UChar *)text, length, position, (UChar *)currency, ERR);
}

int32_t tandem_unum_get_symbol(const void *format, int32_t symbol, uint16_t *dest, int32_t capacity, int32_t *error) {
    return unum_getSymbol((const UNumberFormat *)format, (UNumberFormatSymbol)symbol, (UChar *)dest, capacity, ERR);
}

int32_t tandem_locale_delimiter(const char *locale, int32_t delimiter, uint16_t *dest, int32_t capacity, int32_t *error) {
    ULocaleData *data = ulocdata_open(locale, ERR);
    if (U_FAILURE(*ERR)) return 0;
    int32_t length = ulocdata_getDelimiter(data, (ULocaleDataDelimiterType)delimiter, (UChar *)dest, capacity, ERR);
    ulocdata_close(data);
    return length;
}

typedef struct TandemBreak {
    UBreakIterator *iterator;
    UText *text;
} TandemBreak;

void *tandem_brk_open_utf8(int32_t kind, const char *locale, const char *text, int64_t length, int32_t *error) {
    UBreakIteratorType type = kind == 0 ? UBRK_CHARACTER : (kind == 1 ? UBRK_WORD : (kind == 2 ? UBRK_LINE : UBRK_SENTENCE));
    TandemBreak *result = calloc(1, sizeof(TandemBreak));
    if (result == NULL) { *ERR = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    result->text = utext_openUTF8(NULL, text, length, ERR);
    if (U_FAILURE(*ERR)) { free(result); return NULL; }
    result->iterator = ubrk_open(type, locale, NULL, 0, ERR);
    if (U_FAILURE(*ERR)) { utext_close(result->text); free(result); return NULL; }
    ubrk_setUText(result->iterator, result->text, ERR);
    if (U_FAILURE(*ERR)) { ubrk_close(result->iterator); utext_close(result->text); free(result); return NULL; }
    ubrk_first(result->iterator);
    return result;
}

void *tandem_brk_open(int32_t kind, const char *locale, int32_t *error) {
    UBreakIteratorType type = kind == 0 ? UBRK_CHARACTER : (kind == 1 ? UBRK_WORD : (kind == 2 ? UBRK_LINE : UBRK_SENTENCE));
    TandemBreak *result = calloc(1, sizeof(TandemBreak));
    if (result == NULL) { *ERR = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    result->iterator = ubrk_open(type, locale, NULL, 0, ERR);
    if (U_FAILURE(*ERR)) { free(result); return NULL; }
    return result;
}

void tandem_brk_set_utf8(void *iterator, const char *text, int64_t length, int32_t *error) {
    TandemBreak *b = (TandemBreak *)iterator;
    b->text = utext_openUTF8(b->text, text, length, ERR);
    if (U_FAILURE(*ERR)) return;
    ubrk_setUText(b->iterator, b->text, ERR);
    if (U_FAILURE(*ERR)) return;
    ubrk_first(b->iterator);
}

void tandem_brk_close(void *iterator) {
    TandemBreak *b = (TandemBreak *)iterator;
    if (b == NULL) return;
    ubrk_close(b->iterator);
    if (b->text != NULL) utext_close(b->text);
    free(b);
}

int32_t tandem_brk_next(void *iterator) {
    return ubrk_next(((TandemBreak *)iterator)->iterator);
}

int32_t tandem_brk_rule_status(const void *iterator) {
    return ubrk_getRuleStatus(((const TandemBreak *)iterator)->iterator);
}

void *tandem_plural_open(const char *locale, int32_t *error) {
    return uplrules_open(locale, ERR);
}

void tandem_plural_close(void *rules) {
    uplrules_close((UPluralRules *)rules);
}

int32_t tandem_plural_select(const void *rules, double number, uint16_t *keyword, int32_t capacity, int32_t *error) {
    return uplrules_select((const UPluralRules *)rules, number, (UChar *)keyword, capacity, ERR);
}

int32_t tandem_plural_select_decimal(const void *rules, const void *numberFormatter, const char *decimal, int32_t length, uint16_t *keyword, int32_t capacity, int32_t *error) {
    UFormattedNumber *result = unumf_openResult(ERR);
    if (U_FAILURE(*ERR)) return 0;
    unumf_formatDecimal((const UNumberFormatter *)numberFormatter, decimal, length, result, ERR);
    int32_t out = 0;
    if (U_SUCCESS(*ERR)) {
        out = uplrules_selectFormatted((const UPluralRules *)rules, result, (UChar *)keyword, capacity, ERR);
    }
    unumf_closeResult(result);
    return out;
}

int32_t tandem_plural_keywords(const void *rules, char *dest, int32_t capacity, int32_t *error) {
    UEnumeration *keywords = uplrules_getKeywords((const UPluralRules *)rules, ERR);
    if (U_FAILURE(*ERR)) return 0;
    int32_t used = 0;
    const char *keyword;
    int32_t length = 0;
    while ((keyword = uenum_next(keywords, &length, ERR)) != NULL && U_SUCCESS(*ERR)) {
        if (used + length + 1 >= capacity) { *ERR = U_BUFFER_OVERFLOW_ERROR; break; }
        if (used > 0) dest[used++] = ' ';
        memcpy(dest + used, keyword, (size_t)length);
        used += length;
    }
    if (used < capacity) dest[used] = 0;
    uenum_close(keywords);
    return used;
}

int32_t tandem_msgfmt_validate(const uint16_t *pattern, int32_t length, const char *locale, TandemParseError *parseError) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError pe;
    memset(&pe, 0, sizeof pe);
    UMessageFormat *format = umsg_open((const UChar *)pattern, length, locale, &pe, &status);
    if (format != NULL) umsg_close(format);
    parseError->line = pe.line;
    parseError->offset = pe.offset;
    memcpy(parseError->preContext, pe.preContext, sizeof parseError->preContext);
    memcpy(parseError->postContext, pe.postContext, sizeof parseError->postContext);
    return (int32_t)status;
}

void *tandem_collator_open(const char *locale, int32_t *error) {
    return ucol_open(locale, ERR);
}

void tandem_collator_close(void *collator) {
    ucol_close((UCollator *)collator);
}

void tandem_collator_set_strength(void *collator, int32_t strength) {
    ucol_setStrength((UCollator *)collator, (UCollationStrength)strength);
}

int32_t tandem_collator_compare_utf8(const void *collator, const char *a, int32_t aLength, const char *b, int32_t bLength, int32_t *error) {
    return (int32_t)ucol_strcollUTF8((const UCollator *)collator, a, aLength, b, bLength, ERR);
}

void *tandem_translit_open(const uint16_t *id, int32_t idLength, int32_t reverse, int32_t *error) {
    return utrans_openU((const UChar *)id, idLength, reverse ? UTRANS_REVERSE : UTRANS_FORWARD, NULL, 0, NULL, ERR);
}

void tandem_translit_close(void *transliterator) {
    utrans_close((UTransliterator *)transliterator);
}

void tandem_translit_apply(const void *transliterator, uint16_t *text, int32_t *length, int32_t capacity, int32_t *error) {
    int32_t limit = *length;
    utrans_transUChars((const UTransliterator *)transliterator, (UChar *)text, length, capacity, 0, &limit, ERR);
}

void *tandem_casemap_open(const char *locale, int32_t *error) {
    return ucasemap_open(locale, 0, ERR);
}

void tandem_casemap_close(void *casemap) {
    ucasemap_close((UCaseMap *)casemap);
}

int32_t tandem_casemap_utf8(const void *casemap, int32_t operation, char *dest, int32_t capacity, const char *src, int32_t length, int32_t *error) {
    const UCaseMap *map = (const UCaseMap *)casemap;
    switch (operation) {
    case 0: return ucasemap_utf8ToLower(map, dest, capacity, src, length, ERR);
    case 1: return ucasemap_utf8ToUpper(map, dest, capacity, src, length, ERR);
    case 2: return ucasemap_utf8ToTitle((UCaseMap *)map, dest, capacity, src, length, ERR);
    default: return ucasemap_utf8FoldCase(map, dest, capacity, src, length, ERR);
    }
}

int32_t tandem_script_of(uint32_t codepoint, int32_t *error) {
    return (int32_t)uscript_getScript((UChar32)codepoint, ERR);
}

const char *tandem_script_short_name(int32_t script) {
    return uscript_getShortName((UScriptCode)script);
}

const char *tandem_script_name(int32_t script) {
    return uscript_getName((UScriptCode)script);
}

int32_t tandem_locale_for_language_tag(const char *tag, char *dest, int32_t capacity, int32_t *parsedLength, int32_t *error) {
    return uloc_forLanguageTag(tag, dest, capacity, parsedLength, ERR);
}

int32_t tandem_locale_to_language_tag(const char *locale, char *dest, int32_t capacity, int32_t strict, int32_t *error) {
    return uloc_toLanguageTag(locale, dest, capacity, strict ? 1 : 0, ERR);
}

int32_t tandem_locale_canonicalize(const char *locale, char *dest, int32_t capacity, int32_t *error) {
    return uloc_canonicalize(locale, dest, capacity, ERR);
}

int32_t tandem_locale_language(const char *locale, char *dest, int32_t capacity, int32_t *error) {
    return uloc_getLanguage(locale, dest, capacity, ERR);
}

int32_t tandem_locale_script(const char *locale, char *dest, int32_t capacity, int32_t *error) {
    return uloc_getScript(locale, dest, capacity, ERR);
}

int32_t tandem_locale_country(const char *locale, char *dest, int32_t capacity, int32_t *error) {
    return uloc_getCountry(locale, dest, capacity, ERR);
}

const char *tandem_locale_iso3_language(const char *locale) {
    return uloc_getISO3Language(locale);
}

int32_t tandem_locale_display_name(const char *locale, const char *displayLocale, uint16_t *dest, int32_t capacity, int32_t *error) {
    return uloc_getDisplayName(locale, displayLocale, (UChar *)dest, capacity, ERR);
}

int32_t tandem_char_has_property(uint32_t codepoint, int32_t property) {
    return u_hasBinaryProperty((UChar32)codepoint, (UProperty)property) ? 1 : 0;
}

int32_t tandem_property_default_ignorable(void) { return (int32_t)UCHAR_DEFAULT_IGNORABLE_CODE_POINT; }
int32_t tandem_property_bidi_control(void) { return (int32_t)UCHAR_BIDI_CONTROL; }
