// Schema versions and migrations, and files the store must refuse.
#include "store/sqlite_schema.h"

#include <sqlite3.h>

#include <fstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "store/sqlite_db.h"
#include "store/store.h"
#include "store/store_test_util.h"

namespace newsloom {
namespace {

// A version-1 database written by hand (raw SQL, as an old build would have left it), with
// one article.
void CreateV1ByHand(const std::string& path) {
  RawExec(path, std::string(SqliteMigrations()[0].sql));
  RawExec(path,
          "CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at INTEGER "
          "NOT NULL, description TEXT NOT NULL);"
          "INSERT INTO schema_version VALUES (1, 42, 'initial schema');"
          "INSERT INTO articles (id, source, text, row_hash, json, ingested_at, published, "
          "published_precision) VALUES ('old-1', 'old/file.txt', 'Old text.', 1, '{}', 42, "
          "'2005-03', 'month');"
          "PRAGMA user_version = 1;");
}

std::unique_ptr<SqliteDb> OpenRaw(const std::string& path) {
  auto db = SqliteDb::Open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, 1000);
  EXPECT_TRUE(db.ok()) << db.status();
  return db.ok() ? std::move(*db) : nullptr;
}

// The first real migration plus test-only later versions (numbered from 2, whatever the
// number of real migrations).
std::vector<Migration> WithTestMigrations(std::vector<Migration> extra) {
  std::vector<Migration> all(SqliteMigrations().begin(), SqliteMigrations().begin() + 1);
  all.insert(all.end(), extra.begin(), extra.end());
  return all;
}

const Migration kTestV2 = {2, "test: article summaries",
                           "ALTER TABLE articles ADD COLUMN summary TEXT NOT NULL DEFAULT '';"
                           "CREATE INDEX articles_by_summary ON articles (summary);"};

TEST(SqliteSchemaTest, MigrationsAreNumberedFromOne) {
  int expected = 1;
  for (const Migration& m : SqliteMigrations()) {
    EXPECT_EQ(m.version, expected++);
    EXPECT_FALSE(m.description.empty());
  }
  EXPECT_EQ(CurrentSqliteSchemaVersion(), expected - 1);
}

TEST(SqliteSchemaTest, HandMadeV1DatabaseOpensAtTheCurrentVersion) {
  const std::string path = TestDbPath();
  CreateV1ByHand(path);
  auto store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok()) << store.status();
  EXPECT_EQ((*store)->schema_version(), CurrentSqliteSchemaVersion());
  auto old = (*store)->GetArticle("old-1");
  ASSERT_TRUE(old.ok()) << old.status();
  EXPECT_EQ(old->text, "Old text.");
  EXPECT_EQ(old->published, "2005-03");
  EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), std::to_string(CurrentSqliteSchemaVersion()));
  EXPECT_EQ(RawQuery(path, "PRAGMA journal_mode"), "wal");
}

TEST(SqliteSchemaTest, MigratesV1ToALaterVersionKeepingData) {
  const std::string path = TestDbPath();
  CreateV1ByHand(path);
  auto db = OpenRaw(path);
  ASSERT_NE(db, nullptr);
  const std::vector<Migration> migrations = WithTestMigrations({kTestV2});
  auto version = MigrateSqlite(db.get(), migrations, 99, /*read_only=*/false);
  ASSERT_TRUE(version.ok()) << version.status();
  EXPECT_EQ(*version, 2);
  EXPECT_EQ(ReadSqliteSchemaVersion(db.get()).value(), 2);
  db.reset();
  EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), "2");
  EXPECT_EQ(RawQuery(path,
                     "SELECT group_concat(version || ':' || applied_at) FROM "
                     "schema_version"),
            "1:42,2:99");
  EXPECT_EQ(RawQuery(path, "SELECT id || '[' || summary || ']' FROM articles"), "old-1[]");
  // Migrating again does nothing.
  db = OpenRaw(path);
  EXPECT_EQ(MigrateSqlite(db.get(), migrations, 100, false).value(), 2);
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM schema_version"), "2");
}

TEST(SqliteSchemaTest, EmptyDatabaseGetsEveryMigration) {
  const std::string path = TestDbPath();
  auto db = OpenRaw(path);
  ASSERT_NE(db, nullptr);
  EXPECT_EQ(ReadSqliteSchemaVersion(db.get()).value(), 0);
  EXPECT_EQ(MigrateSqlite(db.get(), WithTestMigrations({kTestV2}), 5, false).value(), 2);
  db.reset();
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM schema_version"), "2");
}

