// CPU of the event layers of extraction (dates and background, figures, event type, actors)
// per article of the `newsloom bench` synthetic corpus (12 languages, ~3 KB articles), the way
// Extractor::Extract runs them; text analysis is done once, before timing. One benchmark per
// layer and one for all of them; the time is per pass over kArticles articles.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <vector>

#include "bench/synthetic_corpus.h"
#include "core/fuzzy_date.h"
#include "extract/actor_lexicon.h"
#include "extract/date_extractor.h"
#include "extract/event_classifier.h"
#include "extract/figure_extractor.h"
#include "extract/number_parser.h"
#include "text/analyzer.h"

namespace newsloom {
namespace {

constexpr uint64_t kArticles = 240;  // 20 per language

struct Corpus {
  std::vector<AnalyzedDocument> docs;
  std::vector<std::optional<FuzzyDate>> published;
};

const Corpus& TheCorpus() {
  static const Corpus* corpus = [] {
    auto analyzer = Analyzer::Create();
    if (!analyzer.ok()) std::abort();
    SyntheticCorpusOptions options;
    options.articles = kArticles;
    auto* c = new Corpus();
    for (const SyntheticArticle& a : GenerateSyntheticCorpus(options)) {
      auto doc = (*analyzer)->Analyze(a.title + "\n\n" + a.text, a.lang);
      if (!doc.ok()) std::abort();
      c->docs.push_back(std::move(*doc));
      c->published.push_back(FuzzyDate::Parse(a.published));
    }
    return c;
  }();
  return *corpus;
}

void Report(benchmark::State& state) {
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kArticles));
}

// Builds the corpus only: with --benchmark_min_time=0 (one iteration), whole-process counts
// (perf stat -e instructions) of another benchmark minus this one's are its own, robust to
// the load of a shared machine.
void BM_CorpusOnly(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) benchmark::DoNotOptimize(c.docs.size());
}
BENCHMARK(BM_CorpusOnly);

void BM_Dates(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    for (size_t i = 0; i < c.docs.size(); ++i) {
      benchmark::DoNotOptimize(DateExtractor::Default().Extract(c.docs[i], c.published[i]));
    }
  }
  Report(state);
}
BENCHMARK(BM_Dates)->Unit(benchmark::kMillisecond);

void BM_Numbers(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    for (const AnalyzedDocument& doc : c.docs) {
      benchmark::DoNotOptimize(NumberParser::Default().FindAll(doc));
    }
  }
  Report(state);
}
BENCHMARK(BM_Numbers)->Unit(benchmark::kMillisecond);

void BM_Figures(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  std::vector<SentenceFlags> flags;
  for (size_t i = 0; i < c.docs.size(); ++i) {
    flags.push_back(DateExtractor::Default().Extract(c.docs[i], c.published[i]).flags);
  }
  for (auto _ : state) {
    for (size_t i = 0; i < c.docs.size(); ++i) {
      benchmark::DoNotOptimize(FigureExtractor::Default().Extract(c.docs[i], flags[i]));
    }
  }
  Report(state);
}
BENCHMARK(BM_Figures)->Unit(benchmark::kMillisecond);

void BM_Events(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  std::vector<SentenceFlags> flags;
  std::vector<std::vector<Figure>> figures;
  for (size_t i = 0; i < c.docs.size(); ++i) {
    flags.push_back(DateExtractor::Default().Extract(c.docs[i], c.published[i]).flags);
    figures.push_back(FigureExtractor::Default().Extract(c.docs[i], flags.back()));
  }
  for (auto _ : state) {
    for (size_t i = 0; i < c.docs.size(); ++i) {
      benchmark::DoNotOptimize(
          EventClassifier::Default().Classify(c.docs[i], flags[i], figures[i]));
    }
  }
  Report(state);
}
BENCHMARK(BM_Events)->Unit(benchmark::kMillisecond);

// Everything Extractor::Extract does after places and persons.
void BM_AllEventLayers(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  const DateExtractor& dates = DateExtractor::Default();
  size_t events = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < c.docs.size(); ++i) {
      const AnalyzedDocument& doc = c.docs[i];
      DateFacts date_facts = dates.Extract(doc, c.published[i]);
      std::vector<Figure> figures = FigureExtractor::Default().Extract(doc, date_facts.flags);
      std::vector<EventRecord> records =
          EventClassifier::Default().Classify(doc, date_facts.flags, figures);
      std::vector<uint32_t> sentences = {0, 1};
      for (const EventRecord& e : records) {
        for (const TextSpan& s : e.evidence) sentences.push_back(s.sentence);
      }
      std::sort(sentences.begin(), sentences.end());
      sentences.erase(std::unique(sentences.begin(), sentences.end()), sentences.end());
      benchmark::DoNotOptimize(ActorFinder::Default().FindInSentences(doc, sentences));
      for (const EventRecord& e : records) {
        if (!e.background) {
          benchmark::DoNotOptimize(dates.EventDate(doc, date_facts, sentences, c.published[i]));
        }
      }
      events += records.size();
    }
  }
  benchmark::DoNotOptimize(events);
  Report(state);
}
BENCHMARK(BM_AllEventLayers)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace newsloom
