#include "extract/date_resolver.h"

#include <string_view>

namespace newsloom {
namespace {

DateMention Mention(const FuzzyDate& date, std::string_view precision, bool relative) {
  DateMention m;
  m.date = date;
  m.precision = std::string(precision);
  m.relative = relative;
  return m;
}

std::optional<FuzzyDate> ShiftMonth(const FuzzyDate& p, int delta) {
  int index = p.year() * 12 + (p.month() - 1) + delta;
  return FuzzyDate::Make(index / 12, index % 12 + 1);
}

// A date written without its year: the publication year, or the previous one when the date
// would lie far after publication.
std::optional<DateMention> WithoutYear(const RawDate& raw, const ResolveContext& c) {
  const std::optional<FuzzyDate>& p = c.published;
  if (raw.month == 0) {  // Chinese "6日": a day of the publication month
    if (!p || p->precision() < DatePrecision::kMonth) return std::nullopt;
    std::optional<FuzzyDate> month = FuzzyDate::Make(p->year(), p->month());
    if (p->precision() == DatePrecision::kDay && raw.day > p->day() + 1) {
      month = ShiftMonth(*month, -1);
    }
    if (!month) return std::nullopt;
    std::optional<FuzzyDate> d = FuzzyDate::Make(month->year(), month->month(), raw.day);
    if (!d) return std::nullopt;
    return Mention(*d, "day", true);
  }
  int year = p ? p->year() : c.fallback_year;
  if (year == 0) return std::nullopt;
  std::optional<FuzzyDate> d = FuzzyDate::Make(year, raw.month, raw.day);
  if (p) {
    // The year that puts the date nearest the publication, future distance counting double
    // (reports look back more than ahead): "December 30" in January is last year's, "until
    // January 5" in December next year's.
    std::optional<FuzzyDate> nearest;
    int64_t best = 0;
    for (int y = year - 1; y <= year + 1; ++y) {
      std::optional<FuzzyDate> candidate = FuzzyDate::Make(y, raw.month, raw.day);
      if (!candidate) continue;
      const int64_t delta = candidate->ToDays() - p->ToDays();
      const int64_t cost = delta > 0 ? 2 * delta : -delta;
      if (!nearest || cost < best) {
        nearest = candidate;
        best = cost;
      }
    }
    d = nearest;
  }
  if (!d) return std::nullopt;
  return Mention(*d, raw.day > 0 ? "day" : "month", true);
}

std::optional<DateMention> Weekday(const RawDate& raw, const FuzzyDate& p) {
  int64_t days = 0;
  if (raw.has_week) {
    const int64_t monday = p.ToDays() - (p.Weekday() - 1);
    days = monday + 7 * raw.week_offset + (raw.weekday - 1);
  } else {
    int back = (p.Weekday() - raw.weekday + 7) % 7;
    if (raw.strictly_before && back == 0) back = 7;
    days = p.ToDays() - back;
  }
  return Mention(FuzzyDate::FromDays(days), "day", true);
}

}  // namespace

std::optional<DateMention> ResolveWeekdayFromAnchor(const RawDate& raw, const FuzzyDate& anchor) {
  if (raw.kind != RawDate::Kind::kWeekday || raw.has_week || raw.strictly_before ||
      anchor.precision() != DatePrecision::kDay) {
    return std::nullopt;
  }
  const int forward = (raw.weekday - anchor.Weekday() + 7) % 7;
  return Mention(FuzzyDate::FromDays(anchor.ToDays() + forward), "day", true);
}

std::optional<DateMention> ResolveAnaphoricDay(const RawDate& raw,
                                               const std::optional<FuzzyDate>& previous,
                                               const std::optional<FuzzyDate>& published) {
  if (previous && previous->precision() == DatePrecision::kDay) {
    return Mention(FuzzyDate::FromDays(previous->ToDays() + raw.offset), "day", true);
  }
  if (!published || published->precision() < DatePrecision::kMonth) return std::nullopt;
  return Mention(*FuzzyDate::Make(published->year(), published->month()), "month", true);
}

std::optional<DateMention> ResolveDate(const RawDate& raw, const ResolveContext& context) {
  const std::optional<FuzzyDate>& p = context.published;
  if (raw.kind == RawDate::Kind::kAbsolute) {
    if (raw.year == 0) return WithoutYear(raw, context);
    std::optional<FuzzyDate> d = FuzzyDate::Make(raw.year, raw.month, raw.day);
    if (!d) return std::nullopt;
    return Mention(*d, d->PrecisionName(), false);
  }
  if (!p) return std::nullopt;
  if (raw.kind == RawDate::Kind::kRelYear) {
    std::optional<FuzzyDate> d = FuzzyDate::Make(p->year() + raw.offset);
    if (!d) return std::nullopt;
    return Mention(*d, "year", true);
  }
  if (p->precision() == DatePrecision::kYear) return std::nullopt;
  if (raw.kind == RawDate::Kind::kRelMonth) {
    std::optional<FuzzyDate> d = ShiftMonth(*p, raw.offset);
    if (!d) return std::nullopt;
    return Mention(*d, "month", true);
  }
  if (p->precision() == DatePrecision::kMonth) {
    // Relative days and weeks cannot give a day: the publication month.
    return Mention(*FuzzyDate::Make(p->year(), p->month()), "month", true);
  }
  switch (raw.kind) {
    case RawDate::Kind::kWeekday:
      return Weekday(raw, *p);
    case RawDate::Kind::kRelDay:
      return Mention(FuzzyDate::FromDays(p->ToDays() + raw.offset), "day", true);
    case RawDate::Kind::kRelWeek:
      return Mention(FuzzyDate::FromDays(p->ToDays() + 7 * raw.offset), "week", true);
    default:
      return std::nullopt;
  }
}

}  // namespace newsloom
