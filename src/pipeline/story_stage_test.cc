// The story stage's event days, through the whole pipeline (RunAnalysis): a report that dates
// its event only by a weekday and a month takes the day its story's other report gives, and a
// re-published copy of it takes the same day.
#include "pipeline/story_stage.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "gtest/gtest.h"
#include "pipeline/analysis_run.h"
#include "store/store.h"

namespace newsloom {
namespace {

constexpr char kDated[] =
    "Police in Minsk detained at least 40 people on Sunday, 14 March 2021, when several "
    "thousand protesters marched through the city centre against the government of Alexander "
    "Lukashenko. Witnesses said riot police used batons and stun grenades near the "
    "Pushkinskaya metro station. The Viasna rights group said those detained included two "
    "journalists and a student, and that most of them were taken to the Okrestina detention "
    "centre.";
constexpr char kWeekday[] =
    "Riot police in Minsk detained more than 40 people on Sunday as thousands of protesters "
    "marched through the centre of the Belarusian capital against the government of Alexander "
    "Lukashenko. Batons and stun grenades were used near Pushkinskaya station, witnesses said, "
    "and the Viasna group reported that two journalists and a student were among those held "
    "at the Okrestina detention centre.";

constexpr char kUndated[] =
    "Dozens of people were detained by riot police in Minsk on Sunday as several thousand "
    "demonstrators marched against Alexander Lukashenko. According to the Viasna human rights "
    "centre, two journalists and a student were among those held at the Okrestina detention "
    "centre; witnesses reported stun grenades and batons near Pushkinskaya metro station.";

// An undated report with a history paragraph: its figure is news only until the story dates
// the report.
constexpr char kUndatedWithHistory[] =
    "Dozens of people were detained by riot police in Minsk on Sunday as several thousand "
    "demonstrators marched against Alexander Lukashenko. According to the Viasna human rights "
    "centre, two journalists and a student were among those held at the Okrestina detention "
    "centre; witnesses reported stun grenades and batons near Pushkinskaya metro station.\\n\\n"
    "The protests began after the presidential election of August 2020. In August 2020 more "
    "than 6,700 people were detained in four days.";

std::string Line(const std::string& id, const std::string& published, const std::string& title,
                 const std::string& text) {
  return "{\"id\":\"" + id + "\",\"published\":\"" + published + "\",\"title\":\"" + title +
         "\",\"text\":\"" + text + "\"}\n";
}

std::string UndatedLine(const std::string& id, const std::string& title, const std::string& text) {
  return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"text\":\"" + text + "\"}\n";
}

// articles.jsonl lines by article id; with `db`, the run also keeps its database there.
std::map<std::string, std::string> RunOn(const std::string& jsonl, const std::string& db = "") {
  const std::string dir = ::testing::TempDir() + "/story_stage_test_" + std::to_string(::getpid());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/in.jsonl") << jsonl;
  AnalysisRunOptions o;
  o.pipeline.progress = false;
  o.out_dir = dir + "/out";
  if (!db.empty()) o.db_path = db;
  auto summary = RunAnalysis(Env::Default(), {dir + "/in.jsonl"}, o);
  EXPECT_TRUE(summary.ok()) << summary.status();
  std::map<std::string, std::string> lines;
  std::ifstream in(o.out_dir + "/articles.jsonl");
  for (std::string line; std::getline(in, line);) {
    const size_t start = line.find("\"id\":\"") + 6;
    lines[line.substr(start, line.find('"', start) - start)] = line;
  }
  return lines;
}

TEST(StoryStageTest, WeekdayReportAndItsCopyTakeTheStorysDay) {
  const std::string copy = std::string("Minsk police detain dozens. ") + kWeekday +
                           " Several of them were released on Monday evening.";
  auto lines = RunOn(Line("a_dated", "2021-03-15", "Dozens detained in Minsk", kDated) +
                     Line("b_weekday", "2021-03", "Minsk protest broken up", kWeekday) +
                     Line("c_copy", "2021-03", "Minsk protest broken up", copy));
  ASSERT_EQ(lines.size(), 3u);
  ASSERT_NE(lines["c_copy"].find("\"duplicate_of\":\"b_weekday\""), std::string::npos)
      << lines["c_copy"];
  EXPECT_NE(lines["a_dated"].find("\"date\":\"2021-03-14\""), std::string::npos)
      << lines["a_dated"];
  for (const char* id : {"b_weekday", "c_copy"}) {
    EXPECT_NE(
        lines[id].find(R"("date":"2021-03-14","date_precision":"day","date_from_story":true)"),
        std::string::npos)
        << id << ": " << lines[id];
  }
}

TEST(StoryStageTest, DayOutsideThePublicationMonthIsNotGiven) {
  // The weekday report is published a month later: the story's day cannot be what it reports.
  auto lines = RunOn(Line("a_dated", "2021-03-15", "Dozens detained in Minsk", kDated) +
                     Line("b_weekday", "2021-05", "Minsk protest broken up", kWeekday));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines["b_weekday"].find("date_from_story"), std::string::npos) << lines["b_weekday"];
}

TEST(StoryStageTest, MonthOnlyReportEarlyInTheNextMonthTakesTheDay) {
  // Sunday 28 March; the weekday report is dated only "2021-04" (published in early April).
  std::string dated = kDated;
  dated.replace(dated.find("14 March"), 8, "28 March");
  auto lines = RunOn(Line("a_dated", "2021-03-29", "Dozens detained in Minsk", dated) +
                     Line("b_weekday", "2021-04", "Minsk protest broken up", kWeekday));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines["b_weekday"].find(R"("date":"2021-03-28","date_precision":"day")"),
            std::string::npos)
      << lines["b_weekday"];
}

