#include "extract/event_date.h"

#include <algorithm>
#include <cstdint>
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
    // A span ("Friday and Saturday") is as recent as its last day.
    const int64_t before = p->ToDays() - m.date.ToDays() - m.span_days;
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

// Whether the words next to `m` say it dates something else than the reported event
// (date_role.h). The pluperfect of a lead sentence still tells the main event: the lead's
// tenses are set against the headline's news ("Il avait été limogé jeudi, au plus fort des
// émeutes").
// What the other candidates say about a movement's first day ("the protests began on
// Monday"): the last day any event-role candidate may name (days since 1970), and whether an
// evidence sentence names an event-role date.
struct OtherEvents {
  int64_t latest_day = INT64_MIN;
  bool in_evidence = false;
};

// A movement's first day is demoted only when the article follows it to a later day or
// dates its event elsewhere: "Riots broke out on Thursday" alone is the event.
bool Demoted(const DateMention& m, bool lead, const OtherEvents& others) {
  switch (m.role) {
    case DateRole::kEvent:
      return false;
    case DateRole::kAnterior:
      return !lead;
    case DateRole::kOnset:
      return others.in_evidence || others.latest_day > m.date.ToDays() + m.span_days;
    default:
      return true;
  }
}

// The last day (days since 1970) a mention may name: its span's last day, or a month's last.
int64_t LastDayOf(const DateMention& m) {
  if (m.precision == "month") {
    return m.date.ToDays() + DaysInMonth(m.date.year(), m.date.month()) - 1;
  }
  return m.date.ToDays() + m.span_days;
}

bool InEvidence(const std::vector<uint32_t>& event_sentences, uint32_t s) {
  return std::find(event_sentences.begin(), event_sentences.end(), s) != event_sentences.end();
}

bool Background(const DateFacts& facts, uint32_t s) {
  return s < facts.flags.background.size() && facts.flags.background[s];
}

// A follow-up published weeks later ("Amnesty said on Monday ... the protests of 16
// November"): the first event-role day of an evidence sentence between `max_days_before` and
// `follow_up_days` days before the publication day.
std::optional<DateMention> FollowUpDay(const DateFacts& facts,
                                       const std::vector<uint32_t>& event_sentences,
                                       const FuzzyDate& published, const EventDateOptions& o) {
  for (const DateMention& m : facts.dates) {
    const uint32_t s = m.span.sentence;
    const int64_t before = published.ToDays() - m.date.ToDays();
    if (m.precision != "day" || m.role != DateRole::kEvent || m.period_start) continue;
    if (before <= o.max_days_before || before > o.follow_up_days) continue;
    if (!Background(facts, s) && InEvidence(event_sentences, s)) return m;
  }
  return std::nullopt;
}

}  // namespace

std::optional<DateMention> PickEventDate(const AnalyzedDocument& doc, const DateFacts& facts,
                                         const std::vector<uint32_t>& event_sentences,
                                         const std::optional<FuzzyDate>& published,
                                         const EventDateOptions& options) {
  const bool day_known = published && published->precision() == DatePrecision::kDay;
  auto candidate = [&](const DateMention& m) {
    return Tier(m, published, options) >= 0 && !m.period_start && InWindow(m, published, options) &&
           !Background(facts, m.span.sentence);
  };
  OtherEvents others;
  for (const DateMention& m : facts.dates) {
    if (m.role != DateRole::kEvent || !candidate(m)) continue;
    others.latest_day = std::max(others.latest_day, LastDayOf(m));
    others.in_evidence = others.in_evidence || InEvidence(event_sentences, m.span.sentence);
  }
  const DateMention* best = nullptr;
  bool best_demoted = false;
  std::tuple<bool, int, int, int64_t, size_t> best_key;
  for (size_t i = 0; i < facts.dates.size(); ++i) {
    const DateMention& m = facts.dates[i];
    const uint32_t s = m.span.sentence;
    if (!candidate(m)) continue;
    const int tier = Tier(m, published, options);
    const bool evidence = InEvidence(event_sentences, s);
    const bool lead =
        s < options.lead_sentences || (s < doc.sentences.size() && doc.sentences[s].paragraph <= 1);
    const int place = evidence ? (lead ? 0 : 1) : (lead ? 2 : 3);
    const bool demoted = Demoted(m, lead, others);
    // Of the older days of the window, the first: a multi-day event is dated by its first day.
    const int64_t first_day = tier == 2 ? m.date.ToDays() : 0;
    const auto key = day_known ? std::make_tuple(demoted, tier, place, first_day, i)
                               : std::make_tuple(demoted, place, tier, first_day, i);
    if (best == nullptr || key < best_key) {
      best = &m;
      best_demoted = demoted;
      best_key = key;
    }
  }
  if (day_known && (best == nullptr || best_demoted || best->precision != "day")) {
    if (std::optional<DateMention> late =
            FollowUpDay(facts, event_sentences, *published, options)) {
      return late;
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
