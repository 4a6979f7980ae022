#include "search/search_index.h"

#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "search/index_layout.h"
#include "search/query_expander.h"
#include "search/search_resources.h"
#include "search/search_test_util.h"

namespace newsloom {
namespace {

using search::TestArticle;
using search::TestFact;

class SearchIndexTest : public testing::Test {
 protected:
  void SetUp() override {
    auto r = search::SearchResources::Default();
    ASSERT_TRUE(r.ok()) << r.status();
    resources_ = *r;
    if (resources_->gazetteer == nullptr) GTEST_SKIP() << "gazetteer not built";
    dir_ = search::TestDir();
    db_path_ = dir_ + "/test.db";
    auto store = OpenSqliteStore(db_path_);
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = std::move(*store);
    almaty_ = std::to_string(search::GeonameIdOf(*resources_->gazetteer, "Almaty"));
    const std::string lisbon =
        std::to_string(search::GeonameIdOf(*resources_->gazetteer, "Lisbon"));
    const std::string moscow =
        std::to_string(search::GeonameIdOf(*resources_->gazetteer, "Moscow"));
    ASSERT_NE(almaty_, "0");

    // Two reports of one protest, in German and Spanish, naming the city in Latin script.
    const std::string de =
        "Tausende Demonstranten sind am Montag in Almaty auf die Straße gegangen. Die Polizei "
        "nahm Dutzende Menschen fest, als der Zug das Rathaus erreichte.";
    const std::string es =
        "Miles de manifestantes protestaron el lunes en Almaty contra el gobierno. La policía "
        "detuvo a decenas de personas cerca del ayuntamiento.";
    search::PutStory(store_.get(), "s_protest",
                     {TestArticle("de1", "de", de,
                                  {{"places", "Almaty", almaty_}, {"countries", "Almaty", "KZ"}}),
                      TestArticle("es1", "es", es, {{"places", "Almaty", almaty_}})});
    const std::string en =
        "Heavy rain flooded the streets of Lisbon on Tuesday, and the river rose above its "
        "banks for the first time in a decade.";
    search::PutStory(store_.get(), "s_flood",
                     {TestArticle("en1", "en", en, {{"places", "Lisbon", lisbon}})});
    const std::string ru =
        "В Москве открылась новая выставка современного искусства, на которую пришли сотни "
        "посетителей.";
    search::PutStory(store_.get(), "s_art",
                     {TestArticle("ru1", "ru", ru, {{"places", "Москве", moscow}})});
    const std::string nl =
        "Oud-president Atambajev is dinsdag in zijn huis buiten de hoofdstad gearresteerd na "
        "een bestorming door speciale eenheden.";
    search::PutStory(store_.get(), "s_arrest",
                     {TestArticle("nl1", "nl", nl, {{"persons", "Atambajev", "p:atambaev"}})});
  }

  void Sync(SearchSyncStats* stats = nullptr) {
    SearchSyncOptions o;
    o.threads = 2;
    Status s = SyncSearchIndex(store_.get(), db_path_, o, stats);
    ASSERT_TRUE(s.ok()) << s;
  }

  SearchResponse Search(const std::string& query, SearchRequest request = {}) {
    auto index = SearchIndex::Open(SearchIndexPath(db_path_));
    EXPECT_TRUE(index.ok()) << index.status();
    if (!index.ok()) return {};
    request.query = query;
    auto r = (*index)->Search(request, store_.get());
    EXPECT_TRUE(r.ok()) << r.status();
    return r.ok() ? *r : SearchResponse();
  }

  static std::vector<std::string> StoryIds(const SearchResponse& r) {
    std::vector<std::string> ids;
    for (const StoryMatch& s : r.items) ids.push_back(s.story_id);
    return ids;
  }

