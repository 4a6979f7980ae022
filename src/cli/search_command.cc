// newsloom search QUERY... --db PATH [--limit N] [--offset N] [--lang L] [--json]
// Cross-lingual search over the stories of a database (search/search_index.h). Brings the
// search index up to date first when the database is writable; otherwise says how.
#include <simdjson.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/json_writer.h"
#include "fmt/format.h"
#include "search/search_index.h"
#include "store/store.h"

namespace newsloom {
namespace {

struct SearchFlags {
  std::vector<std::string> words;
  std::string db_path;
  int64_t limit = 10;
  int64_t offset = 0;
  size_t matches = 3;
  std::string lang;
  bool json = false;
  bool no_sync = false;
};

int Fail(const Status& s) {
  std::fprintf(stderr, "newsloom search: %s\n", MessageOf(s).c_str());
  return 1;
}

// What the listing shows of a story, from its stories.jsonl line.
struct StoryView {
  std::string headline;
  std::vector<std::string> langs;
  int64_t article_count = 0;
};

StoryView ViewOf(Store* store, const std::string& id) {
  StoryView v;
  auto story = store->GetStory(id);
  if (!story.ok() || !story->has_value()) return v;
  v.article_count = (*story)->article_count;
  thread_local simdjson::dom::parser parser;
  const simdjson::padded_string padded((*story)->json.data(), (*story)->json.size());
  simdjson::dom::element root;
  if (parser.parse(padded).get(root) != simdjson::SUCCESS) return v;
  std::string_view text;
  if (root["headline"]["text"].get(text) == simdjson::SUCCESS) v.headline = std::string(text);
  simdjson::dom::array langs;
  if (root["langs"].get(langs) == simdjson::SUCCESS) {
    for (simdjson::dom::element l : langs) {
      std::string_view s;
      if (l.get(s) == simdjson::SUCCESS) v.langs.emplace_back(s);
    }
  }
  return v;
}

bool Writable(const std::string& db_path) {
  std::filesystem::path p(db_path);
  std::string dir = p.has_parent_path() ? p.parent_path().string() : ".";
  return access(db_path.c_str(), W_OK) == 0 && access(dir.c_str(), W_OK) == 0;
}

// Syncs a stale index when allowed; an error tells the user what to run.
Status PrepareIndex(Store* store, const SearchFlags& f) {
  NL_ASSIGN_OR_RETURN(bool stale, SearchIndexIsStale(store, f.db_path));
  if (!stale) return absl::OkStatus();
  const std::string index = SearchIndexPath(f.db_path);
  if (f.no_sync || !Writable(f.db_path)) {
    if (std::filesystem::exists(index)) {
      std::fprintf(stderr, "newsloom search: note: %s is older than the database\n", index.c_str());
      return absl::OkStatus();
    }
    return absl::FailedPreconditionError(
        fmt::format("no search index for {}; run `newsloom analyze ... --db {}` or `newsloom "
                    "search` with write access to build it",
                    f.db_path, f.db_path));
  }
  SearchSyncStats stats;
  NL_RETURN_IF_ERROR(SyncSearchIndex(store, f.db_path, {}, &stats));
  std::fprintf(stderr, "newsloom search: indexed %lld articles in %.2f s (%s)\n",
               static_cast<long long>(stats.indexed), stats.seconds, index.c_str());
  return absl::OkStatus();
}

// The snippet with its matched words in bold when printing to a terminal.
std::string Marked(const SearchMatch& m, bool bold) {
  if (!bold) return m.snippet;
  std::string out;
  size_t pos = 0;
  for (auto [b, e] : m.highlights) {
    if (b < pos || e > m.snippet.size()) continue;
    out += m.snippet.substr(pos, b - pos) + "\033[1m" + m.snippet.substr(b, e - b) + "\033[0m";
    pos = e;
  }
  return out + m.snippet.substr(pos);
}

void PrintText(const SearchResponse& r, Store* store) {
  const bool bold = isatty(fileno(stdout)) != 0;
  for (const StoryMatch& s : r.items) {
    StoryView v = ViewOf(store, s.story_id);
    std::string langs;
    for (const std::string& l : v.langs) langs += (langs.empty() ? "" : ",") + l;
    std::printf("%.3f  %s  [%s] %lld articles\n       %s\n", s.score, s.story_id.c_str(),
                langs.c_str(), static_cast<long long>(v.article_count), v.headline.c_str());
    for (const SearchMatch& m : s.matches) {
      std::printf("       - %s (%s, %.3f) %s\n", m.article_id.c_str(), m.lang.c_str(), m.score,
                  m.title.c_str());
      if (!m.snippet.empty()) std::printf("         %s\n", Marked(m, bold).c_str());
    }
  }
  std::fprintf(stderr, "%zu of %lld stories (%lld matching articles)\n", r.items.size(),
               static_cast<long long>(r.total), static_cast<long long>(r.matched_articles));
}

void PrintJson(const std::string& query, const SearchResponse& r, Store* store) {
  JsonWriter w;
  w.BeginObject().Key("query").String(query).Key("total").Int(r.total);
  w.Key("items").BeginArray();
  for (const StoryMatch& s : r.items) {
    StoryView v = ViewOf(store, s.story_id);
    w.BeginObject().Key("story").BeginObject().Key("id").String(s.story_id);
    w.Key("headline").String(v.headline).Key("langs").BeginArray();
    for (const std::string& l : v.langs) w.String(l);
    w.EndArray().Key("article_count").Int(v.article_count).EndObject();
    w.Key("score").Double(s.score).Key("matches").BeginArray();
    for (const SearchMatch& m : s.matches) {
      w.BeginObject().Key("article").String(m.article_id).Key("lang").String(m.lang);
      w.Key("title").String(m.title).Key("score").Double(m.score);
      w.Key("snippet").String(m.snippet).Key("highlights").BeginArray();
      for (auto [b, e] : m.highlights) w.BeginArray().Int(b).Int(e).EndArray();
      w.EndArray().EndObject();
    }
    w.EndArray().EndObject();
  }
  w.EndArray().EndObject();
  std::printf("%s\n", w.str().c_str());
}

int RunSearch(const SearchFlags& f) {
  std::string query;
  for (const std::string& w : f.words) query += (query.empty() ? "" : " ") + w;
  if (!std::filesystem::exists(f.db_path)) {
    return Fail(absl::NotFoundError(fmt::format("no database at {}", f.db_path)));
  }
  StoreOptions so;
  so.create_if_missing = false;
  so.read_only = !Writable(f.db_path);
  auto store = OpenSqliteStore(f.db_path, so);
  if (!store.ok()) return Fail(store.status());
  if (Status s = PrepareIndex(store->get(), f); !s.ok()) return Fail(s);
  auto index = SearchIndex::Open(SearchIndexPath(f.db_path));
  if (!index.ok()) return Fail(index.status());
  SearchRequest request;
  request.query = query;
  request.limit = f.limit;
  request.offset = f.offset;
  request.matches_per_story = f.matches;
  request.lang = f.lang;
  auto found = (*index)->Search(request, store->get());
  if (!found.ok()) return Fail(found.status());
  if (f.json) {
    PrintJson(query, *found, store->get());
  } else {
    PrintText(*found, store->get());
  }
  return 0;
}

}  // namespace

void RegisterSearchCommand(CLI::App& app, CommandAction* action) {
  auto f = std::make_shared<SearchFlags>();
  CLI::App* cmd = app.add_subcommand(
      "search", "Find stories in any language: places, people and concepts cross languages");
  cmd->add_option("query", f->words, "Search words (any language or script)")->required();
  cmd->add_option("--db", f->db_path, "Database written by analyze/ingest/watch")->required();
  cmd->add_option("--limit", f->limit, "Stories to show (default 10; 0 = all)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--offset", f->offset, "Stories to skip first (default 0)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--matches", f->matches, "Matching articles shown per story (default 3)");
  cmd->add_option("--lang", f->lang, "Only articles in this language (e.g. nl)");
  cmd->add_flag("--json", f->json, "Print JSON like GET /api/search");
  cmd->add_flag("--no-sync", f->no_sync, "Do not update a stale search index first");
  cmd->callback([f, action] { *action = [f] { return RunSearch(*f); }; });
}

}  // namespace newsloom
