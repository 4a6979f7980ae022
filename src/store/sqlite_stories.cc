// SqliteStore: stories and their members (tables `stories`, `story_members`;
// docs/formats/sqlite.md).
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "core/env.h"
#include "core/fuzzy_date.h"
#include "core/json_writer.h"
#include "core/strings.h"
#include "store/sqlite_store.h"

namespace newsloom {
namespace {

constexpr std::string_view kStoryColumns =
    "id, first_published, last_published, article_count, json, updated_at";

StoredStory ReadStory(const Statement& row) {
  StoredStory s;
  s.id = row.ColumnText(0);
  s.first_published = row.ColumnText(1);
  s.last_published = row.ColumnText(2);
  s.article_count = row.ColumnInt(3);
  s.json = row.ColumnText(4);
  s.updated_at = row.ColumnInt(5);
  return s;
}

// The WHERE clause of a story query and its text parameters (?1, ?2, ... in order).
struct StoryFilter {
  std::string where;
  std::vector<std::string> params;
};

// A date bound in canonical form ("2020-1" is refused); InvalidArgument naming the bound.
StatusOr<std::string> CanonicalBound(const std::string& path, std::string_view name,
                                     const std::string& value) {
  std::optional<FuzzyDate> d = FuzzyDate::Parse(value);
  if (!d || d->ToString() != value) {
    return absl::InvalidArgumentError(absl::StrCat(path, ": story query: ", AbslView(name), " \"",
                                                   value, "\" is not YYYY, YYYY-MM or YYYY-MM-DD"));
  }
  return value;
}

StatusOr<StoryFilter> BuildStoryFilter(const std::string& path, const StoryQuery& q) {
  StoryFilter f;
  std::vector<std::string> terms;
  auto param = [&](std::string value) {
    f.params.push_back(std::move(value));
    return absl::StrCat("?", f.params.size());
  };
  if (!q.country.empty()) {
    terms.push_back(
        absl::StrCat("json_extract(s.json, '$.location.country') = ", param(q.country)));
  }
  if (!q.event_type.empty()) {
    terms.push_back(absl::StrCat("json_extract(s.json, '$.event_type') = ", param(q.event_type)));
  }
  if (!q.from.empty()) {
    NL_ASSIGN_OR_RETURN(std::string from, CanonicalBound(path, "from", q.from));
    terms.push_back(absl::StrCat("s.last_published >= ", param(from)));
  }
  if (!q.to.empty()) {
    NL_ASSIGN_OR_RETURN(std::string to, CanonicalBound(path, "to", q.to));
    // '\x7f' sorts after every date character: "2020-10" covers "2020-10-31".
    terms.push_back(absl::StrCat("s.first_published < ", param(to + "\x7f")));
  }
  if (!q.lang.empty()) {
    terms.push_back(absl::StrCat(
        "EXISTS (SELECT 1 FROM json_each(s.json, '$.langs') l WHERE l.value = ", param(q.lang),
        ")"));
  }
  if (!q.entity_id.empty()) {
    terms.push_back(
        absl::StrCat("s.id IN (SELECT m.story_id FROM entity_articles ea JOIN story_members m "
                     "ON m.article_id = ea.article_id WHERE ea.entity_id = ",
                     param(q.entity_id), ")"));
  }
  if (q.restrict_to_ids) {
    JsonWriter ids;
    ids.BeginArray();
    for (const std::string& id : q.ids) ids.String(id);
    ids.EndArray();
    terms.push_back(
        absl::StrCat("s.id IN (SELECT value FROM json_each(", param(ids.Release()), "))"));
  }
  if (!terms.empty()) f.where = absl::StrCat(" WHERE ", absl::StrJoin(terms, " AND "));
  return f;
}

std::string_view StoryOrder(StoryQuery::Sort sort) {
  switch (sort) {
    case StoryQuery::Sort::kOldest:
      return " ORDER BY s.first_published IS NULL, s.first_published, s.id";
    case StoryQuery::Sort::kSize:
      return " ORDER BY s.article_count DESC, s.last_published IS NULL, s.last_published DESC, "
             "s.id";
    case StoryQuery::Sort::kLatest:
      break;
  }
  return " ORDER BY s.last_published IS NULL, s.last_published DESC, s.id";
}

}  // namespace

Status SqliteStore::PutStory(const StoredStory& story,
                             const std::vector<StoredStoryMember>& members) {
  if (story.id.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(db_->path(), ": empty story id"));
  }
  for (const StoredStoryMember& m : members) {
    if (m.story_id != story.id || m.article_id.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat(db_->path(), ": member ", AbslView(m.article_id), " of story ",
                       AbslView(m.story_id), " put with story ", AbslView(story.id)));
    }
  }
  return InTransaction([&]() -> Status {
    NL_ASSIGN_OR_RETURN(
        Statement put,
        db_->Prepare("INSERT INTO stories (id, first_published, last_published, article_count, "
                     "json, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                     "ON CONFLICT (id) DO UPDATE SET first_published = excluded.first_published, "
                     "last_published = excluded.last_published, "
                     "article_count = excluded.article_count, json = excluded.json, "
                     "updated_at = excluded.updated_at"));
    put.BindText(1, story.id)
        .BindTextOrNull(2, story.first_published)
        .BindTextOrNull(3, story.last_published)
        .BindInt(4, story.article_count)
        .BindText(5, story.json)
        .BindInt(6, story.updated_at != 0 ? story.updated_at : env_->NowMicros());
    NL_RETURN_IF_ERROR(put.Run());
    NL_ASSIGN_OR_RETURN(Statement clear,
                        db_->Prepare("DELETE FROM story_members WHERE story_id = ?1"));
    clear.BindText(1, story.id);
    NL_RETURN_IF_ERROR(clear.Run());
    NL_ASSIGN_OR_RETURN(
        Statement add,
        db_->Prepare("INSERT OR REPLACE INTO story_members (article_id, story_id, position, "
                     "published, inferred_published, item) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    for (const StoredStoryMember& m : members) {
      add.Reset();
      add.BindText(1, m.article_id)
          .BindText(2, story.id)
          .BindInt(3, m.position)
          .BindTextOrNull(4, m.published)
          .BindTextOrNull(5, m.inferred_published)
          .BindBlob(6, m.item);
      NL_RETURN_IF_ERROR(add.Run());
    }
    return absl::OkStatus();
  });
}

