#include "extract/date_extractor.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include "extract/background_detector.h"
#include "extract/date_lexicon.h"
#include "extract/date_parser.h"
#include "extract/date_resolver.h"
#include "extract/date_role.h"
#include "extract/event_date.h"

namespace newsloom {

extern const std::string_view kDatesTsv;
extern const std::string_view kBackgroundTsv;

namespace {

// Without a publication date, years missing from "6 January" come from the article: the
// latest year written with a month, else the latest year written at all (0 when none).
int FallbackYear(const std::vector<RawDate>& raws) {
  int with_month = 0;
  int any = 0;
  for (const RawDate& r : raws) {
    if (r.kind != RawDate::Kind::kAbsolute || r.year == 0) continue;
    any = std::max(any, r.year);
    if (r.month > 0) with_month = std::max(with_month, r.year);
  }
  return with_month > 0 ? with_month : any;
}

// An explicit day date (with its year, or in the publication month) in the sentence of
// raws[i], within the days before or in the publication month `p`; the last one wins.
std::optional<FuzzyDate> SentenceAnchor(const std::vector<RawDate>& raws, size_t i,
                                        const FuzzyDate& p) {
  constexpr int kDaysBefore = 14;
  const int64_t first = p.ToDays() - kDaysBefore;
  const int64_t last = p.ToDays() + DaysInMonth(p.year(), p.month()) - 1;
  std::optional<FuzzyDate> anchor;
  for (const RawDate& r : raws) {
    if (r.sentence != raws[i].sentence || r.kind != RawDate::Kind::kAbsolute || r.day == 0 ||
        r.month == 0) {
      continue;
    }
    const int year = r.year > 0 ? r.year : (r.month > p.month() + 1 ? p.year() - 1 : p.year());
    std::optional<FuzzyDate> d = FuzzyDate::Make(year, r.month, r.day);
    if (d && d->ToDays() >= first && d->ToDays() <= last) anchor = d;
  }
  return anchor;
}

// Whether the text between two expressions holds only spaces and at most one comma.
bool OnlySpacesOrComma(std::string_view gap) {
  int commas = 0;
  for (char c : gap) {
    if (c == ',') {
      ++commas;
    } else if (c != ' ') {
      return false;
    }
  }
  return commas <= 1 && gap.size() <= 3;
}

std::string_view Trimmed(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

bool HasDay(const RawDate& r) {
  return (r.kind == RawDate::Kind::kAbsolute && r.day > 0) || r.kind == RawDate::Kind::kWeekday;
}

// Joins expressions that name one day: a weekday written right before an explicit day
// ("Saturday 16 November", "в пятницу, 15 ноября") becomes part of that date (its weekday
// kept), and the first day of an overnight span ("5日夜间至6日凌晨") is dropped: a night is
// dated by the day it ends in, as "in der Nacht zum Montag" is Monday.
void JoinSameDay(const AnalyzedDocument& doc, const DateLexicon& lexicon,
                 std::vector<RawDate>* raws) {
  std::vector<RawDate> out;
  for (size_t i = 0; i < raws->size(); ++i) {
    RawDate r = (*raws)[i];
    if (!out.empty() && out.back().sentence == r.sentence && HasDay(out.back()) && HasDay(r)) {
      const RawDate& prev = out.back();
      const std::string_view gap = std::string_view(doc.text).substr(prev.end, r.begin - prev.end);
      const bool weekday_then_date = prev.kind == RawDate::Kind::kWeekday && !prev.has_week &&
                                     r.kind == RawDate::Kind::kAbsolute && r.month > 0 &&
                                     OnlySpacesOrComma(gap);
      if (weekday_then_date) {
        r.begin = prev.begin;
        r.weekday = prev.weekday;
        out.back() = r;
        continue;
      }
      if (lexicon.IsOvernightLink(doc.lang, Trimmed(gap))) {
        out.back() = r;
        continue;
      }
    }
    out.push_back(r);
  }
  *raws = std::move(out);
}

// Joins "Friday and Saturday" (two days with a day_and word between, at most a week apart)
// into one mention dated by its first day and covering both.
void JoinDaySpans(const AnalyzedDocument& doc, const DateLexicon& lexicon,
                  std::vector<DateMention>* dates) {
  std::vector<DateMention> out;
  for (DateMention& m : *dates) {
    if (!out.empty()) {
      DateMention& prev = out.back();
      const int64_t days = m.precision == "day" && prev.precision == "day"
                               ? m.date.ToDays() - prev.date.ToDays()
                               : 0;
      if (prev.span.sentence == m.span.sentence && days > 0 && days <= 7 &&
          lexicon.IsDayAnd(doc.lang, Trimmed(std::string_view(doc.text).substr(
                                         prev.span.end, m.span.begin - prev.span.end)))) {
        prev.span.end = m.span.end;
        prev.span.surface = doc.text.substr(prev.span.begin, prev.span.end - prev.span.begin);
        prev.span_days = static_cast<int>(days);
        continue;
      }
    }
    out.push_back(std::move(m));
  }
  *dates = std::move(out);
}

}  // namespace

DateExtractor::DateExtractor(std::unique_ptr<DateLexicon> lexicon,
                             std::unique_ptr<BackgroundDetector> bg,
                             std::unique_ptr<DateRoleFinder> roles)
    : lexicon_(std::move(lexicon)), background_(std::move(bg)), roles_(std::move(roles)) {}

DateExtractor::~DateExtractor() = default;

StatusOr<std::unique_ptr<DateExtractor>> DateExtractor::FromTsv(std::string_view dates_tsv,
                                                                std::string_view dates_name,
                                                                std::string_view background_tsv,
                                                                std::string_view background_name) {
  NL_ASSIGN_OR_RETURN(std::unique_ptr<DateLexicon> lexicon,
                      DateLexicon::Parse(dates_tsv, dates_name));
  NL_ASSIGN_OR_RETURN(std::unique_ptr<BackgroundDetector> bg,
                      BackgroundDetector::Parse(background_tsv, background_name));
  NL_ASSIGN_OR_RETURN(std::unique_ptr<DateRoleFinder> roles,
                      DateRoleFinder::Parse(background_tsv, background_name));
  return std::unique_ptr<DateExtractor>(
      new DateExtractor(std::move(lexicon), std::move(bg), std::move(roles)));
}

const DateExtractor& DateExtractor::Default() {
  static const DateExtractor* extractor = [] {
    auto created = FromTsv(kDatesTsv, "data/lexicons/dates.tsv", kBackgroundTsv,
                           "data/lexicons/background.tsv");
    if (!created.ok()) std::abort();  // checked by date_extractor_test
    return created.value().release();
  }();
  return *extractor;
}

DateFacts DateExtractor::Extract(const AnalyzedDocument& doc,
                                 const std::optional<FuzzyDate>& published,
                                 const std::optional<FuzzyDate>& background_reference) const {
  DateFacts facts;
  const DateParser parser(lexicon_.get());
  std::vector<RawDate> raws;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    std::vector<RawDate> found = parser.Parse(doc, s);
    raws.insert(raws.end(), found.begin(), found.end());
  }
  // Mentions are in text order and never overlap: of expressions read over the same bytes
  // (a weekday inside a "night to Monday" phrase and a date after it), the earliest, then the
  // longest, wins.
  std::stable_sort(raws.begin(), raws.end(), [](const RawDate& a, const RawDate& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  size_t kept = 0;
  for (size_t i = 0; i < raws.size(); ++i) {
    if (kept > 0 && raws[i].begin < raws[kept - 1].end) continue;
    raws[kept++] = raws[i];
  }
  raws.resize(kept);
  JoinSameDay(doc, *lexicon_, &raws);
  ResolveContext context;
  context.published = published;
  if (!published) context.fallback_year = FallbackYear(raws);
  const bool month_only = published && published->precision() == DatePrecision::kMonth;
  std::optional<FuzzyDate> last_day;  // the latest day written before, for "the next day"
  for (size_t i = 0; i < raws.size(); ++i) {
    const RawDate& raw = raws[i];
    std::optional<DateMention> m;
    if (month_only && raw.kind == RawDate::Kind::kWeekday) {
      if (std::optional<FuzzyDate> anchor = SentenceAnchor(raws, i, *published)) {
        m = ResolveWeekdayFromAnchor(raw, *anchor);
      }
    }
    if (raw.kind == RawDate::Kind::kAnaphoricDay) {
      m = ResolveAnaphoricDay(raw, last_day, published);
    } else if (!m) {
      m = ResolveDate(raw, context);
    }
    if (!m) continue;
    m->span.begin = raw.begin;
    m->span.end = raw.end;
    m->span.sentence = raw.sentence;
    m->span.surface = doc.text.substr(raw.begin, raw.end - raw.begin);
    m->period_start = background_->OpensPeriod(doc, *m);
    m->role = roles_->RoleOf(doc, *m);
    m->weekday = raw.weekday;
    facts.dates.push_back(std::move(*m));
    if (facts.dates.back().precision == "day") last_day = facts.dates.back().date;
  }
  JoinDaySpans(doc, *lexicon_, &facts.dates);
  facts.flags = background_->Detect(doc, facts.dates, published ? published : background_reference);
  return facts;
}

std::optional<DateMention> DateExtractor::EventDate(
    const AnalyzedDocument& doc, const DateFacts& facts,
    const std::vector<uint32_t>& event_sentences, const std::optional<FuzzyDate>& published) const {
  return PickEventDate(doc, facts, event_sentences, published);
}

}  // namespace newsloom
