#include "eval/run_output.h"

#include <fmt/format.h>

#include <unordered_map>
#include <unordered_set>

#include "core/strings.h"
#include "eval/json_fields.h"

namespace newsloom::eval {
namespace {

// `published`: {"date": ..., "precision": ...[, "inferred": true]} or a plain date string.
std::optional<std::string> ReadPublished(const simdjson::dom::object& obj) {
  auto e = PresentElement(obj, "published");
  if (!e) return std::nullopt;
  std::string_view s;
  if (e->get_string().get(s) == simdjson::SUCCESS) return std::string(s);
  simdjson::dom::object p;
  if (e->get_object().get(p) != simdjson::SUCCESS) return std::nullopt;
  // A date inferred from the article's story is not a publication date the source gave.
  if (BoolField(p, "inferred").value.value_or(false)) return std::nullopt;
  return StringField(p, "date").value;
}

void ReadLocation(const simdjson::dom::object& obj, RunArticle* a) {
  auto e = PresentElement(obj, "location");
  simdjson::dom::object loc;
  if (!e || e->get_object().get(loc) != simdjson::SUCCESS) return;
  a->place = StringField(loc, "place").value;
  a->country = StringField(loc, "country").value;
  a->location_precision = IntField(loc, "precision").value;
}

void ReadEvents(const simdjson::dom::object& obj, RunArticle* a) {
  auto e = PresentElement(obj, "events");
  simdjson::dom::array array;
  if (!e || e->get_array().get(array) != simdjson::SUCCESS) return;
  for (simdjson::dom::element item : array) {
    simdjson::dom::object ev;
    if (item.get_object().get(ev) != simdjson::SUCCESS) continue;
    RunEvent event;
    event.type = StringField(ev, "type").value;
    event.date = StringField(ev, "date").value;
    event.date_precision = StringField(ev, "date_precision").value;
    event.background = BoolField(ev, "background").value.value_or(false);
    a->events.push_back(std::move(event));
  }
}

void ReadFigures(const simdjson::dom::object& obj, RunArticle* a) {
  auto e = PresentElement(obj, "figures");
  simdjson::dom::array array;
  if (!e || e->get_array().get(array) != simdjson::SUCCESS) return;
  for (simdjson::dom::element item : array) {
    RunFigure figure;
    simdjson::dom::object f;
    if (item.get_object().get(f) == simdjson::SUCCESS) {
      // Figures of an earlier event the article recalls are not this article's figures.
      if (BoolField(f, "background").value.value_or(false)) continue;
      figure.kind = StringField(f, "kind").value;
      figure.actor = StringField(f, "actor").value;
      figure.value = IntField(f, "value").value;
      figure.approx = BoolField(f, "approx").value.value_or(false);
    }
    a->figures.push_back(std::move(figure));  // Unreadable figures still count as produced.
  }
}

RunArticle ReadArticle(const simdjson::dom::object& obj) {
  RunArticle a;
  a.id = IdField(obj, "id").value.value_or("");
  a.source = StringField(obj, "source").value.value_or("");
  a.lang = StringField(obj, "lang").value;
  a.published = ReadPublished(obj);
  a.duplicate_of = IdField(obj, "duplicate_of").value;
  a.story_id = IdField(obj, "story_id").value;
  ReadLocation(obj, &a);
  a.persons = NameListField(obj, "persons", /*keep_unnamed=*/true)
                  .value.value_or(std::vector<std::string>{});
  a.organizations = NameListField(obj, "organizations", /*keep_unnamed=*/true)
                        .value.value_or(std::vector<std::string>{});
  ReadEvents(obj, &a);
  ReadFigures(obj, &a);
  return a;
}

// Parses one line into an object, or records why not.
bool ParseLine(simdjson::dom::parser& parser, std::string_view line, std::string_view path,
               int line_no, RunOutput* run, simdjson::dom::object* obj) {
  simdjson::dom::element doc;
  if (auto code = parser.parse(line.data(), line.size()).get(doc); code) {
    ++run->bad_lines;
    run->AddError(
        fmt::format("{}:{}: invalid JSON: {}", path, line_no, simdjson::error_message(code)));
    return false;
  }
  if (doc.get_object().get(*obj) != simdjson::SUCCESS) {
    ++run->bad_lines;
    run->AddError(fmt::format("{}:{}: not a JSON object", path, line_no));
    return false;
  }
  return true;
}

}  // namespace

void RunOutput::AddError(std::string message) {
  if (errors.size() < kMaxErrors) errors.push_back(std::move(message));
}

RunOutput ParseRunArticles(std::string_view jsonl, std::string_view path) {
  RunOutput run;
  std::unordered_set<std::string> ids;
  simdjson::dom::parser parser;
  const std::vector<std::string_view> lines = JsonLines(jsonl);
  for (size_t i = 0; i < lines.size(); ++i) {
    const int line_no = static_cast<int>(i + 1);
    if (StripAsciiWhitespace(lines[i]).empty()) continue;
    simdjson::dom::object obj;
    if (!ParseLine(parser, lines[i], path, line_no, &run, &obj)) continue;
    RunArticle a = ReadArticle(obj);
    a.line = line_no;
    if (a.id.empty()) {
      ++run.bad_lines;
      run.AddError(fmt::format("{}:{}: article has no id", path, line_no));
      continue;
    }
    if (!ids.insert(a.id).second) {
      ++run.duplicate_ids;
      run.AddError(fmt::format("{}:{}: repeated article id '{}' (skipped)", path, line_no, a.id));
      continue;
    }
    run.articles.push_back(std::move(a));
  }
  return run;
}

void ApplyRunStories(std::string_view jsonl, std::string_view path, RunOutput* run) {
  std::unordered_map<std::string, RunArticle*> by_id;
  for (auto& a : run->articles) by_id[a.id] = &a;
  simdjson::dom::parser parser;
  const std::vector<std::string_view> lines = JsonLines(jsonl);
  for (size_t i = 0; i < lines.size(); ++i) {
    const int line_no = static_cast<int>(i + 1);
    if (StripAsciiWhitespace(lines[i]).empty()) continue;
    simdjson::dom::object obj;
    if (!ParseLine(parser, lines[i], path, line_no, run, &obj)) continue;
    const std::optional<std::string> story_id = IdField(obj, "id").value;
    if (!story_id) {
      ++run->bad_lines;
      run->AddError(fmt::format("{}:{}: story has no id", path, line_no));
      continue;
    }
    ++run->stories;
    const auto members = NameListField(obj, "articles", /*keep_unnamed=*/false).value;
    if (!members) continue;
    for (const std::string& member : *members) {
      auto it = by_id.find(member);
      if (it == by_id.end()) continue;
      RunArticle* a = it->second;
      if (!a->story_id) {
        a->story_id = *story_id;
      } else if (*a->story_id != *story_id) {
        ++run->story_conflicts;
      }
    }
  }
}

StatusOr<RunOutput> LoadRun(Env* env, const std::string& articles_path,
                            const std::string& stories_path) {
  std::string text;
  NL_RETURN_IF_ERROR(env->ReadFile(articles_path, &text));
  RunOutput run = ParseRunArticles(text, articles_path);
  if (!stories_path.empty()) {
    text.clear();
    NL_RETURN_IF_ERROR(env->ReadFile(stories_path, &text));
    ApplyRunStories(text, stories_path, &run);
  }
  return run;
}

StatusOr<RunOutput> LoadRunDir(Env* env, const std::string& dir) {
  const std::string prefix = dir.empty() || dir.back() == '/' ? dir : dir + "/";
  const std::string stories = prefix + "stories.jsonl";
  return LoadRun(env, prefix + "articles.jsonl", env->FileExists(stories) ? stories : "");
}

}  // namespace newsloom::eval
