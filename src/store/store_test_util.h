// Helpers shared by the store tests.
#ifndef NEWSLOOM_STORE_STORE_TEST_UTIL_H_
#define NEWSLOOM_STORE_STORE_TEST_UTIL_H_

#include <sqlite3.h>

#include <cstdio>
#include <string>

#include "gtest/gtest.h"
#include "store/store.h"

namespace newsloom {

// A fresh database path for the running test (old files removed).
inline std::string TestDbPath(const std::string& suffix = "") {
  const testing::TestInfo* info = testing::UnitTest::GetInstance()->current_test_info();
  std::string name = std::string(info->test_suite_name()) + "_" + info->name() + suffix;
  for (char& c : name) {
    if (c == '/') c = '_';
  }
  const std::string path = testing::TempDir() + "/newsloom_" + name + ".db";
  for (const char* ext : {"", "-wal", "-shm", "-journal"}) std::remove((path + ext).c_str());
  return path;
}

// Runs SQL through a separate raw connection; returns the first column of the first row
// ("" when none).
inline std::string RawQuery(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  std::string out;
  int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr);
  EXPECT_EQ(rc, SQLITE_OK) << sqlite3_errmsg(db) << " in " << sql;
  if (rc == SQLITE_OK) {
    rc = sqlite3_step(stmt);
    EXPECT_TRUE(rc == SQLITE_ROW || rc == SQLITE_DONE) << sqlite3_errmsg(db);
    if (rc == SQLITE_ROW && sqlite3_column_text(stmt, 0) != nullptr) {
      out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return out;
}

inline void RawExec(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
  EXPECT_EQ(rc, SQLITE_OK) << (error ? error : "") << " in " << sql;
  sqlite3_free(error);
  sqlite3_close(db);
}

inline StoredArticle MakeArticle(const std::string& id, const std::string& published = "",
                                 const std::string& lang = "en") {
  StoredArticle a;
  a.id = id;
  a.source = "feeds/" + lang + "/" + id + ".txt";
  a.record = 0;
  a.url = "https://example.org/" + id;
  a.title = "Title of " + id;
  a.lang = lang;
  a.lang_confidence = 0.75;
  a.published = published;
  if (!published.empty()) {
    a.published_precision = published.size() == 4   ? "year"
                            : published.size() == 7 ? "month"
                                                    : "day";
  }
  a.text = "Text of " + id + ". Curfew declared in the capital.";
  a.content_hash = 0xfedcba9876543210ULL;  // above INT64_MAX: checks the unsigned round trip
  a.json = "{\"id\":\"" + id + "\"}";
  a.ingested_at = 1000;
  return a;
}

}  // namespace newsloom

#endif  // NEWSLOOM_STORE_STORE_TEST_UTIL_H_
