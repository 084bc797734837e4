// The system ICU headers, for the C facade in CTandemICU only.
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