Status SqliteStore::DeleteStory(std::string_view id) {
  return InTransaction([&]() -> Status {
    NL_ASSIGN_OR_RETURN(Statement members,
                        db_->Prepare("DELETE FROM story_members WHERE story_id = ?1"));
    members.BindText(1, id);
    NL_RETURN_IF_ERROR(members.Run());
    NL_ASSIGN_OR_RETURN(Statement del, db_->Prepare("DELETE FROM stories WHERE id = ?1"));
    del.BindText(1, id);
    return del.Run();
  });
}

StatusOr<std::optional<StoredStory>> SqliteStore::GetStory(std::string_view id) {
  NL_ASSIGN_OR_RETURN(Statement get, db_->Prepare(absl::StrCat("SELECT ", AbslView(kStoryColumns),
                                                               " FROM stories WHERE id = ?1")));
  get.BindText(1, id);
  NL_ASSIGN_OR_RETURN(bool row, get.Step());
  if (!row) return std::optional<StoredStory>();
  return std::optional<StoredStory>(ReadStory(get));
}

StatusOr<std::optional<std::string>> SqliteStore::StoryOfArticle(std::string_view article_id) {
  NL_ASSIGN_OR_RETURN(Statement get,
                      db_->Prepare("SELECT story_id FROM story_members WHERE article_id = ?1"));
  get.BindText(1, article_id);
  NL_ASSIGN_OR_RETURN(bool row, get.Step());
  if (!row) return std::optional<std::string>();
  return std::optional<std::string>(get.ColumnText(0));
}

