// Picks the date of the event an article reports among its resolved dates (DateExtractor::
// EventDate). Candidates are the dates of non-background sentences, except those that open a
// period ("since 2 January", "vanaf 1 januari", "from Oct. 15"), that fit the publication
// date (without one, only days written in full with their year): not after it (a day more when the
// publication has a day, for time zones) and, when the publication day is known, not more than
// `max_days_before` days before it; with a publication month only, within that month or the
// `max_days_before` days before it. Candidates are ranked by
//   0. role (date_role.h): dates of the event itself before dates of a statement ("police
//      said on Monday"), of the election the event is about ("Sunday's vote"), of a
//      movement's first day ("the protests began on 2 January"), of an earlier event told in
//      the pluperfect outside the lead ("am Mittwoch hatten Demonstranten ... gestürmt"), or
//      of the article's timestamp ("25.01.2021, 16:37"); those are used only when nothing
//      else is left;
//   1. precision and distance: a day at most `recent_days` before the publication day
//      (reports usually follow up the days before: "Protesters clashed on Saturday ... the
//      president said on Sunday"; a span such as "Friday and Saturday" counts by its last
//      day), then the publication day itself ("today", a weekday that is the publication
//      day), then an earlier day of the window (often the cause: "after Monday's verdict"),
//      then a week, then a month; years are never event dates. With a publication month
//      only, every day ranks first;
//   2. place: a lead sentence (the first `lead_sentences` sentences or the first two
//      paragraphs) carrying the event's evidence, then another sentence carrying it, then
//      the lead, then the rest;
//   3. among the earlier days of the window (rank 1, third), the first day: a multi-day
//      event is dated by the day it began (ACLED);
//   4. text order.
// With a publication month only (or none), 2 ranks before 1: a day written deep in the text
// (a movement's first day, a court ruling, a deadline) does not beat the lead's weekday,
// which then gives the month.
// A follow-up published weeks after the event (the best candidate is demoted or coarser than
// a day, the publication has a day): the first event-role day of an evidence sentence between
// `max_days_before` and `follow_up_days` days before the publication ("Amnesty said on Monday
// ... the protests of 16 November").
//
// Thread safety: pure function.
#ifndef NEWSLOOM_EXTRACT_EVENT_DATE_H_
#define NEWSLOOM_EXTRACT_EVENT_DATE_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "core/fuzzy_date.h"
#include "extract/date_extractor.h"
#include "text/analyzed_document.h"

namespace newsloom {

struct EventDateOptions {
  int max_days_before = 14;     // default 14 days
  int recent_days = 3;          // default 3 days: "yesterday" and the two days before (a
                                // weekly or weekend report of Wednesday's events on Saturday)
  int follow_up_days = 30;      // default 30 days (the background detector's "old" limit)
  uint32_t lead_sentences = 3;  // default 3 sentences (headline and lead)
};

std::optional<DateMention> PickEventDate(const AnalyzedDocument& doc, const DateFacts& facts,
                                         const std::vector<uint32_t>& event_sentences,
                                         const std::optional<FuzzyDate>& published,
                                         const EventDateOptions& options = {});

// For a story stage that knows the event's day from other articles: an event date that only
// the month could give because it was written as a weekday ("on Thursday" in an article
// published in January 2022) becomes `day` when `day` lies in that month and falls on that
// weekday. Returns nullopt when `coarse` is not such a date or `day` does not fit it.
std::optional<DateMention> RefineWeekdayMonth(const DateMention& coarse, const FuzzyDate& day);

// The first mention of `facts` outside background sentences and period starts that names
// `day`: a day-precision mention of that day, or a weekday of that month resolved only to
// the month (RefineWeekdayMonth), returned at day precision. For a story stage checking that
// an article is consistent with the story's day. nullopt when none.
std::optional<DateMention> FindMentionOfDay(const DateFacts& facts, const FuzzyDate& day);

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_EVENT_DATE_H_
