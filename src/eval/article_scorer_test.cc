#include "eval/article_scorer.h"

#include <gtest/gtest.h>

namespace newsloom::eval {
namespace {

GoldArticle FullGold() {
  GoldArticle g;
  g.id = "a1";
  g.lang = "nb";
  g.event = "E1";
  g.country = "KG";
  g.city = "Bishkek";
  g.event_date = "2020-10-06";
  g.published = "2020-10";
  g.event_type = "Riots";
  g.persons = {"Sooronbay Jeenbekov", "Almazbek Atambayev", "Anna Berg"};
  g.organizations = {"OSCE", "Reuters"};
  g.counts = {{"killed", "police", 12, false, ""},
              {"killed", "security forces", 8, false, ""},
              {"injured", "security forces", 317, false, ""}};
  return g;
}

TEST(ArticleScorerTest, LanguageAliases) {
  EXPECT_TRUE(SameLanguage("nb", "no"));
  EXPECT_TRUE(SameLanguage("EN-gb", "en"));
  EXPECT_TRUE(SameLanguage("he", "iw"));
  EXPECT_FALSE(SameLanguage("nl", "de"));
  EXPECT_FALSE(SameLanguage("", ""));
}

TEST(ArticleScorerTest, DatesMatchAtGoldPrecision) {
  const std::optional<std::string> none;
  EXPECT_TRUE(DateMatches("2020-10-06", std::string("2020-10-06"), none));
  EXPECT_TRUE(DateMatches("2020-10-06", std::string("2020-10-06T21:00:00Z"), none));
  EXPECT_FALSE(DateMatches("2020-10-06", std::string("2020-10-05"), none));
  EXPECT_FALSE(DateMatches("2020-10-06", std::string("2020-10"), none));  // too coarse
  // The run says its day is only good to the month: too coarse for a day-precision gold.
  EXPECT_FALSE(DateMatches("2020-10-06", std::string("2020-10-06"), std::string("month")));
  EXPECT_TRUE(DateMatches("2020-10", std::string("2020-10-06"), none));
  EXPECT_TRUE(DateMatches("2020-10", std::string("2020-10"), std::string("month")));
  EXPECT_FALSE(DateMatches("2020-10", std::string("2020"), none));
  EXPECT_FALSE(DateMatches("2020-10-06", none, none));
  EXPECT_FALSE(DateMatches("2020-10-06", std::string("yesterday"), none));
}

TEST(ArticleScorerTest, MainEventSkipsBackground) {
  RunArticle run;
  EXPECT_EQ(MainEvent(run), nullptr);
  run.events.push_back({std::string("Battles"), std::nullopt, std::nullopt, true});
  EXPECT_EQ(MainEvent(run), nullptr);
  run.events.push_back({std::string("Riots"), std::nullopt, std::nullopt, false});
  ASSERT_NE(MainEvent(run), nullptr);
  EXPECT_EQ(MainEvent(run)->type, "Riots");
}

TEST(ArticleScorerTest, MissingArticleMissesEverything) {
  ArticleScorer scorer{EvalOptions{}};
  const ArticleResult r = scorer.Score(FullGold(), nullptr);
  EXPECT_FALSE(r.found);
  EXPECT_FALSE(r.language || r.country || r.city || r.published || r.event_type || r.event_date);
  EXPECT_EQ(r.persons.fn, 3);
  EXPECT_EQ(r.organizations.fn, 2);
  EXPECT_EQ(r.figures.fn, 3);
  EXPECT_EQ(r.figures_actor.fn, 3);
  EXPECT_EQ(r.persons_missed.size(), 3u);
}

TEST(ArticleScorerTest, EmptyRunArticleScoresZero) {
  ArticleScorer scorer{EvalOptions{}};
  RunArticle run;
  run.id = "a1";
  const ArticleResult r = scorer.Score(FullGold(), &run);
  EXPECT_TRUE(r.found);
  EXPECT_FALSE(r.language || r.country || r.city || r.published || r.event_type || r.event_date);
  EXPECT_EQ(r.persons.tp + r.persons.fp, 0);
  EXPECT_EQ(r.persons.fn, 3);
  EXPECT_EQ(r.persons.precision(), 0.0);
  EXPECT_EQ(r.figures.fn, 3);
}

TEST(ArticleScorerTest, GoldNullsRewardSilence) {
  GoldArticle gold;
  gold.id = "a";
  gold.lang = "en";
  ArticleScorer scorer{EvalOptions{}};
  RunArticle run;
  run.lang = "en";
  ArticleResult r = scorer.Score(gold, &run);
  EXPECT_TRUE(r.country && r.city && r.published && r.event_type && r.event_date);

  run.place = "Kyrgyzstan";
  run.location_precision = 1;  // a country-level place is not finer than country
  run.events.push_back({std::nullopt, std::nullopt, std::nullopt, false});
  r = scorer.Score(gold, &run);
  EXPECT_TRUE(r.city && r.event_type && r.event_date);
  EXPECT_TRUE(r.country);

  run.country = "KG";
  run.place = "Osh";
  run.location_precision = 3;
  run.events[0].type = "Riots";
  run.events[0].date = "2020-01-01";
  run.published = "2020-01";
  r = scorer.Score(gold, &run);
  EXPECT_FALSE(r.country || r.city || r.event_type || r.event_date || r.published);
}

TEST(ArticleScorerTest, GoodRunArticle) {
  RunArticle run;
  run.id = "a1";
  run.lang = "no";
  run.published = "2020-10-07";
  run.country = "kg";
  run.place = "Бишкек";
  run.location_precision = 3;
  run.events.push_back({std::string("Protests"), std::string("2020-10-01"), std::nullopt, true});
  run.events.push_back(
      {std::string("riots"), std::string("2020-10-06"), std::string("day"), false});
  // 2 of 3 gold persons found, one extra: P = 2/3, R = 2/3.
  run.persons = {"Жээнбеков", "Atambajev", "Ivan Petrov"};
  run.organizations = {"ОБСЕ"};
  // kind+value keys: killed/12, killed/12, injured/317, (unusable) vs gold killed/12,
  // killed/8, injured/317: intersection 1 (killed/12: min(2,1)) + 1 (injured/317) = 2.
  // tp 2, fp 4-2 = 2, fn 3-2 = 1: P = 0.5, R = 2/3.
  // With actor: only killed/12/police matches: tp 1, fp 3, fn 2: P = 0.25, R = 1/3.
  run.figures = {{std::string("killed"), std::string("police"), 12, false},
                 {std::string("killed"), std::string("protesters"), 12, false},
                 {std::string("injured"), std::string("police"), 317, false},
                 {std::string("killed"), std::nullopt, std::nullopt, false}};
  ArticleScorer scorer{EvalOptions{}};
  const ArticleResult r = scorer.Score(FullGold(), &run);
  EXPECT_TRUE(r.language);
  EXPECT_TRUE(r.country);
  EXPECT_TRUE(r.city);
  EXPECT_TRUE(r.published);
  EXPECT_TRUE(r.event_type);
  EXPECT_TRUE(r.event_date);
  EXPECT_EQ(r.persons.tp, 2);
  EXPECT_EQ(r.persons.fp, 1);
  EXPECT_EQ(r.persons.fn, 1);
  EXPECT_EQ(r.persons_missed, (std::vector<std::string>{"Anna Berg"}));
  EXPECT_EQ(r.persons_spurious, (std::vector<std::string>{"Ivan Petrov"}));
  EXPECT_EQ(r.organizations.tp, 1);
  EXPECT_EQ(r.organizations.fn, 1);
  EXPECT_EQ(r.figures.tp, 2);
  EXPECT_EQ(r.figures.fp, 2);
  EXPECT_EQ(r.figures.fn, 1);
  EXPECT_DOUBLE_EQ(r.figures.precision(), 0.5);
  EXPECT_EQ(r.figures_actor.tp, 1);
  EXPECT_EQ(r.figures_actor.fp, 3);
  EXPECT_EQ(r.figures_actor.fn, 2);
  EXPECT_DOUBLE_EQ(r.figures_actor.precision(), 0.25);
}

}  // namespace
}  // namespace newsloom::eval
