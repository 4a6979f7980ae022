// Geotagging cost per article next to the Analyzer's, on the plain-text articles of the sample
// corpus (data/samples/text: 13 languages, 4 scripts). Report: items/s is articles/s
// (µs/article = 1e6 / items_per_second). BM_Geotag should stay well under 30% of BM_Analyze.
// Run from a release build.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/geotagger.h"
#include "text/analyzer.h"

namespace newsloom {
namespace {

std::vector<std::string> SampleTexts() {
  std::vector<std::string> texts;
  const std::filesystem::path dir = NEWSLOOM_SOURCE_DIR "/data/samples/text";
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::directory_iterator(dir)) paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
  }
  if (texts.empty()) std::abort();
  return texts;
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
    for (const std::string& t : SampleTexts()) {
      auto d = TheAnalyzer().Analyze(t, "");
      if (d.ok()) out->push_back(std::move(*d));
    }
    return out;
  }();
  return *docs;
}

void BM_Analyze(benchmark::State& state) {
  static const std::vector<std::string> texts = SampleTexts();
  for (const std::string& t : texts) benchmark::DoNotOptimize(TheAnalyzer().Analyze(t, ""));
  size_t i = 0;
  for (auto _ : state) {
    auto d = TheAnalyzer().Analyze(texts[i++ % texts.size()], "");
    benchmark::DoNotOptimize(d);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Analyze);

void BM_Geotag(benchmark::State& state) {
  auto g = Gazetteer::Open(NEWSLOOM_GAZETTEER_PATH);
  if (!g.ok()) {
    state.SkipWithError("no gazetteer");
    return;
  }
  Geotagger tagger(g->get());
  const auto& docs = Docs();
  size_t i = 0, places = 0;
  for (auto _ : state) {
    Geotag tag = tagger.Tag(docs[i++ % docs.size()]);
    places += tag.places.size();
    benchmark::DoNotOptimize(tag);
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["places/article"] = static_cast<double>(places) / state.iterations();
}
BENCHMARK(BM_Geotag);

}  // namespace
}  // namespace newsloom
