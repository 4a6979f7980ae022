// Small readers of the digits inside date expressions, shared by DateParser and the Han date
// scanner: decimal digits of any common script (ASCII, Arabic-Indic, Eastern Arabic-Indic,
// full-width) and the all-numeric date forms ("2022-01-06", "06.01.2022", "6/1/2022").
//
// Thread safety: pure functions.
#ifndef NEWSLOOM_EXTRACT_DATE_NUMERALS_H_
#define NEWSLOOM_EXTRACT_DATE_NUMERALS_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace newsloom {
namespace date_internal {

// Value of the decimal digit starting at s[pos] (any of the scripts above) and its length in
// bytes; nullopt when s[pos] starts no digit.
std::optional<int> DigitAt(std::string_view s, size_t pos, size_t* length);

// Reads a run of at most `max_digits` digits at s[*pos]; advances *pos past it. Returns the
// number of digits read (0 when none; *pos unchanged then) and the value in *value. Stops
// (returning 0, *pos unchanged) when the run is longer than max_digits.
int ReadDigits(std::string_view s, size_t* pos, int max_digits, int* value);

// A day number as written in a token: "6", "06", "6th", "1st", "1er", "1-го"; 1..31.
std::optional<int> DayNumber(std::string_view token);
// A four-digit year 1000..2100, possibly with a Turkish case suffix after an apostrophe
// ("2005'te"); `suffixed` tells whether one was present.
std::optional<int> YearNumber(std::string_view token, bool* suffixed = nullptr);

struct NumericDate {
  int year = 0, month = 0, day = 0;
  size_t length = 0;  // bytes of `s` the date covers, from `pos`
};
// An all-numeric date starting at s[pos]: Y-M-D (any of '-', '/', '.'), D.M.Y, D-M-Y, D/M/Y
// (month first, M/D/Y, when `month_first` is set, or when the middle number is over 12).
// The date must be valid, and no digit or separator-plus-digit may follow.
std::optional<NumericDate> ReadNumericDate(std::string_view s, size_t pos, bool month_first);

}  // namespace date_internal
}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_DATE_NUMERALS_H_
