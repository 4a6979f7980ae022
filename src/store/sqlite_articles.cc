// SqliteStore: the article operations (the rest is in sqlite_store.cc).
#include <cstring>
#include <vector>

#include "absl/strings/str_cat.h"
#include "core/env.h"
#include "core/fuzzy_date.h"
#include "core/hash.h"
#include "core/strings.h"
#include "store/sqlite_store.h"

namespace newsloom {
namespace {

// Column list shared by every SELECT; the bodies come last so listings can leave them out.
constexpr std::string_view kHeadColumns =
    "id, source, record, url, title, lang, lang_confidence, published, published_precision, "
    "duplicate_of, story_id, content_hash, ingested_at";
constexpr std::string_view kBodyColumns = ", text, json";

StoredArticle ReadArticle(const Statement& row, bool with_bodies) {
  StoredArticle a;
  a.id = row.ColumnText(0);
  a.source = row.ColumnText(1);
  a.record = row.ColumnInt(2);
  a.url = row.ColumnText(3);
  a.title = row.ColumnText(4);
  a.lang = row.ColumnText(5);
  a.lang_confidence = row.ColumnDouble(6);
  a.published = row.ColumnText(7);
  a.published_precision = row.ColumnText(8);
  a.duplicate_of = row.ColumnText(9);
  a.story_id = row.ColumnText(10);
  a.content_hash = static_cast<uint64_t>(row.ColumnInt(11));
  a.ingested_at = row.ColumnInt(12);
  if (with_bodies) {
    a.text = row.ColumnText(13);
    a.json = row.ColumnText(14);
  }
  return a;
}

void AppendField(std::string_view value, std::string* out) {
  const uint64_t n = value.size();
  out->append(reinterpret_cast<const char*>(&n), sizeof(n));
  out->append(value);
}

void AppendField(uint64_t value, std::string* out) {
  out->append(reinterpret_cast<const char*>(&value), sizeof(value));
}

// The smallest string greater than every string starting with `prefix`; "" when none exists
// (the prefix is all 0xff bytes).
std::string PrefixSuccessor(std::string_view prefix) {
  std::string s(prefix);
  while (!s.empty() && static_cast<uint8_t>(s.back()) == 0xff) s.pop_back();
  if (!s.empty()) s.back() = static_cast<char>(static_cast<uint8_t>(s.back()) + 1);
  return s;
}

// WHERE clause and its text parameters (?1, ?2, ...) for the filters of `query`.
struct Filter {
  std::string where;
  std::vector<std::string> params;

  void Add(std::string_view condition, std::string param) {
    params.push_back(std::move(param));
    absl::StrAppend(&where, where.empty() ? " WHERE " : " AND ", AbslView(condition),
                    params.size());
  }
};

Filter BuildFilter(const ArticleQuery& q) {
  Filter f;
  if (!q.lang.empty()) f.Add("lang = ?", q.lang);
  if (!q.published_from.empty()) f.Add("published >= ?", q.published_from);
  // Every date inside the bound's period starts with the bound and continues with '-' and
  // digits, all below 0x7f.
  if (!q.published_to.empty()) f.Add("published < ?", q.published_to + "\x7f");
  if (!q.source_prefix.empty()) {
    f.Add("source >= ?", q.source_prefix);
    std::string successor = PrefixSuccessor(q.source_prefix);
    if (!successor.empty()) f.Add("source < ?", std::move(successor));
  }
  if (q.ingested_from > 0) {
    // A text parameter takes the column's integer affinity in the comparison.
    f.Add("ingested_at >= ?", std::to_string(q.ingested_from));
  }
  const char* dup = nullptr;
  if (q.duplicates == ArticleQuery::Duplicates::kExclude) dup = "duplicate_of IS NULL";
  if (q.duplicates == ArticleQuery::Duplicates::kOnly) dup = "duplicate_of IS NOT NULL";
  if (dup != nullptr) absl::StrAppend(&f.where, f.where.empty() ? " WHERE " : " AND ", dup);
  return f;
}

}  // namespace

uint64_t ArticleRowHash(const StoredArticle& a) {
  std::string buf;
  buf.reserve(a.text.size() + a.json.size() + 256);
  for (std::string_view s :
       {std::string_view(a.id), std::string_view(a.source), std::string_view(a.url),
        std::string_view(a.title), std::string_view(a.lang), std::string_view(a.published),
        std::string_view(a.published_precision), std::string_view(a.text),
        std::string_view(a.duplicate_of), std::string_view(a.story_id), std::string_view(a.json)}) {
    AppendField(s, &buf);
  }
  uint64_t confidence_bits;
  std::memcpy(&confidence_bits, &a.lang_confidence, sizeof(confidence_bits));
  AppendField(static_cast<uint64_t>(a.record), &buf);
  AppendField(confidence_bits, &buf);
  AppendField(a.content_hash, &buf);
  return Hash64(buf);
}

Status SqliteStore::ValidateArticle(const StoredArticle& a) const {
  if (a.id.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(db_->path(), ": article from ", a.source, ":", a.record, " has no id"));
  }
  if (a.published.empty() != a.published_precision.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(db_->path(), ": article ", a.id,
                     ": published and published_precision must both be set "
                     "or both be empty"));
  }
  if (!a.published.empty()) {
    std::optional<FuzzyDate> date = FuzzyDate::Parse(a.published);
    if (!date || date->ToString() != a.published ||
        date->PrecisionName() != a.published_precision) {
      return absl::InvalidArgumentError(absl::StrCat(
          db_->path(), ": article ", a.id, ": published \"", a.published, "\" with precision \"",
          a.published_precision, "\" is not a YYYY, YYYY-MM or YYYY-MM-DD date of that precision"));
    }
  }
  return absl::OkStatus();
}