TEST(SqliteSchemaTest, FailedMigrationChangesNothing) {
  const std::string path = TestDbPath();
  CreateV1ByHand(path);
  auto db = OpenRaw(path);
  ASSERT_NE(db, nullptr);
  const Migration bad = {3, "test: broken", "CREATE TABLE runs (id INTEGER);"};  // exists
  auto version = MigrateSqlite(db.get(), WithTestMigrations({kTestV2, bad}), 1, false);
  ASSERT_FALSE(version.ok());
  EXPECT_NE(version.status().message().find("schema version 3"), std::string_view::npos)
      << version.status();
  EXPECT_NE(version.status().message().find(path), std::string_view::npos);
  EXPECT_FALSE(db->InTransaction());
  db.reset();
  EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), "1");
  EXPECT_EQ(RawQuery(path, "SELECT max(version) FROM schema_version"), "1");
  EXPECT_EQ(RawQuery(path,
                     "SELECT count(*) FROM pragma_table_info('articles') "
                     "WHERE name = 'summary'"),
            "0");
}

TEST(SqliteSchemaTest, RefusesANewerDatabase) {
  const std::string path = TestDbPath();
  { ASSERT_TRUE(OpenSqliteStore(path).ok()); }
  RawExec(path, "INSERT INTO schema_version VALUES (99, 1, 'from the future')");
  auto store = OpenSqliteStore(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(store.status().message().find("version 99 is newer"), std::string_view::npos)
      << store.status();
  EXPECT_NE(store.status().message().find(path), std::string_view::npos);

  // PRAGMA user_version alone is enough to tell.
  const std::string path2 = TestDbPath("_user_version");
  { ASSERT_TRUE(OpenSqliteStore(path2).ok()); }
  RawExec(path2, "PRAGMA user_version = 7");
  EXPECT_EQ(OpenSqliteStore(path2).status().code(), absl::StatusCode::kFailedPrecondition);
}

TEST(SqliteSchemaTest, ReadOnlyOpenDoesNotMigrate) {
  const std::string path = TestDbPath();
  CreateV1ByHand(path);
  auto db = SqliteDb::Open(path, SQLITE_OPEN_READONLY, 1000);
  ASSERT_TRUE(db.ok());
  auto version = MigrateSqlite(db->get(), WithTestMigrations({kTestV2}), 1, /*read_only=*/true);
  EXPECT_EQ(version.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(version.status().message().find("needs migrating"), std::string_view::npos);
  StoreOptions read_only;
  read_only.read_only = true;
  if (CurrentSqliteSchemaVersion() > 1) {  // the real migrations are pending too
    EXPECT_EQ(OpenSqliteStore(path, read_only).status().code(),
              absl::StatusCode::kFailedPrecondition);
    ASSERT_TRUE(OpenSqliteStore(path).ok());
  }
  EXPECT_TRUE(OpenSqliteStore(path, read_only).ok());  // already current: fine
}

TEST(SqliteSchemaTest, NonSqliteFileIsDataLoss) {
  const std::string path = TestDbPath();
  {
    std::ofstream out(path);
    for (int i = 0; i < 200; ++i) out << "This is a plain text file, not a database.\n";
  }
  auto store = OpenSqliteStore(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), absl::StatusCode::kDataLoss) << store.status();
  EXPECT_NE(store.status().message().find(path), std::string_view::npos) << store.status();
  // Nothing was written to it.
  std::ifstream in(path);
  std::string first;
  std::getline(in, first);
  EXPECT_EQ(first, "This is a plain text file, not a database.");
}

TEST(SqliteSchemaTest, DamagedHeaderIsDataLoss) {
  const std::string path = TestDbPath();
  {
    std::ofstream out(path, std::ios::binary);
    out << std::string("SQLite format 3\0", 16) << std::string(4080, '\x5a');
  }
  auto store = OpenSqliteStore(path);
  EXPECT_EQ(store.status().code(), absl::StatusCode::kDataLoss) << store.status();
}

TEST(SqliteSchemaTest, RefusesOtherApplicationsDatabases) {
  const std::string path = TestDbPath();
  RawExec(path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
  auto store = OpenSqliteStore(path);
  EXPECT_EQ(store.status().code(), absl::StatusCode::kFailedPrecondition) << store.status();
  EXPECT_NE(store.status().message().find("not a newsloom database"), std::string_view::npos);
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM sqlite_master"), "1");  // untouched

  const std::string path2 = TestDbPath("_app_id");
  RawExec(path2, "PRAGMA application_id = 1234;");
  EXPECT_EQ(OpenSqliteStore(path2).status().code(), absl::StatusCode::kFailedPrecondition);
}

TEST(SqliteSchemaTest, MissingFileWithoutCreateIsNotFound) {
  const std::string path = TestDbPath();
  StoreOptions options;
  options.create_if_missing = false;
  auto store = OpenSqliteStore(path, options);
  EXPECT_EQ(store.status().code(), absl::StatusCode::kNotFound) << store.status();
  EXPECT_NE(store.status().message().find(path), std::string_view::npos);
}

}  // namespace
}  // namespace newsloom
