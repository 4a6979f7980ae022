#include "pipeline/story_outcome.h"

#include <string_view>

#include "fmt/format.h"
#include "ingest/json_raw_string.h"

namespace newsloom {
namespace {

// The extent of a JSON value at `at` that is null or a string without escapes; 0 otherwise.
size_t ValueLength(const std::string& line, size_t at) {
  if (line.compare(at, 4, "null") == 0) return 4;
  if (at >= line.size() || line[at] != '"') return 0;
  const size_t close = line.find('"', at + 1);
  if (close == std::string::npos || line.find('\\', at + 1) < close) return 0;
  return close + 1 - at;
}

// Replaces the main event's date (the first event's "date" and "date_precision", written in
// that order by facts_json.cc) with the story's event day.
void SetMainEventDay(const FuzzyDate& day, std::string* line) {
  const std::optional<RawSpan> events = FindTopLevelValue(*line, "events");
  if (!events || line->compare(events->begin, 2, "[{") != 0) return;
  static constexpr std::string_view kDate = "\"date\":";
  const size_t date = line->find(kDate, events->begin);
  if (date == std::string::npos || date >= events->end) return;
  const size_t value = date + kDate.size();
  const size_t date_len = ValueLength(*line, value);
  static constexpr std::string_view kPrecision = ",\"date_precision\":";
  if (date_len == 0 || line->compare(value + date_len, kPrecision.size(), kPrecision) != 0) return;
  const size_t precision = value + date_len + kPrecision.size();
  const size_t precision_len = ValueLength(*line, precision);
  if (precision_len == 0) return;
  size_t end = precision + precision_len;
  // A line that already took a story's day (a stored line, patched again in a later run).
  static constexpr std::string_view kFromStory = ",\"date_from_story\":true";
  if (line->compare(end, kFromStory.size(), kFromStory) == 0) end += kFromStory.size();
  line->replace(
      date, end - date,
      fmt::format(R"("date":"{}","date_precision":"day","date_from_story":true)", day.ToString()));
}

// The extent of the "published" value of an undated article: null, or the inferred date an
// earlier patch wrote; nullopt when the article has a publication date of its own.
std::optional<RawSpan> UndatedPublished(const std::string& line) {
  const std::optional<RawSpan> v = FindTopLevelValue(line, "published");
  if (!v) return std::nullopt;
  const std::string_view value = std::string_view(line).substr(v->begin, v->end - v->begin);
  static constexpr std::string_view kInferredEnd = ",\"inferred\":true}";
  if (value == "null" || (value.size() > kInferredEnd.size() && value.front() == '{' &&
                          value.substr(value.size() - kInferredEnd.size()) == kInferredEnd)) {
    return v;
  }
  return std::nullopt;
}

// Replaces the value of top-level `key` with `json`; nothing when `json` is empty or the line
// has no such key.
void ReplaceValue(std::string_view key, const std::string& json, std::string* line) {
  if (json.empty()) return;
  if (const std::optional<RawSpan> v = FindTopLevelValue(*line, key)) {
    line->replace(v->begin, v->end - v->begin, json);
  }
}

}  // namespace

std::optional<FuzzyDate> InferredPublished(const std::string& line) {
  static constexpr std::string_view kPrefix = "{\"date\":\"";
  const std::optional<RawSpan> v = UndatedPublished(line);
  if (!v || line.compare(v->begin, kPrefix.size(), kPrefix) != 0) return std::nullopt;
  const size_t date = v->begin + kPrefix.size();
  const size_t close = line.find('"', date);
  if (close == std::string::npos || close >= v->end) return std::nullopt;
  return FuzzyDate::Parse(std::string_view(line).substr(date, close - date));
}

std::string ArticleLineId(const std::string& line) {
  static constexpr std::string_view kPrefix = "{\"id\":\"";
  if (line.compare(0, kPrefix.size(), kPrefix) != 0) return "";
  std::string id;
  for (size_t i = kPrefix.size(); i < line.size(); ++i) {
    if (line[i] == '"') return id;
    if (line[i] == '\\') return "";  // ids with escapes are left alone
    id.push_back(line[i]);
  }
  return "";
}

void ApplyStoryOutcome(const StoryOutcome& outcome, bool with_story_id, std::string* line) {
  // Keys are found as keys (FindTopLevelValue), never inside the text.
  if (with_story_id) {
    const std::optional<RawSpan> v = FindTopLevelValue(*line, "story_id");
    if (v && line->compare(v->begin, v->end - v->begin, "null") == 0) {
      line->replace(v->begin, v->end - v->begin, fmt::format("\"{}\"", outcome.story_id));
    }
  }
  ReplaceValue("figures", outcome.figures_json, line);
  ReplaceValue("events", outcome.events_json, line);
  if (outcome.event_day) SetMainEventDay(*outcome.event_day, line);
  if (!outcome.inferred_published) return;
  if (const std::optional<RawSpan> v = UndatedPublished(*line)) {
    line->replace(v->begin, v->end - v->begin,
                  fmt::format(R"({{"date":"{}","precision":"{}","inferred":true}})",
                              outcome.inferred_published->ToString(),
                              outcome.inferred_published->PrecisionName()));
  }
}

}  // namespace newsloom