TEST(StoryStageTest, StoredArticlesCarryWhatTheStoryInferred) {
  // The database keeps the same line as articles.jsonl, the story id aside (readers take it
  // from the story members): the weekday report's day and the undated copy's inferred date.
  const std::string db = ::testing::TempDir() + "/story_stage_db_" + std::to_string(::getpid());
  std::filesystem::remove(db);
  auto lines = RunOn(Line("a_dated", "2021-03-15", "Dozens detained in Minsk", kDated) +
                         Line("b_weekday", "2021-03", "Minsk protest broken up", kWeekday) +
                         UndatedLine("c_undated", "Minsk protest", kUndated),
                     db);
  ASSERT_EQ(lines.size(), 3u);
  ASSERT_NE(lines["b_weekday"].find("date_from_story"), std::string::npos) << lines["b_weekday"];
  ASSERT_NE(lines["c_undated"].find(R"("inferred":true)"), std::string::npos) << lines["c_undated"];
  StoreOptions so;
  so.create_if_missing = false;
  auto store = OpenSqliteStore(db, so);
  ASSERT_TRUE(store.ok()) << store.status();
  for (auto& [id, line] : lines) {
    auto a = (*store)->GetArticle(id);
    ASSERT_TRUE(a.ok()) << a.status();
    const size_t at = line.find("\"story_id\":\"");
    ASSERT_NE(at, std::string::npos) << line;
    line.replace(at, line.find('"', at + 12) + 1 - at, "\"story_id\":null");
    EXPECT_EQ(a->json, line) << id;
  }
  EXPECT_EQ(InferredPublished((*store)->GetArticle("c_undated")->json)->ToString(),
            InferredPublished(lines["c_undated"])->ToString());
}

// The "figures" value of an articles.jsonl line.
std::string FiguresOf(const std::string& line) {
  const size_t at = line.find("\"figures\":[");
  return at == std::string::npos ? "" : line.substr(at, line.find(']', at) - at);
}

TEST(StoryStageTest, UndatedReportIsReadAgainAgainstItsStorysDate) {
  // Alone, nothing dates the report: "August 2020" is not known to be old, the figure counts.
  auto alone = RunOn(UndatedLine("c_undated", "Minsk protest", kUndatedWithHistory));
  ASSERT_EQ(alone.size(), 1u);
  const std::string alone_figures = FiguresOf(alone["c_undated"]);
  ASSERT_NE(alone_figures.find(R"("value":6700)"), std::string::npos) << alone["c_undated"];
  EXPECT_EQ(alone_figures.find(R"("background":true)"), std::string::npos) << alone_figures;

  // In a story dated March 2021, August 2020 is history: the figure is background, so the
  // story does not report it, while the report's own figure stays.
  const std::string db = ::testing::TempDir() + "/story_reread_db_" + std::to_string(::getpid());
  std::filesystem::remove(db);
  // The undated report comes first in the input, so the store takes it first.
  auto lines = RunOn(UndatedLine("c_undated", "Minsk protest", kUndatedWithHistory) +
                         Line("a_dated", "2021-03-15", "Dozens detained in Minsk", kDated),
                     db);
  ASSERT_EQ(lines.size(), 2u);
  const std::string& undated = lines["c_undated"];
  ASSERT_NE(undated.find(R"("date":"2021-03-15","precision":"day","inferred":true)"),
            std::string::npos)
      << undated;
  const std::string figures = FiguresOf(undated);
  const size_t history = figures.find(R"("value":6700)");
  ASSERT_NE(history, std::string::npos) << figures;
  EXPECT_NE(figures.find(R"("background":true)", history), std::string::npos) << figures;
  EXPECT_NE(figures.find(R"("value":12,"approx":true)"), std::string::npos) << figures;
  // The stored line is the same (story id aside), and so is the story the store keeps.
  StoreOptions so;
  so.create_if_missing = false;
  auto store = OpenSqliteStore(db, so);
  ASSERT_TRUE(store.ok()) << store.status();
  auto stored = (*store)->GetArticle("c_undated");
  ASSERT_TRUE(stored.ok()) << stored.status();
  EXPECT_EQ(FiguresOf(stored->json), figures);
  // Its events changed too (the August 2020 one is history), so the search index, which
  // posts event types, is told to read it again: it now counts as stored after the dated one.
  auto dated = (*store)->GetArticle("a_dated");
  ASSERT_TRUE(dated.ok()) << dated.status();
  EXPECT_GT(stored->ingested_at, dated->ingested_at);
  std::stringstream stories;
  stories << std::ifstream(::testing::TempDir() + "/story_stage_test_" +
                           std::to_string(::getpid()) + "/out/stories.jsonl")
                 .rdbuf();
  EXPECT_NE(stories.str().find("c_undated"), std::string::npos) << stories.str();
  EXPECT_EQ(stories.str().find("6700"), std::string::npos) << stories.str();
}

}  // namespace
}  // namespace newsloom
