#include "store/sqlite_db.h"

#include <sqlite3.h>

#include "absl/strings/str_cat.h"
#include "core/strings.h"

namespace newsloom {

absl::StatusCode SqliteStatusCode(int rc) {
  switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
      return absl::StatusCode::kDataLoss;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_PROTOCOL:
      return absl::StatusCode::kUnavailable;
    case SQLITE_CANTOPEN:
      return absl::StatusCode::kNotFound;
    case SQLITE_READONLY:
      return absl::StatusCode::kFailedPrecondition;
    case SQLITE_CONSTRAINT:
    case SQLITE_TOOBIG:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
      return absl::StatusCode::kInvalidArgument;
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return absl::StatusCode::kPermissionDenied;
    case SQLITE_NOMEM:
      return absl::StatusCode::kResourceExhausted;
    case SQLITE_INTERRUPT:
    case SQLITE_ABORT:
      return absl::StatusCode::kAborted;
    default:
      return absl::StatusCode::kInternal;
  }
}

// ---- Statement ----

Statement::Statement(SqliteDb* db, sqlite3_stmt* stmt, bool* in_use, bool owned)
    : db_(db), stmt_(stmt), in_use_(in_use), owned_(owned) {}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_),
      stmt_(other.stmt_),
      in_use_(other.in_use_),
      owned_(other.owned_),
      bind_error_(other.bind_error_) {
  other.stmt_ = nullptr;
  other.in_use_ = nullptr;
}

Statement::~Statement() { Release(); }

void Statement::Release() {
  if (stmt_ == nullptr) return;
  if (owned_) {
    sqlite3_finalize(stmt_);
  } else {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    if (in_use_ != nullptr) *in_use_ = false;
  }
  stmt_ = nullptr;
}

Statement& Statement::BindText(int i, std::string_view value) {
  const int rc =
      sqlite3_bind_text64(stmt_, i, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
  return *this;
}

Statement& Statement::BindTextOrNull(int i, std::string_view value) {
  if (!value.empty()) return BindText(i, value);
  const int rc = sqlite3_bind_null(stmt_, i);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
  return *this;
}

Statement& Statement::BindTextNoCopy(int i, std::string_view value) {
  const int rc =
      sqlite3_bind_text64(stmt_, i, value.data(), value.size(), SQLITE_STATIC, SQLITE_UTF8);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
  return *this;
}

Statement& Statement::BindTextOrNullNoCopy(int i, std::string_view value) {
  if (!value.empty()) return BindTextNoCopy(i, value);
  return BindTextOrNull(i, value);
}

Statement& Statement::BindBlob(int i, std::string_view value) {
  const int rc = sqlite3_bind_blob64(stmt_, i, value.data(), value.size(), SQLITE_TRANSIENT);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
  return *this;
}

Statement& Statement::BindInt(int i, int64_t value) {
  const int rc = sqlite3_bind_int64(stmt_, i, value);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
  return *this;
}

Statement& Statement::BindDouble(int i, double value) {
  const int rc = sqlite3_bind_double(stmt_, i, value);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
  return *this;
}

StatusOr<bool> Statement::Step() {
  if (bind_error_ != 0) return db_->Error(bind_error_, "binding parameters");
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return db_->Error(rc, "");
}

Status Statement::Run() {
  while (true) {
    NL_ASSIGN_OR_RETURN(bool row, Step());
    if (!row) return absl::OkStatus();
  }
}

void Statement::Reset() { sqlite3_reset(stmt_); }

std::string_view Statement::ColumnText(int i) const {
  const unsigned char* text = sqlite3_column_text(stmt_, i);
  if (text == nullptr) return {};
  return {reinterpret_cast<const char*>(text), static_cast<size_t>(sqlite3_column_bytes(stmt_, i))};
}

std::string_view Statement::ColumnBlob(int i) const {
  const void* blob = sqlite3_column_blob(stmt_, i);
  if (blob == nullptr) return {};
  return {static_cast<const char*>(blob), static_cast<size_t>(sqlite3_column_bytes(stmt_, i))};
}

int64_t Statement::ColumnInt(int i) const { return sqlite3_column_int64(stmt_, i); }
double Statement::ColumnDouble(int i) const { return sqlite3_column_double(stmt_, i); }
bool Statement::ColumnIsNull(int i) const { return sqlite3_column_type(stmt_, i) == SQLITE_NULL; }

// ---- SqliteDb ----

StatusOr<std::unique_ptr<SqliteDb>> SqliteDb::Open(const std::string& path, int flags,
                                                   int busy_timeout_ms) {
  sqlite3* handle = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &handle, flags, nullptr);
  // The handle exists even on failure (for the message) and must be closed.
  std::unique_ptr<SqliteDb> db(new SqliteDb(path, handle));
  if (rc != SQLITE_OK) {
    if (handle == nullptr)
      return absl::ResourceExhaustedError(absl::StrCat(path, ": out of memory"));
    if ((rc & 0xff) == SQLITE_CANTOPEN && (flags & SQLITE_OPEN_CREATE) == 0) {
      return absl::NotFoundError(absl::StrCat(path, ": no such database file"));
    }
    return db->Error(rc, "opening database");
  }
  sqlite3_extended_result_codes(handle, 1);
  sqlite3_busy_timeout(handle, busy_timeout_ms);
  return db;
}

SqliteDb::~SqliteDb() {
  for (auto& [sql, cached] : cache_) sqlite3_finalize(cached->stmt);
  sqlite3_close_v2(db_);
}

Status SqliteDb::Error(int rc, std::string_view what) const {
  const char* message = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
  std::string text = what.empty() ? absl::StrCat(path_, ": ", message)
                                  : absl::StrCat(path_, ": ", AbslView(what), ": ", message);
  if ((rc & 0xff) == SQLITE_NOTADB)
    text = absl::StrCat(path_, ": not a SQLite database (", message, ")");
  return Status(SqliteStatusCode(rc), text);
}

Status SqliteDb::Exec(std::string_view sql) {
  char* message = nullptr;
  const std::string copy(sql);
  const int rc = sqlite3_exec(db_, copy.c_str(), nullptr, nullptr, &message);
  sqlite3_free(message);  // sqlite3_errmsg has the same text.
  if (rc != SQLITE_OK) return Error(rc, sql.size() > 80 ? sql.substr(0, 80) : sql);
  return absl::OkStatus();
}

StatusOr<Statement> SqliteDb::Prepare(std::string_view sql) {
  auto it = cache_.find(AbslView(sql));
  if (it != cache_.end() && !it->second->in_use) {
    it->second->in_use = true;
    return Statement(this, it->second->stmt, &it->second->in_use, /*owned=*/false);
  }
  sqlite3_stmt* stmt = nullptr;
  const int rc =
      sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                         it == cache_.end() ? SQLITE_PREPARE_PERSISTENT : 0, &stmt, nullptr);
  if (rc != SQLITE_OK) return Error(rc, sql);
  if (it != cache_.end()) {
    // The cached statement is busy (re-entrant use): a one-off statement.
    return Statement(this, stmt, nullptr, /*owned=*/true);
  }
  auto cached = std::make_unique<CachedStatement>();
  cached->stmt = stmt;
  cached->in_use = true;
  bool* in_use = &cached->in_use;
  cache_.emplace(std::string(sql), std::move(cached));
  return Statement(this, stmt, in_use, /*owned=*/false);
}

int64_t SqliteDb::LastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }
int SqliteDb::Changes() const { return sqlite3_changes(db_); }
bool SqliteDb::InTransaction() const { return sqlite3_get_autocommit(db_) == 0; }

}  // namespace newsloom
