// Gazetteer open time (target < 100 ms), resident memory after open, and lookup speed, on the
// file compiled at build time. Run from a release build.
#include <benchmark/benchmark.h>

#include <string>

#include "core/memory.h"
#include "resources/gazetteer.h"

namespace newsloom {
namespace {

std::unique_ptr<Gazetteer> OpenOrDie() {
  auto g = Gazetteer::Open(NEWSLOOM_GAZETTEER_PATH);
  if (!g.ok()) std::abort();
  return std::move(g).value();
}

void BM_Open(benchmark::State& state) {
  uint64_t rss_before = CurrentRssBytes();
  uint64_t rss_open = 0;
  for (auto _ : state) {
    auto g = OpenOrDie();
    rss_open = CurrentRssBytes();
    benchmark::DoNotOptimize(g->key_count());
  }
  // Open reads every record once to validate it, so the whole file becomes resident (shared,
  // file-backed page cache, not heap).
  state.counters["rss_added_MB"] = (static_cast<double>(rss_open) - rss_before) / 1e6;
}
BENCHMARK(BM_Open)->Unit(benchmark::kMillisecond);

void BM_LookupName(benchmark::State& state) {
  auto g = OpenOrDie();
  const char* names[] = {"Bishkek",     "Бишкек", "Bisjkek",   "Paris",         "Kazachstan",
                         "Springfield", "東京",   "São Paulo", "nowhere at all"};
  size_t i = 0, hits = 0;
  for (auto _ : state) {
    hits += g->LookupName(names[i++ % std::size(names)]).size();
  }
  benchmark::DoNotOptimize(hits);
  state.counters["keys"] = static_cast<double>(g->key_count());
}
BENCHMARK(BM_LookupName);

void BM_LookupKey(benchmark::State& state) {
  auto g = OpenOrDie();
  std::string key = NormalizeNameKey("Bishkek");
  for (auto _ : state) benchmark::DoNotOptimize(g->Lookup(key).size());
}
BENCHMARK(BM_LookupKey);

}  // namespace
}  // namespace newsloom
