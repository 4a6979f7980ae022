// StoryClusterer::Add on synthetic streams of 10k, 100k and 1M articles at a steady rate
// (articles per day), so the active window holds the same number of stories whatever the
// history: time per article should stay flat (issue 6: within 1.5x from 10k to 1M).
// Counters: us_per_article (process CPU time per Add), approx_bytes (the clusterer's own estimate),
// rss_mb (process), stories, active (stories in the active index at the end).
//
// BM_StoryStageClustering runs the pipeline's story stage on items the size of real ones
// (~150 word keys, ~40 name keys; pipeline/story_stage.cc: Observe every item, Add in
// publication order, Finish); BM_KeyStatsFocus and BM_IdfCosine time its two inner loops.
#include <time.h>

#include <chrono>
#include <cmath>
#include <random>

#include "benchmark/benchmark.h"
#include "cluster/story_clusterer.h"
#include "core/hash.h"
#include "core/memory.h"

namespace newsloom::cluster {
namespace {

constexpr int kArticlesPerDay = 100;  // the 45-day window fills after 4,500
constexpr int kVocabulary = 60000;    // shared words (Zipf-like draw)
const char* const kLangs[] = {"en", "de", "fr", "ru", "nl"};

// Article i belongs to story i / 6 (with a little noise); stories last about a day.
StoryItem Synthetic(std::mt19937_64* rng, int64_t i) {
  StoryItem item;
  item.article_id = "b" + std::to_string(i);
  const int64_t story = i / 6 + ((*rng)() % 10 == 0 ? 1 : 0);
  item.published = FuzzyDate::FromDays(FuzzyDate::Make(2000, 1, 1)->ToDays() + i / kArticlesPerDay);
  item.lang = kLangs[(*rng)() % 5];
  item.main_country = "C" + std::to_string(story % 150);
  item.event_type = story % 3 == 0 ? "Riots" : "Protests";
  std::uniform_real_distribution<double> u(0, 1);
  for (int k = 0; k < 24; ++k) {
    if (k < 10) {
      item.word_keys.push_back(Mix64(story * 64 + k) ^ std::hash<std::string>()(item.lang));
    } else {
      const int w = static_cast<int>(std::pow(u(*rng), 3) * kVocabulary);  // skewed to common
      item.word_keys.push_back(Mix64(0x1000000 + w));
    }
  }
  for (int k = 0; k < 6; ++k) item.name_keys.push_back(Mix64(story * 16 + k + (1ull << 40)));
  item.name_keys.push_back(Mix64(story % 150 + (1ull << 50)));  // country key: very common
  std::sort(item.word_keys.begin(), item.word_keys.end());
  item.word_keys.erase(std::unique(item.word_keys.begin(), item.word_keys.end()),
                       item.word_keys.end());
  std::sort(item.name_keys.begin(), item.name_keys.end());
  return item;
}

// Process CPU time: the machine is shared, wall time measures the neighbours.
double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

void BM_StoryClustererAdd(benchmark::State& state) {
  const int64_t n = state.range(0);
  DefaultPairScorer scorer;
  double seconds = 0;
  size_t stories = 0, active = 0, bytes = 0;
  for (auto _ : state) {
    StoryClusterer clusterer(StoryClustererOptions(), &scorer);
    std::mt19937_64 rng(42);
    std::vector<StoryItem> batch;
    for (int64_t done = 0; done < n;) {
      state.PauseTiming();
      batch.clear();
      for (int64_t i = done; i < std::min<int64_t>(n, done + 4096); ++i) {
        batch.push_back(Synthetic(&rng, i));
      }
      state.ResumeTiming();
      const double start = CpuSeconds();
      for (StoryItem& item : batch) clusterer.Add(std::move(item));
      seconds += CpuSeconds() - start;
      done += static_cast<int64_t>(batch.size());
    }
    stories = clusterer.AllStories().size();
    active = clusterer.active_stories();
    bytes = clusterer.ApproximateMemoryBytes();
  }
  const double articles = static_cast<double>(n) * state.iterations();
  state.counters["us_per_article"] = seconds * 1e6 / articles;
  state.counters["approx_bytes"] = static_cast<double>(bytes);
  state.counters["bytes_per_article"] = static_cast<double>(bytes) / n;
  state.counters["rss_mb"] = static_cast<double>(CurrentRssBytes()) / (1 << 20);
  state.counters["stories"] = static_cast<double>(stories);
  state.counters["active"] = static_cast<double>(active);
}
BENCHMARK(BM_StoryClustererAdd)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

// An item the size of a real one: ~150 same-language words (a third of them the story's, the
// rest drawn from a Zipf-like vocabulary), ~40 names (the story's, a few common ones), a
// country and a place.
StoryItem RealisticItem(std::mt19937_64* rng, int64_t i, int64_t per_day) {
  StoryItem item;
  item.article_id = "r" + std::to_string(i);
  const int64_t story = i / 8 + ((*rng)() % 8 == 0 ? 1 : 0);
  item.published = FuzzyDate::FromDays(FuzzyDate::Make(2010, 1, 1)->ToDays() + i / per_day);
  item.lang = kLangs[story % 5];
  item.main_country = "C" + std::to_string(story % 120);
  item.countries = {item.main_country};
  item.main_geonameid = 1000 + story % 900;
  item.geonameids = {item.main_geonameid};
  item.event_type = story % 3 == 0 ? "Riots" : "Protests";
  std::uniform_real_distribution<double> u(0, 1);
  const uint64_t lang_tag = std::hash<std::string>()(item.lang);
  for (int k = 0; k < 150; ++k) {
    if (k < 50) {
      if ((*rng)() % 4 != 0) item.word_keys.push_back(Mix64(story * 256 + k) ^ lang_tag);
    } else {
      const int w = static_cast<int>(std::pow(u(*rng), 2) * 200000);
      item.word_keys.push_back(Mix64(0x1000000 + w) ^ lang_tag);
    }
  }
  for (int k = 0; k < 30; ++k) {
    if ((*rng)() % 3 != 0) item.name_keys.push_back(Mix64(story * 64 + k + (1ull << 40)));
  }
  for (int k = 0; k < 10; ++k) {
    item.name_keys.push_back(Mix64((*rng)() % 3000 + (1ull << 48)));  // years, common names
  }
  item.name_keys.push_back(Mix64(story % 120 + (1ull << 50)));  // country key: very common
  item.name_keys.push_back(PlaceKey(item.main_geonameid));
  for (auto* keys : {&item.word_keys, &item.name_keys}) {
    std::sort(keys->begin(), keys->end());
    keys->erase(std::unique(keys->begin(), keys->end()), keys->end());
  }
  return item;
}

std::vector<StoryItem> RealisticItems(int64_t n, int64_t per_day) {
  std::mt19937_64 rng(7);
  std::vector<StoryItem> items;
  items.reserve(n);
  for (int64_t i = 0; i < n; ++i) items.push_back(RealisticItem(&rng, i, per_day));
  return items;
}

void BM_StoryStageClustering(benchmark::State& state) {
  const int64_t n = state.range(0);
  const std::vector<StoryItem> items = RealisticItems(n, 400);
  DefaultPairScorer scorer;
  double seconds = 0;
  size_t stories = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<StoryItem> batch = items;
    StoryClusterer clusterer(StoryClustererOptions(), &scorer);
    state.ResumeTiming();
    const double start = CpuSeconds();
    for (const StoryItem& item : batch) clusterer.Observe(item);
    for (StoryItem& item : batch) clusterer.Add(std::move(item));
    clusterer.Finish();
    seconds += CpuSeconds() - start;
    stories = clusterer.AllStories().size();
  }
  state.counters["us_per_article"] = seconds * 1e6 / (static_cast<double>(n) * state.iterations());
  state.counters["stories"] = static_cast<double>(stories);
}
BENCHMARK(BM_StoryStageClustering)->Arg(20000)->Iterations(2)->Unit(benchmark::kMillisecond);

// Focus on one item after the statistics of 20,000 (the df table far larger than the caches).
void BM_KeyStatsFocus(benchmark::State& state) {
  const std::vector<StoryItem> items = RealisticItems(20000, 400);
  KeyStats stats;
  for (const StoryItem& item : items) stats.Add(item);
  size_t i = 0;
  for (auto _ : state) {
    stats.Focus(items[i]);
    benchmark::DoNotOptimize(stats.Idf(items[i].word_keys[0]));
    i = (i + 7919) % items.size();
  }
}
BENCHMARK(BM_KeyStatsFocus);

// One item against 64 others in turn, norms cached, the one focused (as Add compares).
void BM_IdfCosine(benchmark::State& state) {
  std::vector<StoryItem> items = RealisticItems(2000, 400);
  KeyStats stats;
  for (const StoryItem& item : items) stats.Add(item);
  for (StoryItem& item : items) PrepareForScoring(stats, &item);
  size_t i = 0;
  for (auto _ : state) {
    const size_t focused = (i / 64) % items.size();
    if (i % 64 == 0) stats.Focus(items[focused]);
    const StoryItem& a = items[(focused + 1 + i % 64) % items.size()];  // often the same story
    const StoryItem& b = items[focused];
    benchmark::DoNotOptimize(IdfCosine(a.word_keys, b.word_keys, stats, a.word_norm, b.word_norm) +
                             IdfCosine(a.name_keys, b.name_keys, stats, a.name_norm, b.name_norm));
    ++i;
  }
}
BENCHMARK(BM_IdfCosine);

}  // namespace
}  // namespace newsloom::cluster
