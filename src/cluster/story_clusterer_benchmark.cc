// StoryClusterer::Add on synthetic streams of 10k, 100k and 1M articles at a steady rate
// (articles per day), so the active window holds the same number of stories whatever the
// history: time per article should stay flat (issue 6: within 1.5x from 10k to 1M).
// Counters: us_per_article (process CPU time per Add), approx_bytes (the clusterer's own estimate),
// rss_mb (process), stories, active (stories in the active index at the end).
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

}  // namespace
}  // namespace newsloom::cluster