StatusOr<PutResult> SqliteStore::PutArticle(const StoredArticle& a) {
  NL_RETURN_IF_ERROR(ValidateArticle(a));
  const uint64_t row_hash = ArticleRowHash(a);
  PutResult result = PutResult::kInserted;
  {
    NL_ASSIGN_OR_RETURN(Statement find,
                        db_->Prepare("SELECT row_hash FROM articles WHERE id = ?1"));
    find.BindTextNoCopy(1, a.id);
    NL_ASSIGN_OR_RETURN(bool exists, find.Step());
    if (exists) {
      if (static_cast<uint64_t>(find.ColumnInt(0)) == row_hash) return PutResult::kUnchanged;
      result = PutResult::kUpdated;
    }
  }
  NL_ASSIGN_OR_RETURN(
      Statement upsert,
      db_->Prepare(
          "INSERT INTO articles (id, source, record, url, title, lang, lang_confidence, "
          "published, published_precision, text, duplicate_of, story_id, content_hash, "
          "row_hash, json, ingested_at) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) "
          "ON CONFLICT (id) DO UPDATE SET source = excluded.source, record = excluded.record, "
          "url = excluded.url, title = excluded.title, lang = excluded.lang, "
          "lang_confidence = excluded.lang_confidence, published = excluded.published, "
          "published_precision = excluded.published_precision, text = excluded.text, "
          "duplicate_of = excluded.duplicate_of, story_id = excluded.story_id, "
          "content_hash = excluded.content_hash, row_hash = excluded.row_hash, "
          "json = excluded.json, ingested_at = excluded.ingested_at "
          "WHERE articles.row_hash IS NOT excluded.row_hash"));
  // `a` outlives `upsert`, so its strings are bound without copies (the text and the JSON
  // line are most of the row).
  upsert.BindTextNoCopy(1, a.id)
      .BindTextNoCopy(2, a.source)
      .BindInt(3, a.record)
      .BindTextNoCopy(4, a.url)
      .BindTextNoCopy(5, a.title)
      .BindTextNoCopy(6, a.lang)
      .BindDouble(7, a.lang_confidence)
      .BindTextOrNullNoCopy(8, a.published)
      .BindTextOrNullNoCopy(9, a.published_precision)
      .BindTextNoCopy(10, a.text)
      .BindTextOrNullNoCopy(11, a.duplicate_of)
      .BindTextOrNullNoCopy(12, a.story_id)
      .BindInt(13, static_cast<int64_t>(a.content_hash))
      .BindInt(14, static_cast<int64_t>(row_hash))
      .BindTextNoCopy(15, a.json)
      .BindInt(16, a.ingested_at != 0 ? a.ingested_at : env_->NowMicros());
  NL_RETURN_IF_ERROR(upsert.Run());
  return result;
}

