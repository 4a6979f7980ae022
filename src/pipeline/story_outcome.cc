#include "pipeline/story_outcome.h"

#include <string_view>

#include "fmt/format.h"

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
  const size_t events = line->find("\"events\":[{");
  if (events == std::string::npos) return;
  static constexpr std::string_view kDate = "\"date\":";
  const size_t date = line->find(kDate, events);
  if (date == std::string::npos) return;
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

// The extent of the "published" member of an undated article: `"published":null`, or the
// inferred date an earlier patch wrote; 0 when the article has a publication date of its own.
size_t UndatedPublishedLength(const std::string& line, size_t at) {
  static constexpr std::string_view kNull = "\"published\":null";
  if (line.compare(at, kNull.size(), kNull) == 0) return kNull.size();
  static constexpr std::string_view kInferredEnd = ",\"inferred\":true}";
  const size_t close = line.find('}', at);
  if (close == std::string::npos || close + 1 < kInferredEnd.size()) return 0;
  const size_t from = close + 1 - kInferredEnd.size();
  if (from < at || line.compare(from, kInferredEnd.size(), kInferredEnd) != 0) return 0;
  return close + 1 - at;
}

}  // namespace

std::optional<FuzzyDate> InferredPublished(const std::string& line) {
  static constexpr std::string_view kPrefix = "\"published\":{\"date\":\"";
  const size_t at = line.find("\"published\":");
  if (at == std::string::npos || line.compare(at, kPrefix.size(), kPrefix) != 0) {
    return std::nullopt;
  }
  const size_t length = UndatedPublishedLength(line, at);
  if (length == 0) return std::nullopt;
  const size_t date = at + kPrefix.size();
  const size_t close = line.find('"', date);
  if (close == std::string::npos || close >= at + length) return std::nullopt;
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
  // The keys are top-level and written before `text`; a JSON string can never contain them
  // unescaped.
  static constexpr std::string_view kStory = "\"story_id\":null";
  if (with_story_id) {
    if (size_t at = line->find(kStory); at != std::string::npos) {
      line->replace(at, kStory.size(), fmt::format("\"story_id\":\"{}\"", outcome.story_id));
    }
  }
  if (outcome.event_day) SetMainEventDay(*outcome.event_day, line);
  if (!outcome.inferred_published) return;
  static constexpr std::string_view kPublished = "\"published\":";
  const size_t at = line->find(kPublished);
  if (at == std::string::npos) return;
  if (const size_t length = UndatedPublishedLength(*line, at); length != 0) {
    line->replace(at, length,
                  fmt::format(R"("published":{{"date":"{}","precision":"{}","inferred":true}})",
                              outcome.inferred_published->ToString(),
                              outcome.inferred_published->PrecisionName()));
  }
}

}  // namespace newsloom
