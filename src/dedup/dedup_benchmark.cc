// Add throughput for ~3 KB articles (about 480 words). Run from a release build:
//   build/h-store-rel/src/dedup/dedup_benchmark
#include <random>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "dedup/deduplicator.h"

namespace newsloom {
namespace {

// prefix + n. (Not "prefix" + std::to_string(n): GCC 12 at -O3 warns falsely about it.)
std::string Name(std::string_view prefix, uint64_t n) {
  std::string s(prefix);
  s.append(std::to_string(n));
  return s;
}

struct Corpus {
  std::vector<std::vector<std::string>> docs;
  size_t bytes = 0;
};

// 2,000 articles of ~3 KB; every 20th re-publishes an earlier one with an extra sentence.
const Corpus& BenchCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    std::mt19937_64 rng(42);
    auto word = [&rng] {
      if (rng() % 2 == 0) return Name("f", rng() % 100);
      return Name("word", rng() % 30000);
    };
    for (int i = 0; i < 2000; ++i) {
      std::vector<std::string> doc;
      if (i % 20 == 19) {
        doc = c->docs[rng() % c->docs.size()];
        for (int k = 0; k < 20; ++k) doc.insert(doc.begin() + doc.size() / 2, word());
      } else {
        size_t bytes = 0;
        while (bytes < 3000) {
          doc.push_back(word());
          bytes += doc.back().size() + 1;
        }
      }
      for (const std::string& w : doc) c->bytes += w.size() + 1;
      c->docs.push_back(std::move(doc));
    }
    return c;
  }();
  return *corpus;
}

std::vector<std::vector<std::string_view>> Views(const Corpus& corpus) {
  std::vector<std::vector<std::string_view>> out;
  for (const auto& doc : corpus.docs) out.emplace_back(doc.begin(), doc.end());
  return out;
}

// Signature + index insertion: the cost per article in the pipeline's dedup stage.
void BM_Add(benchmark::State& state) {
  const Corpus& corpus = BenchCorpus();
  const auto views = Views(corpus);
  auto dedup = std::make_unique<Deduplicator>();
  size_t i = 0, duplicates = 0;
  for (auto _ : state) {
    if (i == views.size()) {
      state.PauseTiming();
      dedup = std::make_unique<Deduplicator>();
      i = 0;
      state.ResumeTiming();
    }
    duplicates += dedup->Add(Name("article-", i), views[i]).has_value();
    ++i;
  }
  benchmark::DoNotOptimize(duplicates);
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(
      static_cast<int64_t>(state.iterations() * corpus.bytes / corpus.docs.size()));
}
BENCHMARK(BM_Add);

// MinHash signature alone (parallelisable part).
void BM_ComputeSignature(benchmark::State& state) {
  const Corpus& corpus = BenchCorpus();
  const auto views = Views(corpus);
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(Signature::Compute(views[i]));
    i = (i + 1) % views.size();
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ComputeSignature);

// Index lookup and insertion of precomputed signatures of new articles (the single-threaded
// part of deduplication), into an index already holding 100,000 articles.
void BM_AddSignature(benchmark::State& state) {
  const Corpus& corpus = BenchCorpus();
  std::vector<Signature> sigs;
  for (const auto& v : Views(corpus)) sigs.push_back(Signature::Compute(v));
  std::mt19937_64 rng(1);
  // Variants of the corpus articles: distinct texts with the same statistics.
  while (sigs.size() < 20000) {
    std::vector<std::string> doc = corpus.docs[sigs.size() % corpus.docs.size()];
    for (std::string& w : doc) {
      if (rng() % 2 == 0) w += "v";
    }
    std::vector<std::string_view> v(doc.begin(), doc.end());
    sigs.push_back(Signature::Compute(v));
  }
  Deduplicator dedup;
  dedup.Reserve(100000 + sigs.size());
  for (int i = 0; i < 100000; ++i) {
    std::vector<std::string> doc;
    for (int k = 0; k < 60; ++k) doc.push_back(Name("x", rng() % 1000000));
    std::vector<std::string_view> v(doc.begin(), doc.end());
    dedup.Add(Name("old-", i), v);
  }
  std::vector<std::string> ids;
  for (size_t i = 0; i < sigs.size(); ++i) ids.push_back(Name("new-", i));
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(dedup.AddSignature(ids[i], sigs[i]));
    ++i;
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["bytes_per_article"] =
      static_cast<double>(dedup.MemoryUsage()) / static_cast<double>(dedup.size());
}
BENCHMARK(BM_AddSignature)->Iterations(20000);

}  // namespace
}  // namespace newsloom
