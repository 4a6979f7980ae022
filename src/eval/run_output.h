// A finished analysis run as `newsloom eval` reads it: DIR/articles.jsonl and
// DIR/stories.jsonl (contracts in shared/DESIGN.md). Only the fields evaluation needs are
// kept. Reading is lenient, because runs come from pipelines under construction: a field that
// is missing, null, empty or of an unexpected type is simply absent (and scores 0 later); a
// line that is not a JSON object with an id is skipped and counted in bad_lines with a
// message. Only an unreadable file is an error.
#ifndef NEWSLOOM_EVAL_RUN_OUTPUT_H_
#define NEWSLOOM_EVAL_RUN_OUTPUT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/env.h"
#include "core/status.h"

namespace newsloom::eval {

struct RunEvent {
  std::optional<std::string> type;
  std::optional<std::string> date;            // "YYYY", "YYYY-MM" or "YYYY-MM-DD"
  std::optional<std::string> date_precision;  // "year", "month" or "day"
  bool background = false;                    // null/missing reads as false
};

struct RunFigure {
  std::optional<std::string> kind;
  std::optional<std::string> actor;
  std::optional<int64_t> value;  // integral numbers only; 12.0 reads as 12
  bool approx = false;
};

struct RunArticle {
  std::string id;
  std::string source;  // "" when absent
  std::optional<std::string> lang;
  std::optional<std::string> published;  // published.date (or a plain string)
  std::optional<std::string> duplicate_of;
  std::optional<std::string> story_id;  // from the article, else from stories.jsonl
  // location {place, country, precision}; precision 1 = country, 2 = region, 3 = city.
  std::optional<std::string> place;
  std::optional<std::string> country;
  std::optional<int64_t> location_precision;
  // Names in output order; an entry without a name is kept as "" (it still counts as produced).
  std::vector<std::string> persons;
  std::vector<std::string> organizations;
  std::vector<RunEvent> events;
  std::vector<RunFigure> figures;
  int line = 0;  // 1-based line in articles.jsonl
};

struct RunOutput {
  std::vector<RunArticle> articles;
  int64_t bad_lines = 0;        // skipped lines of articles.jsonl and stories.jsonl
  int64_t duplicate_ids = 0;    // later articles with an id seen before (skipped)
  int64_t stories = 0;          // objects read from stories.jsonl
  int64_t story_conflicts = 0;  // article story_id differs from the story listing it
  // "path:line: what" for the first kMaxErrors problems.
  std::vector<std::string> errors;
  static constexpr size_t kMaxErrors = 20;

  void AddError(std::string message);
};

// Parses articles.jsonl text (never fails; see above). `path` names the file in messages.
RunOutput ParseRunArticles(std::string_view jsonl, std::string_view path);
// Applies stories.jsonl text ({id, articles[]} per line) to `run`: articles without a
// story_id get the id of the story that lists them; disagreements are counted.
void ApplyRunStories(std::string_view jsonl, std::string_view path, RunOutput* run);

// Reads both files through `env`. `stories_path` may be "" to skip stories. Errors: those of
// Env::ReadFile (NotFound for a missing file).
StatusOr<RunOutput> LoadRun(Env* env, const std::string& articles_path,
                            const std::string& stories_path);
// LoadRun on DIR/articles.jsonl and DIR/stories.jsonl, the latter only if it exists (a run
// that has not clustered yet scores every article as a singleton story).
StatusOr<RunOutput> LoadRunDir(Env* env, const std::string& dir);

}  // namespace newsloom::eval

#endif  // NEWSLOOM_EVAL_RUN_OUTPUT_H_
