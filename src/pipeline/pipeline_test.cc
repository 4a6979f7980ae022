#include "pipeline/pipeline.h"

#include <unistd.h>

#include <filesystem>

#include "gtest/gtest.h"
#include "pipeline/article_json.h"
#include "store/store.h"

namespace newsloom {
namespace {

// About 120 words of original text, so near-duplicate detection has enough shingles.
const char kReport[] =
    "Police in the capital detained dozens of people on Sunday evening after a protest "
    "against the new curfew turned violent near the central railway station. Shop windows "
    "were smashed and a supermarket was looted, according to a police spokeswoman, who said "
    "officers had been pelted with stones and fireworks for more than two hours. The mayor "
    "called an emergency meeting with the police chief and the public prosecutor late in "
    "the evening.\n\nResidents described scenes of chaos as groups of young men moved "
    "through the streets around the station. Several cars were set on fire and the fire "
    "brigade needed police protection to reach them. Public transport in the city centre was "
    "suspended until the next morning, the transport company said in a statement.";

const char kOther[] =
    "Heavy rain flooded dozens of villages in the south of the country on Tuesday, forcing "
    "thousands of families to leave their homes. The regional government opened schools and "
    "sports halls as shelters and asked the army to help with the evacuation of the elderly. "
    "Rivers were expected to peak on Wednesday night, forecasters said, and more rain was on "
    "the way for the weekend.";

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    env_.AddFile("/in/a_report.txt", std::string(" date 2021-01 ") + kReport);
    env_.AddFile("/in/b_other.txt", kOther);
    // Re-published: new headline line, one sentence added.
    env_.AddFile("/in/c_copy.txt", std::string("Curfew protest ends in looting\n\n") + kReport +
                                       " Dozens of those detained are under eighteen.");
    env_.AddFile("/in/d_wire.jsonl",
                 "{\"id\":\"w1\",\"text\":\"Dozens of people were detained.\"}\n{oops\n");
    // One database per test and process: ctest runs the cases as parallel processes.
    db_ = ::testing::TempDir() + "/pipeline_test_" +
          ::testing::UnitTest::GetInstance()->current_test_info()->name() + "_" +
          std::to_string(::getpid()) + ".db";
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db_ + suffix);
  }

  std::vector<std::string> RunAll(size_t threads, Store* store, RunSummary* summary) {
    PipelineOptions options;
    options.threads = threads;
    options.batch_size = 2;
    options.progress = false;
    auto p = Pipeline::Create(&env_, options, store, nullptr);
    EXPECT_TRUE(p.ok()) << p.status();
    std::vector<std::string> lines;
    (*p)->set_article_callback([&](const Article& a) { lines.push_back(ArticleToJson(a)); });
    EXPECT_TRUE((*p)->Run({"/in"}).ok());
    *summary = (*p)->summary();
    return lines;
  }

  MemEnv env_;
  std::string db_;
};

TEST_F(PipelineTest, SameOutputForAnyThreadCount) {
  RunSummary s1, s2;
  const auto one = RunAll(1, nullptr, &s1);
  const auto two = RunAll(2, nullptr, &s2);
  EXPECT_EQ(one, two);
  EXPECT_EQ(one.size(), 4u);
}

TEST_F(PipelineTest, CountsDuplicatesAndRejections) {
  RunSummary s;
  const auto lines = RunAll(2, nullptr, &s);
  EXPECT_EQ(s.read, 4u);
  EXPECT_EQ(s.analysed, 4u);
  EXPECT_EQ(s.duplicates, 1u);
  EXPECT_EQ(s.rejected, 1u);
  ASSERT_EQ(s.rejections.size(), 1u);
  EXPECT_NE(s.rejections[0].ToString().find("d_wire.jsonl:2"), std::string::npos)
      << s.rejections[0].ToString();
  EXPECT_NE(lines[2].find("\"duplicate_of\":\"a_report\""), std::string::npos) << lines[2];
  EXPECT_NE(lines[1].find("\"duplicate_of\":null"), std::string::npos) << lines[1];
}

TEST_F(PipelineTest, ReRunWithStoreChangesNothingAndRemembersDuplicates) {
  auto store = OpenSqliteStore(db_);
  ASSERT_TRUE(store.ok()) << store.status();
  RunSummary first, second;
  const auto a = RunAll(2, store->get(), &first);
  const auto b = RunAll(1, store->get(), &second);
  EXPECT_EQ(a, b);
  EXPECT_EQ(first.unchanged, 0u);
  EXPECT_EQ(second.unchanged, 4u);
  EXPECT_EQ(*(*store)->CountArticles(), 4);

  // A new copy arriving in a later run is matched against the stored index.
  env_.AddFile("/in2/e_copy2.txt", std::string(kReport) + " The curfew stays in force.");
  store->reset();
  auto reopened = OpenSqliteStore(db_);
  ASSERT_TRUE(reopened.ok());
  PipelineOptions options;
  options.progress = false;
  auto p = Pipeline::Create(&env_, options, reopened->get(), nullptr);
  ASSERT_TRUE(p.ok());
  ASSERT_TRUE((*p)->Run({"/in2"}).ok());
  EXPECT_EQ((*p)->summary().duplicates, 1u);
  auto stored = (*reopened)->GetArticle("e_copy2");
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored->duplicate_of, "a_report");
}

TEST_F(PipelineTest, SameIdFromTwoSourcesIsRejectedNotOverwritten) {
  env_.AddFile("/in/zz/a_report.html",
               "<html><body><p>Something else entirely, long enough "
               "to be a paragraph of an article.</p></body></html>");
  RunSummary s;
  const auto lines = RunAll(2, nullptr, &s);
  EXPECT_EQ(s.analysed, 4u);
  bool found = false;
  for (const auto& r : s.rejections) {
    if (r.source == "/in/zz/a_report.html") {
      found = true;
      EXPECT_NE(r.ToString().find("/in/a_report.txt"), std::string::npos) << r.ToString();
    }
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace newsloom
