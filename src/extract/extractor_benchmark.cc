// Extraction cost per article on the synthetic corpus of `newsloom bench` (bench/
// synthetic_corpus.h: ~3 KB articles in 12 languages, 4 scripts), next to the Analyzer's on the
// same articles, layer by layer. The articles are analysed once before timing. items/s is
// articles/s (µs/article = 1e6 / items_per_second). Issue target: places + persons
// (BM_EntityLayers) at most half of BM_Analyze. Run from a release build.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "bench/synthetic_corpus.h"
#include "extract/entity_tagger.h"
#include "extract/extractor.h"
#include "extract/geotagger.h"
#include "resources/gazetteer.h"
#include "text/analyzer.h"

namespace newsloom {
namespace {

constexpr size_t kArticles = 1200;  // 100 per language

const std::vector<SyntheticArticle>& Corpus() {
  static const auto* corpus = new std::vector<SyntheticArticle>(
      GenerateSyntheticCorpus({.articles = kArticles, .seed = 7, .duplicate_share = 0}));
  return *corpus;
}

const Analyzer& TheAnalyzer() {
  static const Analyzer* a = [] {
    auto r = Analyzer::Create();
    if (!r.ok()) std::abort();
    return r->release();
  }();
  return *a;
}

const std::vector<AnalyzedDocument>& Docs() {
  static const auto* docs = [] {
    auto* out = new std::vector<AnalyzedDocument>;
    for (const SyntheticArticle& a : Corpus()) {
      auto d = TheAnalyzer().Analyze(a.text, a.lang);
      if (!d.ok()) std::abort();
      out->push_back(std::move(*d));
    }
    return out;
  }();
  return *docs;
}

const Gazetteer* TheGazetteer() {
  static const Gazetteer* g = [] {
    auto r = Gazetteer::Open(NEWSLOOM_GAZETTEER_PATH);
    return r.ok() ? r->release() : nullptr;
  }();
  return g;
}

void BM_Analyze(benchmark::State& state) {
  const auto& corpus = Corpus();
  size_t i = 0;
  for (auto _ : state) {
    const SyntheticArticle& a = corpus[i++ % corpus.size()];
    auto d = TheAnalyzer().Analyze(a.text, a.lang);
    benchmark::DoNotOptimize(d);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Analyze);

void BM_Geotag(benchmark::State& state) {
  if (TheGazetteer() == nullptr) return state.SkipWithError("no gazetteer");
  Geotagger tagger(TheGazetteer());
  const auto& docs = Docs();
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(tagger.Tag(docs[i++ % docs.size()]));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Geotag);

void BM_EntityTag(benchmark::State& state) {
  if (TheGazetteer() == nullptr) return state.SkipWithError("no gazetteer");
  Geotagger tagger(TheGazetteer());
  const auto& docs = Docs();
  std::vector<Geotag> tags;
  for (const AnalyzedDocument& d : docs) tags.push_back(tagger.Tag(d));
  size_t i = 0;
  for (auto _ : state) {
    const size_t k = i++ % docs.size();
    benchmark::DoNotOptimize(EntityTagger::Default().Tag(docs[k], &tags[k]));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EntityTag);

// Places, persons and organizations: what the bench's "+ places, persons, linking" pass adds
// before linking.
void BM_EntityLayers(benchmark::State& state) {
  if (TheGazetteer() == nullptr) return state.SkipWithError("no gazetteer");
  Extractor extractor(TheGazetteer(), {.events = false});
  const auto& docs = Docs();
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(extractor.Extract(docs[i++ % docs.size()], {}));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EntityLayers);

// BM_EntityLayers over the whole corpus per iteration, in order: for exact instruction counts
// (valgrind --tool=callgrind --toggle-collect='*BM_EntityLayersCorpus*' with
// --benchmark_min_time=0 runs one pass).
void BM_EntityLayersCorpus(benchmark::State& state) {
  if (TheGazetteer() == nullptr) return state.SkipWithError("no gazetteer");
  Extractor extractor(TheGazetteer(), {.events = false});
  const auto& docs = Docs();
  for (auto _ : state) {
    for (const AnalyzedDocument& d : docs) benchmark::DoNotOptimize(extractor.Extract(d, {}));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(docs.size()));
}
BENCHMARK(BM_EntityLayersCorpus);

// BM_EntityLayers on the articles of one language (the argument indexes SyntheticLanguages()).
void BM_EntityLayersByLanguage(benchmark::State& state) {
  if (TheGazetteer() == nullptr) return state.SkipWithError("no gazetteer");
  const std::string& lang = SyntheticLanguages()[static_cast<size_t>(state.range(0))];
  state.SetLabel(lang);
  Extractor extractor(TheGazetteer(), {.events = false});
  std::vector<const AnalyzedDocument*> docs;
  for (size_t k = 0; k < Docs().size(); ++k) {
    if (Corpus()[k].lang == lang) docs.push_back(&Docs()[k]);
  }
  if (docs.empty()) return state.SkipWithError("no articles");
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(extractor.Extract(*docs[i++ % docs.size()], {}));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EntityLayersByLanguage)->DenseRange(0, 11);

void BM_AllLayers(benchmark::State& state) {
  if (TheGazetteer() == nullptr) return state.SkipWithError("no gazetteer");
  Extractor extractor(TheGazetteer());
  const auto& docs = Docs();
  const auto& corpus = Corpus();
  size_t i = 0;
  for (auto _ : state) {
    const size_t k = i++ % docs.size();
    benchmark::DoNotOptimize(extractor.Extract(docs[k], FuzzyDate::Parse(corpus[k].published)));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AllLayers);

}  // namespace
}  // namespace newsloom
