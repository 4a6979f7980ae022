#include "pipeline/entity_names.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "pipeline/analysis_run.h"
#include "store/store.h"

namespace newsloom {
namespace {

// A line shaped as facts_json.cc writes one.
std::string Line(const std::string& persons) {
  return R"({"id":"a1","title":"t","persons":[)" + persons +
         R"(],"organizations":[{"name":"OSCE","entity_id":"o:1111","mentions":[]}]})";
}

TEST(EntityNamesTest, GivesTheNameNowAndKeepsTheWrittenOne) {
  const EntityNames names = {{"p:aaaa", "Hosni Mubarak"}};
  std::string line = Line(R"({"name":"حسني مبارك","entity_id":"p:aaaa","mentions":[]})");
  EXPECT_TRUE(RefreshEntityNames(names, &line));
  EXPECT_EQ(line, Line(R"({"name":"Hosni Mubarak","written":"حسني مبارك",)"
                       R"("entity_id":"p:aaaa","mentions":[]})"));
  // Idempotent.
  const std::string once = line;
  EXPECT_FALSE(RefreshEntityNames(names, &line));
  EXPECT_EQ(line, once);
}

TEST(EntityNamesTest, ReplacesAnOldDisplayNameAndDropsWrittenWhenEqual) {
  std::string line =
      Line(R"({"name":"Kassym-Schomart Tokajew","written":"Kassym-Jomart Tokayev",)"
           R"("entity_id":"p:bbbb","role":"president","mentions":[{"start":0,"end":5}]},)"
           R"({"name":"Nursultan Nazarbayev","entity_id":"p:cccc","mentions":[]})");
  const EntityNames names = {{"p:bbbb", "Kassym-Jomart Tokayev"}, {"p:dddd", "Nobody"}};
  EXPECT_TRUE(RefreshEntityNames(names, &line));
  EXPECT_EQ(line, Line(R"({"name":"Kassym-Jomart Tokayev","entity_id":"p:bbbb",)"
                       R"("role":"president","mentions":[{"start":0,"end":5}]},)"
                       R"({"name":"Nursultan Nazarbayev","entity_id":"p:cccc","mentions":[]})"));
}

TEST(EntityNamesTest, EscapedNamesRoundTrip) {
  std::string line = Line(R"({"name":"Ahmed \"Abu\" Ali","entity_id":"p:eeee","mentions":[]})");
  EXPECT_TRUE(RefreshEntityNames({{"p:eeee", "Ahmed Ali \\ al-\"Abu\""}}, &line));
  EXPECT_EQ(line, Line(R"({"name":"Ahmed Ali \\ al-\"Abu\"","written":"Ahmed \"Abu\" Ali",)"
                       R"("entity_id":"p:eeee","mentions":[]})"));
}

TEST(EntityNamesTest, LeavesOtherShapesAndIdsAlone) {
  const EntityNames names = {{"p:ffff", "New Name"}};
  // Not in `names`.
  std::string line = Line(R"({"name":"Someone","entity_id":"p:9999","mentions":[]})");
  EXPECT_FALSE(RefreshEntityNames(names, &line));
  // Keys in another order than facts_json.cc writes them.
  std::string other = Line(R"({"entity_id":"p:ffff","name":"Old","mentions":[]})");
  const std::string before = other;
  EXPECT_FALSE(RefreshEntityNames(names, &other));
  EXPECT_EQ(other, before);
  // Nothing to do without names.
  EXPECT_FALSE(RefreshEntityNames({}, &line));
}

// Through a whole run: an Arabic report names a person before any article gives a Latin
// spelling. Its line in articles.jsonl and in the database ends the run with the Latin name.
TEST(EntityNamesTest, EarlierArticlesEndTheRunWithTheNameFoundLater) {
  const std::string dir = ::testing::TempDir() + "/entity_names_test_" + std::to_string(::getpid());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/in.jsonl")
      << R"({"id":"ar1","published":"2011-01-25","lang":"ar","title":"مظاهرات في القاهرة",)"
         R"("text":"تظاهر آلاف المحتجين في القاهرة يوم الثلاثاء للمطالبة برحيل الرئيس حسني )"
         R"(مبارك. وقالت الشرطة إنها اعتقلت العشرات من المتظاهرين في ميدان التحرير."})"
         "\n"
      << R"({"id":"en1","published":"2011-01-26","lang":"en","title":"Cairo protests",)"
         R"("text":"Thousands of protesters marched in Cairo for a second day on Wednesday, )"
         R"(demanding that President Hosni Mubarak step down. Police detained dozens of )"
         R"(demonstrators in Tahrir Square."})"
         "\n";
  AnalysisRunOptions o;
  o.pipeline.progress = false;
  o.out_dir = dir + "/out";
  o.db_path = dir + "/newsloom.db";
  auto summary = RunAnalysis(Env::Default(), {dir + "/in.jsonl"}, o);
  ASSERT_TRUE(summary.ok()) << summary.status();
  std::map<std::string, std::string> lines;
  std::ifstream in(o.out_dir + "/articles.jsonl");
  for (std::string line; std::getline(in, line);) lines[line.substr(7, 3)] = line;
  ASSERT_EQ(lines.size(), 2u);
  const std::string arabic = R"({"name":"Hosni Mubarak","written":"حسني مبارك","entity_id":")";
  const size_t at = lines["ar1"].find(arabic);
  ASSERT_NE(at, std::string::npos) << lines["ar1"];
  const std::string id = lines["ar1"].substr(at + arabic.size(), 18);
  EXPECT_NE(lines["en1"].find(R"({"name":"Hosni Mubarak","entity_id":")" + id), std::string::npos)
      << lines["en1"];
  // The database keeps the same line, the story id aside.
  StoreOptions so;
  so.create_if_missing = false;
  auto store = OpenSqliteStore(o.db_path, so);
  ASSERT_TRUE(store.ok()) << store.status();
  auto stored = (*store)->GetArticle("ar1");
  ASSERT_TRUE(stored.ok()) << stored.status();
  std::string line = lines["ar1"];
  const size_t story = line.find("\"story_id\":\"");
  ASSERT_NE(story, std::string::npos) << line;
  line.replace(story, line.find('"', story + 12) + 1 - story, "\"story_id\":null");
  EXPECT_EQ(stored->json, line);
}

}  // namespace
}  // namespace newsloom
