// A calendar date with a precision, as news reports give them: "2020-10" (month), "2022-01-06"
// (day), "2005" (year). Dates are proleptic Gregorian, no time zone: the date as printed
// where the article was published.
#ifndef NEWSLOOM_CORE_FUZZY_DATE_H_
#define NEWSLOOM_CORE_FUZZY_DATE_H_

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newsloom {

enum class DatePrecision : uint8_t { kYear = 1, kMonth = 2, kDay = 3 };

// Value type; cheap to copy. Fields finer than the precision are 1.
class FuzzyDate {
 public:
  // Returns nullopt for impossible dates (month 13, 31 February, year outside 1000..9999).
  static std::optional<FuzzyDate> Make(int year, int month = 0, int day = 0);
  // Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" and ISO 8601 timestamps
  // ("2019-11-16T14:05:00Z", "2019-11-16 14:05:00+03:00": the date part is kept).
  static std::optional<FuzzyDate> Parse(std::string_view text);
  // Parses RFC 822/1123/850 dates as found in RSS and HTTP ("Sat, 16 Nov 2019 14:05:00 GMT").
  static std::optional<FuzzyDate> ParseRfc822(std::string_view text);
  // Day precision date from days since 1970-01-01.
  static FuzzyDate FromDays(int64_t days_since_epoch);

  int year() const { return year_; }
  int month() const { return month_; }
  int day() const { return day_; }
  DatePrecision precision() const { return precision_; }

  // Days since 1970-01-01 of the first day the date covers.
  int64_t ToDays() const;
  // 1 = Monday .. 7 = Sunday; only meaningful at day precision.
  int Weekday() const;
  // "2020", "2020-10" or "2020-10-06".
  std::string ToString() const;
  // "year", "month" or "day".
  std::string_view PrecisionName() const;

  friend bool operator==(const FuzzyDate&, const FuzzyDate&) = default;
  // Orders by the first day covered, then coarser before finer.
  friend std::strong_ordering operator<=>(const FuzzyDate& a, const FuzzyDate& b);

 private:
  FuzzyDate(int y, int m, int d, DatePrecision p) : year_(y), month_(m), day_(d), precision_(p) {}
  int16_t year_;
  int8_t month_;
  int8_t day_;
  DatePrecision precision_;
};

// Number of days in `month` of `year`.
int DaysInMonth(int year, int month);

}  // namespace newsloom

#endif  // NEWSLOOM_CORE_FUZZY_DATE_H_
