// Cost of EntityTagger::Tag on a ~3 KB article (already analysed), English and Russian.
#include <string>

#include "benchmark/benchmark.h"
#include "extract/entity_tagger.h"
#include "text/analyzer.h"

namespace newsloom {
namespace {

std::string Article(const char* paragraph) {
  std::string text;
  while (text.size() < 3000) text += std::string(paragraph) + "\n\n";
  return text;
}

void Run(benchmark::State& state, const char* paragraph, const char* lang) {
  auto analyzer = Analyzer::Create();
  auto doc = (*analyzer)->Analyze(Article(paragraph), lang);
  const EntityTagger& tagger = EntityTagger::Default();
  for (auto _ : state) {
    auto entities = tagger.Tag(*doc, nullptr);
    benchmark::DoNotOptimize(entities);
  }
}

void BM_TagEnglish(benchmark::State& state) {
  Run(state,
      "BISHKEK (Reuters) - Thousands of protesters gathered on Tuesday outside the government "
      "building, said Interior Ministry spokeswoman Anna Petrova. Former president Daniyar "
      "Kasymov told the OSCE that the Central Election Commission had ignored complaints. "
      "Kasymov's Unity Party called for calm, according to AP. Photo: Ivan Smirnov / AFP",
      "en");
}
BENCHMARK(BM_TagEnglish);

void BM_TagRussian(benchmark::State& state) {
  Run(state,
      "Тысячи человек вышли во вторник на площадь, сообщает ТАСС. Бывший президент Данияр "
      "Касымов заявил представителям ОБСЕ, что Центральная избирательная комиссия проигнорировала "
      "жалобы. Касымова поддержала партия «Единство», передает Интерфакс.",
      "ru");
}
BENCHMARK(BM_TagRussian);

}  // namespace
}  // namespace newsloom
