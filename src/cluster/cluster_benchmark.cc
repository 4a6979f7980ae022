// Cost of same-story similarity: building an article's features and comparing two articles.
#include <benchmark/benchmark.h>

#include <map>
#include <string>

#include "cluster/similarity.h"
#include "text/analyzer.h"

namespace newsloom::cluster {
namespace {

// About 3 KB of news-like text in `lang` (our own sentences, repeated with variation).
std::string Article(const std::string& lang, int seed) {
  const char* en =
      "Thousands of protesters gathered in the capital on Saturday after the election result "
      "was announced. Police used tear gas and arrested {} people, the interior ministry said. "
      "President Ivanov called for calm and promised an inquiry into the violence. ";
  const char* nl =
      "Duizenden betogers kwamen zaterdag in de hoofdstad bijeen nadat de verkiezingsuitslag "
      "bekend was gemaakt. De politie zette traangas in en arresteerde {} mensen, meldde het "
      "ministerie van Binnenlandse Zaken. President Ivanov riep op tot kalmte. ";
  std::string out;
  for (int i = 0; out.size() < 3000; ++i) {
    std::string s = lang == "nl" ? nl : en;
    s.replace(s.find("{}"), 2, std::to_string(seed * 100 + i));
    out += s;
  }
  return out;
}

const AnalyzedDocument& Doc(const std::string& lang, int seed) {
  static auto* analyzer = Analyzer::Create()->release();
  static std::map<std::pair<std::string, int>, AnalyzedDocument> docs;
  auto key = std::make_pair(lang, seed);
  auto it = docs.find(key);
  if (it == docs.end()) it = docs.emplace(key, *analyzer->Analyze(Article(lang, seed), lang)).first;
  return it->second;
}

void BM_Features(benchmark::State& state, const char* lang) {
  const SimilarityModel& model = SimilarityModel::Default();
  const AnalyzedDocument& doc = Doc(lang, 1);
  for (auto _ : state) benchmark::DoNotOptimize(model.Features(doc));
  state.SetBytesProcessed(state.iterations() * doc.text.size());
}
BENCHMARK_CAPTURE(BM_Features, en, "en");
BENCHMARK_CAPTURE(BM_Features, nl, "nl");

void BM_Compare(benchmark::State& state) {
  const SimilarityModel& model = SimilarityModel::Default();
  ArticleFeatures a = model.Features(Doc("en", 1)), b = model.Features(Doc("nl", 2));
  for (auto _ : state) benchmark::DoNotOptimize(model.Compare(a, b));
}
BENCHMARK(BM_Compare);

void BM_Signals(benchmark::State& state) {
  const SimilarityModel& model = SimilarityModel::Default();
  ArticleFeatures a = model.Features(Doc("en", 1)), b = model.Features(Doc("nl", 2));
  for (auto _ : state) benchmark::DoNotOptimize(model.Signals(a, b));
}
BENCHMARK(BM_Signals);

}  // namespace
}  // namespace newsloom::cluster
