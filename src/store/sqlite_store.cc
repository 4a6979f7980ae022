// SqliteStore: opening, batches, signatures, feed validators and runs (articles are in
// sqlite_articles.cc).
#include "store/sqlite_store.h"

#include <sqlite3.h>

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "core/env.h"
#include "core/strings.h"
#include "store/sqlite_schema.h"

namespace newsloom {

StatusOr<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path,
                                                 const StoreOptions& options) {
  int flags = SQLITE_OPEN_NOMUTEX;  // A Store is used by one thread at a time.
  if (options.read_only) {
    flags |= SQLITE_OPEN_READONLY;
  } else {
    flags |= SQLITE_OPEN_READWRITE;
    if (options.create_if_missing) flags |= SQLITE_OPEN_CREATE;
  }
  NL_ASSIGN_OR_RETURN(std::unique_ptr<SqliteDb> db,
                      SqliteDb::Open(path, flags, options.busy_timeout_ms));
  // Reading the schema version is the first access to the file: a non-database or corrupt
  // file fails there with DataLoss, before anything is written to it.
  NL_RETURN_IF_ERROR(ReadSqliteSchemaVersion(db.get()).status());
  if (!options.read_only) {
    // WAL: readers see the last commit while the writer works; NORMAL sync is durable
    // across application crashes and loses at most the last commits on power loss.
    NL_RETURN_IF_ERROR(db->Exec("PRAGMA journal_mode = WAL"));
    NL_RETURN_IF_ERROR(db->Exec("PRAGMA synchronous = NORMAL"));
    // Cache and checkpoint interval only change when pages reach the files, not what a
    // commit guarantees (store.h StoreOptions).
    NL_RETURN_IF_ERROR(db->Exec(
        absl::StrCat("PRAGMA cache_size = ", -std::max<int64_t>(options.cache_bytes >> 10, 1))));
    NL_RETURN_IF_ERROR(db->Exec(absl::StrCat("PRAGMA wal_autocheckpoint = ",
                                             std::max(options.wal_autocheckpoint_pages, 1))));
  }
  NL_RETURN_IF_ERROR(db->Exec("PRAGMA foreign_keys = ON"));
  Env* env = options.env != nullptr ? options.env : Env::Default();
  NL_ASSIGN_OR_RETURN(int version, MigrateSqlite(db.get(), SqliteMigrations(), env->NowMicros(),
                                                 options.read_only));
  return std::unique_ptr<Store>(new SqliteStore(std::move(db), env, version));
}

SqliteStore::~SqliteStore() {
  if (in_batch_) Rollback().IgnoreError();
}

// ---- Batches ----

Status SqliteStore::BeginBatch() {
  if (in_batch_) {
    return absl::InvalidArgumentError(absl::StrCat(db_->path(), ": a batch is already open"));
  }
  // IMMEDIATE takes the write lock now, so a batch never fails half-way on a lock upgrade.
  NL_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
  in_batch_ = true;
  return absl::OkStatus();
}

Status SqliteStore::Commit() {
  if (!in_batch_) {
    return absl::FailedPreconditionError(absl::StrCat(db_->path(), ": no batch to commit"));
  }
  in_batch_ = false;
  if (!db_->InTransaction()) {
    // SQLite already rolled back after an I/O error or similar inside the batch.
    return absl::AbortedError(
        absl::StrCat(db_->path(), ": the batch was rolled back by an earlier error"));
  }
  Status s = db_->Exec("COMMIT");
  if (!s.ok() && db_->InTransaction()) db_->Exec("ROLLBACK").IgnoreError();
  return s;
}

Status SqliteStore::Rollback() {
  if (!in_batch_) return absl::OkStatus();
  in_batch_ = false;
  if (!db_->InTransaction()) return absl::OkStatus();
  return db_->Exec("ROLLBACK");
}

