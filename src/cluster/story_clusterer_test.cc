#include "cluster/story_clusterer.h"

#include <cmath>
#include <map>
#include <random>

#include "cluster/story_test_util.h"
#include "extract/extractor.h"
#include "gtest/gtest.h"

namespace newsloom::cluster {
namespace {

using testing::Item;

// Synthetic article about topic `t`: most of the topic's words and names, plus noise.
StoryItem TopicItem(std::mt19937* rng, const std::string& id, int topic, const std::string& date,
                    const std::string& lang) {
  std::vector<std::string> words, names;
  for (int i = 0; i < 12; ++i) {
    if ((*rng)() % 4 != 0) words.push_back("t" + std::to_string(topic) + "w" + std::to_string(i));
  }
  for (int i = 0; i < 5; ++i) {
    if ((*rng)() % 3 != 0) names.push_back("t" + std::to_string(topic) + "n" + std::to_string(i));
  }
  for (int i = 0; i < 6; ++i) words.push_back("common" + std::to_string((*rng)() % 20));
  return Item(id, date, lang, words, names);
}

std::string Date(int day) {
  return FuzzyDate::FromDays(FuzzyDate::Make(2020, 1, 1)->ToDays() + day).ToString();
}

// The brute-force reference: every live story inside the window is scored with the same rule
// (representatives, mean of the two best, time decay). No index, no candidate limit.
class ReferenceClusterer {
 public:
  ReferenceClusterer(const StoryClustererOptions& o, const PairScorer* scorer)
      : o_(o), scorer_(scorer) {}

  std::string Add(StoryItem item) {
    stats_.Add(item);
    PrepareForScoring(stats_, &item);
    std::optional<DayRange> t;
    if (item.published) t = DaysOf(*item.published);
    if (t && (!now_ || t->first > *now_)) now_ = t->first;
    int best = -1;
    double best_score = 0;
    for (size_t s = 0; s < stories_.size(); ++s) {
      const Ref& r = stories_[s];
      if (t && (!r.days || r.days->last < *now_ - o_.window_days)) continue;
      const double score = Score(r, item, t);
      if (score > best_score) {
        best_score = score;
        best = static_cast<int>(s);
      }
    }
    const double threshold = t ? o_.join_threshold : o_.undated_threshold;
    if (best < 0 || best_score < threshold) {
      Ref r;
      r.id = StoryIdFor(item.article_id);
      r.members.push_back(item);
      r.support.push_back(0);
      if (t) r.days = t;
      stories_.push_back(r);
      return r.id;
    }
    Ref& r = stories_[best];
    double own = 0;
    for (size_t i : Reps(r)) {
      const double s = scorer_->Score(r.members[i], item, stats_);
      r.support[i] += s;
      own += s;
    }
    r.members.push_back(item);
    r.support.push_back(own);
    r.central = std::max_element(r.support.begin(), r.support.end()) - r.support.begin();
    if (t) {
      if (!r.days) r.days = t;
      r.days->first = std::min(r.days->first, t->first);
      r.days->last = std::max(r.days->last, t->last);
    }
    return r.id;
  }

