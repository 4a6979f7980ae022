#include "search/index_writer.h"

#include <xapian.h>

#include <string>

#include "gtest/gtest.h"
#include "search/index_layout.h"
#include "search/search_resources.h"
#include "search/search_test_util.h"
#include "text/analyzer.h"

namespace newsloom {
namespace {

using search::TestArticle;

class SearchIndexWriterTest : public testing::Test {
 protected:
  void SetUp() override {
    auto r = search::SearchResources::Default();
    ASSERT_TRUE(r.ok()) << r.status();
    resources_ = *r;
    db_path_ = search::TestDir() + "/test.db";
  }

  // The article as the pipeline would hand it over: analysed, stored at `ingested_at`.
  void AddArticle(SearchIndexWriter* w, const StoredArticle& a, int64_t ingested_at) {
    auto doc = resources_->analyzer->Analyze(a.text, a.lang);
    ASSERT_TRUE(doc.ok()) << doc.status();
    auto prepared = w->Prepare(*doc, a.lang, a.title, {});
    ASSERT_TRUE(prepared.ok()) << prepared.status();
    StoredArticle stored = a;
    stored.ingested_at = ingested_at;
    ASSERT_TRUE(w->Add(std::move(*prepared), stored).ok());
  }

  const search::SearchResources* resources_ = nullptr;
  std::string db_path_;
};

TEST_F(SearchIndexWriterTest, WritesReplacesAndCommitsOnClose) {
  const StoredArticle a = TestArticle("a1", "en", "Heavy rain flooded the streets of Lisbon.", {});
  StoredArticle b = TestArticle("b1", "de", "Tausende Demonstranten zogen durch Almaty.", {});
  b.title = "Protest in Almaty";
  {
    auto w = SearchIndexWriter::Open(db_path_);
    ASSERT_TRUE(w.ok()) << w.status();
    AddArticle(w->get(), a, 100);
    AddArticle(w->get(), b, 200);
    ASSERT_TRUE((*w)->Close().ok());
    EXPECT_EQ((*w)->added(), 2);
    EXPECT_TRUE((*w)->Close().ok());  // idempotent
  }
  Xapian::Database db(SearchIndexPath(db_path_));
  EXPECT_EQ(db.get_doccount(), 2u);
  EXPECT_EQ(db.get_metadata(search::kFormatKey), std::to_string(kSearchIndexFormat));
  EXPECT_EQ(db.get_termfreq("flooded"), 1u);
  EXPECT_EQ(db.get_termfreq("Lde"), 1u);
  // A title word counts three times.
  Xapian::PostingIterator p = db.postlist_begin("protest");
  ASSERT_NE(p, db.postlist_end("protest"));
  EXPECT_EQ(p.get_wdf(), 3u);

  // A second writer on the existing index replaces a re-ingested article instead of adding it.
  StoredArticle changed = a;
  changed.text = "Heavy snow closed the roads around Lisbon.";
  {
    auto w = SearchIndexWriter::Open(db_path_);
    ASSERT_TRUE(w.ok()) << w.status();
    AddArticle(w->get(), changed, 300);
    ASSERT_TRUE((*w)->Close().ok());
  }
  db.reopen();
  EXPECT_EQ(db.get_doccount(), 2u);
  EXPECT_EQ(db.get_termfreq("flooded"), 0u);
  EXPECT_EQ(db.get_termfreq("snow"), 1u);
}

TEST_F(SearchIndexWriterTest, SecondWriterIsUnavailableAndClosedWriterRefusesAdds) {
  auto w = SearchIndexWriter::Open(db_path_);
  ASSERT_TRUE(w.ok()) << w.status();
  auto second = SearchIndexWriter::Open(db_path_);
  ASSERT_FALSE(second.ok());
  EXPECT_TRUE(absl::IsUnavailable(second.status())) << second.status();
  EXPECT_NE(second.status().message().find(".xapian"), std::string::npos) << second.status();
  ASSERT_TRUE((*w)->Close().ok());
  SearchIndexWriter::Prepared empty;
  Status s = (*w)->Add(std::move(empty), TestArticle("x", "en", "text", {}));
  EXPECT_TRUE(absl::IsFailedPrecondition(s)) << s;
}

TEST_F(SearchIndexWriterTest, InMemoryDatabaseHasNoIndex) {
  EXPECT_TRUE(absl::IsInvalidArgument(SearchIndexWriter::Open(":memory:").status()));
  EXPECT_TRUE(absl::IsInvalidArgument(SearchIndexWriter::Open("").status()));
}

}  // namespace
}  // namespace newsloom
