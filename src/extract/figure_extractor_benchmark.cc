// Cost of FigureExtractor::Extract on a ~3 KB news article (text analysis excluded).
#include <benchmark/benchmark.h>

#include <string>

#include "extract/figure_extractor.h"
#include "text/analyzer.h"

namespace newsloom {
namespace {

std::string Article(const char* paragraph) {
  std::string text;
  while (text.size() < 3000) text += std::string(paragraph) + "\n\n";
  return text;
}

void Run(benchmark::State& state, const char* paragraph, const char* lang) {
  auto analyzer = Analyzer::Create().value();
  const AnalyzedDocument doc = analyzer->Analyze(Article(paragraph), lang).value();
  const FigureExtractor& extractor = FigureExtractor::Default();
  for (auto _ : state) benchmark::DoNotOptimize(extractor.Extract(doc, {}));
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(doc.text.size()));
}

void BM_English(benchmark::State& state) {
  Run(state,
      "Thousands of protesters gathered in the capital on Tuesday, and police said at least "
      "12 officers were killed and dozens of demonstrators died in clashes. More than 300 "
      "people were detained, 40 of them in the north. A 23-year-old student was sentenced to "
      "11 years in prison; the ministry deployed about 2,500 troops.",
      "en");
}
BENCHMARK(BM_English)->Unit(benchmark::kMicrosecond);

void BM_Dutch(benchmark::State& state) {
  Run(state,
      "Duizenden betogers kwamen dinsdag bijeen in de hoofdstad. Zeker twaalf agenten zijn om "
      "het leven gekomen en tientallen demonstranten raakten gewond. Er zijn ruim 300 mensen "
      "aangehouden, onder wie 40 minderjarigen. De regering stuurde drieduizend militairen.",
      "nl");
}
BENCHMARK(BM_Dutch)->Unit(benchmark::kMicrosecond);

void BM_Chinese(benchmark::State& state) {
  Run(state,
      "数万名抗议者周二聚集在首都。警方说，至少12名警察死亡，数十名示威者受伤。超过300人被拘留，"
      "其中40人在北部。政府部署了约2500名士兵。",
      "zh");
}
BENCHMARK(BM_Chinese)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace newsloom
