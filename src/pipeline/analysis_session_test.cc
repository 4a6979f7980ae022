// AnalysisSession: consecutive runs keep the pipeline's state in memory, give the stories and
// records that separate runs give, and reload when another process wrote to the database.
#include <unistd.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "pipeline/analysis_run.h"

namespace newsloom {
namespace {

constexpr char kFirst[] =
    "Police in Minsk detained at least 40 people on Sunday when several thousand protesters "
    "marched through the city centre against the government of Alexander Lukashenko. Riot "
    "police used batons and stun grenades near the Pushkinskaya metro station, witnesses said.";
constexpr char kSecond[] =
    "Riot police in Minsk detained more than 40 people on Sunday as thousands of protesters "
    "marched against Alexander Lukashenko. Batons and stun grenades were used near the "
    "Pushkinskaya metro station, and the Viasna rights group named two journalists among those "
    "held.";
constexpr char kOther[] =
    "Floods in the south of Pakistan have killed 25 people in Sindh province since Tuesday, the "
    "provincial disaster authority said, as rivers burst their banks near Hyderabad and "
    "thousands of families left their villages.";

RawDocument Doc(const std::string& id, const std::string& text) {
  RawDocument d;
  d.id = id;
  d.source = "test#" + id;
  d.title = id;
  d.published = FuzzyDate::Parse("2021-03-15");
  d.lang_hint = "en";
  d.text = text;
  return d;
}

class AnalysisSessionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ::testing::TempDir() + "/analysis_session_test_" + std::to_string(::getpid()) + "_" +
           ::testing::UnitTest::GetInstance()->current_test_info()->name();
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    options_.pipeline.progress = false;
    options_.update_search_index = false;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  AnalysisRunOptions Options(const std::string& db) const {
    AnalysisRunOptions o = options_;
    o.db_path = dir_ + "/" + db;
    return o;
  }
  // Story id per article id of a run.
  static std::map<std::string, std::string> Stories(const DocumentsRunResult& r) {
    return {r.articles.begin(), r.articles.end()};
  }

  std::string dir_;
  AnalysisRunOptions options_;
};

TEST_F(AnalysisSessionTest, RunsInTurnGiveTheStoriesOfSeparateRuns) {
  AnalysisSession session(Env::Default(), Options("session.db"));
  auto a = session.RunDocuments({Doc("a1", kFirst)}, {}, "post 1");
  ASSERT_TRUE(a.ok()) << a.status();
  auto b = session.RunDocuments({Doc("b2", kSecond), Doc("c3", kOther)}, {}, "post 2");
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_EQ(session.loads(), 1u);  // the second run reused the state of the first

  auto x = RunAnalysisOnDocuments(Env::Default(), {Doc("a1", kFirst)}, {}, Options("runs.db"));
  ASSERT_TRUE(x.ok()) << x.status();
  auto y = RunAnalysisOnDocuments(Env::Default(), {Doc("b2", kSecond), Doc("c3", kOther)}, {},
                                  Options("runs.db"));
  ASSERT_TRUE(y.ok()) << y.status();

  EXPECT_EQ(Stories(*a), Stories(*x));
  EXPECT_EQ(Stories(*b), Stories(*y));
  EXPECT_EQ(Stories(*b)["b2"], Stories(*a)["a1"]);  // the second report joins the first's story
  EXPECT_NE(Stories(*b)["c3"], Stories(*a)["a1"]);
  EXPECT_EQ(b->summary.analysed, 2u);  // a run's summary counts that run only
  EXPECT_EQ(b->summary.stories, 2u);
}

TEST_F(AnalysisSessionTest, ReloadsWhenAnotherProcessWrote) {
  AnalysisSession session(Env::Default(), Options("shared.db"));
  auto a = session.RunDocuments({Doc("a1", kFirst)}, {}, "post 1");
  ASSERT_TRUE(a.ok()) << a.status();
  // Another writer adds the second report of the story behind the session's back.
  auto other =
      RunAnalysisOnDocuments(Env::Default(), {Doc("b2", kSecond)}, {}, Options("shared.db"));
  ASSERT_TRUE(other.ok()) << other.status();
  auto c = session.RunDocuments({Doc("c3", kOther)}, {}, "post 2");
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_EQ(session.loads(), 2u);
  // The session sees the other writer's article: re-posting it changes nothing.
  auto again = session.RunDocuments({Doc("b2", kSecond)}, {}, "post 3");
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(session.loads(), 2u);
  EXPECT_EQ(again->summary.unchanged, 1u);
  EXPECT_EQ(Stories(*again)["b2"], Stories(*a)["a1"]);
}

TEST_F(AnalysisSessionTest, NeedsADatabase) {
  AnalysisRunOptions o = options_;
  AnalysisSession session(Env::Default(), o);
  EXPECT_FALSE(session.RunDocuments({Doc("a1", kFirst)}, {}, "post").ok());
}

}  // namespace
}  // namespace newsloom