Status SqliteStore::EditArticleJson(std::string_view id,
                                    const std::function<void(std::string* json)>& edit) {
  std::string json;
  {
    NL_ASSIGN_OR_RETURN(Statement get, db_->Prepare("SELECT json FROM articles WHERE id = ?1"));
    get.BindText(1, id);
    NL_ASSIGN_OR_RETURN(bool found, get.Step());
    if (!found) {
      return absl::NotFoundError(absl::StrCat(db_->path(), ": no article ", AbslView(id)));
    }
    json = get.ColumnText(0);
  }
  std::string edited = json;
  edit(&edited);
  if (edited == json) return absl::OkStatus();
  NL_ASSIGN_OR_RETURN(Statement set, db_->Prepare("UPDATE articles SET json = ?2 WHERE id = ?1"));
  set.BindText(1, id).BindTextNoCopy(2, edited);
  return set.Run();
}

Status SqliteStore::TouchArticle(std::string_view id) {
  NL_ASSIGN_OR_RETURN(Statement set,
                      db_->Prepare("UPDATE articles SET ingested_at = ?2 WHERE id = ?1"));
  set.BindText(1, id).BindInt(2, env_->NowMicros());
  NL_RETURN_IF_ERROR(set.Run());
  if (db_->Changes() == 0) {
    return absl::NotFoundError(absl::StrCat(db_->path(), ": no article ", AbslView(id)));
  }
  return absl::OkStatus();
}

StatusOr<StoredArticle> SqliteStore::GetArticle(std::string_view id) {
  NL_ASSIGN_OR_RETURN(Statement get, db_->Prepare(absl::StrCat("SELECT ", AbslView(kHeadColumns),
                                                               AbslView(kBodyColumns),
                                                               " FROM articles WHERE id = ?1")));
  get.BindText(1, id);
  NL_ASSIGN_OR_RETURN(bool found, get.Step());
  if (!found) {
    return absl::NotFoundError(absl::StrCat(db_->path(), ": no article ", AbslView(id)));
  }
  return ReadArticle(get, /*with_bodies=*/true);
}

StatusOr<std::vector<StoredArticle>> SqliteStore::ListArticles(const ArticleQuery& query) {
  const Filter filter = BuildFilter(query);
  // With an ingestion bound (the search index sync: few recent rows of many), "+published"
  // keeps SQLite from walking articles_by_published for the order, so it finds the rows by
  // articles_by_ingested_at and sorts them; the order is the same.
  const std::string_view order =
      query.ingested_from > 0 ? " ORDER BY +published, id" : " ORDER BY published, id";
  // Each filter combination is its own cached statement (at most a few dozen).
  const std::string sql = absl::StrCat(
      "SELECT ", AbslView(kHeadColumns), query.with_bodies ? AbslView(kBodyColumns) : "",
      " FROM articles", filter.where, AbslView(order), " LIMIT ?", filter.params.size() + 1,
      " OFFSET ?", filter.params.size() + 2);
  NL_ASSIGN_OR_RETURN(Statement list, db_->Prepare(sql));
  int i = 1;
  for (const std::string& p : filter.params) list.BindText(i++, p);
  list.BindInt(i++, query.limit > 0 ? query.limit : -1);
  list.BindInt(i++, query.offset > 0 ? query.offset : 0);
  std::vector<StoredArticle> out;
  while (true) {
    NL_ASSIGN_OR_RETURN(bool row, list.Step());
    if (!row) break;
    out.push_back(ReadArticle(list, query.with_bodies));
  }
  return out;
}

StatusOr<int64_t> SqliteStore::CountMatching(const ArticleQuery& query) {
  const Filter filter = BuildFilter(query);
  NL_ASSIGN_OR_RETURN(Statement count,
                      db_->Prepare(absl::StrCat("SELECT count(*) FROM articles", filter.where)));
  int i = 1;
  for (const std::string& p : filter.params) count.BindText(i++, p);
  NL_ASSIGN_OR_RETURN(bool row, count.Step());
  if (!row) return absl::InternalError("count(*) returned no row");
  return count.ColumnInt(0);
}

}  // namespace newsloom
