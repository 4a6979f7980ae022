// SqliteStore: linked entities, their variants and their per-article links (tables
// `entities`, `entity_variants`, `entity_articles`; docs/formats/sqlite.md).
#include <charconv>
#include <vector>

#include "absl/strings/str_cat.h"
#include "core/strings.h"
#include "store/sqlite_store.h"

namespace newsloom {
namespace {

constexpr std::string_view kEntityColumns =
    "e.id, e.kind, e.key, e.display_name, e.mention_count, e.article_count, e.first_seen, "
    "e.last_seen, v.variant, v.script, v.count, v.name_count, v.seq";

constexpr std::string_view kLinkColumns =
    "article_id, entity_id, mentions, name, published, variants";

// Reads the entity columns of `row` (without variants).
StoredEntity ReadEntity(const Statement& row) {
  StoredEntity e;
  e.id = row.ColumnText(0);
  e.kind = row.ColumnText(1);
  e.key = row.ColumnText(2);
  e.display_name = row.ColumnText(3);
  e.mention_count = row.ColumnInt(4);
  e.article_count = row.ColumnInt(5);
  e.first_seen = row.ColumnText(6);
  e.last_seen = row.ColumnText(7);
  return e;
}

// Appends the variant of a joined row, if the row has one (LEFT JOIN).
void ReadVariant(const Statement& row, StoredEntity* e) {
  if (row.ColumnIsNull(8)) return;
  StoredEntityVariant v;
  v.text = row.ColumnText(8);
  v.script = row.ColumnText(9);
  v.count = row.ColumnInt(10);
  v.name_count = row.ColumnInt(11);
  v.seq = row.ColumnInt(12);
  e->variants.push_back(std::move(v));
}

// entity_articles.variants: one "COUNT<TAB>TEXT" line per variant, joined by "\n".
std::string EncodeLinkVariants(const std::vector<std::pair<std::string, int64_t>>& variants) {
  std::string out;
  for (const auto& [text, count] : variants) {
    if (!out.empty()) out.push_back('\n');
    absl::StrAppend(&out, count, "\t", AbslView(text));
  }
  return out;
}

bool DecodeLinkVariants(std::string_view encoded,
                        std::vector<std::pair<std::string, int64_t>>* variants) {
  for (std::string_view line : SplitView(encoded, '\n')) {
    if (line.empty()) continue;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return false;
    int64_t count = 0;
    auto [end, ec] = std::from_chars(line.data(), line.data() + tab, count);
    if (ec != std::errc() || end != line.data() + tab) return false;
    variants->emplace_back(std::string(line.substr(tab + 1)), count);
  }
  return true;
}

bool HasSeparator(std::string_view text) {
  return text.find_first_of("\t\n") != std::string_view::npos;
}

}  // namespace

Status SqliteStore::PutEntity(const StoredEntity& e) {
  if (e.id.empty())
    return absl::InvalidArgumentError(absl::StrCat(db_->path(), ": empty entity id"));
  NL_ASSIGN_OR_RETURN(
      Statement put,
      db_->Prepare("INSERT INTO entities (id, kind, key, display_name, mention_count, "
                   "article_count, first_seen, last_seen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                   "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, key = excluded.key, "
                   "display_name = excluded.display_name, mention_count = excluded.mention_count, "
                   "article_count = excluded.article_count, first_seen = excluded.first_seen, "
                   "last_seen = excluded.last_seen"));
  put.BindText(1, e.id).BindText(2, e.kind).BindText(3, e.key).BindText(4, e.display_name);
  put.BindInt(5, e.mention_count).BindInt(6, e.article_count);
  put.BindTextOrNull(7, e.first_seen).BindTextOrNull(8, e.last_seen);
  Status s = put.Run();
  if (!s.ok()) {
    return Status(s.code(), absl::StrCat(s.message(), " (entity ", e.id, ")"));
  }
  NL_ASSIGN_OR_RETURN(
      Statement variant,
      db_->Prepare("INSERT INTO entity_variants (entity_id, variant, script, count, name_count, "
                   "seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (entity_id, variant) DO "
                   "UPDATE SET script = excluded.script, count = excluded.count, "
                   "name_count = excluded.name_count, seq = excluded.seq "
                   // An entity is put with all its variants, most of them unchanged: leaving
                   // their rows alone keeps their pages out of the WAL.
                   "WHERE script IS NOT excluded.script OR count IS NOT excluded.count OR "
                   "name_count IS NOT excluded.name_count OR seq IS NOT excluded.seq"));
  for (const StoredEntityVariant& v : e.variants) {
    variant.BindText(1, e.id).BindText(2, v.text).BindText(3, v.script).BindInt(4, v.count);
    variant.BindInt(5, v.name_count).BindInt(6, v.seq);
    NL_RETURN_IF_ERROR(variant.Run());
    variant.Reset();
  }
  return absl::OkStatus();
}

Status SqliteStore::PutEntities(const std::vector<StoredEntity>& entities) {
  return InTransaction([&]() -> Status {
    for (const StoredEntity& e : entities) NL_RETURN_IF_ERROR(PutEntity(e));
    return absl::OkStatus();
  });
}

Status SqliteStore::LoadEntities(const std::function<Status(StoredEntity)>& fn) {
  NL_ASSIGN_OR_RETURN(Statement load,
                      db_->Prepare(absl::StrCat("SELECT ", AbslView(kEntityColumns),
                                                " FROM entities e LEFT JOIN entity_variants v "
                                                "ON v.entity_id = e.id ORDER BY e.id, v.seq")));
  std::optional<StoredEntity> current;
  while (true) {
    NL_ASSIGN_OR_RETURN(bool row, load.Step());
    if (!row) break;
    if (!current || current->id != load.ColumnText(0)) {
      if (current) NL_RETURN_IF_ERROR(fn(std::move(*current)));
      current = ReadEntity(load);
    }
    ReadVariant(load, &*current);
  }
  if (current) return fn(std::move(*current));
  return absl::OkStatus();
}

StatusOr<std::optional<StoredEntity>> SqliteStore::GetEntity(std::string_view id) {
  NL_ASSIGN_OR_RETURN(Statement get,
                      db_->Prepare(absl::StrCat("SELECT ", AbslView(kEntityColumns),
                                                " FROM entities e LEFT JOIN entity_variants v "
                                                "ON v.entity_id = e.id WHERE e.id = ?1 "
                                                "ORDER BY v.seq")));
  get.BindText(1, id);
  std::optional<StoredEntity> entity;
  while (true) {
    NL_ASSIGN_OR_RETURN(bool row, get.Step());
    if (!row) break;
    if (!entity) entity = ReadEntity(get);
    ReadVariant(get, &*entity);
  }
  return entity;
}

Status SqliteStore::PutEntityLinks(std::string_view article_id,
                                   const std::vector<StoredEntityLink>& links) {
  if (article_id.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(db_->path(), ": entity links without article id"));
  }
  for (const StoredEntityLink& link : links) {
    if (link.article_id != article_id) {
      return absl::InvalidArgumentError(absl::StrCat(db_->path(), ": entity link of article ",
                                                     link.article_id, " put for article ",
                                                     AbslView(article_id)));
    }
    for (const auto& v : link.variants) {
      if (HasSeparator(v.first)) {
        return absl::InvalidArgumentError(absl::StrCat(
            db_->path(), ": entity variant with a tab or newline in article ", link.article_id));
      }
    }
  }
  return InTransaction([&]() -> Status {
    NL_ASSIGN_OR_RETURN(Statement clear,
                        db_->Prepare("DELETE FROM entity_articles WHERE article_id = ?1"));
    clear.BindText(1, article_id);
    NL_RETURN_IF_ERROR(clear.Run());
    NL_ASSIGN_OR_RETURN(
        Statement insert,
        db_->Prepare("INSERT INTO entity_articles (article_id, entity_id, mentions, name, "
                     "published, variants) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    for (const StoredEntityLink& link : links) {
      insert.BindText(1, article_id).BindText(2, link.entity_id).BindInt(3, link.mentions);
      insert.BindText(4, link.name).BindTextOrNull(5, link.published);
      insert.BindText(6, EncodeLinkVariants(link.variants));
      Status s = insert.Run();
      if (!s.ok()) {
        return Status(s.code(),
                      absl::StrCat(s.message(), " (article ", AbslView(article_id), ", entity ",
                                   link.entity_id, "; put the entity first)"));
      }
      insert.Reset();
    }
    return absl::OkStatus();
  });
}

StatusOr<std::vector<StoredEntityLink>> SqliteStore::QueryLinks(Statement* query) {
  std::vector<StoredEntityLink> links;
  while (true) {
    NL_ASSIGN_OR_RETURN(bool row, query->Step());
    if (!row) return links;
    StoredEntityLink link;
    link.article_id = query->ColumnText(0);
    link.entity_id = query->ColumnText(1);
    link.mentions = query->ColumnInt(2);
    link.name = query->ColumnText(3);
    link.published = query->ColumnText(4);
    if (!DecodeLinkVariants(query->ColumnText(5), &link.variants)) {
      return absl::DataLossError(absl::StrCat(db_->path(),
                                              ": malformed entity_articles.variants of article ",
                                              link.article_id, ", entity ", link.entity_id));
    }
    links.push_back(std::move(link));
  }
}

StatusOr<std::vector<StoredEntityLink>> SqliteStore::GetEntityLinks(std::string_view article_id) {
  NL_ASSIGN_OR_RETURN(Statement get,
                      db_->Prepare(absl::StrCat("SELECT ", AbslView(kLinkColumns),
                                                " FROM entity_articles WHERE article_id = ?1 "
                                                "ORDER BY entity_id")));
  get.BindText(1, article_id);
  return QueryLinks(&get);
}

StatusOr<std::vector<StoredEntityLink>> SqliteStore::ListEntityArticles(std::string_view entity_id,
                                                                        int64_t limit) {
  NL_ASSIGN_OR_RETURN(
      Statement list,
      db_->Prepare(absl::StrCat("SELECT ", AbslView(kLinkColumns),
                                " FROM entity_articles WHERE entity_id = ?1 ORDER BY "
                                "published IS NULL, published DESC, article_id LIMIT ?2")));
  list.BindText(1, entity_id).BindInt(2, limit > 0 ? limit : -1);
  return QueryLinks(&list);
}

}  // namespace newsloom
