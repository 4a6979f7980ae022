#include "cluster/story_scorer.h"

#include <algorithm>
#include <iterator>
#include <random>

#include "cluster/story_test_util.h"
#include "gtest/gtest.h"

namespace newsloom::cluster {
namespace {

using testing::Item;

// An item with `n` word keys and n / 4 name keys, drawn from a vocabulary of `vocabulary`.
StoryItem RandomItem(std::mt19937_64* rng, const std::string& id, int n, int vocabulary) {
  std::vector<std::string> words, names;
  for (int i = 0; i < n; ++i) words.push_back("w" + std::to_string((*rng)() % vocabulary));
  for (int i = 0; i < n / 4; ++i) names.push_back("n" + std::to_string((*rng)() % vocabulary));
  return Item(id, "2021-03-04", "en", words, names);
}

// The IDF cosine by its definition, with cached norms: shared keys in increasing order.
double ReferenceCosine(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b,
                       const KeyStats& stats, double norm_a, double norm_b) {
  if (a.empty() || b.empty()) return 0;
  std::vector<uint64_t> shared;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
  double dot = 0;
  for (uint64_t k : shared) dot += stats.Idf(k) * stats.Idf(k);
  return std::min(1.0, dot / (norm_a * norm_b));
}

TEST(KeyStatsTest, FocusChangesNoAnswer) {
  std::mt19937_64 rng(3);
  std::vector<StoryItem> items;
  // Sizes vary so the focus table grows, then serves smaller items.
  for (int i = 0; i < 60; ++i)
    items.push_back(RandomItem(&rng, "a" + std::to_string(i), i % 7 == 0 ? 900 : 40, 2000));
  KeyStats plain, focused;
  for (const StoryItem& item : items) {
    plain.Add(item);
    focused.Add(item);
  }
  std::vector<uint64_t> probes;
  for (const StoryItem& item : items) {
    probes.insert(probes.end(), item.word_keys.begin(), item.word_keys.end());
    probes.insert(probes.end(), item.name_keys.begin(), item.name_keys.end());
  }
  probes.push_back(WordKey("en", "never-seen"));
  probes.push_back(0);
  for (const StoryItem& item : items) {
    focused.Focus(item);
    for (uint64_t k : probes) {
      ASSERT_EQ(plain.Idf(k), focused.Idf(k)) << item.article_id;
      ASSERT_EQ(plain.DocumentFrequency(k), focused.DocumentFrequency(k)) << item.article_id;
    }
  }
  // Add forgets the focus: the focused item's keys count once more.
  const StoryItem& last = items.back();
  focused.Focus(last);
  const uint32_t before = focused.DocumentFrequency(last.word_keys[0]);
  focused.Add(last);
  EXPECT_EQ(focused.DocumentFrequency(last.word_keys[0]), before + 1);
  plain.Add(last);
  EXPECT_EQ(plain.Idf(last.word_keys[0]), focused.Idf(last.word_keys[0]));
}

TEST(KeyStatsTest, FocusOfAnEmptyItemAnswersFromTheCounts) {
  KeyStats stats;
  StoryItem a = Item("a", "2021-03-04", "en", {"storm", "coast"}, {"Nadia"});
  stats.Add(a);
  const double idf = stats.Idf(a.word_keys[0]);
  stats.Focus(a);
  stats.Focus(StoryItem());
  EXPECT_EQ(stats.Idf(a.word_keys[0]), idf);
  EXPECT_EQ(stats.DocumentFrequency(a.word_keys[0]), 1u);
}

TEST(IdfCosineTest, CachedNormsGiveTheDefinition) {
  std::mt19937_64 rng(11);
  std::vector<StoryItem> items;
  for (int i = 0; i < 40; ++i) {
    items.push_back(RandomItem(&rng, "b" + std::to_string(i), 20 + i * 7, 400));
    // The key 0 is a key like any other (the focus table keeps it aside).
    if (i % 5 == 0) items.back().name_keys.insert(items.back().name_keys.begin(), 0);
  }
  KeyStats stats;
  for (const StoryItem& item : items) stats.Add(item);
  for (StoryItem& item : items) PrepareForScoring(stats, &item);
  for (size_t i = 0; i < items.size(); ++i) {
    stats.Focus(items[i]);
    for (size_t j = 0; j < items.size(); ++j) {
      const StoryItem& a = items[j];
      const StoryItem& b = items[i];
      EXPECT_EQ(IdfCosine(a.word_keys, b.word_keys, stats, a.word_norm, b.word_norm),
                ReferenceCosine(a.word_keys, b.word_keys, stats, a.word_norm, b.word_norm));
      EXPECT_EQ(IdfCosine(a.name_keys, b.name_keys, stats, a.name_norm, b.name_norm),
                ReferenceCosine(a.name_keys, b.name_keys, stats, a.name_norm, b.name_norm));
    }
  }
  // An item against itself: 1 (up to the cached float norms).
  EXPECT_NEAR(IdfCosine(items[3].word_keys, items[3].word_keys, stats), 1.0, 1e-12);
  EXPECT_EQ(IdfCosine({}, items[3].word_keys, stats, 1, 1), 0);
}

TEST(IdfCosineTest, FocusedItemKeepsItsListsApart) {
  // `k` is a word of `a` but only a name of the focused `b`: the word cosine must not count it.
  const uint64_t k = WordKey("en", "harbour");
  const uint64_t shared = WordKey("en", "ferry");
  StoryItem a, b, c;
  a.word_keys = {std::min(k, shared), std::max(k, shared)};
  b.word_keys = {shared};
  b.name_keys = {k};
  c.word_keys = {WordKey("en", "tide")};
  KeyStats stats;
  for (const StoryItem* item : {&a, &b, &c}) stats.Add(*item);
  PrepareForScoring(stats, &a);
  PrepareForScoring(stats, &b);
  const double plain = IdfCosine(a.word_keys, b.word_keys, stats, a.word_norm, b.word_norm);
  EXPECT_EQ(plain, ReferenceCosine(a.word_keys, b.word_keys, stats, a.word_norm, b.word_norm));
  stats.Focus(b);
  EXPECT_EQ(IdfCosine(a.word_keys, b.word_keys, stats, a.word_norm, b.word_norm), plain);
  EXPECT_EQ(IdfCosine(b.word_keys, a.word_keys, stats, b.word_norm, a.word_norm), plain);
  EXPECT_GT(plain, 0);
  EXPECT_LT(plain, 1);
}

}  // namespace
}  // namespace newsloom::cluster
