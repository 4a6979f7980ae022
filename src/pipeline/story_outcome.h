// What clustering adds to one article, and how it is written into the article's JSON line
// (docs/formats/articles-jsonl.md): its story id, a publication date inferred from the story
// for an undated article ("published": {..., "inferred": true}) with the events and figures
// that date makes background, and the story's event day for a report that dates its event
// only to the month or not at all ("date_from_story": true).
//
// articles.jsonl gets all three once the run's stories are known (analysis_run.cc). The store
// keeps the article's line with the inferred date and event day but without the story id
// (story_stage.h), since a later run's merge may retire that id; readers fill the id in from
// the story members (server/api_util.h).
#ifndef NEWSLOOM_PIPELINE_STORY_OUTCOME_H_
#define NEWSLOOM_PIPELINE_STORY_OUTCOME_H_

#include <optional>
#include <string>

#include "core/fuzzy_date.h"

namespace newsloom {

struct StoryOutcome {
  std::string story_id;
  std::optional<FuzzyDate> inferred_published;  // for undated articles placed by content
  // The story's event day, for an article that dates its event only to the month (a
  // month-dated report saying "on Thursday") or not at all, when that day fits the article's
  // publication date. Reports of one story describe one event; a re-published copy reports
  // its original's.
  std::optional<FuzzyDate> event_day;
  // For an undated article read again against its inferred date (story_stage.h): its
  // "events" and "figures" values (JSON arrays as facts_json.cc writes them); "" when they
  // did not change.
  std::string events_json, figures_json;

  // Whether the article's line changes beyond its story id.
  bool ChangesFacts() const {
    return inferred_published.has_value() || event_day.has_value() || !events_json.empty() ||
           !figures_json.empty();
  }
};

// Writes `outcome` into an articles.jsonl line as ArticleToJson wrote it (story_id null,
// published null when undated, the main event first): the story id when `with_story_id`, the
// events and figures read again, the inferred publication date and the story's event day. Parts
// whose place in the line is not as written (already filled, escaped strings) are left as they are.
void ApplyStoryOutcome(const StoryOutcome& outcome, bool with_story_id, std::string* line);

// The publication date ApplyStoryOutcome inferred into an undated article's line; nullopt for
// a line with a publication date of its own or none at all.
std::optional<FuzzyDate> InferredPublished(const std::string& line);

// The article id of an articles.jsonl line (its first key); "" when the line does not start
// with an id free of escapes.
std::string ArticleLineId(const std::string& line);

}  // namespace newsloom

#endif  // NEWSLOOM_PIPELINE_STORY_OUTCOME_H_
