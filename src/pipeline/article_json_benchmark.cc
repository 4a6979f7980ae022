// The articles.jsonl line of one article (ArticleToJson) and its store row (ToStoredArticle),
// as the pipeline's ordered stage builds them, on the synthetic corpus of `newsloom bench`
// (bench/synthetic_corpus.h: ~3 KB articles in 12 languages), analysed and extracted before
// timing. items/s is articles/s; bytes/s counts the JSON written. Run from a release build.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "bench/synthetic_corpus.h"
#include "core/fuzzy_date.h"
#include "extract/extractor.h"
#include "pipeline/article.h"
#include "pipeline/article_json.h"
#include "pipeline/stored_article.h"
#include "resources/gazetteer.h"
#include "text/analyzer.h"

namespace newsloom {
namespace {

constexpr size_t kArticles = 600;  // 50 per language

const std::vector<Article>& Articles() {
  static const auto* articles = [] {
    auto analyzer = Analyzer::Create();
    auto gazetteer = Gazetteer::Open(NEWSLOOM_GAZETTEER_PATH);
    if (!analyzer.ok() || !gazetteer.ok()) std::abort();
    Extractor extractor(gazetteer->get());
    auto* out = new std::vector<Article>;
    const auto corpus =
        GenerateSyntheticCorpus({.articles = kArticles, .seed = 7, .duplicate_share = 0});
    for (size_t i = 0; i < corpus.size(); ++i) {
      const SyntheticArticle& s = corpus[i];
      auto doc = (*analyzer)->Analyze(s.text, s.lang);
      if (!doc.ok()) std::abort();
      Article a;
      a.raw.id = s.id;
      a.raw.source = "/tmp/bench/corpus.jsonl#" + std::to_string(i + 1);
      a.raw.record = static_cast<int64_t>(i + 1);
      a.raw.format = SourceFormat::kJsonl;
      a.raw.title = s.title;
      a.raw.published = FuzzyDate::Parse(s.published);
      a.raw.text = s.text;
      a.doc = std::move(*doc);
      a.facts = extractor.Extract(a.doc, a.raw.published);
      a.extracted = true;
      out->push_back(std::move(a));
    }
    return out;
  }();
  return *articles;
}

void BM_ArticleToJson(benchmark::State& state) {
  const auto& articles = Articles();
  size_t i = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    std::string json = ArticleToJson(articles[i++ % articles.size()]);
    bytes += static_cast<int64_t>(json.size());
    benchmark::DoNotOptimize(json);
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_ArticleToJson);

// The JSON line and the store row built from it, as Pipeline::FinishArticle does.
void BM_JsonAndStoredArticle(benchmark::State& state) {
  const auto& articles = Articles();
  size_t i = 0;
  for (auto _ : state) {
    const Article& a = articles[i++ % articles.size()];
    StoredArticle stored = ToStoredArticle(a, ArticleToJson(a));
    benchmark::DoNotOptimize(stored);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_JsonAndStoredArticle);

}  // namespace
}  // namespace newsloom