  const search::SearchResources* resources_ = nullptr;
  std::string dir_, db_path_, almaty_;
  std::unique_ptr<Store> store_;
};

TEST_F(SearchIndexTest, PathIsBesideTheDatabase) {
  EXPECT_EQ(SearchIndexPath("/x/newsloom.db"), "/x/newsloom.db.xapian");
}

TEST_F(SearchIndexTest, EnglishQueryWithCyrillicCityFindsGermanAndSpanishReports) {
  Sync();
  SearchResponse r = Search("protest Алматы");
  ASSERT_FALSE(r.items.empty());
  EXPECT_EQ(r.items[0].story_id, "s_protest");
  ASSERT_EQ(r.items[0].matches.size(), 2u);
  std::vector<std::string> langs;
  for (const SearchMatch& m : r.items[0].matches) langs.push_back(m.lang);
  std::sort(langs.begin(), langs.end());
  EXPECT_EQ(langs, (std::vector<std::string>{"de", "es"}));
  EXPECT_GT(r.items[0].score, 0.5);
  EXPECT_LE(r.items[0].score, 1.0);
  for (const StoryMatch& s : r.items) {
    EXPECT_GE(s.score, 0.0);
    if (s.story_id != "s_protest") EXPECT_LT(s.score, r.items[0].score);
  }
}

TEST_F(SearchIndexTest, SnippetHighlightsTheMatchedWords) {
  Sync();
  SearchResponse r = Search("Almaty");
  ASSERT_FALSE(r.items.empty());
  ASSERT_FALSE(r.items[0].matches.empty());
  const SearchMatch& m = r.items[0].matches[0];
  EXPECT_NE(m.snippet.find("Almaty"), std::string::npos) << m.snippet;
  ASSERT_FALSE(m.highlights.empty());
  EXPECT_EQ(m.snippet.substr(m.highlights[0].first, m.highlights[0].second - m.highlights[0].first),
            "Almaty");
  EXPECT_FALSE(m.title.empty());  // the first sentence stands in for the missing title
}

TEST_F(SearchIndexTest, StemThatIsAWordMatchesThatWord) {
  Sync();
  {
    // "rain" is its own English stem: the article has the word and no Z term for it.
    Xapian::Database db(SearchIndexPath(db_path_));
    EXPECT_EQ(db.get_termfreq("rain"), 1u);
    EXPECT_EQ(db.get_termfreq("Zrain"), 0u);
    EXPECT_EQ(db.get_termfreq("Zflood"), 1u);  // "flooded"
  }
  for (const std::string query : {"rains", "floods"}) {
    SCOPED_TRACE(query);
    SearchResponse r = Search(query);
    ASSERT_EQ(StoryIds(r), std::vector<std::string>{"s_flood"});
    EXPECT_NEAR(r.items[0].score, 0.8 * search::kStemWeight + 0.2, 1e-6);
    ASSERT_FALSE(r.items[0].matches.empty());
    const SearchMatch& m = r.items[0].matches[0];
    ASSERT_EQ(m.highlights.size(), 1u) << m.snippet;
    EXPECT_EQ(
        m.snippet.substr(m.highlights[0].first, m.highlights[0].second - m.highlights[0].first),
        query == "rains" ? "rain" : "flooded");
  }
}

TEST_F(SearchIndexTest, CyrillicSurnameFindsLatinSpelling) {
  Sync();
  SearchResponse r = Search("Атамбаев");
  ASSERT_FALSE(r.items.empty());
  EXPECT_EQ(r.items[0].story_id, "s_arrest");
}

TEST_F(SearchIndexTest, MatchingMoreWordsRanksHigher) {
  Sync();
  SearchResponse r = Search("Lisbon flood river");
  ASSERT_FALSE(r.items.empty());
  EXPECT_EQ(r.items[0].story_id, "s_flood");
  EXPECT_EQ(StoryIds(Search("музей выставка")).front(), "s_art");
}

TEST_F(SearchIndexTest, LanguageFilterAndPaging) {
  Sync();
  SearchRequest only_es;
  only_es.lang = "es";
  SearchResponse r = Search("Almaty", only_es);
  ASSERT_EQ(r.items.size(), 1u);
  ASSERT_EQ(r.items[0].matches.size(), 1u);
  EXPECT_EQ(r.items[0].matches[0].article_id, "es1");

  SearchRequest all;
  all.limit = 0;
  SearchResponse every = Search("protest police Almaty Lisbon", all);
  ASSERT_GE(every.total, 2);
  SearchRequest page;
  page.offset = 1;
  page.limit = 1;
  SearchResponse second = Search("protest police Almaty Lisbon", page);
  EXPECT_EQ(second.total, every.total);
  ASSERT_EQ(second.items.size(), 1u);
  EXPECT_EQ(second.items[0].story_id, every.items[1].story_id);
}

TEST_F(SearchIndexTest, EmptyAndTooLongQueries) {
  Sync();
  EXPECT_TRUE(Search("  ... ").items.empty());
  auto index = SearchIndex::Open(SearchIndexPath(db_path_));
  ASSERT_TRUE(index.ok());
  SearchRequest r;
  r.query = std::string(5000, 'a');
  EXPECT_TRUE(absl::IsInvalidArgument((*index)->Search(r, store_.get()).status()));
  r.query = "x";
  r.offset = -1;
  EXPECT_TRUE(absl::IsInvalidArgument((*index)->Search(r, store_.get()).status()));
}

TEST_F(SearchIndexTest, SyncIsIncrementalAndIdempotent) {
  SearchSyncStats stats;
  EXPECT_TRUE(*SearchIndexIsStale(store_.get(), db_path_));
  Sync(&stats);
  EXPECT_TRUE(stats.rebuilt);
  EXPECT_EQ(stats.articles, 5);
  EXPECT_EQ(stats.indexed, 5);
  EXPECT_FALSE(*SearchIndexIsStale(store_.get(), db_path_));
  Sync(&stats);
  EXPECT_FALSE(stats.rebuilt);
  EXPECT_EQ(stats.indexed, 0);

  // A re-ingested article replaces its document; a new one is added.
  StoredArticle changed = TestArticle("en1", "en", "Snow closed every road around Lisbon.", {});
  ASSERT_TRUE(store_->PutArticle(changed).ok());
  ASSERT_TRUE(store_->PutArticle(TestArticle("en2", "en", "A quiet day in Oslo.", {})).ok());
  EXPECT_TRUE(*SearchIndexIsStale(store_.get(), db_path_));
  Sync(&stats);
  EXPECT_EQ(stats.indexed, 2);
  auto index = SearchIndex::Open(SearchIndexPath(db_path_));
  ASSERT_TRUE(index.ok());
  EXPECT_EQ(*(*index)->DocumentCount(), 6);
  EXPECT_EQ(StoryIds(Search("snow")), std::vector<std::string>{"s_flood"});
  EXPECT_TRUE(Search("flooded").items.empty());
}

TEST_F(SearchIndexTest, OtherFormatIsRebuiltBySyncAndRefusedByOpen) {
  Sync();
  {
    Xapian::WritableDatabase db(SearchIndexPath(db_path_), Xapian::DB_OPEN);
    db.set_metadata(search::kFormatKey, "999");
    db.commit();
  }
  EXPECT_TRUE(absl::IsFailedPrecondition(SearchIndex::Open(SearchIndexPath(db_path_)).status()));
  EXPECT_TRUE(*SearchIndexIsStale(store_.get(), db_path_));
  SearchSyncStats stats;
  Sync(&stats);
  EXPECT_TRUE(stats.rebuilt);
  EXPECT_EQ(stats.indexed, 5);
  EXPECT_TRUE(SearchIndex::Open(SearchIndexPath(db_path_)).ok());
}

TEST_F(SearchIndexTest, CorruptIndexIsRebuiltBySync) {
  Sync();
  const std::string index = SearchIndexPath(db_path_);
  {
    std::fstream f(index + "/iamglass", std::ios::in | std::ios::out | std::ios::binary);
    ASSERT_TRUE(f.is_open());
    f.write("not a version file", 18);
  }
  EXPECT_TRUE(absl::IsDataLoss(SearchIndex::Open(index).status()));
  EXPECT_TRUE(*SearchIndexIsStale(store_.get(), db_path_));
  SearchSyncStats stats;
  Sync(&stats);
  EXPECT_TRUE(stats.rebuilt);
  EXPECT_EQ(stats.indexed, 5);
  EXPECT_FALSE(*SearchIndexIsStale(store_.get(), db_path_));
  EXPECT_EQ(StoryIds(Search("flooded")), std::vector<std::string>{"s_flood"});
}

TEST_F(SearchIndexTest, MissingIndexAndMemoryDatabase) {
  EXPECT_TRUE(absl::IsNotFound(SearchIndex::Open(dir_ + "/nothing.xapian").status()));
  EXPECT_TRUE(absl::IsInvalidArgument(SyncSearchIndex(store_.get(), ":memory:")));
}

TEST_F(SearchIndexTest, ReaderSeesLaterSyncs) {
  Sync();
  auto index = SearchIndex::Open(SearchIndexPath(db_path_));
  ASSERT_TRUE(index.ok());
  SearchRequest r;
  r.query = "Oslo";
  EXPECT_TRUE((*index)->Search(r, store_.get())->items.empty());
  search::PutStory(store_.get(), "s_oslo", {TestArticle("en3", "en", "A quiet day in Oslo.", {})});
  Sync();
  auto found = (*index)->Search(r, store_.get());
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->items.size(), 1u);
  EXPECT_EQ(found->items[0].story_id, "s_oslo");
}

TEST_F(SearchIndexTest, ConcurrentSearchesWhileSyncing) {
  Sync();
  auto index = SearchIndex::Open(SearchIndexPath(db_path_));
  ASSERT_TRUE(index.ok());
  std::atomic<int> failures{0}, found{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    readers.emplace_back([&, t] {
      auto store = OpenSqliteStore(db_path_);  // one Store per thread
      if (!store.ok()) {
        ++failures;
        return;
      }
      SearchRequest r;
      r.query = t == 0 ? "Almaty" : (t == 1 ? "Атамбаев" : "Lisbon");
      for (int i = 0; i < 15; ++i) {
        auto got = (*index)->Search(r, store->get());
        if (!got.ok()) {
          ++failures;
        } else if (!got->items.empty()) {
          ++found;
        }
      }
    });
  }
  for (int i = 0; i < 5; ++i) {
    const std::string id = "extra" + std::to_string(i);
    ASSERT_TRUE(store_->PutArticle(TestArticle(id, "en", "More rain in Lisbon today.", {})).ok());
    Sync();
  }
  for (std::thread& t : readers) t.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(found.load(), 45);
}

}  // namespace
}  // namespace newsloom
