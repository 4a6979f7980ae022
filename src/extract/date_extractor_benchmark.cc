// Cost of DateExtractor::Extract + EventDate on ~3 KB news articles (analysis excluded).
#include <string>

#include "benchmark/benchmark.h"
#include "extract/date_extractor.h"
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

void BM_Extract(benchmark::State& state, std::string_view lang, std::string_view paragraph) {
  auto analyzer = Analyzer::Create();
  auto doc = (*analyzer)->Analyze(Article(paragraph), lang);
  doc->lang = std::string(lang);
  const DateExtractor& x = DateExtractor::Default();
  const std::optional<FuzzyDate> published = FuzzyDate::Make(2022, 1, 7);
  for (auto _ : state) {
    DateFacts facts = x.Extract(*doc, published);
    auto event = x.EventDate(*doc, facts, {}, published);
    benchmark::DoNotOptimize(facts);
    benchmark::DoNotOptimize(event);
  }
}

BENCHMARK_CAPTURE(BM_Extract, en, "en",
                  "Police fired tear gas at thousands of protesters on Thursday, 6 January, "
                  "after two days of riots in the largest city. Earlier this year the former "
                  "minister was sentenced to eleven years. In 2005 protesters stormed the "
                  "building, and yesterday at 14:30 some 2,300 people were detained.");
BENCHMARK_CAPTURE(BM_Extract, ru, "ru",
                  "В четверг, 6 января, полиция применила слезоточивый газ после двух дней "
                  "беспорядков в крупнейшем городе. Ранее в этом году бывший министр был "
                  "приговорён к одиннадцати годам. В 2005 году протестующие захватили здание, "
                  "а вчера задержаны 2 298 человек.");
BENCHMARK_CAPTURE(BM_Extract, zh, "zh",
                  "警方6日向数千名示威者发射催泪弹，此前该市已连续两天发生骚乱。2022年1月6日，"
                  "上周四和昨天共有2300人被捕。2005年抗议者曾冲击政府大楼。");

}  // namespace
}  // namespace newsloom
