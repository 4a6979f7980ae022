#include "extract/event_date.h"

#include <algorithm>
#include <tuple>

namespace newsloom {
namespace {

// Lower is better: a day just before the publication day (reports follow up the events of
// the day before), the publication day itself ("today", a weekday that is the publication
// day), an earlier day of the window (often the cause: "after Monday's verdict"), a week, a
// month; -1 for years, never event dates.
int Tier(const DateMention& m, const std::optional<FuzzyDate>& p, const EventDateOptions& o) {
  if (m.precision == "day") {
    if (!p || p->precision() != DatePrecision::kDay) return 0;
    const int64_t before = p->ToDays() - m.date.ToDays();
    if (before <= 0) return 1;
    return before <= o.recent_days ? 0 : 2;
  }
  if (m.precision == "week") return 3;
  if (m.precision == "month") return 4;
  return -1;
}

// Whether `m` fits the publication date.
bool InWindow(const DateMention& m, const std::optional<FuzzyDate>& p,
              const EventDateOptions& options) {
  // Without a publication date, only days written in full.
  if (!p) return !m.relative && m.precision == "day";
  const int64_t day = m.date.ToDays();
  switch (p->precision()) {
    case DatePrecision::kDay:
      if (m.precision == "month") {
        return m.date.year() == p->year() && m.date.month() == p->month();
      }
      return day <= p->ToDays() + 1 && day >= p->ToDays() - options.max_days_before;
    case DatePrecision::kMonth: {
      const int64_t first = p->ToDays();
      const int64_t last = first + DaysInMonth(p->year(), p->month()) - 1;
      if (m.precision == "month") return m.date.year() == p->year() && m.date.month() == p->month();
      return day <= last && day >= first - options.max_days_before;
    }
    case DatePrecision::kYear:
      return m.date.year() == p->year() || (m.date.year() == p->year() - 1 && m.date.month() == 12);
  }
  return false;
}

}  // namespace

std::optional<DateMention> PickEventDate(const AnalyzedDocument& doc, const DateFacts& facts,
                                         const std::vector<uint32_t>& event_sentences,
                                         const std::optional<FuzzyDate>& published,
                                         const EventDateOptions& options) {
  const DateMention* best = nullptr;
  std::tuple<int, int, size_t> best_key;
  for (size_t i = 0; i < facts.dates.size(); ++i) {
    const DateMention& m = facts.dates[i];
    const uint32_t s = m.span.sentence;
    const int tier = Tier(m, published, options);
    if (tier < 0 || m.period_start || !InWindow(m, published, options)) continue;
    if (s < facts.flags.background.size() && facts.flags.background[s]) continue;
    int place = 2;
    if (std::find(event_sentences.begin(), event_sentences.end(), s) != event_sentences.end()) {
      place = 0;
    } else if (s < options.lead_sentences ||
               (s < doc.sentences.size() && doc.sentences[s].paragraph <= 1)) {
      place = 1;
    }
    // With a publication day, precision and distance rank first; with a month only, days
    // deep in the text (a movement's first day, a court ruling, a deadline) should not beat
    // the lead's weekday, so place ranks first.
    const bool day_known = published && published->precision() == DatePrecision::kDay;
    const std::tuple<int, int, size_t> key =
        day_known ? std::make_tuple(tier, place, i) : std::make_tuple(place, tier, i);
    if (best == nullptr || key < best_key) {
      best = &m;
      best_key = key;
    }
  }
  if (best == nullptr) return std::nullopt;
  return *best;
}

std::optional<DateMention> RefineWeekdayMonth(const DateMention& coarse, const FuzzyDate& day) {
  if (coarse.weekday == 0 || coarse.precision != "month" ||
      day.precision() != DatePrecision::kDay || day.year() != coarse.date.year() ||
      day.month() != coarse.date.month() || day.Weekday() != coarse.weekday) {
    return std::nullopt;
  }
  DateMention refined = coarse;
  refined.date = day;
  refined.precision = "day";
  return refined;
}

std::optional<DateMention> FindMentionOfDay(const DateFacts& facts, const FuzzyDate& day) {
  for (const DateMention& m : facts.dates) {
    const uint32_t s = m.span.sentence;
    if (m.period_start || (s < facts.flags.background.size() && facts.flags.background[s])) {
      continue;
    }
    if (m.precision == "day" && m.date == day) return m;
    if (std::optional<DateMention> refined = RefineWeekdayMonth(m, day)) return refined;
  }
  return std::nullopt;
}

}  // namespace newsloom
