// Article operations of the SQLite store: round trips, upserts, queries.
#include <string>
#include <vector>

#include "core/env.h"
#include "gtest/gtest.h"
#include "store/store.h"
#include "store/store_test_util.h"

namespace newsloom {
namespace {

class ArticlesTest : public testing::Test {
 protected:
  void SetUp() override {
    path_ = TestDbPath();
    env_.SetNowMicros(5'000'000);
    StoreOptions options;
    options.env = &env_;
    auto store = OpenSqliteStore(path_, options);
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = std::move(*store);
  }

  std::vector<std::string> ListIds(const ArticleQuery& q) {
    auto list = store_->ListArticles(q);
    EXPECT_TRUE(list.ok()) << list.status();
    std::vector<std::string> ids;
    if (list.ok()) {
      for (const StoredArticle& a : *list) ids.push_back(a.id);
    }
    return ids;
  }

  int64_t Count() { return store_->CountArticles().value(); }

  std::string path_;
  MemEnv env_;
  std::unique_ptr<Store> store_;
};

TEST_F(ArticlesTest, RoundTripsEveryField) {
  StoredArticle a = MakeArticle("bishkek-1", "2020-10-06");
  a.record = 7;
  a.title = "Протесты в Бишкеке";
  a.text = "Line one.\n\nLine two with \"quotes\" and a NUL-free tab\t.";
  a.duplicate_of = "orig-1";
  a.story_id = "story-42";
  a.lang_confidence = 0.123456789;
  ASSERT_EQ(store_->PutArticle(a).value(), PutResult::kInserted);
  auto got = store_->GetArticle("bishkek-1");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(*got, a);

  StoredArticle bare = MakeArticle("bare");
  bare.ingested_at = 0;  // "now" from the Env clock
  ASSERT_TRUE(store_->PutArticle(bare).ok());
  auto got_bare = store_->GetArticle("bare");
  ASSERT_TRUE(got_bare.ok());
  EXPECT_EQ(got_bare->published, "");
  EXPECT_EQ(got_bare->duplicate_of, "");
  EXPECT_EQ(got_bare->ingested_at, 5'000'000);
  // Empty optional fields are NULL in the file (docs/formats/sqlite.md).
  EXPECT_EQ(RawQuery(path_,
                     "SELECT count(*) FROM articles WHERE id = 'bare' AND published IS "
                     "NULL AND duplicate_of IS NULL AND story_id IS NULL"),
            "1");
}

TEST_F(ArticlesTest, FiltersByIngestionTime) {
  for (const auto& [id, at] : {std::pair{"a", 100}, std::pair{"b", 200}, std::pair{"c", 300}}) {
    StoredArticle a = MakeArticle(id);
    a.ingested_at = at;
    ASSERT_TRUE(store_->PutArticle(a).ok());
  }
  ArticleQuery q;
  q.ingested_from = 200;
  EXPECT_EQ(ListIds(q), (std::vector<std::string>{"b", "c"}));
  EXPECT_EQ(store_->CountMatching(q).value(), 2);
  q.ingested_from = 301;
  EXPECT_TRUE(ListIds(q).empty());
  q.ingested_from = 0;  // any
  EXPECT_EQ(ListIds(q).size(), 3u);
}

TEST_F(ArticlesTest, MissingArticleIsNotFound) {
  auto got = store_->GetArticle("nope");
  EXPECT_EQ(got.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(got.status().message().find("nope"), std::string_view::npos);
}

TEST_F(ArticlesTest, ReputtingIdenticalArticlesChangesNothing) {
  std::vector<StoredArticle> batch;
  for (int i = 0; i < 20; ++i) batch.push_back(MakeArticle("a" + std::to_string(i), "2021-03"));
  for (const StoredArticle& a : batch)
    ASSERT_EQ(store_->PutArticle(a).value(), PutResult::kInserted);
  const std::string before = RawQuery(path_,
                                      "SELECT group_concat(id || ingested_at || rowid) "
                                      "FROM articles");
  // A second ingest of the same input, later, with a new ingest time.
  for (StoredArticle a : batch) {
    a.ingested_at = 9'999;
    EXPECT_EQ(store_->PutArticle(a).value(), PutResult::kUnchanged);
  }
  EXPECT_EQ(Count(), 20);
  EXPECT_EQ(RawQuery(path_, "SELECT group_concat(id || ingested_at || rowid) FROM articles"),
            before);
  EXPECT_EQ(store_->GetArticle("a3")->ingested_at, 1000);
}

TEST_F(ArticlesTest, ChangedArticlesAreUpdatedInPlace) {
  StoredArticle a = MakeArticle("a", "2021-03-02");
  ASSERT_TRUE(store_->PutArticle(a).ok());
  a.story_id = "story-7";  // A later run clustered it.
  a.json = "{\"id\":\"a\",\"story_id\":\"story-7\"}";
  a.ingested_at = 2000;
  EXPECT_EQ(store_->PutArticle(a).value(), PutResult::kUpdated);
  EXPECT_EQ(Count(), 1);
  EXPECT_EQ(store_->GetArticle("a").value(), a);
  // Each field takes part in the comparison.
  a.lang_confidence = 0.5;
  EXPECT_EQ(store_->PutArticle(a).value(), PutResult::kUpdated);
  a.content_hash = 1;
  EXPECT_EQ(store_->PutArticle(a).value(), PutResult::kUpdated);
  a.record = 3;
  EXPECT_EQ(store_->PutArticle(a).value(), PutResult::kUpdated);
  EXPECT_EQ(store_->PutArticle(a).value(), PutResult::kUnchanged);
  EXPECT_EQ(store_->GetArticle("a").value(), a);
}

TEST_F(ArticlesTest, EditArticleJsonChangesOnlyTheJson) {
  StoredArticle a = MakeArticle("a", "2021-03-02");
  a.json = R"({"id":"a","published":null})";
  ASSERT_TRUE(store_->PutArticle(a).ok());
  ASSERT_TRUE(store_
                  ->EditArticleJson("a",
                                    [](std::string* json) {
                                      EXPECT_EQ(*json, R"({"id":"a","published":null})");
                                      json->replace(json->find("null"), 4, "\"2021-03\"");
                                    })
                  .ok());
  StoredArticle edited = a;
  edited.json = R"({"id":"a","published":"2021-03"})";
  EXPECT_EQ(store_->GetArticle("a").value(), edited);
  // The row keeps the hash of what was put: the same input put again changes nothing.
  EXPECT_EQ(store_->PutArticle(a).value(), PutResult::kUnchanged);
  EXPECT_EQ(store_->GetArticle("a")->json, edited.json);
  EXPECT_TRUE(store_->EditArticleJson("a", [](std::string*) {}).ok());
  EXPECT_EQ(store_->GetArticle("a")->json, edited.json);
  auto missing = store_->EditArticleJson("nope", [](std::string*) { FAIL() << "called"; });
  EXPECT_EQ(missing.code(), absl::StatusCode::kNotFound);
  EXPECT_NE(missing.message().find("nope"), std::string_view::npos);
}

TEST_F(ArticlesTest, TouchArticleChangesOnlyIngestedAt) {
  StoredArticle a = MakeArticle("a", "2021-03-02");
  a.json = R"({"id":"a"})";
  a.ingested_at = 0;  // stamped with the store's clock
  ASSERT_TRUE(store_->PutArticle(a).ok());
  const StoredArticle put = store_->GetArticle("a").value();
  EXPECT_EQ(put.ingested_at, 5'000'000);
  env_.SetNowMicros(7'000'000);
  ASSERT_TRUE(store_->TouchArticle("a").ok());
  StoredArticle touched = put;
  touched.ingested_at = 7'000'000;
  EXPECT_EQ(store_->GetArticle("a").value(), touched);
  // Articles stored since a time find it again (what the search index sync asks).
  ArticleQuery q;
  q.ingested_from = 6'000'000;
  EXPECT_EQ(ListIds(q), std::vector<std::string>{"a"});
  // The content is unchanged: the same input put again changes nothing.
  EXPECT_EQ(store_->PutArticle(a).value(), PutResult::kUnchanged);
  auto missing = store_->TouchArticle("nope");
  EXPECT_EQ(missing.code(), absl::StatusCode::kNotFound);
  EXPECT_NE(missing.message().find("nope"), std::string_view::npos);
}

TEST_F(ArticlesTest, RejectsInvalidArticles) {
  StoredArticle no_id = MakeArticle("");
  EXPECT_EQ(store_->PutArticle(no_id).status().code(), absl::StatusCode::kInvalidArgument);
  StoredArticle half_date = MakeArticle("x", "2020-10");
  half_date.published_precision = "";
  EXPECT_EQ(store_->PutArticle(half_date).status().code(), absl::StatusCode::kInvalidArgument);
  StoredArticle wrong_precision = MakeArticle("x", "2020-10");
  wrong_precision.published_precision = "day";
  EXPECT_EQ(store_->PutArticle(wrong_precision).status().code(),
            absl::StatusCode::kInvalidArgument);
  StoredArticle not_a_date = MakeArticle("x", "2020-1-5");
  auto s = store_->PutArticle(not_a_date);
  EXPECT_EQ(s.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(s.status().message().find("2020-1-5"), std::string_view::npos) << s.status();
  EXPECT_EQ(Count(), 0);
}

class QueryTest : public ArticlesTest {
 protected:
  void SetUp() override {
    ArticlesTest::SetUp();
    Put("n1", "", "nl");
    Put("e1", "2020-10-06", "en");
    Put("e2", "2020-10", "en");
    Put("e3", "2020-10-31", "en", "e1");
    Put("e4", "2020-11-01", "en");
    Put("r1", "2022-01-05", "ru", "e4");
    Put("n2", "2005", "nl");
    Put("n3", "2005-03-24", "nl");
  }
  void Put(const std::string& id, const std::string& published, const std::string& lang,
           const std::string& duplicate_of = "") {
    StoredArticle a = MakeArticle(id, published, lang);
    a.duplicate_of = duplicate_of;
    ASSERT_TRUE(store_->PutArticle(a).ok());
  }
};

using Ids = std::vector<std::string>;

TEST_F(QueryTest, OrdersByPublishedThenIdUndatedFirst) {
  EXPECT_EQ(ListIds(ArticleQuery()), (Ids{"n1", "n2", "n3", "e2", "e1", "e3", "e4", "r1"}));
  EXPECT_EQ(Count(), 8);
}

TEST_F(QueryTest, FiltersByLanguage) {
  ArticleQuery q;
  q.lang = "nl";
  EXPECT_EQ(ListIds(q), (Ids{"n1", "n2", "n3"}));
  EXPECT_EQ(store_->CountMatching(q).value(), 3);
  q.lang = "de";
  EXPECT_EQ(ListIds(q), Ids{});
}

TEST_F(QueryTest, FiltersByPublishedRange) {
  ArticleQuery q;
  q.published_from = "2020-10";
  q.published_to = "2020-10";  // the whole month, including the month-precision article
  EXPECT_EQ(ListIds(q), (Ids{"e2", "e1", "e3"}));
  q.published_from = "2020-10-07";
  q.published_to = "2020-11-01";
  EXPECT_EQ(ListIds(q), (Ids{"e3", "e4"}));
  q = ArticleQuery();
  q.published_to = "2005";
  EXPECT_EQ(ListIds(q), (Ids{"n2", "n3"}));  // undated articles are excluded once bounded
  q = ArticleQuery();
  q.published_from = "2021";
  EXPECT_EQ(ListIds(q), (Ids{"r1"}));
}

TEST_F(QueryTest, FiltersBySourcePrefixAndDuplicates) {
  ArticleQuery q;
  q.source_prefix = "feeds/en/";
  EXPECT_EQ(ListIds(q), (Ids{"e2", "e1", "e3", "e4"}));
  q.source_prefix = "feeds/en/e1";
  EXPECT_EQ(ListIds(q), (Ids{"e1"}));
  q.source_prefix = "feeds/e";
  EXPECT_EQ(ListIds(q).size(), 4u);
  q.source_prefix = "\xff\xff";
  EXPECT_EQ(ListIds(q), Ids{});
  q = ArticleQuery();
  q.duplicates = ArticleQuery::Duplicates::kOnly;
  EXPECT_EQ(ListIds(q), (Ids{"e3", "r1"}));
  q.duplicates = ArticleQuery::Duplicates::kExclude;
  EXPECT_EQ(ListIds(q).size(), 6u);
  q.lang = "en";
  EXPECT_EQ(ListIds(q), (Ids{"e2", "e1", "e4"}));
  EXPECT_EQ(store_->CountMatching(q).value(), 3);
}

TEST_F(QueryTest, Paginates) {
  ArticleQuery q;
  q.limit = 3;
  EXPECT_EQ(ListIds(q), (Ids{"n1", "n2", "n3"}));
  q.offset = 3;
  EXPECT_EQ(ListIds(q), (Ids{"e2", "e1", "e3"}));
  q.offset = 6;
  EXPECT_EQ(ListIds(q), (Ids{"e4", "r1"}));
  q.offset = 9;
  EXPECT_EQ(ListIds(q), Ids{});
  q.limit = 0;  // no limit
  q.offset = 5;
  EXPECT_EQ(ListIds(q), (Ids{"e3", "e4", "r1"}));
  EXPECT_EQ(store_->CountMatching(q).value(), 8);  // limit and offset ignored
}

TEST_F(QueryTest, ListingsWithoutBodies) {
  ArticleQuery q;
  q.with_bodies = false;
  q.limit = 1;
  auto list = store_->ListArticles(q);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].id, "n1");
  EXPECT_EQ((*list)[0].title, "Title of n1");
  EXPECT_EQ((*list)[0].text, "");
  EXPECT_EQ((*list)[0].json, "");
  q.with_bodies = true;
  EXPECT_EQ(store_->ListArticles(q).value()[0], store_->GetArticle("n1").value());
}

}  // namespace
}  // namespace newsloom
