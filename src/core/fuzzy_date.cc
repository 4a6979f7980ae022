#include "core/fuzzy_date.h"

#include <array>
#include <cctype>

#include "core/strings.h"

namespace newsloom {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Howard Hinnant's days_from_civil.
int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

bool ParseDigits(std::string_view s, int* out) {
  if (s.empty() || s.size() > 9) return false;  // 9 digits always fit an int
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

int MonthFromName(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  const std::string lower = AsciiLower(name.substr(0, 3));
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (lower == kMonths[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

}  // namespace

int DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

std::optional<FuzzyDate> FuzzyDate::Make(int year, int month, int day) {
  if (year < 1000 || year > 9999) return std::nullopt;
  if (month == 0) return FuzzyDate(year, 1, 1, DatePrecision::kYear);
  if (month < 1 || month > 12) return std::nullopt;
  if (day == 0) return FuzzyDate(year, month, 1, DatePrecision::kMonth);
  if (day < 1 || day > DaysInMonth(year, month)) return std::nullopt;
  return FuzzyDate(year, month, day, DatePrecision::kDay);
}

std::optional<FuzzyDate> FuzzyDate::Parse(std::string_view text) {
  text = StripAsciiWhitespace(text);
  int y = 0, m = 0, d = 0;
  if (text.size() < 4 || !ParseDigits(text.substr(0, 4), &y)) return std::nullopt;
  if (text.size() == 4) return Make(y);
  if (text[4] != '-' || text.size() < 7 || !ParseDigits(text.substr(5, 2), &m)) {
    return std::nullopt;
  }
  if (text.size() == 7) return Make(y, m);
  if (text[7] != '-' || text.size() < 10 || !ParseDigits(text.substr(8, 2), &d)) {
    return std::nullopt;
  }
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ' && text[10] != 't') {
    return std::nullopt;
  }
  return Make(y, m, d);
}

std::optional<FuzzyDate> FuzzyDate::ParseRfc822(std::string_view text) {
  text = StripAsciiWhitespace(text);
  // Skip an optional weekday ("Sat," or "Saturday,").
  if (size_t comma = text.find(','); comma != std::string_view::npos && comma < 12) {
    text = StripAsciiWhitespace(text.substr(comma + 1));
  }
  // "16 Nov 2019 ..." or "16-Nov-19 ..." (RFC 850).
  std::array<std::string_view, 3> parts;
  size_t n = 0, start = 0;
  for (size_t i = 0; i <= text.size() && n < 3; ++i) {
    if (i == text.size() || text[i] == ' ' || text[i] == '-') {
      if (i > start) parts[n++] = text.substr(start, i - start);
      start = i + 1;
    }
  }
  if (n < 3) return std::nullopt;
  int d = 0, y = 0;
  const int m = MonthFromName(parts[1]);
  if (!ParseDigits(parts[0], &d) || !ParseDigits(parts[2], &y) || m == 0) return std::nullopt;
  if (parts[2].size() == 2) y += y < 70 ? 2000 : 1900;
  return Make(y, m, d);
}

FuzzyDate FuzzyDate::FromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2));
  return FuzzyDate(y, m, d, DatePrecision::kDay);
}

int64_t FuzzyDate::ToDays() const { return DaysFromCivil(year_, month_, day_); }

int FuzzyDate::Weekday() const {
  const int64_t days = ToDays();  // 1970-01-01 was a Thursday (4).
  return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1;
}

std::string FuzzyDate::ToString() const {
  char buf[32];
  switch (precision_) {
    case DatePrecision::kYear:
      snprintf(buf, sizeof(buf), "%04d", year_);
      break;
    case DatePrecision::kMonth:
      snprintf(buf, sizeof(buf), "%04d-%02d", year_, month_);
      break;
    case DatePrecision::kDay:
      snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year_, month_, day_);
      break;
  }
  return buf;
}

std::string_view FuzzyDate::PrecisionName() const {
  switch (precision_) {
    case DatePrecision::kYear:
      return "year";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kDay:
      return "day";
  }
  return "day";
}

std::strong_ordering operator<=>(const FuzzyDate& a, const FuzzyDate& b) {
  if (auto c = a.ToDays() <=> b.ToDays(); std::is_neq(c)) return c;
  return a.precision_ <=> b.precision_;
}

}  // namespace newsloom
