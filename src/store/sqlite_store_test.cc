// The SQLite store: pragmas, batches, signatures, feed validators, runs, concurrent readers.
#include <atomic>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "core/env.h"
#include "gtest/gtest.h"
#include "store/sqlite_schema.h"
#include "store/store.h"
#include "store/store_test_util.h"

namespace newsloom {
namespace {

class SqliteStoreTest : public testing::Test {
 protected:
  void SetUp() override {
    path_ = TestDbPath();
    env_.SetNowMicros(7'000'000);
    store_ = Open();
    ASSERT_NE(store_, nullptr);
  }
  std::unique_ptr<Store> Open(bool read_only = false) {
    StoreOptions options;
    options.env = &env_;
    options.read_only = read_only;
    auto store = OpenSqliteStore(path_, options);
    EXPECT_TRUE(store.ok()) << store.status();
    return store.ok() ? std::move(*store) : nullptr;
  }
  int64_t Count(Store* store) { return store->CountArticles().value(); }

  std::string path_;
  MemEnv env_;
  std::unique_ptr<Store> store_;
};

TEST_F(SqliteStoreTest, SetsPragmasAndVersion) {
  EXPECT_EQ(store_->schema_version(), CurrentSqliteSchemaVersion());
  EXPECT_EQ(RawQuery(path_, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(RawQuery(path_, "PRAGMA user_version"), std::to_string(CurrentSqliteSchemaVersion()));
  EXPECT_EQ(RawQuery(path_, "PRAGMA application_id"), std::to_string(0x4e4c4f4d));
  EXPECT_EQ(
      RawQuery(path_, "SELECT description FROM schema_version WHERE version = 1").substr(0, 14),
      "initial schema");
  EXPECT_EQ(RawQuery(path_, "SELECT min(applied_at) FROM schema_version"), "7000000");
}

TEST_F(SqliteStoreTest, ReopeningKeepsData) {
  ASSERT_TRUE(store_->PutArticle(MakeArticle("a", "2020")).ok());
  store_.reset();
  store_ = Open();
  ASSERT_NE(store_, nullptr);
  EXPECT_EQ(store_->GetArticle("a").value(), MakeArticle("a", "2020"));
  EXPECT_EQ(RawQuery(path_, "SELECT count(*) FROM schema_version"),
            std::to_string(CurrentSqliteSchemaVersion()));
}

TEST_F(SqliteStoreTest, BatchCommitsAllTogether) {
  ASSERT_TRUE(store_->BeginBatch().ok());
  EXPECT_TRUE(store_->in_batch());
  EXPECT_EQ(store_->BeginBatch().code(), absl::StatusCode::kInvalidArgument);  // no nesting
  for (int i = 0; i < 50; ++i) {
    ASSERT_TRUE(store_->PutArticle(MakeArticle("a" + std::to_string(i))).ok());
  }
  EXPECT_EQ(RawQuery(path_, "SELECT count(*) FROM articles"), "0");  // not visible yet
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_FALSE(store_->in_batch());
  EXPECT_EQ(RawQuery(path_, "SELECT count(*) FROM articles"), "50");
  EXPECT_EQ(store_->Commit().code(), absl::StatusCode::kFailedPrecondition);
}

// Ingests `ids` in one batch and fails on the article without an id, like a caller that stops
// at the first error.
Status IngestBatch(Store* store, const std::vector<std::string>& ids) {
  NL_ASSIGN_OR_RETURN(Batch batch, Batch::Begin(store));
  for (const std::string& id : ids) {
    NL_RETURN_IF_ERROR(store->PutArticle(MakeArticle(id)).status());
    NL_RETURN_IF_ERROR(store->PutDedupSignature(id, "sig-" + id));
  }
  return batch.Commit();
}

TEST_F(SqliteStoreTest, BatchGuardRollsBackOnError) {
  ASSERT_TRUE(IngestBatch(store_.get(), {"keep"}).ok());
  Status s = IngestBatch(store_.get(), {"x1", "x2", "", "x3"});
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_FALSE(store_->in_batch());
  EXPECT_EQ(Count(store_.get()), 1);
  int signatures = 0;
  ASSERT_TRUE(store_
                  ->LoadDedupSignatures([&](std::string_view, std::string_view) {
                    ++signatures;
                    return absl::OkStatus();
                  })
                  .ok());
  EXPECT_EQ(signatures, 1);
  // The store is usable afterwards.
  ASSERT_TRUE(IngestBatch(store_.get(), {"x1"}).ok());
  EXPECT_EQ(Count(store_.get()), 2);
}

TEST_F(SqliteStoreTest, ExplicitRollback) {
  ASSERT_TRUE(store_->BeginBatch().ok());
  ASSERT_TRUE(store_->PutArticle(MakeArticle("gone")).ok());
  ASSERT_TRUE(store_->PutFeedValidator("https://example.org/rss", "\"e1\"", "").ok());
  ASSERT_TRUE(store_->Rollback().ok());
  EXPECT_EQ(Count(store_.get()), 0);
  EXPECT_EQ(store_->GetFeedValidator("https://example.org/rss").value(), std::nullopt);
  EXPECT_TRUE(store_->Rollback().ok());  // nothing open: no-op
}

TEST_F(SqliteStoreTest, DedupSignaturesKeepFirstPutOrder) {
  for (const char* id : {"c", "a", "b"}) ASSERT_TRUE(store_->PutArticle(MakeArticle(id)).ok());
  const std::string binary("\0\x01\xffNLDS", 7);
  ASSERT_TRUE(store_->PutDedupSignature("c", binary).ok());
  ASSERT_TRUE(store_->PutDedupSignature("a", "sig-a").ok());
  ASSERT_TRUE(store_->PutDedupSignature("b", "sig-b").ok());
  ASSERT_TRUE(store_->PutDedupSignature("c", "sig-c2").ok());  // replaced, position kept
  std::vector<std::pair<std::string, std::string>> loaded;
  ASSERT_TRUE(store_
                  ->LoadDedupSignatures([&](std::string_view id, std::string_view bytes) {
                    loaded.emplace_back(id, bytes);
                    return absl::OkStatus();
                  })
                  .ok());
  using Pairs = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(loaded, (Pairs{{"c", "sig-c2"}, {"a", "sig-a"}, {"b", "sig-b"}}));
  ASSERT_TRUE(store_->PutDedupSignature("a", binary).ok());
  loaded.clear();
  Status stop = store_->LoadDedupSignatures([&](std::string_view id, std::string_view bytes) {
    loaded.emplace_back(id, bytes);
    return loaded.size() == 2 ? absl::CancelledError("enough") : absl::OkStatus();
  });
  EXPECT_EQ(stop.code(), absl::StatusCode::kCancelled);
  ASSERT_EQ(loaded.size(), 2u);
  EXPECT_EQ(loaded[1].second, binary);  // blobs keep NUL and high bytes
}

TEST_F(SqliteStoreTest, SignatureNeedsItsArticle) {
  Status s = store_->PutDedupSignature("ghost", "sig");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("ghost"), std::string_view::npos) << s;
}

TEST_F(SqliteStoreTest, FeedValidators) {
  EXPECT_EQ(store_->GetFeedValidator("https://example.org/rss").value(), std::nullopt);
  ASSERT_TRUE(
      store_
          ->PutFeedValidator("https://example.org/rss", "\"abc\"", "Sat, 16 Nov 2019 14:05:00 GMT")
          .ok());
  env_.SetNowMicros(8'000'000);
  ASSERT_TRUE(store_->PutFeedValidator("https://example.org/rss", "\"def\"", "").ok());
  auto v = store_->GetFeedValidator("https://example.org/rss").value();
  ASSERT_TRUE(v.has_value());
  EXPECT_EQ(v->url, "https://example.org/rss");
  EXPECT_EQ(v->etag, "\"def\"");
  EXPECT_EQ(v->last_modified, "");
  EXPECT_EQ(v->updated_at, 8'000'000);
}

TEST_F(SqliteStoreTest, RunsRecordCountsAndRejections) {
  auto first = store_->StartRun("analyze seeds --out out", 100);
  ASSERT_TRUE(first.ok()) << first.status();
  auto second = store_->StartRun("ingest feeds", 0);
  ASSERT_TRUE(second.ok());
  EXPECT_GT(*second, *first);

  RunRecord run;
  run.id = *first;
  run.finished_at = 200;
  run.read = 92;
  run.analysed = 90;
  run.duplicates = 4;
  run.rejected = 2;
  run.rejections = {{"data/a.jsonl", 3, "line is not JSON"},
                    {"data/b.warc.gz", 0, "truncated gzip"}};
  ASSERT_TRUE(store_->FinishRun(run).ok());
  RunRecord more = run;
  more.rejections = {{"data/c.html", 0, "empty page"}};
  ASSERT_TRUE(store_->FinishRun(more).ok());

  auto got = store_->GetRun(*first);
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->command, "analyze seeds --out out");
  EXPECT_EQ(got->started_at, 100);
  EXPECT_EQ(got->finished_at, 200);
  EXPECT_EQ(got->read, 92);
  EXPECT_EQ(got->analysed, 90);
  EXPECT_EQ(got->duplicates, 4);
  EXPECT_EQ(got->rejected, 2);
  ASSERT_EQ(got->rejections.size(), 3u);
  EXPECT_EQ(got->rejections[0].source, "data/a.jsonl");
  EXPECT_EQ(got->rejections[0].record, 3);
  EXPECT_EQ(got->rejections[0].message, "line is not JSON");
  EXPECT_EQ(got->rejections[2].source, "data/c.html");

  auto runs = store_->ListRuns(10);
  ASSERT_TRUE(runs.ok());
  ASSERT_EQ(runs->size(), 2u);
  EXPECT_EQ((*runs)[0].id, *second);  // newest first
  EXPECT_EQ((*runs)[0].started_at, 7'000'000);
  EXPECT_EQ((*runs)[0].finished_at, 0);  // still running
  EXPECT_EQ((*runs)[1].rejections.size(), 3u);
  EXPECT_EQ(store_->ListRuns(1)->size(), 1u);

  RunRecord missing;
  missing.id = 999;
  EXPECT_EQ(store_->FinishRun(missing).code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(store_->GetRun(999).status().code(), absl::StatusCode::kNotFound);
}

// WAL: a second connection reads the last committed state while a batch is open, without
// waiting for the writer.
TEST_F(SqliteStoreTest, ConcurrentReaderSeesCommittedState) {
  ASSERT_TRUE(store_->PutArticle(MakeArticle("before")).ok());
  StoreOptions reader_options;
  reader_options.env = &env_;
  reader_options.read_only = true;
  reader_options.busy_timeout_ms = 0;  // fail at once instead of waiting if it would block
  auto reader = OpenSqliteStore(path_, reader_options);
  ASSERT_TRUE(reader.ok()) << reader.status();

  ASSERT_TRUE(store_->BeginBatch().ok());
  for (int i = 0; i < 100; ++i) {
    ASSERT_TRUE(store_->PutArticle(MakeArticle("during" + std::to_string(i))).ok());
    if (i % 25 == 0) {
      auto n = (*reader)->CountArticles();
      ASSERT_TRUE(n.ok()) << n.status();
      EXPECT_EQ(*n, 1);
      EXPECT_TRUE((*reader)->GetArticle("before").ok());
    }
  }
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_EQ(Count(reader->get()), 101);
  // A read-only store cannot write.
  EXPECT_FALSE((*reader)->PutArticle(MakeArticle("nope")).ok());
}

// A reader thread with its own Store sees whole batches only, never half of one, and is never
// blocked by the writer.
TEST_F(SqliteStoreTest, ReaderThreadSeesWholeBatches) {
  std::atomic<bool> done{false};
  std::atomic<bool> reading{false};
  std::vector<int64_t> seen;
  Status reader_status;
  std::thread reader([&] {
    StoreOptions options;
    options.read_only = true;
    auto store = OpenSqliteStore(path_, options);
    if (!store.ok()) {
      reader_status = store.status();
      reading = true;
      return;
    }
    bool last = false;
    while (!last) {
      last = done.load();  // one more read after the writer finished
      auto n = (*store)->CountArticles();
      if (!n.ok()) {
        reader_status = n.status();
        break;
      }
      seen.push_back(*n);
      reading = true;
    }
    reading = true;
  });
  while (!reading.load()) std::this_thread::yield();
  for (int b = 0; b < 20; ++b) {
    ASSERT_TRUE(store_->BeginBatch().ok());
    for (int i = 0; i < 10; ++i) {
      ASSERT_TRUE(
          store_->PutArticle(MakeArticle(std::to_string(b) + "-" + std::to_string(i))).ok());
    }
    ASSERT_TRUE(store_->Commit().ok());
  }
  done = true;
  reader.join();
  ASSERT_TRUE(reader_status.ok()) << reader_status;
  ASSERT_GE(seen.size(), 2u);
  EXPECT_EQ(seen.back(), 200);
  for (size_t i = 0; i < seen.size(); ++i) {
    EXPECT_EQ(seen[i] % 10, 0) << seen[i];
    if (i > 0) {
      EXPECT_GE(seen[i], seen[i - 1]);
    }
  }
  EXPECT_EQ(Count(store_.get()), 200);
}

TEST_F(SqliteStoreTest, SecondWriterWaitsThenFailsWithUnavailable) {
  StoreOptions options;
  options.env = &env_;
  options.busy_timeout_ms = 50;
  auto other = OpenSqliteStore(path_, options);
  ASSERT_TRUE(other.ok()) << other.status();
  ASSERT_TRUE(store_->BeginBatch().ok());
  Status s = (*other)->BeginBatch();
  EXPECT_EQ(s.code(), absl::StatusCode::kUnavailable) << s;
  EXPECT_NE(s.message().find(path_), std::string_view::npos) << s;
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_TRUE((*other)->BeginBatch().ok());
  EXPECT_TRUE((*other)->Commit().ok());
}

TEST_F(SqliteStoreTest, UncommittedBatchIsRolledBackWhenTheStoreCloses) {
  ASSERT_TRUE(store_->BeginBatch().ok());
  ASSERT_TRUE(store_->PutArticle(MakeArticle("lost")).ok());
  store_.reset();
  store_ = Open();
  ASSERT_NE(store_, nullptr);
  EXPECT_EQ(Count(store_.get()), 0);
}

// StoreOptions::wal_autocheckpoint_pages decides when committed pages move from the WAL into
// the database file; the content is the same either way. Large articles (with NoCopy binds)
// round-trip.
TEST_F(SqliteStoreTest, AutocheckpointOptionMovesPagesIntoTheFile) {
  auto write = [&](const std::string& path, int pages) -> uintmax_t {
    StoreOptions options;
    options.env = &env_;
    options.wal_autocheckpoint_pages = pages;
    options.cache_bytes = 1 << 20;
    auto store = OpenSqliteStore(path, options);
    EXPECT_TRUE(store.ok()) << store.status();
    if (!store.ok()) return 0;
    const uintmax_t before = std::filesystem::file_size(path);
    {
      auto batch = Batch::Begin(store->get());
      EXPECT_TRUE(batch.ok());
      for (int i = 0; i < 20; ++i) {
        StoredArticle a = MakeArticle("big" + std::to_string(i), "2020-10-06");
        a.text = std::string(20000, static_cast<char>('a' + i));
        a.json = "{\"text\":\"" + a.text + "\"}";
        EXPECT_TRUE((*store)->PutArticle(a).ok());
      }
      EXPECT_TRUE(batch->Commit().ok());
    }
    StoredArticle expected = MakeArticle("big7", "2020-10-06");
    expected.text = std::string(20000, 'h');
    expected.json = "{\"text\":\"" + expected.text + "\"}";
    EXPECT_EQ((*store)->GetArticle("big7").value(), expected);
    return std::filesystem::file_size(path) - before;  // growth of the file while open
  };
  const std::string eager = TestDbPath("_eager");
  const std::string lazy = TestDbPath("_lazy");
  EXPECT_GT(write(eager, 1), 400'000u);       // checkpointed at the commit
  EXPECT_LT(write(lazy, 1 << 20), 100'000u);  // still in the WAL until the store closes
  EXPECT_EQ(RawQuery(lazy, "SELECT count(*) FROM articles"), "20");
}

}  // namespace
}  // namespace newsloom
