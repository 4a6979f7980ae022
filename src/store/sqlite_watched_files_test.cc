// The watched_files table: put, replace, list by prefix, reopen.
#include <string>
#include <vector>

#include "core/env.h"
#include "gtest/gtest.h"
#include "store/store.h"
#include "store/store_test_util.h"

namespace newsloom {
namespace {

std::unique_ptr<Store> OpenAt(const std::string& path, Env* env) {
  StoreOptions options;
  options.env = env;
  auto store = OpenSqliteStore(path, options);
  EXPECT_TRUE(store.ok()) << store.status();
  return store.ok() ? std::move(*store) : nullptr;
}

TEST(SqliteWatchedFilesTest, PutReplaceListAndReopen) {
  const std::string path = TestDbPath();
  MemEnv env;
  env.SetNowMicros(5'000'000);
  {
    std::unique_ptr<Store> store = OpenAt(path, &env);
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->PutWatchedFile({"/in/a.warc", 10, 100, 0}).ok());
    ASSERT_TRUE(store->PutWatchedFile({"/in/b.warc.gz", 20, 200, 42}).ok());
    ASSERT_TRUE(store->PutWatchedFile({"/other/c.warc", 30, 300, 0}).ok());
    ASSERT_TRUE(store->PutWatchedFile({"/in/a.warc", 11, 101, 0}).ok());  // replaces
    EXPECT_FALSE(store->PutWatchedFile({"", 1, 1, 0}).ok());
  }
  std::unique_ptr<Store> store = OpenAt(path, &env);
  ASSERT_NE(store, nullptr);
  StatusOr<std::vector<WatchedFile>> in = store->ListWatchedFiles("/in/");
  ASSERT_TRUE(in.ok()) << in.status();
  const std::vector<WatchedFile> want = {{"/in/a.warc", 11, 101, 5'000'000},
                                         {"/in/b.warc.gz", 20, 200, 42}};
  EXPECT_EQ(*in, want);
  EXPECT_EQ(store->ListWatchedFiles("").value().size(), 3u);
  EXPECT_TRUE(store->ListWatchedFiles("/none/").value().empty());
}

TEST(SqliteWatchedFilesTest, PrefixIsBytesNotCharacters) {
  const std::string path = TestDbPath();
  MemEnv env;
  std::unique_ptr<Store> store = OpenAt(path, &env);
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->PutWatchedFile({"/новости/a.warc", 1, 1, 1}).ok());
  ASSERT_TRUE(store->PutWatchedFile({"/новостиX/b.warc", 1, 1, 1}).ok());
  StatusOr<std::vector<WatchedFile>> got = store->ListWatchedFiles("/новости/");
  ASSERT_TRUE(got.ok()) << got.status();
  ASSERT_EQ(got->size(), 1u);
  EXPECT_EQ((*got)[0].path, "/новости/a.warc");
}

}  // namespace
}  // namespace newsloom
