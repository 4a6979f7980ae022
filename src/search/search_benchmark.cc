// Query latency of SearchIndex::Search (expansion, Xapian match, story grouping, snippets) and
// query expansion alone, over an index of kArticles short multilingual articles in kStories
// stories, built once in a temporary directory. With NEWSLOOM_SEARCH_BENCH_DB=PATH (a
// database written by `newsloom analyze`), that database is copied and indexed instead, and
// the index build time is printed — how the numbers in the report on data/samples were made.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/json_writer.h"
#include "resources/gazetteer.h"
#include "search/query_expander.h"
#include "search/search_index.h"

namespace newsloom {
namespace {

constexpr int kArticles = 3000;
constexpr int kStories = 300;

struct Template {
  const char* lang;
  const char* text;
  const char* place;  // surface in the text, looked up in the gazetteer
};

// Short texts of our own; each article takes one, with its number appended so texts differ.
const Template kTemplates[] = {
    {"de", "Tausende Demonstranten zogen in Almaty vor das Rathaus; die Polizei nahm viele fest.",
     "Almaty"},
    {"es", "Miles de manifestantes protestaron en Almaty y la policía detuvo a decenas.", "Almaty"},
    {"nl", "In Bisjkek bestormden betogers het parlement na de verkiezingen.", "Bisjkek"},
    {"nb", "Demonstranter samlet seg i Bisjkek, og opprørspolitiet ble satt inn.", "Bisjkek"},
    {"en", "Heavy rain flooded the streets of Lisbon and the river burst its banks.", "Lisbon"},
    {"ru", "В Москве открылась выставка современного искусства для сотен гостей.", "Москве"},
    {"fr", "Une grève des cheminots a paralysé les trains autour de Lyon ce matin.", "Lyon"},
    {"it", "Un terremoto ha colpito la zona di Napoli senza causare vittime.", "Napoli"},
};

class Fixture {
 public:
  static Fixture& Get() {
    static Fixture* f = new Fixture();
    return *f;
  }
  SearchIndex* index() { return index_.get(); }
  const std::string& db() const { return db_; }
  Store* store() { return store_.get(); }
  const search::SearchResources* resources() { return resources_; }

 private:
  Fixture() {
    resources_ = *search::SearchResources::Default();
    dir_ = std::filesystem::temp_directory_path() / "newsloom_search_benchmark";
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = (dir_ / "bench.db").string();
    if (const char* given = std::getenv("NEWSLOOM_SEARCH_BENCH_DB")) {
      std::filesystem::copy_file(given, db_);
      store_ = std::move(*OpenSqliteStore(db_));
    } else {
      store_ = std::move(*OpenSqliteStore(db_));
      Fill();
    }
    SearchSyncStats stats;
    Status st = SyncSearchIndex(store_.get(), db_, {}, &stats);
    if (!st.ok()) std::fprintf(stderr, "sync: %s\n", st.ToString().c_str());
    std::fprintf(stderr, "indexed %lld articles in %.3f s (%.0f articles/s)\n",
                 static_cast<long long>(stats.indexed), stats.seconds,
                 stats.indexed / std::max(1e-9, stats.seconds));
    // Again, now that the resources are loaded and threads warm: the pure indexing cost.
    std::filesystem::remove_all(SearchIndexPath(db_));
    st = SyncSearchIndex(store_.get(), db_, {}, &stats);
    std::fprintf(stderr, "re-indexed %lld articles in %.3f s (%.0f articles/s)\n",
                 static_cast<long long>(stats.indexed), stats.seconds,
                 stats.indexed / std::max(1e-9, stats.seconds));
    index_ = std::move(*SearchIndex::Open(SearchIndexPath(db_)));
  }

