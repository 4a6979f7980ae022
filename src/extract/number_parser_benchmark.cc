// FindAll over every sentence of a ~3 KB analysed news article (analysis not timed).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

#include "extract/number_parser.h"
#include "text/analyzer.h"

namespace newsloom {
namespace {

std::string Article(std::string_view paragraph) {
  std::string text;
  while (text.size() < 3000) {
    text += paragraph;
    text += "\n\n";
  }
  return text;
}

void BM_FindAll(benchmark::State& state, std::string_view paragraph, std::string_view lang) {
  auto analyzer = Analyzer::Create();
  if (!analyzer.ok()) std::abort();
  auto doc = (*analyzer)->Analyze(Article(paragraph), lang);
  if (!doc.ok()) std::abort();
  doc->lang = std::string(lang);
  const NumberParser& parser = NumberParser::Default();
  size_t found = 0;
  for (auto _ : state) {
    found = parser.FindAll(*doc).size();
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc->text.size()));
  state.counters["quantities"] = static_cast<double>(found);
}

BENCHMARK_CAPTURE(BM_FindAll, en,
                  "On Saturday at least 12 people were killed and more than 2,300 were "
                  "arrested when tens of thousands marched through the capital in 2022. "
                  "Police said two hundred and fifty officers were injured; about 1.5 million "
                  "people watched the march on television, according to the ministry.",
                  "en");
BENCHMARK_CAPTURE(BM_FindAll, nl,
                  "Op zaterdag kwamen zeker twaalf mensen om en werden meer dan 2.300 "
                  "betogers opgepakt toen tienduizenden mensen door de hoofdstad liepen. "
                  "Volgens de politie raakten tweehonderdvijftig agenten gewond en keken "
                  "ongeveer 1,5 miljoen mensen op 6 januari naar de beelden.",
                  "nl");
BENCHMARK_CAPTURE(BM_FindAll, zh,
                  "周六，至少十二人死亡，2300余人被捕，数万人在首都游行。警方表示，"
                  "两百五十名警察受伤，约150万人在2022年1月6日观看了电视转播。",
                  "zh");

}  // namespace
}  // namespace newsloom