Status SqliteStore::LoadStories(
    const std::function<Status(StoredStory, std::vector<StoredStoryMember>)>& fn) {
  // One pass over the members joined to their story, in story creation order. The statement
  // is uncached-safe: `fn` may not use this store (documented as a callback contract).
  NL_ASSIGN_OR_RETURN(
      Statement rows,
      db_->Prepare("SELECT s.id, s.first_published, s.last_published, s.article_count, s.json, "
                   "s.updated_at, m.article_id, m.story_id, m.position, m.published, "
                   "m.inferred_published, m.item FROM stories s LEFT JOIN story_members m "
                   "ON m.story_id = s.id ORDER BY s.seq, m.position, m.article_id"));
  std::optional<StoredStory> current;
  std::vector<StoredStoryMember> members;
  while (true) {
    NL_ASSIGN_OR_RETURN(bool row, rows.Step());
    if (!row || !current || current->id != rows.ColumnText(0)) {
      if (current) NL_RETURN_IF_ERROR(fn(std::move(*current), std::move(members)));
      current.reset();
      members.clear();
      if (!row) break;
      current = ReadStory(rows);
    }
    if (!rows.ColumnIsNull(6)) {
      StoredStoryMember m;
      m.article_id = rows.ColumnText(6);
      m.story_id = rows.ColumnText(7);
      m.position = rows.ColumnInt(8);
      m.published = rows.ColumnText(9);
      m.inferred_published = rows.ColumnText(10);
      m.item = rows.ColumnBlob(11);
      members.push_back(std::move(m));
    }
  }
  return absl::OkStatus();
}

StatusOr<std::vector<StoredStory>> SqliteStore::ListStories(int64_t limit, int64_t offset) {
  NL_ASSIGN_OR_RETURN(Statement list,
                      db_->Prepare(absl::StrCat("SELECT ", AbslView(kStoryColumns),
                                                " FROM stories ORDER BY last_published IS NULL, "
                                                "last_published DESC, id LIMIT ?1 OFFSET ?2")));
  list.BindInt(1, limit > 0 ? limit : -1).BindInt(2, std::max<int64_t>(offset, 0));
  std::vector<StoredStory> out;
  while (true) {
    NL_ASSIGN_OR_RETURN(bool row, list.Step());
    if (!row) break;
    out.push_back(ReadStory(list));
  }
  return out;
}

StatusOr<StoryPage> SqliteStore::QueryStories(const StoryQuery& query) {
  NL_ASSIGN_OR_RETURN(StoryFilter filter, BuildStoryFilter(db_->path(), query));
  StoryPage page;
  {
    NL_ASSIGN_OR_RETURN(Statement count,
                        db_->Prepare(absl::StrCat("SELECT count(*) FROM stories s", filter.where)));
    int i = 1;
    for (const std::string& p : filter.params) count.BindText(i++, p);
    NL_ASSIGN_OR_RETURN(bool row, count.Step());
    if (!row) return absl::InternalError("count(*) returned no row");
    page.total = count.ColumnInt(0);
  }
  const int n = static_cast<int>(filter.params.size());
  NL_ASSIGN_OR_RETURN(Statement list, db_->Prepare(absl::StrCat(
                                          "SELECT s.id, s.first_published, s.last_published, "
                                          "s.article_count, s.json, s.updated_at FROM stories s",
                                          filter.where, AbslView(StoryOrder(query.sort)),
                                          " LIMIT ?", n + 1, " OFFSET ?", n + 2)));
  int i = 1;
  for (const std::string& p : filter.params) list.BindText(i++, p);
  list.BindInt(n + 1, query.limit > 0 ? query.limit : -1)
      .BindInt(n + 2, std::max<int64_t>(query.offset, 0));
  while (true) {
    NL_ASSIGN_OR_RETURN(bool row, list.Step());
    if (!row) break;
    page.stories.push_back(ReadStory(list));
  }
  return page;
}

}  // namespace newsloom