 private:
  struct Ref {
    std::string id;
    std::vector<StoryItem> members;
    std::vector<double> support;
    size_t central = 0;
    std::optional<DayRange> days;
  };
  std::vector<size_t> Reps(const Ref& r) const {
    std::vector<size_t> reps = {0, r.central};
    for (size_t i = 0; i < o_.latest_members && i < r.members.size(); ++i) {
      reps.push_back(r.members.size() - 1 - i);
    }
    std::sort(reps.begin(), reps.end());
    reps.erase(std::unique(reps.begin(), reps.end()), reps.end());
    return reps;
  }
  double Score(const Ref& r, const StoryItem& item, const std::optional<DayRange>& t) const {
    std::vector<double> s;
    for (size_t i : Reps(r)) s.push_back(scorer_->Score(r.members[i], item, stats_));
    std::sort(s.rbegin(), s.rend());
    double score = s.size() == 1 ? s[0] : 0.25 * (s[0] + s[1]) + 0.5 * std::sqrt(s[0] * s[1]);
    if (t && r.days) {
      const int64_t gap = GapDays(*t, *r.days);
      if (gap > o_.decay_free_days) score *= std::exp(-(gap - o_.decay_free_days) / o_.decay_days);
    }
    return score;
  }
  StoryClustererOptions o_;
  const PairScorer* scorer_;
  KeyStats stats_;
  std::optional<int64_t> now_;
  std::vector<Ref> stories_;
};

TEST(StoryClustererTest, IdsComeFromTheFoundingArticle) {
  EXPECT_EQ(StoryIdFor("a1"), StoryIdFor("a1"));
  EXPECT_NE(StoryIdFor("a1"), StoryIdFor("a2"));
  EXPECT_EQ(StoryIdFor("a1").substr(0, 2), "s_");
  EXPECT_EQ(StoryIdFor("a1").size(), 18u);
}

TEST(StoryClustererTest, IndexedClusteringEqualsBruteForceReference) {
  DefaultPairScorer scorer;
  for (int seed = 1; seed <= 5; ++seed) {
    std::mt19937 rng(seed);
    StoryClustererOptions options;
    StoryClusterer clusterer(options, &scorer);
    ReferenceClusterer reference(options, &scorer);
    int day = 0;
    for (int i = 0; i < 150; ++i) {
      day += rng() % 3;
      const int topic = (day / 20) * 3 + static_cast<int>(rng() % 3);  // topics drift in time
      const std::string lang = rng() % 2 ? "en" : "de";
      StoryItem item = TopicItem(&rng, "a" + std::to_string(i), topic, Date(day), lang);
      EXPECT_EQ(clusterer.Add(item).story_id, reference.Add(item)) << "seed " << seed << " " << i;
    }
    EXPECT_GT(clusterer.AllStories().size(), 5u);
    EXPECT_LT(clusterer.AllStories().size(), 100u);
  }
}

TEST(StoryClustererTest, OneVagueArticleDoesNotChainTwoEvents) {
  DefaultPairScorer scorer;
  StoryClusterer clusterer(StoryClustererOptions(), &scorer);
  const std::vector<std::string> a = {"flood", "river", "dam", "rain", "evacuate", "village"};
  const std::vector<std::string> b = {"strike", "union", "wage", "factory", "walkout", "pay"};
  std::vector<std::string> vague = {"flood", "river", "dam", "strike", "union", "wage"};
  std::string sa = clusterer.Add(Item("a1", "2021-03-01", "en", a, {"ketl"})).story_id;
  clusterer.Add(Item("a2", "2021-03-01", "en", a, {"ketl"}));
  clusterer.Add(Item("a3", "2021-03-02", "en", a, {"ketl"}));
  clusterer.Add(Item("v", "2021-03-02", "en", vague, {"ketl", "mrvl"}));
  std::string sb1 = clusterer.Add(Item("b1", "2021-03-02", "en", b, {"mrvl"})).story_id;
  std::string sb2 = clusterer.Add(Item("b2", "2021-03-03", "en", b, {"mrvl"})).story_id;
  clusterer.Finish();
  EXPECT_EQ(clusterer.StoryOf("a1")->id, sa);
  EXPECT_EQ(clusterer.StoryOf("a3")->id, sa);
  EXPECT_NE(clusterer.StoryOf("b1")->id, sa);
  EXPECT_EQ(clusterer.StoryOf("b1")->id, clusterer.StoryOf("b2")->id);
  EXPECT_EQ(sb1, sb2);
}

TEST(StoryClustererTest, ReAddingAnArticleChangesNothing) {
  DefaultPairScorer scorer;
  StoryClusterer clusterer(StoryClustererOptions(), &scorer);
  StoryItem a = Item("a", "2021-03-01", "en", {"x", "y", "z"}, {"nm"});
  std::string id = clusterer.Add(a).story_id;
  StoryAssignment again = clusterer.Add(a);
  EXPECT_EQ(again.story_id, id);
  EXPECT_FALSE(again.new_story);
  EXPECT_EQ(clusterer.StoryOf("a")->members.size(), 1u);
  std::vector<const Story*> of = clusterer.StoriesOf({"a", "unknown", "a"});
  ASSERT_EQ(of.size(), 1u);
  EXPECT_EQ(of[0]->id, id);
}

TEST(StoryClustererTest, TimeGapSeparatesRecurringEvents) {
  DefaultPairScorer scorer;
  StoryClusterer clusterer(StoryClustererOptions(), &scorer);
  const std::vector<std::string> w = {"protest", "square", "capital", "police", "crowd"};
  std::string s1 = clusterer.Add(Item("y1", "2019-05-01", "en", w, {"plc"})).story_id;
  std::string s2 = clusterer.Add(Item("y2", "2020-05-01", "en", w, {"plc"})).story_id;
  clusterer.Finish();
  EXPECT_NE(s1, s2);
}

TEST(StoryClustererTest, UndatedArticleIsPlacedByContentAndGetsADate) {
  DefaultPairScorer scorer;
  StoryClusterer clusterer(StoryClustererOptions(), &scorer);
  const std::vector<std::string> w = {"quake", "magnitude", "collapsed", "rescue", "rubble"};
  std::string s = clusterer.Add(Item("q1", "2018-09-10", "en", w, {"sulawesi", "palu"})).story_id;
  clusterer.Add(Item("other", "2018-09-11", "en", {"budget", "vote"}, {"brsl"}));
  StoryAssignment u = clusterer.Add(Item("q2", "", "en", w, {"sulawesi", "palu"}));
  EXPECT_EQ(u.story_id, s);
  ASSERT_TRUE(u.inferred_published.has_value());
  EXPECT_EQ(u.inferred_published->ToString(), "2018-09-10");
  StoryAssignment lonely = clusterer.Add(Item("u2", "", "en", {"recipe", "flour"}, {"bkr"}));
  EXPECT_TRUE(lonely.new_story);
  EXPECT_FALSE(lonely.inferred_published.has_value());
}

TEST(StoryClustererTest, RevisedMemberFactsReplaceTheEventFieldsOnly) {
  DefaultPairScorer scorer;
  StoryClusterer clusterer(StoryClustererOptions(), &scorer);
  const std::vector<std::string> w = {"quake", "magnitude", "collapsed", "rescue", "rubble"};
  StoryItem item = Item("q1", "2018-09-10", "en", w, {"sulawesi", "palu"});
  item.event_type = "Battles";
  item.figures.push_back(StoryFigure{"killed", "people", 80, false});
  const std::vector<uint64_t> keys = item.word_keys;
  clusterer.Add(item);
  clusterer.MarkSaved();
  ArticleFacts facts;
  Figure old_figure, own_figure;
  old_figure.kind = own_figure.kind = "killed";
  old_figure.actor = own_figure.actor = "people";
  old_figure.value = 80;
  old_figure.background = true;
  own_figure.value = 1;
  facts.figures = {old_figure, own_figure};
  EventRecord background, main;
  background.type = "Battles";
  background.background = true;
  main.type = "Riots";
  main.date = FuzzyDate::Parse("2018-09-09");
  facts.events = {background, main};
  EXPECT_FALSE(clusterer.ReviseMemberFacts("missing", facts));
  ASSERT_TRUE(clusterer.ReviseMemberFacts("q1", facts));
  const Story* story = clusterer.StoryOf("q1");
  ASSERT_NE(story, nullptr);
  const StoryItem& m = story->members[0];
  EXPECT_EQ(m.event_type, "Riots");
  EXPECT_EQ(m.event_date->ToString(), "2018-09-09");
  ASSERT_EQ(m.figures.size(), 1u);
  EXPECT_EQ(m.figures[0].value, 1);
  EXPECT_EQ(m.word_keys, keys);
  EXPECT_EQ(clusterer.TouchedStories().size(), 1u);  // saved again with the new facts
}

TEST(StoryClustererTest, ExpiredStoriesLeaveTheActiveIndex) {
  DefaultPairScorer scorer;
  StoryClustererOptions options;
  options.window_days = 10;
  StoryClusterer clusterer(options, &scorer);
  for (int i = 0; i < 50; ++i) {
    clusterer.Add(Item("d" + std::to_string(i), Date(i * 5), "en",
                       {"w" + std::to_string(i), "v" + std::to_string(i)}, {}));
  }
  EXPECT_LE(clusterer.active_stories(), 3u);
  EXPECT_EQ(clusterer.AllStories().size(), 50u);
}

// Old reports ingested after newer news (a back-filled archive, a later run) still find their
// story in the archive; a new event on the same words a year later does not join it.
TEST(StoryClustererTest, LateReportJoinsItsArchivedStory) {
  DefaultPairScorer scorer;
  StoryClusterer clusterer(StoryClustererOptions(), &scorer);
  const std::vector<std::string> w = {"quake", "magnitude", "collapsed", "rescue", "rubble"};
  const std::string s = clusterer.Add(Item("e1", "2018-09-28", "en", w, {"palu"})).story_id;
  for (int i = 0; i < 30; ++i) {  // a year of other news pushes the story out of the window
    clusterer.Add(Item("n" + std::to_string(i), Date(365 * 3 + i * 12), "en",
                       {"w" + std::to_string(i), "v" + std::to_string(i)}, {}));
  }
  ASSERT_LE(clusterer.active_stories(), 10u);
  StoryAssignment late = clusterer.Add(Item("e2", "2018-09-29", "en", w, {"palu"}));
  EXPECT_EQ(late.story_id, s);
  StoryAssignment next_year = clusterer.Add(Item("e3", "2019-09-29", "en", w, {"palu"}));
  EXPECT_NE(next_year.story_id, s);
}

TEST(StoryClustererTest, RestoreThenAddGivesTheSameStoriesAsOneRun) {
  DefaultPairScorer scorer;
  std::mt19937 rng(7);
  std::vector<StoryItem> items;
  for (int i = 0; i < 60; ++i) {
    items.push_back(
        TopicItem(&rng, "r" + std::to_string(i), i % 4 + (i / 30) * 4, Date(i / 2), "en"));
  }
  StoryClusterer once(StoryClustererOptions(), &scorer);
  for (const StoryItem& item : items) once.Add(item);
  once.Finish();

  StoryClusterer first(StoryClustererOptions(), &scorer);
  for (int i = 0; i < 30; ++i) first.Add(items[i]);
  first.Finish();
  std::map<std::string, std::string> before;  // article -> story after the first run
  StoryClusterer second(StoryClustererOptions(), &scorer);
  for (const Story* s : first.AllStories()) {
    std::vector<StoryItem> members;
    for (const StoryItem& m : s->members) {
      members.push_back(m);
      before[m.article_id] = s->id;
    }
    ASSERT_TRUE(second.Restore(s->id, members, s->inferred).ok());
  }
  EXPECT_TRUE(second.TouchedStories().empty());
  for (int i = 30; i < 60; ++i) second.Add(items[i]);
  second.Finish();
  for (const auto& [article, id] : before) {
    EXPECT_EQ(second.StoryOf(article)->id, id) << article << " changed story";
  }
  int same = 0;
  for (const StoryItem& item : items) {
    same += once.StoryOf(item.article_id)->id == second.StoryOf(item.article_id)->id;
  }
  EXPECT_EQ(same, 60);
}

TEST(StoryClustererTest, RestoreRejectsBadInput) {
  DefaultPairScorer scorer;
  StoryClusterer c(StoryClustererOptions(), &scorer);
  EXPECT_FALSE(c.Restore("s_x", {}, {}).ok());
  StoryItem a = Item("a", "2020-01-01", "en", {"x"}, {});
  EXPECT_FALSE(c.Restore("s_wrong", {a}, {}).ok());
  EXPECT_TRUE(c.Restore(StoryIdFor("a"), {a}, {}).ok());
  EXPECT_FALSE(c.Restore(StoryIdFor("a"), {a}, {}).ok());
}

TEST(StoryClustererTest, MergePassJoinsConvergingStories) {
  DefaultPairScorer scorer;
  StoryClustererOptions options;
  options.join_threshold = 1.01;  // nothing joins online...
  options.merge_threshold = 0.3;  // ...but the stories clearly converge
  StoryClusterer c(options, &scorer);
  const std::vector<std::string> w = {"wildfire", "hectares", "firefighters", "evacuated"};
  std::string s1 = c.Add(Item("f1", "2021-08-01", "en", w, {"tns"})).story_id;
  c.Add(Item("f2", "2021-08-02", "en", w, {"tns"}));
  c.Finish();
  EXPECT_EQ(c.StoryOf("f2")->id, s1);
  ASSERT_EQ(c.retired_story_ids().size(), 1u);
  EXPECT_EQ(c.retired_story_ids()[0], StoryIdFor("f2"));
}

// Two identical articles (pair score 1) `gap` days apart that only the merge pass can join:
// their story score is the time decay alone, exp(-(27 - 7) / 20) = 0.368 at 27 days and
// exp(-(28 - 7) / 20) = 0.350 - 1e-4 at 28. The first story has left the active window, so the
// merge pass may skip it only when no active story is close enough in time.
bool MergedAcrossGap(int gap) {
  DefaultPairScorer scorer;
  StoryClustererOptions options;
  options.join_threshold = 1.01;
  options.merge_threshold = 0.35;
  options.window_days = 10;
  StoryClusterer c(options, &scorer);
  const std::vector<std::string> w = {"wildfire", "hectares", "firefighters", "evacuated"};
  c.Add(Item("f1", Date(0), "en", w, {"tns"}));
  c.Add(Item("f2", Date(gap), "en", w, {"tns"}));
  c.Finish();
  return c.StoryOf("f1") == c.StoryOf("f2");
}

TEST(StoryClustererTest, MergePassStopsExactlyWhereTheTimeDecayDoes) {
  EXPECT_TRUE(MergedAcrossGap(5));
  EXPECT_TRUE(MergedAcrossGap(27));
  EXPECT_FALSE(MergedAcrossGap(28));
  EXPECT_FALSE(MergedAcrossGap(60));
}

TEST(StoryClustererTest, StoriesThatConvergedMergeBeforeLeavingTheWindow) {
  // A long run: the two wildfire stories leave the window long before the run ends, so the
  // merge pass at Finish, which looks in the active window, could no longer join them.
  DefaultPairScorer scorer;
  StoryClustererOptions options;
  options.join_threshold = 1.01;  // nothing joins online
  options.merge_threshold = 0.3;
  options.window_days = 10;
  StoryClusterer c(options, &scorer);
  const std::vector<std::string> w = {"wildfire", "hectares", "firefighters", "evacuated"};
  const std::string first = c.Add(Item("f1", Date(0), "en", w, {"tns"})).story_id;
  c.Add(Item("f2", Date(1), "en", w, {"tns"}));
  c.Add(Item("g1", Date(100), "en", {"parliament", "budget", "vote"}, {"ukr"}));
  EXPECT_EQ(c.StoryOf("f1"), c.StoryOf("f2"));  // merged when the window moved on
  EXPECT_EQ(c.StoryOf("f2")->id, first);
  EXPECT_FALSE(c.StoryOf("f1")->active);
  c.Finish();
  EXPECT_EQ(c.StoryOf("f1"), c.StoryOf("f2"));
  EXPECT_NE(c.StoryOf("f1"), c.StoryOf("g1"));
  ASSERT_EQ(c.retired_story_ids().size(), 1u);
  EXPECT_EQ(c.retired_story_ids()[0], StoryIdFor("f2"));
}

}  // namespace
}  // namespace newsloom::cluster
