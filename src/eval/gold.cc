#include "eval/gold.h"

#include <fmt/format.h>

#include <set>

#include "core/strings.h"
#include "eval/json_fields.h"

namespace newsloom::eval {
namespace {

// Prefixes every error of one line with "path:line: ".
class LineErrors {
 public:
  LineErrors(std::string_view path, int line) : path_(path), line_(line) {}
  Status Error(std::string_view what) const {
    return absl::InvalidArgumentError(fmt::format("{}:{}: {}", path_, line_, what));
  }
  Status TypeError(std::string_view field, std::string_view expected) const {
    return Error(fmt::format("field '{}' must be {} or null", field, expected));
  }

 private:
  std::string_view path_;
  int line_;
};

Status ReadOptString(const simdjson::dom::object& obj, std::string_view key, const LineErrors& err,
                     std::optional<std::string>* out) {
  Field<std::string> f = StringField(obj, key);
  if (f.wrong_type) return err.TypeError(key, "a string");
  *out = std::move(f.value);
  return absl::OkStatus();
}

Status ReadStringList(const simdjson::dom::object& obj, std::string_view key, const LineErrors& err,
                      std::vector<std::string>* out) {
  auto e = PresentElement(obj, key);
  if (!e) return absl::OkStatus();
  simdjson::dom::array array;
  if (e->get_array().get(array) != simdjson::SUCCESS) {
    return err.TypeError(key, "an array of strings");
  }
  for (simdjson::dom::element item : array) {
    std::string_view s;
    if (item.get_string().get(s) != simdjson::SUCCESS) {
      return err.TypeError(key, "an array of strings");
    }
    out->emplace_back(s);
  }
  return absl::OkStatus();
}

Status ReadCounts(const simdjson::dom::object& obj, const LineErrors& err,
                  std::vector<GoldCount>* out) {
  auto e = PresentElement(obj, "counts");
  if (!e) return absl::OkStatus();
  simdjson::dom::array array;
  if (e->get_array().get(array) != simdjson::SUCCESS) {
    return err.TypeError("counts", "an array of objects");
  }
  for (simdjson::dom::element item : array) {
    simdjson::dom::object c;
    if (item.get_object().get(c) != simdjson::SUCCESS) {
      return err.TypeError("counts", "an array of objects");
    }
    GoldCount count;
    std::optional<std::string> kind, actor, text;
    NL_RETURN_IF_ERROR(ReadOptString(c, "kind", err, &kind));
    NL_RETURN_IF_ERROR(ReadOptString(c, "actor", err, &actor));
    NL_RETURN_IF_ERROR(ReadOptString(c, "text", err, &text));
    Field<int64_t> value = IntField(c, "value");
    if (value.wrong_type) return err.TypeError("counts[].value", "an integer");
    if (!value.value) return err.Error("counts[].value is missing");
    Field<bool> approx = BoolField(c, "approx");
    if (approx.wrong_type) return err.TypeError("counts[].approx", "a boolean");
    count.kind = kind.value_or("");
    count.actor = actor.value_or("");
    count.text = text.value_or("");
    count.value = *value.value;
    count.approx = approx.value.value_or(false);
    out->push_back(std::move(count));
  }
  return absl::OkStatus();
}

Status ParseGoldObject(const simdjson::dom::object& obj, const LineErrors& err, GoldArticle* g) {
  std::optional<std::string> id, lang;
  NL_RETURN_IF_ERROR(ReadOptString(obj, "id", err, &id));
  if (!id || id->empty()) return err.Error("missing 'id'");
  NL_RETURN_IF_ERROR(ReadOptString(obj, "lang", err, &lang));
  if (!lang || lang->empty()) return err.Error("missing 'lang'");
  g->id = *id;
  g->lang = *lang;
  NL_RETURN_IF_ERROR(ReadOptString(obj, "event", err, &g->event));
  NL_RETURN_IF_ERROR(ReadOptString(obj, "duplicate_of", err, &g->duplicate_of));
  NL_RETURN_IF_ERROR(ReadOptString(obj, "country", err, &g->country));
  NL_RETURN_IF_ERROR(ReadOptString(obj, "city", err, &g->city));
  NL_RETURN_IF_ERROR(ReadOptString(obj, "event_date", err, &g->event_date));
  NL_RETURN_IF_ERROR(ReadOptString(obj, "published", err, &g->published));
  NL_RETURN_IF_ERROR(ReadOptString(obj, "event_type", err, &g->event_type));
  NL_RETURN_IF_ERROR(ReadStringList(obj, "persons", err, &g->persons));
  NL_RETURN_IF_ERROR(ReadStringList(obj, "organizations", err, &g->organizations));
  return ReadCounts(obj, err, &g->counts);
}

}  // namespace

StatusOr<std::vector<GoldArticle>> ParseGold(std::string_view jsonl, std::string_view path) {
  std::vector<GoldArticle> out;
  std::set<std::string, std::less<>> ids;
  simdjson::dom::parser parser;
  const std::vector<std::string_view> lines = JsonLines(jsonl);
  for (size_t i = 0; i < lines.size(); ++i) {
    const int line_no = static_cast<int>(i + 1);
    if (StripAsciiWhitespace(lines[i]).empty()) continue;
    const LineErrors err(path, line_no);
    simdjson::dom::element doc;
    if (auto code = parser.parse(lines[i].data(), lines[i].size()).get(doc); code) {
      return err.Error(fmt::format("invalid JSON: {}", simdjson::error_message(code)));
    }
    simdjson::dom::object obj;
    if (doc.get_object().get(obj) != simdjson::SUCCESS) return err.Error("not a JSON object");
    GoldArticle g;
    g.line = line_no;
    NL_RETURN_IF_ERROR(ParseGoldObject(obj, err, &g));
    if (!ids.insert(g.id).second) return err.Error(fmt::format("repeated id '{}'", g.id));
    out.push_back(std::move(g));
  }
  return out;
}

StatusOr<std::vector<GoldArticle>> LoadGold(Env* env, const std::string& path) {
  std::string text;
  NL_RETURN_IF_ERROR(env->ReadFile(path, &text));
  return ParseGold(text, path);
}

}  // namespace newsloom::eval
