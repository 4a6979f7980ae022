// DateExtractor: the dates an analysed article writes and the sentences that tell background
// (earlier events), and the date of the event the article reports (issue 5 "Dates",
// "Background is not news").
//
// Dates found (date_parser.h, vocabulary in data/lexicons/dates.tsv) for en, nl, nb (nn), da,
// sv, de, fr, es, it, pl, ru, uk, tr, ar, zh; other languages get the numeric forms:
//   explicit   "6 January 2022", "January 6", "Jan. 6", "6 januari", "6. Januar", "6 de enero",
//              "6 января", "6 Ocak", "6 يناير", "6 كانون الثاني", "1月6日", "2022年1月6日", "6日",
//              ISO "2022-01-06", "06.01.2022", "6/1/2022" (en: month first unless the first
//              number is > 12; every other language: day first);
//   coarse     "January 2022", "in January" (month), "in 2005", "2005 yılında", "в 2005 году",
//              "2005年" (year);
//   anaphoric  "the next day", "на следующий день", "le lendemain", "次日": a day after the
//              latest day written before it;
//   joined     a weekday written with its date ("Saturday 16 November", "в пятницу, 15
//              ноября") is that date; two days joined by "and" ("am Freitag und Samstag") are
//              one mention dated by the first, covering both (`span_days`); zh overnight spans
//              ("5日夜间至6日凌晨") are dated by the day they end in;
//   relative   weekdays ("Thursday", "on Thursday", "donderdag", "в четверг", "Samstagabend",
//              "tuesday night", "周四"), "yesterday", "gisteren", "i går kveld", "вчера",
//              "позавчера", "today", "this morning", "last night", "last Sunday", "earlier this
//              week"/"last week" (precision "week"), "last month", "last year", ...
// Not dates: quantities, times ("14:30", "10 p.m."), ages, bare numbers.
//
// Resolution against the publication date `published` (date_resolver.h):
//   - A weekday is the most recent such day on or before the publication day (an article
//     published on a Sunday that says "on Sunday" means that day), at most 6 days back;
//     with "last" ("last Sunday", "vorige zondag", "в прошлое воскресенье") strictly before.
//   - "yesterday"/"today"-style words: the publication day plus their offset.
//   - When `published` has month precision (or none), relative expressions cannot give a day:
//     they resolve to the publication month with precision "month" (or are dropped when
//     there is no publication date; `weekday` still tells the weekday written). One
//     exception: a weekday in the same sentence as an explicit day of that month is the
//     first such weekday on or after it ("Thursday, 20 February"; "on Tuesday annulled the
//     4 October vote").
//   - Day and month without a year take the year (publication year or the one before or
//     after) that puts them nearest to the publication, future distance counting double.
//
// Background (background_detector.h, cues in data/lexicons/background.tsv): a sentence is
// background when it carries a background cue ("earlier this year", "previously", "had been",
// "vorig jaar", "ранее", "früher", "was sentenced to"), or a date well before publication (more
// than 30 days, or an earlier year), or sits in a paragraph whose sentences are mostly
// background. Dates that open a period ("the worst unrest since 2005") are marked
// `period_start` and are neither old events nor event dates. The first sentence is
// background only when it dates itself far in the past. Conservative by design: a false
// background loses the article's figures.
//
// Cost (date_extractor_benchmark.cc, Release, one core, 3 KB article, Extract + EventDate,
// analysis excluded): ~31 µs English, ~22 µs Russian, ~80 µs Chinese (CPU time on a loaded
// machine).
//
// Thread safety: Default() is built once (thread-safe); Extract and EventDate are const and
// safe to call concurrently.
#ifndef NEWSLOOM_EXTRACT_DATE_EXTRACTOR_H_
#define NEWSLOOM_EXTRACT_DATE_EXTRACTOR_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/fuzzy_date.h"
#include "core/status.h"
#include "extract/facts.h"
#include "text/analyzed_document.h"

