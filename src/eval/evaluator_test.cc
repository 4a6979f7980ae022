#include "eval/evaluator.h"

#include <gtest/gtest.h>

namespace newsloom::eval {
namespace {

GoldArticle Gold(std::string id, std::string lang, std::string event) {
  GoldArticle g;
  g.id = std::move(id);
  g.lang = std::move(lang);
  g.event = std::move(event);
  return g;
}

RunArticle MakeRun(std::string id, std::string story) {
  RunArticle a;
  a.id = std::move(id);
  if (!story.empty()) a.story_id = std::move(story);
  return a;
}

// Gold: g1 en E1, g2 en E1 (duplicate of g1), g3 nl E2, g4 nl E1.
// Run:  g1 S1, g2 S1 (duplicate of g1), "r3" from source .../g3.html S1, no g4, extra x9.
class EvaluatorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    gold_ = {Gold("g1", "en", "E1"), Gold("g2", "en", "E1"), Gold("g3", "nl", "E2"),
             Gold("g4", "nl", "E1")};
    gold_[1].duplicate_of = "g1";
    gold_[0].persons = {"Anna Berg"};
    gold_[2].persons = {"Jan de Vries", "Piet Klaas"};
    gold_[3].persons = {"Anna Berg"};
    run_.articles = {MakeRun("g1", "S1"), MakeRun("g2", "S1"), MakeRun("r3", "S1"),
                     MakeRun("x9", "S7")};
    run_.articles[1].duplicate_of = "g1";
    run_.articles[2].source = "/data/in/g3.html";
    run_.articles[0].lang = "en";
    run_.articles[1].lang = "en";
    run_.articles[2].lang = "de";
    run_.articles[0].persons = {"Berg"};
    run_.articles[2].persons = {"J. de Vries", "Karel Klaas"};
    run_.bad_lines = 2;
  }
  std::vector<GoldArticle> gold_;
  RunOutput run_;
};

TEST_F(EvaluatorTest, MatchingAndCounts) {
  const EvalReport r = Evaluate(gold_, run_);
  EXPECT_EQ(r.gold_articles, 4);
  EXPECT_EQ(r.run_articles, 4);
  EXPECT_EQ(r.matched_articles, 3);
  EXPECT_EQ(r.extra_run_articles, 1);
  EXPECT_EQ(r.missing_ids, (std::vector<std::string>{"g4"}));
  EXPECT_EQ(r.run_bad_lines, 2);
  ASSERT_EQ(r.by_lang.size(), 2u);
  EXPECT_EQ(r.by_lang.at("en").articles, 2);
  EXPECT_EQ(r.by_lang.at("nl").articles, 2);
  EXPECT_EQ(r.by_lang.at("nl").missing, 1);
  ASSERT_EQ(r.articles.size(), 4u);
  EXPECT_TRUE(r.articles[2].found);  // matched through its source file name
  EXPECT_FALSE(r.articles[3].found);
}

TEST_F(EvaluatorTest, AccuraciesOverallAndPerLanguage) {
  const EvalReport r = Evaluate(gold_, run_);
  // Language: g1, g2 right; g3 says "de"; g4 missing -> 2/4; en 2/2; nl 0/2.
  EXPECT_EQ(r.overall.language.correct, 2);
  EXPECT_EQ(r.overall.language.total, 4);
  EXPECT_EQ(r.by_lang.at("en").language.correct, 2);
  EXPECT_EQ(r.by_lang.at("nl").language.correct, 0);
  EXPECT_EQ(r.by_lang.at("nl").language.total, 2);
  // Gold countries are null: right for the 3 run articles without one, wrong for missing g4.
  EXPECT_EQ(r.overall.country.correct, 3);
}

TEST_F(EvaluatorTest, PersonsMicroAveraged) {
  // g1: "Berg" ~ "Anna Berg" -> tp 1. g3: "J. de Vries" ~ "Jan de Vries" -> tp 1;
  // "Karel Klaas" vs "Piet Klaas": given names conflict -> fp 1, fn 1. g4 missing -> fn 1.
  // tp 2, fp 1, fn 2: P = 2/3, R = 2/4.
  const EvalReport r = Evaluate(gold_, run_);
  EXPECT_EQ(r.overall.persons.tp, 2);
  EXPECT_EQ(r.overall.persons.fp, 1);
  EXPECT_EQ(r.overall.persons.fn, 2);
  EXPECT_NEAR(r.overall.persons.precision(), 2.0 / 3.0, 1e-12);
  EXPECT_DOUBLE_EQ(r.overall.persons.recall(), 0.5);
  EXPECT_EQ(r.by_lang.at("en").persons.tp, 1);
  EXPECT_EQ(r.by_lang.at("en").persons.fn, 0);
  EXPECT_EQ(r.by_lang.at("nl").persons.tp, 1);
  EXPECT_EQ(r.by_lang.at("nl").persons.fn, 2);
}