Status SqliteStore::InTransaction(const std::function<Status()>& fn) {
  if (in_batch_) return fn();
  NL_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
  Status s = fn();
  if (s.ok()) s = db_->Exec("COMMIT");
  if (!s.ok() && db_->InTransaction()) db_->Exec("ROLLBACK").IgnoreError();
  return s;
}

// ---- Dedup signatures ----

Status SqliteStore::PutDedupSignature(std::string_view article_id, std::string_view bytes) {
  NL_ASSIGN_OR_RETURN(
      Statement put,
      db_->Prepare("INSERT INTO dedup_signatures (article_id, signature) VALUES (?1, ?2) "
                   "ON CONFLICT (article_id) DO UPDATE SET signature = excluded.signature "
                   "WHERE signature IS NOT excluded.signature"));
  put.BindText(1, article_id).BindBlob(2, bytes);
  Status s = put.Run();
  if (s.code() == absl::StatusCode::kInvalidArgument) {
    return absl::InvalidArgumentError(absl::StrCat(db_->path(), ": dedup signature for article ",
                                                   AbslView(article_id),
                                                   ", which is not stored; put the article first"));
  }
  return s;
}

Status SqliteStore::LoadDedupSignatures(
    const std::function<Status(std::string_view, std::string_view)>& fn) {
  NL_ASSIGN_OR_RETURN(
      Statement load,
      db_->Prepare("SELECT article_id, signature FROM dedup_signatures ORDER BY seq"));
  while (true) {
    NL_ASSIGN_OR_RETURN(bool row, load.Step());
    if (!row) return absl::OkStatus();
    NL_RETURN_IF_ERROR(fn(load.ColumnText(0), load.ColumnBlob(1)));
  }
}

// ---- Feed validators ----

Status SqliteStore::PutFeedValidator(std::string_view url, std::string_view etag,
                                     std::string_view last_modified) {
  NL_ASSIGN_OR_RETURN(
      Statement put,
      db_->Prepare("INSERT INTO feed_validators (url, etag, last_modified, updated_at) "
                   "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (url) DO UPDATE SET "
                   "etag = excluded.etag, last_modified = excluded.last_modified, "
                   "updated_at = excluded.updated_at"));
  put.BindText(1, url).BindText(2, etag).BindText(3, last_modified).BindInt(4, env_->NowMicros());
  return put.Run();
}

StatusOr<std::optional<FeedValidator>> SqliteStore::GetFeedValidator(std::string_view url) {
  NL_ASSIGN_OR_RETURN(Statement get, db_->Prepare("SELECT url, etag, last_modified, updated_at "
                                                  "FROM feed_validators WHERE url = ?1"));
  get.BindText(1, url);
  NL_ASSIGN_OR_RETURN(bool found, get.Step());
  if (!found) return std::optional<FeedValidator>();
  FeedValidator v;
  v.url = get.ColumnText(0);
  v.etag = get.ColumnText(1);
  v.last_modified = get.ColumnText(2);
  v.updated_at = get.ColumnInt(3);
  return std::optional<FeedValidator>(std::move(v));
}

// ---- Runs ----

StatusOr<int64_t> SqliteStore::StartRun(std::string_view command, int64_t started_at) {
  NL_ASSIGN_OR_RETURN(Statement insert,
                      db_->Prepare("INSERT INTO runs (command, started_at) VALUES (?1, ?2)"));
  insert.BindText(1, command).BindInt(2, started_at != 0 ? started_at : env_->NowMicros());
  NL_RETURN_IF_ERROR(insert.Run());
  return db_->LastInsertRowId();
}

