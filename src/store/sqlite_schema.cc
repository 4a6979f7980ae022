#include "store/sqlite_schema.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "core/strings.h"

namespace newsloom {
namespace {

// Version 1: the first schema. Column meanings: docs/formats/sqlite.md.
constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE articles (
  id                  TEXT    NOT NULL PRIMARY KEY,
  source              TEXT    NOT NULL,
  record              INTEGER NOT NULL DEFAULT 0,
  url                 TEXT    NOT NULL DEFAULT '',
  title               TEXT    NOT NULL DEFAULT '',
  lang                TEXT    NOT NULL DEFAULT 'und',
  lang_confidence     REAL    NOT NULL DEFAULT 0,
  published           TEXT,
  published_precision TEXT    CHECK (published_precision IN ('year', 'month', 'day')),
  text                TEXT    NOT NULL DEFAULT '',
  duplicate_of        TEXT,
  story_id            TEXT,
  content_hash        INTEGER NOT NULL DEFAULT 0,
  row_hash            INTEGER NOT NULL,
  json                TEXT    NOT NULL DEFAULT '',
  ingested_at         INTEGER NOT NULL,
  CHECK ((published IS NULL) = (published_precision IS NULL))
);
CREATE INDEX articles_by_published ON articles (published, id);
CREATE INDEX articles_by_lang ON articles (lang, published, id);
CREATE INDEX articles_by_source ON articles (source);
CREATE INDEX articles_by_story ON articles (story_id) WHERE story_id IS NOT NULL;
CREATE INDEX articles_by_duplicate_of ON articles (duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE dedup_signatures (
  seq        INTEGER PRIMARY KEY,
  article_id TEXT    NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE,
  signature  BLOB    NOT NULL
);

CREATE TABLE feed_validators (
  url           TEXT    NOT NULL PRIMARY KEY,
  etag          TEXT    NOT NULL DEFAULT '',
  last_modified TEXT    NOT NULL DEFAULT '',
  updated_at    INTEGER NOT NULL
);

CREATE TABLE runs (
  id              INTEGER PRIMARY KEY,
  command         TEXT    NOT NULL DEFAULT '',
  started_at      INTEGER NOT NULL,
  finished_at     INTEGER,
  read_count      INTEGER NOT NULL DEFAULT 0,
  analysed_count  INTEGER NOT NULL DEFAULT 0,
  duplicate_count INTEGER NOT NULL DEFAULT 0,
  rejected_count  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE run_rejections (
  run_id  INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  seq     INTEGER NOT NULL,
  source  TEXT    NOT NULL,
  record  INTEGER NOT NULL DEFAULT 0,
  message TEXT    NOT NULL,
  PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;
)sql";

// Version 2: entities linked across articles (link/). Column meanings: docs/formats/sqlite.md.
constexpr std::string_view kSchemaV2 = R"sql(
CREATE TABLE entities (
  id            TEXT    NOT NULL PRIMARY KEY,
  kind          TEXT    NOT NULL CHECK (kind IN ('person', 'organization')),
  key           TEXT    NOT NULL,
  display_name  TEXT    NOT NULL,
  mention_count INTEGER NOT NULL DEFAULT 0,
  article_count INTEGER NOT NULL DEFAULT 0,
  first_seen    TEXT,
  last_seen     TEXT
);
CREATE INDEX entities_by_key ON entities (kind, key);

CREATE TABLE entity_variants (
  entity_id  TEXT    NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  variant    TEXT    NOT NULL,
  script     TEXT    NOT NULL,
  count      INTEGER NOT NULL DEFAULT 0,
  name_count INTEGER NOT NULL DEFAULT 0,
  seq        INTEGER NOT NULL,
  PRIMARY KEY (entity_id, variant)
) WITHOUT ROWID;

CREATE TABLE entity_articles (
  article_id TEXT    NOT NULL,
  entity_id  TEXT    NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  mentions   INTEGER NOT NULL DEFAULT 0,
  name       TEXT    NOT NULL DEFAULT '',
  published  TEXT,
  variants   TEXT    NOT NULL DEFAULT '',
  PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_articles_by_entity ON entity_articles (entity_id, published);
)sql";

// Version 3: stories and their members with clustering state (cluster/). Column meanings:
// docs/formats/sqlite.md.
constexpr std::string_view kSchemaV3 = R"sql(
CREATE TABLE stories (
  seq             INTEGER PRIMARY KEY,
  id              TEXT    NOT NULL UNIQUE,
  first_published TEXT,
  last_published  TEXT,
  article_count   INTEGER NOT NULL DEFAULT 0,
  json            TEXT    NOT NULL DEFAULT '',
  updated_at      INTEGER NOT NULL
);
CREATE INDEX stories_by_last_published ON stories (last_published, id);

CREATE TABLE story_members (
  article_id         TEXT    NOT NULL PRIMARY KEY,
  story_id           TEXT    NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  position           INTEGER NOT NULL,
  published          TEXT,
  inferred_published TEXT,
  item               BLOB    NOT NULL
);
CREATE INDEX story_members_by_story ON story_members (story_id, position);
)sql";

// Version 4: files ingested from watched directories (`newsloom watch`, watch/).
constexpr std::string_view kSchemaV4 = R"sql(
CREATE TABLE watched_files (
  path        TEXT    NOT NULL PRIMARY KEY,
  size        INTEGER NOT NULL,
  mtime       INTEGER NOT NULL,
  ingested_at INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// Version 5: articles by ingestion time, so the search index sync (search/search_index.h)
// reads only what was ingested since its watermark.
constexpr std::string_view kSchemaV5 = R"sql(
CREATE INDEX articles_by_ingested_at ON articles (ingested_at);
)sql";

constexpr Migration kMigrations[] = {
    {1, "initial schema: articles, dedup_signatures, feed_validators, runs", kSchemaV1},
    {2, "linked entities: entities, entity_variants, entity_articles", kSchemaV2},
    {3, "stories: stories, story_members", kSchemaV3},
    {4, "watched files: watched_files", kSchemaV4},
    {5, "articles by ingestion time: articles_by_ingested_at", kSchemaV5},
};

constexpr std::string_view kCreateVersionTable = R"sql(
CREATE TABLE IF NOT EXISTS schema_version (
  version     INTEGER NOT NULL PRIMARY KEY,
  applied_at  INTEGER NOT NULL,
  description TEXT    NOT NULL
);
)sql";

StatusOr<int64_t> QueryInt(SqliteDb* db, std::string_view sql) {
  NL_ASSIGN_OR_RETURN(Statement stmt, db->Prepare(sql));
  NL_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return absl::InternalError(absl::StrCat("no row from ", AbslView(sql)));
  return stmt.ColumnInt(0);
}

Status Annotate(const Status& s, const Migration& m) {
  return Status(s.code(), absl::StrCat(s.message(), " (migrating to schema version ", m.version,
                                       ": ", AbslView(m.description), ")"));
}

// Runs the pending migrations inside an open transaction.
StatusOr<int> ApplyPending(SqliteDb* db, std::span<const Migration> migrations,
                           int64_t now_micros) {
  NL_ASSIGN_OR_RETURN(int version, ReadSqliteSchemaVersion(db));
  const int latest = migrations.back().version;
  if (version > latest) {
    return absl::FailedPreconditionError(
        absl::StrCat(db->path(), ": database schema version ", version,
                     " is newer than this build supports (", latest, "); use a newer newsloom"));
  }
  NL_RETURN_IF_ERROR(db->Exec(kCreateVersionTable));
  for (const Migration& m : migrations) {
    if (m.version <= version) continue;
    Status s = db->Exec(m.sql);
    if (!s.ok()) return Annotate(s, m);
    NL_ASSIGN_OR_RETURN(Statement insert,
                        db->Prepare("INSERT INTO schema_version (version, applied_at, description) "
                                    "VALUES (?1, ?2, ?3)"));
    insert.BindInt(1, m.version).BindInt(2, now_micros).BindText(3, m.description);
    s = insert.Run();
    if (!s.ok()) return Annotate(s, m);
  }
  NL_RETURN_IF_ERROR(db->Exec(absl::StrCat("PRAGMA application_id = ", kSqliteApplicationId,
                                           "; PRAGMA user_version = ", latest, ";")));
  return latest;
}

}  // namespace

std::span<const Migration> SqliteMigrations() { return kMigrations; }

int CurrentSqliteSchemaVersion() { return SqliteMigrations().back().version; }

StatusOr<int> ReadSqliteSchemaVersion(SqliteDb* db) {
  // The first read of the file: a non-database fails here with DataLoss.
  NL_ASSIGN_OR_RETURN(int64_t app_id, QueryInt(db, "PRAGMA application_id"));
  if (app_id != 0 && app_id != kSqliteApplicationId) {
    return absl::FailedPreconditionError(
        absl::StrFormat("%s: a SQLite database of another application (application_id 0x%08x), "
                        "not a newsloom database",
                        db->path(), static_cast<uint32_t>(app_id)));
  }
  NL_ASSIGN_OR_RETURN(int64_t user_version, QueryInt(db, "PRAGMA user_version"));
  NL_ASSIGN_OR_RETURN(int64_t has_table,
                      QueryInt(db,
                               "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                               "AND name = 'schema_version'"));
  int64_t version = 0;
  if (has_table) {
    NL_ASSIGN_OR_RETURN(version,
                        QueryInt(db, "SELECT coalesce(max(version), 0) FROM schema_version"));
  } else {
    NL_ASSIGN_OR_RETURN(int64_t objects, QueryInt(db,
                                                  "SELECT count(*) FROM sqlite_master "
                                                  "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    if (objects > 0) {
      return absl::FailedPreconditionError(
          absl::StrCat(db->path(),
                       ": a SQLite database with tables but no schema_version table, not a "
                       "newsloom database"));
    }
  }
  // PRAGMA user_version mirrors schema_version; a newer build may have raised it.
  return static_cast<int>(std::max(version, user_version));
}

StatusOr<int> MigrateSqlite(SqliteDb* db, std::span<const Migration> migrations, int64_t now_micros,
                            bool read_only) {
  for (size_t i = 0; i < migrations.size(); ++i) {
    if (migrations[i].version != static_cast<int>(i) + 1) {
      return absl::InternalError("migrations must be numbered 1, 2, 3, ... without gaps");
    }
  }
  if (migrations.empty()) return absl::InternalError("no migrations");
  NL_ASSIGN_OR_RETURN(int version, ReadSqliteSchemaVersion(db));
  const int latest = migrations.back().version;
  if (version > latest) {
    return absl::FailedPreconditionError(
        absl::StrCat(db->path(), ": database schema version ", version,
                     " is newer than this build supports (", latest, "); use a newer newsloom"));
  }
  if (version == latest) return version;
  if (read_only) {
    return absl::FailedPreconditionError(absl::StrCat(db->path(), ": database schema version ",
                                                      version, " needs migrating to ", latest,
                                                      "; open it once without read-only access"));
  }
  // IMMEDIATE takes the write lock first, so two processes opening an old database do not
  // both migrate: the second waits (busy timeout), then finds nothing left to do.
  NL_RETURN_IF_ERROR(db->Exec("BEGIN IMMEDIATE"));
  StatusOr<int> result = ApplyPending(db, migrations, now_micros);
  if (result.ok()) {
    Status s = db->Exec("COMMIT");
    if (s.ok()) return result;
    result = s;
  }
  if (db->InTransaction()) db->Exec("ROLLBACK").IgnoreError();
  return result;
}

}  // namespace newsloom
