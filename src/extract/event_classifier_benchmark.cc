// EventClassifier::Classify on a ~3 KB analysed news article (analysis not timed).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

#include "extract/event_classifier.h"
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

void BM_Classify(benchmark::State& state, std::string_view paragraph, std::string_view lang) {
  auto analyzer = Analyzer::Create();
  if (!analyzer.ok()) std::abort();
  auto doc = (*analyzer)->Analyze(Article(paragraph), lang);
  if (!doc.ok()) std::abort();
  doc->lang = std::string(lang);
  const EventClassifier& classifier = EventClassifier::Default();
  size_t events = 0;
  for (auto _ : state) {
    events = classifier.Classify(*doc, {}, {}).size();
    benchmark::DoNotOptimize(events);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc->text.size()));
  state.counters["events"] = static_cast<double>(events);
}

BENCHMARK_CAPTURE(BM_Classify, en,
                  "Thousands of protesters marched on the government building on Tuesday and "
                  "some of them set cars on fire. Riot police fired tear gas and rubber bullets "
                  "to disperse the crowd, and the interior ministry said 40 people were "
                  "arrested. A curfew was imposed in the capital until further notice.",
                  "en");
BENCHMARK_CAPTURE(BM_Classify, de,
                  "Tausende Demonstranten zogen am Dienstag vor das Regierungsgebäude, einige "
                  "setzten Autos in Brand. Die Polizei setzte Tränengas und Wasserwerfer ein, "
                  "um die Menge aufzulösen; das Innenministerium meldete 40 Festnahmen. In der "
                  "Hauptstadt gilt eine nächtliche Ausgangssperre.",
                  "de");
BENCHMARK_CAPTURE(BM_Classify, ru,
                  "Тысячи протестующих во вторник двинулись к зданию правительства, некоторые "
                  "подожгли автомобили. Полиция применила слезоточивый газ и резиновые пули, "
                  "чтобы разогнать толпу; МВД сообщило о 40 задержанных. В столице введён "
                  "комендантский час.",
                  "ru");
BENCHMARK_CAPTURE(
    BM_Classify, zh,
    "周二数千名抗议者向政府大楼进发，部分人纵火焚烧汽车。警方发射催泪瓦斯和橡皮子弹驱散"
    "人群，内政部称有40人被捕。首都实施宵禁，直至另行通知。",
    "zh");

}  // namespace
}  // namespace newsloom
