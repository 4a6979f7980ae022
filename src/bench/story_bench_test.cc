// The synthetic story stream (synthetic_stories.h) and the story clustering bench
// (story_bench.h) at small sizes.
#include "bench/story_bench.h"

#include <map>
#include <set>

#include "bench/synthetic_stories.h"
#include "gtest/gtest.h"

namespace newsloom {
namespace {

SyntheticStoryOptions Small(uint64_t articles) {
  SyntheticStoryOptions o;
  o.articles = articles;
  return o;
}

TEST(SyntheticStoriesTest, DeterministicForASeed) {
  const SyntheticStoryStream a(Small(500)), b(Small(500));
  ASSERT_EQ(a.size(), 500u);
  ASSERT_EQ(b.size(), 500u);
  for (size_t i = 0; i < a.size(); ++i) {
    ASSERT_EQ(a.Item(i), b.Item(i)) << i;
    ASSERT_EQ(a.Truth(i), b.Truth(i));
    ASSERT_EQ(a.ArticleId(i), a.Item(i).article_id);
  }
  SyntheticStoryOptions other = Small(500);
  other.seed = 7;
  const SyntheticStoryStream c(other);
  int same = 0;
  for (size_t i = 0; i < c.size(); ++i) same += c.Item(i).word_keys == a.Item(i).word_keys;
  EXPECT_LT(same, 10);
}

TEST(SyntheticStoriesTest, RealisticStructure) {
  const SyntheticStoryStream s(Small(20000));
  ASSERT_EQ(s.size(), 20000u);
  EXPECT_EQ(s.span_days(), 100);  // 200 articles a day
  std::set<std::string> ids, langs;
  std::map<uint32_t, int> story_size;
  std::map<uint32_t, std::set<std::string>> story_langs;
  size_t noise = 0, undated = 0, with_event_date = 0;
  size_t word_keys = 0, name_keys = 0;
  bool undated_started = false;
  int64_t last_day = INT64_MIN;
  for (size_t i = 0; i < s.size(); ++i) {
    const cluster::StoryItem item = s.Item(i);
    ASSERT_TRUE(ids.insert(item.article_id).second) << item.article_id;
    langs.insert(item.lang);
    word_keys += item.word_keys.size();
    name_keys += item.name_keys.size();
    ASSERT_TRUE(std::is_sorted(item.word_keys.begin(), item.word_keys.end()));
    ASSERT_TRUE(std::is_sorted(item.name_keys.begin(), item.name_keys.end()));
    if (item.event_date) ++with_event_date;
    if (s.IsNoise(i)) {
      ++noise;
    } else {
      ++story_size[s.Truth(i)];
      story_langs[s.Truth(i)].insert(item.lang);
    }
    // Publication order, undated last.
    ASSERT_EQ(s.IsDated(i), item.published.has_value());
    if (!item.published) {
      undated_started = true;
      ++undated;
      continue;
    }
    ASSERT_FALSE(undated_started) << "dated item after an undated one at " << i;
    ASSERT_GE(item.published->ToDays(), last_day);
    last_day = item.published->ToDays();
  }
  EXPECT_EQ(noise, 3000u);  // 15%
  EXPECT_EQ(noise, s.noise_articles());
  EXPECT_EQ(undated, s.undated_articles());
  EXPECT_GT(undated, 400u);  // about 3%
  EXPECT_LT(undated, 800u);
  EXPECT_GT(with_event_date, 4000u);
  EXPECT_EQ(langs.size(), 12u);
  EXPECT_EQ(story_size.size(), s.true_stories());
  // Heavy-tailed sizes: many small stories, a few large ones; big ones span languages.
  int small = 0, large = 0;
  size_t multilingual = 0;
  for (const auto& [story, n] : story_size) {
    small += n <= 3;
    large += n >= 50;
    multilingual += story_langs[story].size() >= 3;
  }
  EXPECT_GT(small, static_cast<int>(story_size.size() / 3));
  EXPECT_GT(large, 5);
  EXPECT_GT(multilingual, story_size.size() / 5);
  // Key counts near real items.
  EXPECT_GT(word_keys / s.size(), 70u);
  EXPECT_LT(word_keys / s.size(), 130u);
  EXPECT_GT(name_keys / s.size(), 15u);
  EXPECT_LT(name_keys / s.size(), 45u);
}

TEST(StoryBenchTest, ParseSizes) {
  auto sizes = ParseStorySizes("10000, 100k,1M");
  ASSERT_TRUE(sizes.ok()) << sizes.status();
  EXPECT_EQ(*sizes, (std::vector<uint64_t>{10000, 100000, 1000000}));
  for (const char* bad : {"", "abc", "10x", "10000,", "50", "1000M", "-5"}) {
    auto r = ParseStorySizes(bad);
    EXPECT_FALSE(r.ok()) << bad;
    if (!r.ok()) EXPECT_NE(r.status().message().find("--stories"), std::string::npos);
  }
}

TEST(StoryBenchTest, SmallRunsMeasureAndScore) {
  StoryBenchOptions o;
  o.sizes = {1200, 400};
  o.chunk = 128;
  std::vector<uint64_t> seen;
  auto report = RunStoryBench(Env::Default(), o,
                              [&](const StoryBenchResult& r) { seen.push_back(r.articles); });
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(seen, (std::vector<uint64_t>{400, 1200}));  // increasing order
  ASSERT_EQ(report->results.size(), 2u);
  for (const StoryBenchResult& r : report->results) {
    EXPECT_GT(r.us_per_article, 0);
    EXPECT_GT(r.median_chunk_us, 0);
    EXPECT_GT(r.peak_rss, 0u);
    EXPECT_GT(r.clusterer_bytes, 0u);
    EXPECT_GT(r.stories, r.true_stories / 2);
    EXPECT_LT(r.stories, r.articles);
    // Much better than leaving every article alone, and reasonably right.
    EXPECT_GT(r.bcubed_f1, r.singleton_f1 + 0.1);
    EXPECT_GT(r.bcubed_p, 0.8);
  }
  EXPECT_GT(report->ratio, 0);
  const std::string table = FormatStoryBench(*report);
  EXPECT_NE(table.find("B3 F1"), std::string::npos);
  EXPECT_NE(table.find(report->pass ? "PASS" : "FAIL"), std::string::npos);
  const std::string json = StoryBenchToJson(*report);
  EXPECT_NE(json.find("\"articles\":400"), std::string::npos) << json;
  EXPECT_NE(json.find("\"pass\":"), std::string::npos);
}

TEST(StoryBenchTest, VerdictNeedsQualityAndFlatTime) {
  StoryBenchOptions o;
  o.sizes = {200};
  o.min_bcubed_f1 = 1.01;  // unreachable quality: fails however fast
  auto report = RunStoryBench(Env::Default(), o);
  ASSERT_TRUE(report.ok());
  EXPECT_FALSE(report->pass);
  o.min_bcubed_f1 = 0;
  o.max_ratio = 0.5;  // one size: ratio 1
  report = RunStoryBench(Env::Default(), o);
  ASSERT_TRUE(report.ok());
  EXPECT_FALSE(report->pass);
  o.max_ratio = 1.5;
  report = RunStoryBench(Env::Default(), o);
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->pass);
  o.sizes = {};
  EXPECT_FALSE(RunStoryBench(Env::Default(), o).ok());
  o.sizes = {10};
  EXPECT_FALSE(RunStoryBench(Env::Default(), o).ok());
}

}  // namespace
}  // namespace newsloom
