// Cost of EntityTagger::Tag on a ~3 KB article (already analysed), English, Russian and
// Chinese.
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

void BM_TagChinese(benchmark::State& state) {
  Run(state,
      "新华社消息，数千名抗议者星期二聚集在政府大楼外。内务部发言人表示，警方逮捕了四十人。"
      "欧安组织和联合国呼吁各方保持克制，路透社报道说，医院管理局称有十二人受伤。",
      "zh");
}
BENCHMARK(BM_TagChinese);

}  // namespace
}  // namespace newsloom
