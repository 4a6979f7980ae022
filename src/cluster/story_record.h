// StoryRecord: one line of stories.jsonl (docs/formats/stories-jsonl.md), summarised from a
// story's members, with reconciled figures.
//
// Figures: reports are grouped by (kind, actor); each article gives at most one report per
// group (its largest value). Reports are ordered by time (publication date, else inferred
// date; undated last), then by the order the articles joined. The summary `value` is the
// latest report's; when several reports share the latest day (both dated to the day) and
// disagree, the smallest of them (the most conservative). `conflict` is true when the
// reports of a group do not all give the same value.
//
// Thread safety: pure functions over values.
#ifndef NEWSLOOM_CLUSTER_STORY_RECORD_H_
#define NEWSLOOM_CLUSTER_STORY_RECORD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cluster/story_clusterer.h"
#include "core/fuzzy_date.h"

namespace newsloom::cluster {

struct FigureReport {
  int64_t value = 0;
  bool approx = false;
  std::string article;
  std::optional<FuzzyDate> published;  // publication date, or the inferred one
};

struct ReconciledFigure {
  std::string kind;
  std::string actor;
  int64_t value = 0;
  std::vector<FigureReport> reports;  // time order
  bool conflict = false;
};

struct StoryLead {
  std::string text;
  std::string article;
  std::string lang;
};

struct StoryRecord {
  std::string id;
  std::vector<std::string> articles;  // join order
  std::vector<std::string> langs;     // by number of articles, then code
  std::optional<FuzzyDate> first_published;
  std::optional<FuzzyDate> last_published;
  // Most common main location among the members (ties: the earliest member's).
  std::string place;
  int64_t geonameid = 0;
  std::string country;
  std::string event_type;                 // majority ("" when no member has one)
  std::vector<std::string> persons;       // key people: most mentioned, at most 8
  StoryLead headline;                     // the most central member's lead
  std::vector<StoryLead> leads;           // one per other language: its most central member's lead
  std::vector<ReconciledFigure> figures;  // by kind, then actor
};

// One member's figures with its time, in story order; input of ReconcileFigures.
struct MemberFigures {
  std::string article;
  std::optional<FuzzyDate> published;
  std::vector<StoryFigure> figures;
};

std::vector<ReconciledFigure> ReconcileFigures(const std::vector<MemberFigures>& members);

StoryRecord BuildStoryRecord(const Story& story);

// The stories.jsonl line (no newline).
std::string StoryRecordJson(const StoryRecord& record);

}  // namespace newsloom::cluster

#endif  // NEWSLOOM_CLUSTER_STORY_RECORD_H_
