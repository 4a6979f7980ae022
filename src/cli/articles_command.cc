// newsloom articles list|show --db PATH — what the store holds.
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "core/env.h"
#include "fmt/format.h"
#include "store/store.h"

namespace newsloom {
namespace {

struct ArticlesFlags {
  std::string db_path;
  std::string id;
  ArticleQuery query;
  bool duplicates_only = false;
  bool no_duplicates = false;
  bool json = false;
};

StatusOr<std::unique_ptr<Store>> OpenForReading(const std::string& path) {
  StoreOptions o;
  o.create_if_missing = false;
  o.read_only = true;
  return OpenSqliteStore(path, o);
}

int Fail(const Status& s) {
  std::fprintf(stderr, "newsloom articles: %s\n", MessageOf(s).c_str());
  return 1;
}

int RunList(const ArticlesFlags& f) {
  auto store = OpenForReading(f.db_path);
  if (!store.ok()) return Fail(store.status());
  ArticleQuery q = f.query;
  if (f.duplicates_only) q.duplicates = ArticleQuery::Duplicates::kOnly;
  if (f.no_duplicates) q.duplicates = ArticleQuery::Duplicates::kExclude;
  q.with_bodies = f.json;
  auto total = (*store)->CountMatching(q);
  auto rows = (*store)->ListArticles(q);
  if (!rows.ok()) return Fail(rows.status());
  if (!total.ok()) return Fail(total.status());
  for (const StoredArticle& a : *rows) {
    if (f.json) {
      std::printf("%s\n", a.json.c_str());
      continue;
    }
    std::string title = a.title.size() > 70 ? a.title.substr(0, 67) + "..." : a.title;
    std::printf("%-28s %-3s %-10s %-20s %s\n", a.id.c_str(), a.lang.c_str(),
                a.published.empty() ? "-" : a.published.c_str(),
                a.duplicate_of.empty() ? "" : ("dup of " + a.duplicate_of).c_str(), title.c_str());
  }
  if (!f.json) {
    std::fprintf(stderr, "%zu of %lld articles\n", rows->size(), static_cast<long long>(*total));
  }
  return 0;
}

int RunShow(const ArticlesFlags& f) {
  auto store = OpenForReading(f.db_path);
  if (!store.ok()) return Fail(store.status());
  auto a = (*store)->GetArticle(f.id);
  if (!a.ok()) return Fail(a.status());
  // Stories are decided after articles are stored: the membership lives in the story tables
  // (a duplicate belongs to its original's story).
  std::string json = a->json;
  auto story = (*store)->StoryOfArticle(f.id);
  if (story.ok() && !story->has_value() && !a->duplicate_of.empty()) {
    story = (*store)->StoryOfArticle(a->duplicate_of);
  }
  static constexpr std::string_view kNoStory = "\"story_id\":null";
  if (story.ok() && story->has_value()) {
    if (size_t at = json.find(kNoStory); at != std::string::npos) {
      json.replace(at, kNoStory.size(), "\"story_id\":\"" + **story + "\"");
    }
  }
  std::printf("%s\n", json.c_str());
  return 0;
}

}  // namespace

void RegisterArticlesCommand(CLI::App& app, CommandAction* action) {
  auto f = std::make_shared<ArticlesFlags>();
  CLI::App* cmd = app.add_subcommand("articles", "List and show articles in a database");
  cmd->require_subcommand(1);
  cmd->add_option("--db", f->db_path, "SQLite database")->required();

  CLI::App* list = cmd->add_subcommand("list", "One line per article (id, lang, date, title)");
  list->add_option("--lang", f->query.lang, "Only this language (ISO 639-1)");
  list->add_option("--from", f->query.published_from, "Published on or after (YYYY[-MM[-DD]])");
  list->add_option("--to", f->query.published_to, "Published on or before (YYYY[-MM[-DD]])");
  list->add_option("--source", f->query.source_prefix, "Only sources starting with this");
  list->add_flag("--duplicates", f->duplicates_only, "Only duplicates");
  list->add_flag("--no-duplicates", f->no_duplicates, "Leave duplicates out");
  list->add_option("--limit", f->query.limit, "At most N articles (0 = all)")
      ->capture_default_str();
  list->add_option("--offset", f->query.offset, "Skip the first N")->capture_default_str();
  list->add_flag("--json", f->json, "Print the articles.jsonl lines");
  list->callback([f, action] { *action = [f] { return RunList(*f); }; });

  CLI::App* show = cmd->add_subcommand("show", "Print one article as analyze wrote it (JSON)");
  show->add_option("id", f->id, "Article id")->required();
  show->callback([f, action] { *action = [f] { return RunShow(*f); }; });
}

}  // namespace newsloom
