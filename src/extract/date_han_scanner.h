// Chinese date expressions, read character by character on the bytes of a sentence:
// "2022年1月6日", "1月6日", "6日", "1月", "2005年", weekdays "周四"/"星期四"/"上周四", and the
// zh entries of the date lexicon ("昨天", "去年", "上周"). Digits may be ASCII or full-width.
// "号" counts as a day mark only after a month ("1月6号"); "个月" durations are not months.
//
// Thread safety: pure function; the lexicon is read only.
#ifndef NEWSLOOM_EXTRACT_DATE_HAN_SCANNER_H_
#define NEWSLOOM_EXTRACT_DATE_HAN_SCANNER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/date_lexicon.h"
#include "extract/date_parser.h"

namespace newsloom {
namespace date_internal {

// The Chinese date expressions in text[begin, end), in text order, non-overlapping, with
// `sentence` set on each.
std::vector<RawDate> ScanHanDates(const DateLexicon& lexicon, std::string_view text, uint32_t begin,
                                  uint32_t end, uint32_t sentence);

}  // namespace date_internal
}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_DATE_HAN_SCANNER_H_
