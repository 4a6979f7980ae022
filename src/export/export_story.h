// ExportStory: one story reduced to the columns of the ACLED-style exports (CSV, GeoJSON;
// docs/formats/export.md), built from the stored story and its member articles.
//
// A story is one event: the exports write one row (or feature) per story.
//   event_date/time_precision  the members' main-event dates: the finest precision any member
//                 gives, then the most common date at it (ties: the earliest); without any,
//                 the story's first publication date. time_precision is ACLED's: 1 day,
//                 2 week, 3 month (a year-only date counts as month precision 3).
//   sub_event_type  the most common sub-type among members whose main event has the story's type.
//   actor1/actor2   the two actors most often named by the members' main events (a named group,
//                 else the role with the country: "Protesters (Kazakhstan)").
//   admin1, geo_precision  from the members located at the story's place.
//   source        news agencies cited by members, then member URL hosts; "; "-separated.
//   fatalities    the sum of the story's reconciled "killed" figures over actors.
//
// Thread safety: pure functions.
#ifndef NEWSLOOM_EXPORT_EXPORT_STORY_H_
#define NEWSLOOM_EXPORT_EXPORT_STORY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "export/geo_lookup.h"
#include "store/store.h"

namespace newsloom {

struct ExportStory {
  std::string story_id;
  std::string event_id_cnty;   // ISO3 (or "XXX") + the story id's 16 hex digits, upper case
  std::string event_date;      // "YYYY-MM-DD" (first day of the period at coarser precision)
  int year = 0;                // 0 when undated
  int time_precision = 0;      // 1 day, 2 week, 3 month; 0 when undated
  std::string event_type;      // ACLED event type; "" when none
  std::string sub_event_type;  // ACLED sub-event type; "" when none
  std::string actor1, actor2;
  std::string country;  // English name; the ISO code when the name is unknown
  std::string iso;      // ISO 3166-1 alpha-2
  std::string admin1;
  std::string location;  // the town's name; admin1 or country when only those are known
  std::optional<LatLon> coordinates;  // town, else the country's capital
  int geo_precision = 0;              // 1 town, 2 near it, 3 province/country; 0 without location
  std::string source;
  std::string notes;  // the headline
  int64_t fatalities = 0;
  int64_t article_count = 0;
  std::string first_published, last_published;
  std::vector<std::string> langs;
  std::vector<std::string> articles;
};

// `member_json` holds the members' articles.jsonl lines (any order; lines that do not parse
// are skipped). DataLoss naming the story when its own JSON does not parse.
StatusOr<ExportStory> BuildExportStory(const StoredStory& story,
                                       const std::vector<std::string>& member_json,
                                       const GeoLookup& geo);

// The member article ids of a stored story (its JSON `articles`), in join order; empty when
// the JSON does not parse.
std::vector<std::string> StoryArticleIds(const StoredStory& story);

}  // namespace newsloom

#endif  // NEWSLOOM_EXPORT_EXPORT_STORY_H_
