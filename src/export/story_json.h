// StoryJson: a stored story (stories.jsonl line) as the API and the exports serve it — the
// location gains coordinates, and the summary view drops the per-language leads.
//
//   location  {place, geonameid, country, lat, lon, geo_precision}: lat/lon of the town
//             (geo_precision 1) when the GeoNames id is known, else of the country's capital
//             (geo_precision 3, ACLED's practice for country-level events); null lat/lon when
//             neither is known. A null location stays null.
//   kSummary  the object without `leads`, plus `article_count`.
//   kFull     every key of the stored line, plus `article_count`.
//
// Thread safety: pure functions (each call uses its own parser).
#ifndef NEWSLOOM_EXPORT_STORY_JSON_H_
#define NEWSLOOM_EXPORT_STORY_JSON_H_

#include <string>

#include "core/status.h"
#include "export/geo_lookup.h"
#include "store/store.h"

namespace newsloom {

enum class StoryView { kSummary, kFull };

// DataLoss naming the story when its stored JSON is not a JSON object.
StatusOr<std::string> StoryJson(const StoredStory& story, StoryView view, const GeoLookup& geo);

}  // namespace newsloom

#endif  // NEWSLOOM_EXPORT_STORY_JSON_H_
