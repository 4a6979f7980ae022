// Resolves RawDate expressions to absolute dates against the publication date (rules in
// date_extractor.h): weekdays and relative words need a publication day, or give its month
// at "month" precision when the publication date has only a month; days and months without a
// year take the year around the publication that puts them nearest to it, future distance
// counting double ("December 30" in January is last year's, "until January 5" in December
// next year's), or, without a publication date, the latest year the article writes
// (`fallback_year`). Dates whose year was inferred are marked `relative`.
//
// Thread safety: pure functions.
#ifndef NEWSLOOM_EXTRACT_DATE_RESOLVER_H_
#define NEWSLOOM_EXTRACT_DATE_RESOLVER_H_

#include <optional>

#include "core/fuzzy_date.h"
#include "extract/date_extractor.h"
#include "extract/date_parser.h"

namespace newsloom {

struct ResolveContext {
  std::optional<FuzzyDate> published;
  int fallback_year = 0;  // 0 = none
};

// The absolute date of `raw`, or nullopt when it cannot be resolved (no publication date for
// a relative expression, an impossible date). `span.surface` is left empty; the caller fills
// the span.
std::optional<DateMention> ResolveDate(const RawDate& raw, const ResolveContext& context);

// A weekday written in the same sentence as an explicit day date (`anchor`) when the
// publication date has no day: "Thursday, 20 February", "annulled on Tuesday the results of
// the 4 October election": the first such weekday on or after the anchor, at day precision.
// nullopt for other kinds of expression.
std::optional<DateMention> ResolveWeekdayFromAnchor(const RawDate& raw, const FuzzyDate& anchor);

// "The next day", "на следующий день", "le lendemain" (kAnaphoricDay): `raw.offset` days after
// `previous`, the latest day-precision date written before it, at day precision. Without
// one, the publication month at "month" precision (nullopt when the publication date has no
// month).
std::optional<DateMention> ResolveAnaphoricDay(const RawDate& raw,
                                               const std::optional<FuzzyDate>& previous,
                                               const std::optional<FuzzyDate>& published);

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_DATE_RESOLVER_H_
