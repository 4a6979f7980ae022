// Thin RAII layer over the SQLite C API for the store: one connection with a cache of
// prepared statements, and SQLite result codes mapped to Status with the file name.
// Internal to the store module.
//
// Thread safety: none; a SqliteDb and its statements belong to one thread at a time.
#ifndef NEWSLOOM_STORE_SQLITE_DB_H_
#define NEWSLOOM_STORE_SQLITE_DB_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "core/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace newsloom {

class SqliteDb;

// A prepared statement borrowed from the connection's cache. Destroying it resets the
// statement (releasing its read snapshot) and returns it to the cache. Move-only.
class Statement {
 public:
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;
  ~Statement();

  // Parameters are 1-based. Text and blobs are copied by SQLite.
  Statement& BindText(int i, std::string_view value);
  Statement& BindTextOrNull(int i, std::string_view value);  // "" binds NULL
  Statement& BindBlob(int i, std::string_view value);
  Statement& BindInt(int i, int64_t value);
  Statement& BindDouble(int i, double value);
  // Like BindText and BindTextOrNull without the copy: `value` must stay valid and unchanged
  // until this Statement is destroyed (which clears its bindings) or the parameter is bound
  // again. For large values (article text and JSON) bound for one execution.
  Statement& BindTextNoCopy(int i, std::string_view value);
  Statement& BindTextOrNullNoCopy(int i, std::string_view value);

  // Advances to the next row: true when a row is available, false when done.
  StatusOr<bool> Step();
  // Runs a statement that returns no rows (or ignores them).
  Status Run();
  // Rewinds the statement for another execution; bindings are kept.
  void Reset();

  // Columns are 0-based; views stay valid until the next Step or the Statement's end.
  std::string_view ColumnText(int i) const;  // "" for NULL
  std::string_view ColumnBlob(int i) const;
  int64_t ColumnInt(int i) const;
  double ColumnDouble(int i) const;
  bool ColumnIsNull(int i) const;

 private:
  friend class SqliteDb;
  Statement(SqliteDb* db, sqlite3_stmt* stmt, bool* in_use, bool owned);
  void Release();

  SqliteDb* db_;
  sqlite3_stmt* stmt_;
  bool* in_use_;  // the cache slot's flag; null for an uncached statement
  bool owned_;    // finalize on destruction (a second use of a busy cached statement)
  int bind_error_ = 0;
};

class SqliteDb {
 public:
  // `flags` are sqlite3_open_v2 flags. Errors as described in store.h (NotFound when the
  // file is missing and SQLITE_OPEN_CREATE is not set).
  static StatusOr<std::unique_ptr<SqliteDb>> Open(const std::string& path, int flags,
                                                  int busy_timeout_ms);
  ~SqliteDb();
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  // Runs one or more statements without parameters.
  Status Exec(std::string_view sql);
  // The cached prepared statement for `sql` (prepared on first use).
  StatusOr<Statement> Prepare(std::string_view sql);

  // Status for SQLite result code `rc`: "path: what: sqlite message".
  Status Error(int rc, std::string_view what) const;

  int64_t LastInsertRowId() const;
  int Changes() const;  // rows changed by the last INSERT/UPDATE/DELETE
  bool InTransaction() const;
  sqlite3* handle() { return db_; }
  const std::string& path() const { return path_; }

 private:
  SqliteDb(std::string path, sqlite3* db) : path_(std::move(path)), db_(db) {}
  struct CachedStatement {
    sqlite3_stmt* stmt = nullptr;
    bool in_use = false;
  };

  std::string path_;
  sqlite3* db_;
  absl::flat_hash_map<std::string, std::unique_ptr<CachedStatement>> cache_;
};

// The Status code for a SQLite result code (DataLoss for corrupt files, Unavailable for I/O
// errors and lock timeouts, InvalidArgument for constraint violations, ...).
absl::StatusCode SqliteStatusCode(int rc);

}  // namespace newsloom

#endif  // NEWSLOOM_STORE_SQLITE_DB_H_