  void Fill() {
    (void)store_->BeginBatch();
    std::vector<std::vector<StoredStoryMember>> members(kStories);
    for (int i = 0; i < kArticles; ++i) {
      const Template& t = kTemplates[i % std::size(kTemplates)];
      StoredArticle a;
      a.id = "a" + std::to_string(i);
      a.source = a.id;
      a.lang = t.lang;
      a.text = std::string(t.text) + " (" + std::to_string(i) + ")";
      a.json = PlaceJson(a, t.place);
      (void)store_->PutArticle(a);
      StoredStoryMember m;
      m.article_id = a.id;
      m.story_id = "s" + std::to_string(i % kStories);
      m.position = static_cast<int64_t>(members[i % kStories].size());
      members[i % kStories].push_back(m);
    }
    for (int s = 0; s < kStories; ++s) {
      StoredStory story;
      story.id = "s" + std::to_string(s);
      story.json = "{}";
      (void)store_->PutStory(story, members[s]);
    }
    (void)store_->Commit();
  }

  std::string PlaceJson(const StoredArticle& a, std::string_view place) {
    uint32_t id = 0;
    if (resources_->gazetteer != nullptr) {
      for (const NameHit& h : resources_->gazetteer->LookupName(place)) {
        if (h.kind == EntityKind::kPlace) {
          id = resources_->gazetteer->place(h.index).geonameid;
          break;
        }
      }
    }
    const size_t at = a.text.find(place);
    JsonWriter w;
    w.BeginObject().Key("id").String(a.id).Key("places").BeginArray();
    if (id != 0 && at != std::string::npos) {
      w.BeginObject().Key("geonameid").Int(id).Key("mentions").BeginArray().BeginObject();
      w.Key("start").Int(static_cast<int64_t>(at));
      w.Key("end").Int(static_cast<int64_t>(at + place.size())).EndObject().EndArray();
      w.EndObject();
    }
    w.EndArray().EndObject();
    return w.Release();
  }

  const search::SearchResources* resources_ = nullptr;
  std::filesystem::path dir_;
  std::string db_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<SearchIndex> index_;
};

const char* const kQueries[] = {"Almaty protest", "Бишкек", "flood Lisbon river", "police arrests",
                                "grève Lyon"};

void BM_Search(benchmark::State& state) {
  Fixture& f = Fixture::Get();
  SearchRequest r;
  r.limit = 10;
  r.snippets = state.range(0) != 0;
  size_t q = 0;
  for (auto _ : state) {
    r.query = kQueries[q++ % std::size(kQueries)];
    auto found = f.index()->Search(r, f.store());
    if (!found.ok()) state.SkipWithError("search failed");
    benchmark::DoNotOptimize(found);
  }
}
BENCHMARK(BM_Search)->Arg(0)->Arg(1)->ArgName("snippets")->Unit(benchmark::kMillisecond);

// Rebuilds a second index of the same articles from scratch (on the calling thread when there
// are fewer than 200 articles, else on the sync's pool): the indexing cost per article.
void BM_SyncRebuild(benchmark::State& state) {
  Fixture& f = Fixture::Get();
  const std::string copy = f.db() + ".rebuild.db";
  for (const char* ext : {"", "-wal"}) {  // the fixture's store is open: its WAL too
    std::filesystem::remove(copy + ext);
    if (std::filesystem::exists(f.db() + ext)) std::filesystem::copy_file(f.db() + ext, copy + ext);
  }
  auto store = OpenSqliteStore(copy);
  if (!store.ok()) {
    state.SkipWithError("cannot open the copy");
    return;
  }
  int64_t articles = 0;
  for (auto _ : state) {
    std::filesystem::remove_all(SearchIndexPath(copy));
    SearchSyncStats stats;
    if (!SyncSearchIndex(store->get(), copy, {}, &stats).ok()) state.SkipWithError("sync failed");
    articles += stats.indexed;
  }
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(articles), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SyncRebuild)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();

void BM_Expand(benchmark::State& state) {
  Fixture& f = Fixture::Get();
  search::QueryExpander expander(f.resources());
  size_t q = 0;
  for (auto _ : state) {
    auto e = expander.Expand(kQueries[q++ % std::size(kQueries)]);
    benchmark::DoNotOptimize(e);
  }
}
BENCHMARK(BM_Expand)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace newsloom
