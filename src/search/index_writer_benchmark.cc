// The per-article cost of writing the search index during a run (index_writer.h), on the
// synthetic corpus of `newsloom bench` (bench/synthetic_corpus.h, 12 languages):
//   BM_Prepare        SearchIndexWriter::Prepare (the analysis threads' share: title
//                     analysis, words, stems, dictionary pivots, concepts, name keys, and
//                     the Xapian::Document of the text terms);
//   BM_WriteAndClose  Add + Close of kWriteBatch prepared articles into a fresh index, in
//                     process CPU time (the writer thread's share: fact terms, Xapian
//                     inversion, commits);
//   BM_ConceptFind, BM_DictionaryFind  the lookups Prepare and the story features share.
// The articles are analysed once, outside the timings.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "bench/synthetic_corpus.h"
#include "cluster/concept_matcher.h"
#include "core/json_writer.h"
#include "resources/dictionary.h"
#include "search/index_writer.h"
#include "text/analyzer.h"

namespace newsloom {
namespace {

constexpr int kArticles = 240;     // 20 per language
constexpr int kWriteBatch = 1000;  // articles per BM_WriteAndClose iteration (2 commits)

struct Article {
  SyntheticArticle source;
  AnalyzedDocument doc;
  search::NameRanges names;  // every 25th word, as a stand-in for person mentions
  std::string json;          // the facts line: a place and a person with their mentions
};

class Fixture {
 public:
  static Fixture& Get() {
    static Fixture* f = new Fixture();
    return *f;
  }
  const search::SearchResources& resources() const { return *resources_; }
  const std::vector<Article>& articles() const { return articles_; }
  const std::filesystem::path& dir() const { return dir_; }

 private:
  Fixture() {
    resources_ = *search::SearchResources::Default();
    // The pipeline's analysis has latin keys (the name keys read them); the resources' does not.
    analyzer_ = std::move(*Analyzer::Create());
    dir_ = std::filesystem::temp_directory_path() / "newsloom_index_writer_benchmark";
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    SyntheticCorpusOptions options;
    options.articles = kArticles;
    options.duplicate_share = 0;
    for (SyntheticArticle& s : GenerateSyntheticCorpus(options)) {
      Article a;
      a.doc = std::move(*analyzer_->Analyze(s.text, s.lang));
      a.source = std::move(s);
      size_t words = 0;
      for (const Token& t : a.doc.tokens) {
        if (t.kind == TokenKind::kWord && ++words % 25 == 0) a.names.emplace_back(t.begin, t.end);
      }
      a.json = FactsJson(a.names);
      articles_.push_back(std::move(a));
    }
  }

  static std::string FactsJson(const search::NameRanges& names) {
    JsonWriter w;
    w.BeginObject().Key("places").BeginArray().BeginObject().Key("geonameid").Int(1528675);
    w.Key("country").String("KG").EndObject().EndArray();
    w.Key("persons").BeginArray().BeginObject().Key("entity_id").String("p:45fb6c0db118d55a");
    w.Key("mentions").BeginArray();
    for (const auto& [begin, end] : names) {
      w.BeginObject().Key("start").Int(begin).Key("end").Int(end).EndObject();
    }
    w.EndArray().EndObject().EndArray();
    w.Key("events").BeginArray().BeginObject().Key("type").String("Protests").EndObject();
    w.EndArray().EndObject();
    return w.Release();
  }

  const search::SearchResources* resources_ = nullptr;
  std::unique_ptr<Analyzer> analyzer_;
  std::filesystem::path dir_;
  std::vector<Article> articles_;
};

std::unique_ptr<SearchIndexWriter> OpenWriter(const std::string& name) {
  const std::string db = (Fixture::Get().dir() / name).string();
  std::filesystem::remove_all(SearchIndexPath(db));
  auto w = SearchIndexWriter::Open(db);
  return w.ok() ? std::move(*w) : nullptr;
}

void BM_Prepare(benchmark::State& state) {
  const Fixture& f = Fixture::Get();
  std::unique_ptr<SearchIndexWriter> writer = OpenWriter("prepare.db");
  if (writer == nullptr) {
    state.SkipWithError("cannot open the index");
    return;
  }
  size_t i = 0;
  for (auto _ : state) {
    const Article& a = f.articles()[i++ % f.articles().size()];
    auto p = writer->Prepare(a.doc, a.source.lang, a.source.title, a.names);
    benchmark::DoNotOptimize(p);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Prepare)->Unit(benchmark::kMicrosecond);

void BM_WriteAndClose(benchmark::State& state) {
  const Fixture& f = Fixture::Get();
  for (auto _ : state) {
    state.PauseTiming();
    std::unique_ptr<SearchIndexWriter> writer = OpenWriter("write.db");
    std::vector<SearchIndexWriter::Prepared> prepared;
    for (int i = 0; i < kWriteBatch; ++i) {
      const Article& a = f.articles()[i % f.articles().size()];
      prepared.push_back(*writer->Prepare(a.doc, a.source.lang, a.source.title, a.names));
    }
    state.ResumeTiming();
    for (int i = 0; i < kWriteBatch; ++i) {
      const Article& a = f.articles()[i % f.articles().size()];
      StoredArticle stored;
      stored.id = "a" + std::to_string(i);
      stored.lang = a.source.lang;
      stored.text = a.source.text;
      stored.json = a.json;
      stored.ingested_at = 1 + i;
      if (!writer->Add(std::move(prepared[i]), std::move(stored)).ok()) state.SkipWithError("add");
    }
    if (!writer->Close().ok()) state.SkipWithError("close");
  }
  state.SetItemsProcessed(state.iterations() * kWriteBatch);
}
BENCHMARK(BM_WriteAndClose)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();

void BM_ConceptFind(benchmark::State& state) {
  const Fixture& f = Fixture::Get();
  size_t i = 0;
  for (auto _ : state) {
    const Article& a = f.articles()[i++ % f.articles().size()];
    auto hits = f.resources().concepts->Find(a.doc);
    benchmark::DoNotOptimize(hits);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ConceptFind)->Unit(benchmark::kMicrosecond);

// Every word of an article looked up by its stem, as the pivots are.
void BM_DictionaryFind(benchmark::State& state) {
  const Fixture& f = Fixture::Get();
  const Dictionary* dict = f.resources().dictionary;
  if (dict == nullptr) {
    state.SkipWithError("no dictionary");
    return;
  }
  size_t i = 0, found = 0;
  for (auto _ : state) {
    const Article& a = f.articles()[i++ % f.articles().size()];
    for (const Token& t : a.doc.tokens) {
      if (t.kind == TokenKind::kWord) found += dict->Find(a.source.lang, t.stem).has_value();
    }
  }
  benchmark::DoNotOptimize(found);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DictionaryFind)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace newsloom
