// Gold answers for `newsloom eval`: one JSON object per line, as in shared/seeds/gold.jsonl:
//   id, lang, event (story label), duplicate_of, country (ISO 3166-1 alpha-2), city (English
//   name), event_date, published, event_type (ACLED), persons[], organizations[],
//   counts[{kind, actor, value, approx, text}].
// id and lang are required; every other field may be missing or null.
//
// Errors: InvalidArgument "path:line: what is wrong" for a line that is not a JSON object, a
// field of the wrong type, a missing id/lang or a repeated id. Blank lines are skipped.
#ifndef NEWSLOOM_EVAL_GOLD_H_
#define NEWSLOOM_EVAL_GOLD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/env.h"
#include "core/status.h"

namespace newsloom::eval {

struct GoldCount {
  std::string kind;   // killed, injured, ... ("" when null)
  std::string actor;  // police, protesters, ... ("" when null)
  int64_t value = 0;
  bool approx = false;
  std::string text;  // the phrase that states the figure
};

struct GoldArticle {
  std::string id;
  std::string lang;
  std::optional<std::string> event;
  std::optional<std::string> duplicate_of;
  std::optional<std::string> country;
  std::optional<std::string> city;
  std::optional<std::string> event_date;  // "YYYY-MM-DD" (or coarser)
  std::optional<std::string> published;   // "YYYY", "YYYY-MM" or "YYYY-MM-DD"
  std::optional<std::string> event_type;
  std::vector<std::string> persons;
  std::vector<std::string> organizations;
  std::vector<GoldCount> counts;
  int line = 0;  // 1-based line in the gold file
};

// Parses gold JSONL text; `path` is only used in error messages.
StatusOr<std::vector<GoldArticle>> ParseGold(std::string_view jsonl, std::string_view path);
// Reads and parses `path` through `env` (NotFound when missing).
StatusOr<std::vector<GoldArticle>> LoadGold(Env* env, const std::string& path);

}  // namespace newsloom::eval

#endif  // NEWSLOOM_EVAL_GOLD_H_