Status SqliteStore::FinishRun(const RunRecord& run) {
  return InTransaction([&]() -> Status {
    NL_ASSIGN_OR_RETURN(
        Statement update,
        db_->Prepare("UPDATE runs SET finished_at = ?2, read_count = ?3, analysed_count = ?4, "
                     "duplicate_count = ?5, rejected_count = ?6 WHERE id = ?1"));
    update.BindInt(1, run.id)
        .BindInt(2, run.finished_at != 0 ? run.finished_at : env_->NowMicros())
        .BindInt(3, run.read)
        .BindInt(4, run.analysed)
        .BindInt(5, run.duplicates)
        .BindInt(6, run.rejected);
    NL_RETURN_IF_ERROR(update.Run());
    if (db_->Changes() == 0) {
      return absl::NotFoundError(absl::StrCat(db_->path(), ": no run ", run.id));
    }
    NL_ASSIGN_OR_RETURN(
        Statement last,
        db_->Prepare("SELECT coalesce(max(seq), 0) FROM run_rejections WHERE run_id = ?1"));
    last.BindInt(1, run.id);
    NL_ASSIGN_OR_RETURN(bool row, last.Step());
    int64_t seq = row ? last.ColumnInt(0) : 0;
    NL_ASSIGN_OR_RETURN(Statement insert,
                        db_->Prepare("INSERT INTO run_rejections (run_id, seq, source, record, "
                                     "message) VALUES (?1, ?2, ?3, ?4, ?5)"));
    for (const RunRejection& r : run.rejections) {
      insert.BindInt(1, run.id).BindInt(2, ++seq).BindText(3, r.source).BindInt(4, r.record);
      insert.BindText(5, r.message);
      NL_RETURN_IF_ERROR(insert.Run());
      insert.Reset();
    }
    return absl::OkStatus();
  });
}

namespace {

constexpr std::string_view kRunColumns =
    "id, command, started_at, finished_at, read_count, analysed_count, duplicate_count, "
    "rejected_count";

RunRecord ReadRun(const Statement& row) {
  RunRecord run;
  run.id = row.ColumnInt(0);
  run.command = row.ColumnText(1);
  run.started_at = row.ColumnInt(2);
  run.finished_at = row.ColumnInt(3);  // NULL reads as 0
  run.read = row.ColumnInt(4);
  run.analysed = row.ColumnInt(5);
  run.duplicates = row.ColumnInt(6);
  run.rejected = row.ColumnInt(7);
  return run;
}

}  // namespace

Status SqliteStore::LoadRejections(RunRecord* run) {
  NL_ASSIGN_OR_RETURN(Statement get,
                      db_->Prepare("SELECT source, record, message FROM run_rejections "
                                   "WHERE run_id = ?1 ORDER BY seq"));
  get.BindInt(1, run->id);
  while (true) {
    NL_ASSIGN_OR_RETURN(bool row, get.Step());
    if (!row) return absl::OkStatus();
    run->rejections.push_back(RunRejection{std::string(get.ColumnText(0)), get.ColumnInt(1),
                                           std::string(get.ColumnText(2))});
  }
}

StatusOr<RunRecord> SqliteStore::GetRun(int64_t id) {
  RunRecord run;
  {
    NL_ASSIGN_OR_RETURN(Statement get, db_->Prepare(absl::StrCat("SELECT ", AbslView(kRunColumns),
                                                                 " FROM runs WHERE id = ?1")));
    get.BindInt(1, id);
    NL_ASSIGN_OR_RETURN(bool found, get.Step());
    if (!found) return absl::NotFoundError(absl::StrCat(db_->path(), ": no run ", id));
    run = ReadRun(get);
  }
  NL_RETURN_IF_ERROR(LoadRejections(&run));
  return run;
}

StatusOr<std::vector<RunRecord>> SqliteStore::ListRuns(int64_t limit) {
  std::vector<RunRecord> runs;
  {
    NL_ASSIGN_OR_RETURN(Statement list,
                        db_->Prepare(absl::StrCat("SELECT ", AbslView(kRunColumns),
                                                  " FROM runs ORDER BY id DESC LIMIT ?1")));
    list.BindInt(1, limit > 0 ? limit : -1);
    while (true) {
      NL_ASSIGN_OR_RETURN(bool row, list.Step());
      if (!row) break;
      runs.push_back(ReadRun(list));
    }
  }
  for (RunRecord& run : runs) NL_RETURN_IF_ERROR(LoadRejections(&run));
  return runs;
}

}  // namespace newsloom
