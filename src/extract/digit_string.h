// Reads one written number made of digits and separators ("2.300", "1,5", "2 300", "2'300",
// "٢٣٠٠") the way a writer of a given language means it. Internal to the extract module.
#ifndef NEWSLOOM_EXTRACT_DIGIT_STRING_H_
#define NEWSLOOM_EXTRACT_DIGIT_STRING_H_

#include <cstdint>
#include <optional>
#include <string_view>

namespace newsloom::extract_internal {

// value = mantissa / 10^scale; scale > 0 only for decimals ("1,5" -> {15, 1}).
struct DigitNumber {
  int64_t mantissa = 0;
  int scale = 0;
  int integer_digits = 0;     // digits before the decimal mark, separators excluded
  bool grouped = false;       // had a thousands separator
  bool leading_zero = false;  // "020", "007": codes and phone numbers, not counts
};

// True for languages whose decimal mark is a comma (nl, de, fr, ru, ...); en, zh, ar, ja, ko,
// he, th and "und" use a dot.
bool UsesDecimalComma(std::string_view lang);
// True for languages that group thousands with a (no-break) space: fr, ru, uk, pl, nb, nn, sv,
// da, fi, cs, sk, et, lv, lt, bg, hu, pt.
bool UsesSpaceGrouping(std::string_view lang);

// Parses `s`: decimal digits of any script (ICU Nd), separated by '.', ',', '\'', U+2019,
// U+066B (Arabic decimal), U+066C (Arabic thousands), U+00A0, U+202F, U+2009. Rules:
//   - the same separator twice, an apostrophe, U+066C or a space is a thousands separator, and
//     then every group after the first has exactly 3 digits;
//   - with both '.' and ',' the later one is the decimal mark;
//   - a single '.' or ',' is the language's decimal mark, else a thousands separator when
//     exactly 3 digits follow, else a decimal mark;
// nullopt for anything else (empty, letters, "1.2.3", more than 18 digits).
std::optional<DigitNumber> ParseDigitString(std::string_view s, std::string_view lang);

// mantissa * multiplier / 10^scale when that is a whole number that fits; else nullopt.
std::optional<int64_t> ScaleToInteger(const DigitNumber& n, int64_t multiplier);

}  // namespace newsloom::extract_internal

#endif  // NEWSLOOM_EXTRACT_DIGIT_STRING_H_