TEST_F(EvaluatorTest, StoriesBCubedAndPairwise) {
  // Items g1..g4. System: S1,S1,S1,singleton. Gold: E1,E1,E2,E1.
  //   g1: C={1,2,3} L={1,2,4} -> P 2/3, R 2/3;  g2: same;
  //   g3: C={1,2,3} L={3}     -> P 1/3, R 1;    g4: C={4} L={1,2,4} -> P 1, R 1/3.
  // P = (2/3+2/3+1/3+1)/4 = 2/3, R = (2/3+2/3+1+1/3)/4 = 2/3.
  // Pairs: system (1,2)(1,3)(2,3); gold (1,2)(1,4)(2,4): tp 1, fp 2, fn 2.
  const EvalReport r = Evaluate(gold_, run_);
  EXPECT_NEAR(r.overall.story_bcubed.precision(), 2.0 / 3.0, 1e-12);
  EXPECT_NEAR(r.overall.story_bcubed.recall(), 2.0 / 3.0, 1e-12);
  EXPECT_EQ(r.overall.story_bcubed.items, 4);
  EXPECT_EQ(r.overall.story_pairs.tp, 1);
  EXPECT_EQ(r.overall.story_pairs.fp, 2);
  EXPECT_EQ(r.overall.story_pairs.fn, 2);
  // nl (g3, g4): B-cubed P = (1/3+1)/2 = 2/3, R = (1+1/3)/2 = 2/3. Pairs touching g3 or g4:
  // system (1,3)(2,3); gold (1,4)(2,4): tp 0, fp 2, fn 2.
  const MetricScores& nl = r.by_lang.at("nl");
  EXPECT_NEAR(nl.story_bcubed.precision(), 2.0 / 3.0, 1e-12);
  EXPECT_EQ(nl.story_bcubed.items, 2);
  EXPECT_EQ(nl.story_pairs.tp, 0);
  EXPECT_EQ(nl.story_pairs.fp, 2);
  EXPECT_EQ(nl.story_pairs.fn, 2);
  EXPECT_EQ(nl.story_pairs.f1(), 0.0);
}

TEST_F(EvaluatorTest, Duplicates) {
  EvalReport r = Evaluate(gold_, run_);
  EXPECT_EQ(r.overall.duplicates.tp, 1);
  EXPECT_EQ(r.overall.duplicates.fp, 0);
  EXPECT_EQ(r.overall.duplicates.fn, 0);
  EXPECT_EQ(r.by_lang.at("en").duplicates.tp, 1);
  EXPECT_EQ(r.by_lang.at("nl").duplicates.tp, 0);

  // Reversed direction still matches; a wrong pair is a false positive.
  run_.articles[1].duplicate_of.reset();
  run_.articles[0].duplicate_of = "g2";
  run_.articles[2].duplicate_of = "g1";
  r = Evaluate(gold_, run_);
  EXPECT_EQ(r.overall.duplicates.tp, 1);
  EXPECT_EQ(r.overall.duplicates.fp, 1);
  EXPECT_EQ(r.by_lang.at("nl").duplicates.fp, 1);
}

TEST_F(EvaluatorTest, EmptyRunScoresZeroEverywhere) {
  const EvalReport r = Evaluate(gold_, RunOutput{});
  EXPECT_EQ(r.matched_articles, 0);
  EXPECT_EQ(r.missing_ids.size(), 4u);
  EXPECT_EQ(r.overall.language.correct, 0);
  EXPECT_EQ(r.overall.persons.tp, 0);
  EXPECT_EQ(r.overall.persons.fn, 4);
  EXPECT_EQ(r.overall.duplicates.fn, 1);
  // All singletons: B-cubed precision 1, recall (1/3+1/3+1+1/3)/4 = 1/2.
  EXPECT_DOUBLE_EQ(r.overall.story_bcubed.precision(), 1.0);
  EXPECT_DOUBLE_EQ(r.overall.story_bcubed.recall(), 0.5);
}

TEST_F(EvaluatorTest, NoGoldNoCrash) {
  const EvalReport r = Evaluate({}, run_);
  EXPECT_EQ(r.gold_articles, 0);
  EXPECT_EQ(r.extra_run_articles, 4);
  EXPECT_TRUE(r.by_lang.empty());
  EXPECT_EQ(r.overall.story_bcubed.f1(), 0.0);
}

TEST_F(EvaluatorTest, ArticleDetailsCanBeOff) {
  EvalOptions options;
  options.article_details = false;
  EXPECT_TRUE(Evaluate(gold_, run_, options).articles.empty());
}

}  // namespace
}  // namespace newsloom::eval
