// What the pipeline's store stage costs per article (pipeline/pipeline.cc FinishBatch): one
// transaction per batch of 512 articles, each with PutArticle (~3 KB text, ~6.5 KB JSON line,
// the sizes of `newsloom bench`), its duplicate signature (532 bytes) and its entity links (4
// per article), then Commit — into a database file that grows as the benchmark runs, as the
// bench's does. items/s is articles/s (µs/article = 1e6 / items_per_second). Run from a release
// build; the database lives in the temporary directory.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "bench/synthetic_corpus.h"
#include "core/hash.h"
#include "core/json_writer.h"
#include "store/store.h"

namespace newsloom {
namespace {

constexpr size_t kBatch = 512;
constexpr size_t kCorpus = 1200;
constexpr size_t kLinksPerArticle = 4;
constexpr size_t kEntities = 1000;

const std::vector<SyntheticArticle>& Corpus() {
  static const auto* corpus = new std::vector<SyntheticArticle>(
      GenerateSyntheticCorpus({.articles = kCorpus, .seed = 11, .duplicate_share = 0}));
  return *corpus;
}

// An articles.jsonl-like line: the fields, then mentions enough to double the text's size.
std::string FakeJson(const SyntheticArticle& a, const std::string& id) {
  JsonWriter w;
  w.BeginObject().Key("id").String(id).Key("title").String(a.title).Key("lang").String(a.lang);
  w.Key("text").String(a.text).Key("persons").BeginArray();
  for (size_t at = 0; at + 40 < a.text.size(); at += 40) {
    w.BeginObject().Key("start").Int(static_cast<int64_t>(at)).Key("end").Int(at + 12);
    w.Key("surface").String(std::string_view(a.text).substr(at, 12)).EndObject();
  }
  w.EndArray().EndObject();
  return w.Release();
}

StoredArticle MakeArticle(size_t n) {
  const SyntheticArticle& a = Corpus()[n % Corpus().size()];
  StoredArticle s;
  s.id = "syn-" + std::to_string(n);
  s.source = "/tmp/bench/corpus.jsonl#" + std::to_string(n + 1);
  s.record = static_cast<int64_t>(n + 1);
  s.title = a.title;
  s.lang = a.lang;
  s.lang_confidence = 0.99;
  s.published = a.published;
  s.published_precision = "day";
  s.text = a.text;
  s.content_hash = Hash64(s.id);
  s.json = FakeJson(a, s.id);
  return s;
}

std::vector<StoredEntityLink> MakeLinks(const std::string& id, size_t n) {
  std::vector<StoredEntityLink> links;
  for (size_t k = 0; k < kLinksPerArticle; ++k) {
    StoredEntityLink l;
    l.article_id = id;
    l.entity_id = "p:" + HexHash64((n * 7 + k * 131) % kEntities);
    l.mentions = 2;
    l.name = "Name " + std::to_string(k);
    l.published = "2020-01-02";
    l.variants = {{"Name " + std::to_string(k), 1}, {"Surname", 1}};
    links.push_back(std::move(l));
  }
  return links;
}

std::vector<StoredEntity> MakeEntities() {
  std::vector<StoredEntity> entities;
  for (size_t i = 0; i < kEntities; ++i) {
    StoredEntity e;
    e.id = "p:" + HexHash64(i);
    e.kind = "person";
    e.key = "key " + std::to_string(i);
    e.display_name = "Person " + std::to_string(i);
    e.mention_count = 1;
    e.article_count = 1;
    e.variants.push_back({.text = e.display_name, .script = "Latn", .count = 1, .seq = 1});
    entities.push_back(std::move(e));
  }
  return entities;
}

// Bytes this process has passed to write(2) and pwrite(2) so far ("wchar" of /proc/self/io);
// 0 where that file does not exist.
double WrittenBytes() {
  std::FILE* f = std::fopen("/proc/self/io", "r");
  if (f == nullptr) return 0;
  char key[64];
  unsigned long long value = 0;
  double written = 0;
  while (std::fscanf(f, "%63s %llu", key, &value) == 2) {
    if (std::string_view(key) == "wchar:") written = static_cast<double>(value);
  }
  std::fclose(f);
  return written;
}

std::string FreshPath() {
  const std::string path =
      (std::filesystem::temp_directory_path() / "newsloom_store_benchmark.db").string();
  for (const char* ext : {"", "-wal", "-shm"}) std::remove((path + ext).c_str());
  return path;
}

// Batches of articles as the pipeline stores them (rows prepared before timing). Arguments:
// the page cache in MiB and the WAL autocheckpoint in pages (StoreOptions); 0 keeps the
// default. {2, 1000} is SQLite's own default.
void BM_StoreBatches(benchmark::State& state) {
  const std::string path = FreshPath();
  StoreOptions options;
  if (state.range(0) > 0) options.cache_bytes = state.range(0) << 20;
  if (state.range(1) > 0) options.wal_autocheckpoint_pages = static_cast<int>(state.range(1));
  auto store = OpenSqliteStore(path, options);
  if (!store.ok()) return state.SkipWithError("cannot open the database");
  if (!(*store)->PutEntities(MakeEntities()).ok()) return state.SkipWithError("entities");
  const std::string signature(532, '\x5a');
  std::vector<StoredArticle> rows;
  std::vector<std::vector<StoredEntityLink>> links;
  size_t next = 0;
  benchmark::IterationCount done = 0;
  const double written_before = WrittenBytes();
  for (auto _ : state) {
    state.PauseTiming();
    rows.clear();
    links.clear();
    for (size_t i = 0; i < kBatch; ++i, ++next) {
      rows.push_back(MakeArticle(next));
      rows.back().ingested_at = 1'700'000'000'000'000 + static_cast<int64_t>(next);
      links.push_back(MakeLinks(rows.back().id, next));
    }
    state.ResumeTiming();
    auto batch = Batch::Begin(store->get());
    if (!batch.ok()) return state.SkipWithError("begin");
    for (size_t i = 0; i < kBatch; ++i) {
      if (!(*store)->PutArticle(rows[i]).ok() ||
          !(*store)->PutDedupSignature(rows[i].id, signature).ok()) {
        return state.SkipWithError("put");
      }
    }
    for (size_t i = 0; i < kBatch; ++i) {
      if (!(*store)->PutEntityLinks(rows[i].id, links[i]).ok()) return state.SkipWithError("link");
    }
    if (!batch->Commit().ok()) return state.SkipWithError("commit");
    // Closing checkpoints what the WAL still holds: part of the cost, timed with the last batch.
    if (++done == state.max_iterations) store->reset();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kBatch));
  // WAL frames, checkpoints and the final checkpoint, per article.
  state.counters["written_per_article"] =
      (WrittenBytes() - written_before) / static_cast<double>(state.iterations() * kBatch);
  store->reset();
  FreshPath();
}
BENCHMARK(BM_StoreBatches)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(40)
    ->Args({0, 0})
    ->Args({2, 1000})
    ->Args({32, 1000})
    ->Args({32, 4096})
    ->Args({2, 8192})
    ->Args({64, 32768});

// Re-storing unchanged articles: the row-hash check alone (a re-run over the same input).
void BM_PutUnchanged(benchmark::State& state) {
  const std::string path = FreshPath();
  auto store = OpenSqliteStore(path);
  if (!store.ok()) return state.SkipWithError("cannot open the database");
  std::vector<StoredArticle> rows;
  for (size_t i = 0; i < kBatch; ++i) rows.push_back(MakeArticle(i));
  {
    auto batch = Batch::Begin(store->get());
    for (const StoredArticle& a : rows) (void)(*store)->PutArticle(a);
    if (!batch.ok() || !batch->Commit().ok()) return state.SkipWithError("setup");
  }
  size_t i = 0;
  for (auto _ : state) {
    auto r = (*store)->PutArticle(rows[i++ % rows.size()]);
    if (!r.ok() || *r != PutResult::kUnchanged) return state.SkipWithError("changed");
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  store->reset();
  FreshPath();
}
BENCHMARK(BM_PutUnchanged);

}  // namespace
}  // namespace newsloom