namespace newsloom {

// What a date dates (date_role.h): the reported event, or a statement about it, the election
// it is about, the first day of a movement the article follows to later days, an earlier event
// told in the pluperfect ("am Mittwoch hatten Demonstranten ... gestürmt"), or the article's
// own timestamp ("25.01.2021, 16:37").
enum class DateRole : uint8_t { kEvent, kStatement, kContext, kOnset, kAnterior, kTimestamp };

struct DateMention {
  TextSpan span;  // the expression as written
  FuzzyDate date =
      FuzzyDate::FromDays(0);  // resolved (absolute) date; for "week"
                               // precision the day the expression points at ("last week": the
                               // publication day minus 7 days; "this week": the publication day)
  std::string precision;       // "day", "week", "month", "year" (ACLED time precision)
  bool relative = false;       // resolved against the publication date (or, for a day and month
                               // written without a year, its year taken from it)
  bool period_start = false;   // opens a period ("since 2005", "vanaf 1 januari", "с 1990
                               // года"): never an event's date
  int weekday = 0;             // 1 (Monday) .. 7 when written as a weekday ("Thursday"), even
                               // when only the month could be resolved; 0 otherwise
  DateRole role = DateRole::kEvent;  // from the words next to it (date_role.h)
  int span_days = 0;  // days the expression covers after `date` ("Friday and Saturday": 1)
};

struct DateFacts {
  std::vector<DateMention> dates;  // text order
  SentenceFlags flags;             // flags.background: one entry per sentence
};

class DateLexicon;
class BackgroundDetector;
class DateRoleFinder;

class DateExtractor {
 public:
  ~DateExtractor();
  // The extractor over the embedded lexicons (data/lexicons/dates.tsv, background.tsv). Built
  // once; the embedded files are checked by tests, so a bad lexicon aborts at start-up.
  static const DateExtractor& Default();
  // An extractor over other lexicons (TSV text as in the data files); errors name the files.
  static StatusOr<std::unique_ptr<DateExtractor>> FromTsv(std::string_view dates_tsv,
                                                          std::string_view dates_name,
                                                          std::string_view background_tsv,
                                                          std::string_view background_name);

  // Every date of `doc` in text order, resolved against `published`, and the background flag
  // of every sentence. Never fails; an empty document gives empty facts.
  //
  // `background_reference` stands in for a missing `published` in background detection only:
  // the date a story infers for an undated article (pipeline/story_stage.h) tells which of its
  // dates are old, while its dates are still resolved as those of an undated article (a
  // weekday is not placed against an inferred day). Ignored when `published` is set.
  DateFacts Extract(const AnalyzedDocument& doc, const std::optional<FuzzyDate>& published,
                    const std::optional<FuzzyDate>& background_reference = std::nullopt) const;

  // The event date: given the sentences that carry the main event's evidence (may be empty),
  // picks the date of the reported event (not background), falling back to the published
  // date's day for "today"-style reports only when the text says so. Returns nullopt when
  // unknown. Preference (event_date.h): dates of the event itself before dates of a
  // statement, an election, a movement's first day, an earlier (pluperfect) event or the
  // timestamp (date_role.h); with a publication day, a day 1-3 days before it, then the
  // publication day itself ("today", "on Sunday" in a Sunday paper), then older days of the
  // last 14 (the first of them), then week, then month; within each, lead sentences with the
  // event's evidence, other evidence sentences, the lead, then text order. Never after the
  // publication day, never background sentences, never period starts; years never. With a
  // publication month only, the lead's date wins over days deeper in the text; without a
  // publication date, only days written in full count. A follow-up published weeks later
  // may take an evidence day up to 30 days old.
  std::optional<DateMention> EventDate(const AnalyzedDocument& doc, const DateFacts& facts,
                                       const std::vector<uint32_t>& event_sentences,
                                       const std::optional<FuzzyDate>& published) const;

  const DateLexicon& lexicon() const { return *lexicon_; }

 private:
  DateExtractor(std::unique_ptr<DateLexicon> lexicon, std::unique_ptr<BackgroundDetector> bg,
                std::unique_ptr<DateRoleFinder> roles);
  std::unique_ptr<DateLexicon> lexicon_;
  std::unique_ptr<BackgroundDetector> background_;
  std::unique_ptr<DateRoleFinder> roles_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_DATE_EXTRACTOR_H_
