#include "pipeline/entity_names.h"

#include <simdjson.h>

#include <optional>
#include <string_view>

#include "core/json_writer.h"
#include "core/strings.h"

namespace newsloom {
namespace {

constexpr std::string_view kIdKey = "\"entity_id\":\"";
constexpr std::string_view kNameKey = "{\"name\":";
constexpr std::string_view kWrittenKey = ",\"written\":";

// The end (one past the closing quote) of the JSON string that starts at `at` (an opening
// quote); npos when there is none.
size_t StringEnd(std::string_view s, size_t at) {
  if (at >= s.size() || s[at] != '"') return std::string_view::npos;
  for (size_t i = at + 1; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == '"') {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

// The value of a JSON string literal (quotes included); nullopt when it does not parse.
std::optional<std::string> Decode(std::string_view literal) {
  thread_local simdjson::dom::parser parser;
  const simdjson::padded_string padded(literal);
  std::string_view value;
  if (parser.parse(padded).get(value) != simdjson::SUCCESS) return std::nullopt;
  return std::string(value);
}

}  // namespace

bool RefreshEntityNames(const EntityNames& names, std::string* line) {
  if (names.empty()) return false;
  bool changed = false;
  size_t pos = 0;
  while ((pos = line->find(kIdKey, pos)) != std::string::npos) {
    const size_t id_begin = pos + kIdKey.size();
    const size_t id_end = line->find('"', id_begin);
    if (id_end == std::string::npos) break;
    const std::string_view id(line->data() + id_begin, id_end - id_begin);
    pos = id_end;
    auto it = names.find(AbslView(id));
    if (it == names.end()) continue;
    // The object's start: `{"name":` cannot occur inside a string (its quotes are escaped).
    const size_t start = line->rfind(kNameKey, id_begin);
    if (start == std::string::npos) continue;
    const std::string_view s(*line);
    const size_t name_at = start + kNameKey.size();
    const size_t name_end = StringEnd(s, name_at);
    if (name_end == std::string_view::npos) continue;
    size_t written_at = std::string_view::npos, written_end = name_end;
    if (s.compare(name_end, kWrittenKey.size(), kWrittenKey) == 0) {
      written_at = name_end + kWrittenKey.size();
      written_end = StringEnd(s, written_at);
      if (written_end == std::string_view::npos) continue;
    }
    // Only `{"name":N[,"written":W],"entity_id":` is ours to rewrite.
    if (written_end + 1 + kIdKey.size() != id_begin || s[written_end] != ',') continue;
    std::optional<std::string> written =
        Decode(written_at != std::string_view::npos ? s.substr(written_at, written_end - written_at)
                                                    : s.substr(name_at, name_end - name_at));
    if (!written) continue;
    const std::string& name = it->second;
    std::string object(kNameKey);
    AppendJsonString(name, &object);
    if (*written != name) {
      object.append(kWrittenKey);
      AppendJsonString(*written, &object);
    }
    object.push_back(',');
    const size_t old_size = written_end + 1 - start;
    if (line->compare(start, old_size, object) == 0) continue;
    line->replace(start, old_size, object);
    pos = pos - old_size + object.size();
    changed = true;
  }
  return changed;
}

}  // namespace newsloom
