#include "cluster/story_record.h"

#include "cluster/story_test_util.h"
#include "gtest/gtest.h"

namespace newsloom::cluster {
namespace {

MemberFigures Member(const std::string& article, const std::string& date,
                     std::vector<StoryFigure> figures) {
  return {article, date.empty() ? std::nullopt : FuzzyDate::Parse(date), std::move(figures)};
}

TEST(ReconcileFiguresTest, LatestReportWins) {
  auto figs = ReconcileFigures({Member("a", "2022-01-05", {{"killed", "police", 8, false}}),
                                Member("b", "2022-01-06", {{"killed", "police", 12, false}}),
                                Member("c", "2022-01-07", {{"killed", "police", 18, false}})});
  ASSERT_EQ(figs.size(), 1u);
  EXPECT_EQ(figs[0].value, 18);
  EXPECT_TRUE(figs[0].conflict);
  ASSERT_EQ(figs[0].reports.size(), 3u);
  EXPECT_EQ(figs[0].reports[0].value, 8);
  EXPECT_EQ(figs[0].reports[2].article, "c");
}

TEST(ReconcileFiguresTest, ReportsOrderedByTimeNotByJoinOrder) {
  auto figs = ReconcileFigures({Member("late", "2022-01-07", {{"killed", "police", 18, false}}),
                                Member("early", "2022-01-05", {{"killed", "police", 8, false}})});
  ASSERT_EQ(figs.size(), 1u);
  EXPECT_EQ(figs[0].value, 18);
  EXPECT_EQ(figs[0].reports[0].article, "early");
}

TEST(ReconcileFiguresTest, SameDayConflictTakesTheSmallest) {
  auto figs = ReconcileFigures({Member("a", "2022-01-05", {{"killed", "police", 8, false}}),
                                Member("b", "2022-01-06", {{"injured", "people", 40, true}}),
                                Member("c", "2022-01-06", {{"injured", "people", 25, false}}),
                                Member("d", "2022-01-06", {{"injured", "people", 30, false}})});
  ASSERT_EQ(figs.size(), 2u);
  EXPECT_EQ(figs[0].kind, "injured");
  EXPECT_EQ(figs[0].value, 25);
  EXPECT_TRUE(figs[0].conflict);
  EXPECT_EQ(figs[1].kind, "killed");
  EXPECT_EQ(figs[1].value, 8);
  EXPECT_FALSE(figs[1].conflict);
}

TEST(ReconcileFiguresTest, MonthDatesFallBackToJoinOrderAndUndatedGoLast) {
  auto figs = ReconcileFigures({Member("a", "2022-01", {{"killed", "police", 12, false}}),
                                Member("u", "", {{"killed", "police", 3, false}}),
                                Member("b", "2022-01", {{"killed", "police", 18, false}})});
  ASSERT_EQ(figs.size(), 1u);
  EXPECT_EQ(figs[0].value, 18);
  EXPECT_EQ(figs[0].reports.back().article, "u");
}

TEST(ReconcileFiguresTest, OneReportPerArticleAndGroup) {
  auto figs = ReconcileFigures({Member("a", "2022-01-05",
                                       {{"killed", "police", 8, false},
                                        {"killed", "police", 9, false},
                                        {"killed", "protesters", 3, false}})});
  ASSERT_EQ(figs.size(), 2u);
  EXPECT_EQ(figs[0].actor, "police");
  EXPECT_EQ(figs[0].value, 9);
  EXPECT_EQ(figs[0].reports.size(), 1u);
  EXPECT_FALSE(figs[0].conflict);
}

TEST(StoryRecordTest, SummarisesMembersAndWritesJson) {
  Story story;
  story.id = "s_0123456789abcdef";
  StoryItem a = testing::Item("a", "2022-01-05", "nl", {"x"}, {});
  a.lead = "Agenten zijn omgekomen bij rellen.";
  a.main_country = "KZ";
  a.main_place = "Almaty";
  a.main_geonameid = 1526384;
  a.event_type = "Riots";
  a.entities = {{"p:1", "Kassym-Jomart Tokayev", 3, true}, {"o:1", "CSTO", 5, false}};
  a.figures = {{"killed", "police", 12, false}};
  StoryItem b = testing::Item("b", "2022-01-07", "en", {"y"}, {});
  b.lead = "Police deaths rose to 18.";
  b.main_country = "KZ";
  b.main_place = "Almaty";
  b.main_geonameid = 1526384;
  b.event_type = "Riots";
  b.entities = {{"p:1", "Kassym-Jomart Tokayev", 1, true}};
  b.figures = {{"killed", "police", 18, false}};
  StoryItem c = testing::Item("c", "", "nl", {"z"}, {});
  c.event_type = "Protests";
  story.members = {a, b, c};
  story.inferred = {std::nullopt, std::nullopt, FuzzyDate::Parse("2022-01-07")};
  story.support = {1.0, 0.5, 0.2};
  story.central = 0;

  StoryRecord r = BuildStoryRecord(story);
  EXPECT_EQ(r.articles, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(r.langs, (std::vector<std::string>{"nl", "en"}));
  EXPECT_EQ(r.first_published->ToString(), "2022-01-05");
  EXPECT_EQ(r.last_published->ToString(), "2022-01-07");
  EXPECT_EQ(r.country, "KZ");
  EXPECT_EQ(r.place, "Almaty");
  EXPECT_EQ(r.event_type, "Riots");
  EXPECT_EQ(r.persons, (std::vector<std::string>{"Kassym-Jomart Tokayev"}));
  EXPECT_EQ(r.headline.article, "a");
  ASSERT_EQ(r.leads.size(), 1u);
  EXPECT_EQ(r.leads[0].lang, "en");
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_EQ(r.figures[0].value, 18);

  std::string json = StoryRecordJson(r);
  EXPECT_NE(json.find("\"id\":\"s_0123456789abcdef\""), std::string::npos) << json;
  EXPECT_NE(
      json.find("\"location\":{\"place\":\"Almaty\",\"geonameid\":1526384,\"country\":\"KZ\"}"),
      std::string::npos)
      << json;
  EXPECT_NE(json.find("\"figures\":[{\"kind\":\"killed\",\"actor\":\"police\",\"value\":18,"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"conflict\":true"), std::string::npos) << json;
  EXPECT_NE(json.find("\"headline\":{\"text\":\"Agenten zijn omgekomen bij rellen.\""),
            std::string::npos)
      << json;
}

TEST(StoryRecordTest, EmptyFieldsAreNull) {
  Story story;
  story.id = "s_1";
  story.members = {testing::Item("u", "", "en", {}, {})};
  story.inferred = {std::nullopt};
  story.support = {0};
  std::string json = StoryRecordJson(BuildStoryRecord(story));
  EXPECT_NE(json.find("\"first_published\":null"), std::string::npos) << json;
  EXPECT_NE(json.find("\"location\":null"), std::string::npos) << json;
  EXPECT_NE(json.find("\"event_type\":null"), std::string::npos) << json;
  EXPECT_NE(json.find("\"figures\":[]"), std::string::npos) << json;
}

}  // namespace
}  // namespace newsloom::cluster
