#include "eval/run_output.h"

#include <gtest/gtest.h>

namespace newsloom::eval {
namespace {

constexpr char kFull[] =
    R"({"id": "a1", "source": "in/a1.txt", "lang": "en",)"
    R"( "published": {"date": "2021-04", "precision": "month"}, "duplicate_of": null,)"
    R"( "story_id": "s-1", "location": {"place": "Osh", "country": "KG", "precision": 3},)"
    R"( "persons": [{"name": "Anna Berg", "entity_id": "p1", "mentions": []}, {"entity_id": "p2"}],)"
    R"( "organizations": [{"name": "UN"}],)"
    R"( "events": [{"type": "Protests", "date": "2021-03-01", "date_precision": "day",)"
    R"( "background": true}, {"type": "Riots", "date": "2021-04-02", "background": null}],)"
    R"( "figures": [{"kind": "killed", "actor": "police", "value": 12, "approx": false},)"
    R"( {"kind": "injured", "value": 7.0}, "junk"]})";

TEST(RunOutputTest, ReadsAllFields) {
  RunOutput run = ParseRunArticles(kFull, "articles.jsonl");
  ASSERT_EQ(run.articles.size(), 1u);
  EXPECT_EQ(run.bad_lines, 0);
  const RunArticle& a = run.articles[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.source, "in/a1.txt");
  EXPECT_EQ(a.lang, "en");
  EXPECT_EQ(a.published, "2021-04");
  EXPECT_FALSE(a.duplicate_of.has_value());
  EXPECT_EQ(a.story_id, "s-1");
  EXPECT_EQ(a.place, "Osh");
  EXPECT_EQ(a.country, "KG");
  EXPECT_EQ(a.location_precision, 3);
  // The unnamed person still counts as produced.
  EXPECT_EQ(a.persons, (std::vector<std::string>{"Anna Berg", ""}));
  EXPECT_EQ(a.organizations, (std::vector<std::string>{"UN"}));
  ASSERT_EQ(a.events.size(), 2u);
  EXPECT_TRUE(a.events[0].background);
  EXPECT_EQ(a.events[0].date_precision, "day");
  EXPECT_FALSE(a.events[1].background);
  EXPECT_EQ(a.events[1].type, "Riots");
  ASSERT_EQ(a.figures.size(), 3u);
  EXPECT_EQ(a.figures[0].value, 12);
  EXPECT_EQ(a.figures[0].actor, "police");
  EXPECT_EQ(a.figures[1].value, 7);
  EXPECT_FALSE(a.figures[1].actor.has_value());
  EXPECT_FALSE(a.figures[2].kind.has_value());
}

TEST(RunOutputTest, MissingAndOddFieldsAreAbsent) {
  RunOutput run = ParseRunArticles(
      R"({"id": 42, "lang": null, "published": null, "location": 5, "persons": "Anna",)"
      R"( "events": {"type": "Riots"}, "figures": null, "story_id": 7})"
      "\n"
      R"({"id": "b"})",
      "articles.jsonl");
  ASSERT_EQ(run.articles.size(), 2u);
  const RunArticle& a = run.articles[0];
  EXPECT_EQ(a.id, "42");
  EXPECT_EQ(a.story_id, "7");
  EXPECT_FALSE(a.lang.has_value());
  EXPECT_FALSE(a.published.has_value());
  EXPECT_FALSE(a.place.has_value());
  EXPECT_TRUE(a.persons.empty());
  EXPECT_TRUE(a.events.empty());
  EXPECT_TRUE(a.figures.empty());
  EXPECT_EQ(run.articles[1].id, "b");
  EXPECT_EQ(run.bad_lines, 0);
}

TEST(RunOutputTest, BadLinesAreCountedNotFatal) {
  RunOutput run = ParseRunArticles(
      "{\"id\": \"a\"}\n{broken\n\"text\"\n{\"lang\": \"en\"}\n{\"id\": \"a\"}\n{\"id\": \"c\"}\n",
      "out/articles.jsonl");
  ASSERT_EQ(run.articles.size(), 2u);
  EXPECT_EQ(run.articles[1].id, "c");
  EXPECT_EQ(run.articles[1].line, 6);
  EXPECT_EQ(run.bad_lines, 3);
  EXPECT_EQ(run.duplicate_ids, 1);
  ASSERT_EQ(run.errors.size(), 4u);
  EXPECT_NE(run.errors[0].find("out/articles.jsonl:2:"), std::string::npos) << run.errors[0];
  EXPECT_NE(run.errors[2].find("out/articles.jsonl:4: article has no id"), std::string::npos);
  EXPECT_NE(run.errors[3].find(":5: repeated article id 'a'"), std::string::npos);
}

TEST(RunOutputTest, StoriesFillMissingStoryIds) {
  RunOutput run = ParseRunArticles(
      "{\"id\": \"a\"}\n{\"id\": \"b\", \"story_id\": \"s2\"}\n{\"id\": \"c\", \"story_id\": "
      "\"s9\"}",
      "articles.jsonl");
  ApplyRunStories(
      "{\"id\": \"s1\", \"articles\": [\"a\", \"b\", \"zz\"]}\n{\"id\": \"s9\", \"articles\": "
      "[\"c\"]}\n{\"articles\": []}\nnope\n",
      "stories.jsonl", &run);
  EXPECT_EQ(run.articles[0].story_id, "s1");
  EXPECT_EQ(run.articles[1].story_id, "s2");  // the article's own id wins
  EXPECT_EQ(run.articles[2].story_id, "s9");
  EXPECT_EQ(run.stories, 2);
  EXPECT_EQ(run.story_conflicts, 1);
  EXPECT_EQ(run.bad_lines, 2);
}

TEST(RunOutputTest, LoadRunThroughEnv) {
  MemEnv env;
  env.AddFile("/r/articles.jsonl", "{\"id\": \"a\"}\n");
  env.AddFile("/r/stories.jsonl", "{\"id\": \"s\", \"articles\": [\"a\"]}\n");
  auto run = LoadRun(&env, "/r/articles.jsonl", "/r/stories.jsonl");
  ASSERT_TRUE(run.ok()) << run.status();
  EXPECT_EQ(run->articles[0].story_id, "s");
  auto no_stories = LoadRun(&env, "/r/articles.jsonl", "");
  ASSERT_TRUE(no_stories.ok());
  EXPECT_FALSE(no_stories->articles[0].story_id.has_value());
  EXPECT_EQ(LoadRun(&env, "/r/none.jsonl", "").status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(LoadRun(&env, "/r/articles.jsonl", "/r/none.jsonl").status().code(),
            absl::StatusCode::kNotFound);

  auto dir = LoadRunDir(&env, "/r");
  ASSERT_TRUE(dir.ok()) << dir.status();
  EXPECT_EQ(dir->articles[0].story_id, "s");
  env.AddFile("/q/articles.jsonl", "{\"id\": \"a\"}\n");
  auto no_stories_dir = LoadRunDir(&env, "/q/");
  ASSERT_TRUE(no_stories_dir.ok()) << no_stories_dir.status();
  EXPECT_EQ(no_stories_dir->articles.size(), 1u);
  EXPECT_EQ(LoadRunDir(&env, "/nothing").status().code(), absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace newsloom::eval
