// The SQLite schema as an ordered list of migrations, and the code that brings a database up
// to date when it is opened (docs/formats/sqlite.md). Internal to the store module.
//
// To change the schema, append a Migration with the next version number; never edit a
// migration that has shipped (databases in the wild were created by it).
#ifndef NEWSLOOM_STORE_SQLITE_SCHEMA_H_
#define NEWSLOOM_STORE_SQLITE_SCHEMA_H_

#include <cstdint>
#include <span>
#include <string_view>

#include "core/status.h"
#include "store/sqlite_db.h"

namespace newsloom {

struct Migration {
  int version;                   // 1, 2, 3, ... in order, no gaps
  std::string_view description;  // stored in schema_version
  std::string_view sql;          // one or more statements, run inside the migration transaction
};

// PRAGMA application_id of every newsloom database: "NLOM".
inline constexpr int32_t kSqliteApplicationId = 0x4e4c4f4d;

// The migrations of this build, versions 1..N.
std::span<const Migration> SqliteMigrations();
// N: the version a database has once opened by this build.
int CurrentSqliteSchemaVersion();

// The schema version of the database: max(version) of schema_version, 0 for an empty
// database. FailedPrecondition when the file is a SQLite database of another application
// (foreign application_id, or tables but no schema_version); DataLoss when not a database.
StatusOr<int> ReadSqliteSchemaVersion(SqliteDb* db);

// Applies the migrations newer than the database's version, all in one transaction (all or
// nothing), recording each in schema_version (with `now_micros`) and setting PRAGMA
// user_version and application_id. Returns the resulting version. FailedPrecondition when
// the database is newer than the last migration, or is out of date and `read_only` is set.
// The transaction is BEGIN IMMEDIATE, so concurrent openers migrate once.
StatusOr<int> MigrateSqlite(SqliteDb* db, std::span<const Migration> migrations, int64_t now_micros,
                            bool read_only);

}  // namespace newsloom

#endif  // NEWSLOOM_STORE_SQLITE_SCHEMA_H_
