// End to end: articles run through the whole pipeline (RunAnalysis, which syncs the search
// index at the end), then cross-lingual queries. Our own short texts always; the issue's
// acceptance queries on ../shared/seeds when it exists.
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include "gtest/gtest.h"
#include "pipeline/analysis_run.h"
#include "pipeline/pipeline.h"
#include "search/index_layout.h"
#include "search/index_writer.h"
#include "search/search_index.h"
#include "search/search_test_util.h"

namespace newsloom {
namespace {

const std::string kSeeds = std::string(NEWSLOOM_SOURCE_DIR) + "/../shared/seeds";

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// Runs `inputs` into `dir`/newsloom.db; returns the database path.
std::string Analyze(const std::string& input, const std::string& dir) {
  AnalysisRunOptions o;
  o.pipeline.progress = false;
  o.pipeline.threads = 2;
  o.db_path = dir + "/newsloom.db";
  o.command = "search_pipeline_test";
  auto summary = RunAnalysis(Env::Default(), {input}, o);
  EXPECT_TRUE(summary.ok()) << summary.status();
  return o.db_path;
}

struct Found {
  std::vector<std::string> stories;             // ranked
  std::vector<std::set<std::string>> articles;  // per story: matched article ids
  std::vector<std::set<std::string>> langs;     // per story: matched languages
};

Found SearchFor(const std::string& db, const std::string& query) {
  Found f;
  auto store = OpenSqliteStore(db);
  EXPECT_TRUE(store.ok()) << store.status();
  if (!store.ok()) return f;
  auto index = SearchIndex::Open(SearchIndexPath(db));
  EXPECT_TRUE(index.ok()) << index.status();
  if (!index.ok()) return f;
  SearchRequest r;
  r.query = query;
  r.matches_per_story = 10;
  auto got = (*index)->Search(r, store->get());
  EXPECT_TRUE(got.ok()) << got.status();
  if (!got.ok()) return f;
  for (const StoryMatch& s : got->items) {
    f.stories.push_back(s.story_id);
    f.articles.emplace_back();
    f.langs.emplace_back();
    for (const SearchMatch& m : s.matches) {
      f.articles.back().insert(m.article_id);
      f.langs.back().insert(m.lang);
    }
  }
  return f;
}

TEST(SearchPipelineTest, AnalyzeBuildsTheIndexAndCrossLingualQueriesWork) {
  const std::string dir = search::TestDir();
  const std::string in = dir + "/in";
  std::filesystem::create_directories(in);
  WriteFile(in + "/de_protest.txt",
            "Proteste in Almaty\n\nTausende Demonstranten sind am Montag in Almaty auf die Straße "
            "gegangen, um gegen die hohen Gaspreise zu protestieren. Die Polizei setzte Tränengas "
            "ein und nahm in Almaty Dutzende Menschen fest.\n");
  WriteFile(in + "/es_protest.txt",
            "Protestas en Almaty\n\nMiles de manifestantes salieron el lunes a las calles de "
            "Almaty para protestar contra la subida del precio del gas. La policía usó gases "
            "lacrimógenos y detuvo a decenas de personas en Almaty.\n");
  WriteFile(in + "/ru_art.txt",
            "Выставка в Новосибирске\n\nВ Новосибирске во вторник открылась большая выставка "
            "современного искусства. За первый день её посетили сотни жителей города.\n");
  WriteFile(in + "/en_flood.txt",
            "Floods in Lisbon\n\nHeavy rain flooded the streets of Lisbon on Tuesday, and the "
            "river rose above its banks for the first time in a decade.\n");
  const std::string db = Analyze(in, dir);
  ASSERT_TRUE(std::filesystem::is_directory(SearchIndexPath(db)));

  // An English word and the city in Cyrillic: both reports, ranked above anything else.
  Found f = SearchFor(db, "protest Алматы");
  ASSERT_FALSE(f.stories.empty());
  std::set<std::string> langs;
  size_t s = 0;
  for (; s < f.stories.size() && langs.size() < 2; ++s) {
    for (const std::string& l : f.langs[s]) langs.insert(l);
    EXPECT_TRUE(f.langs[s].count("de") || f.langs[s].count("es")) << "rank " << s;
  }
  EXPECT_EQ(langs, (std::set<std::string>{"de", "es"}));

  // Cyrillic city name, Latin-script article; and a word only the dictionary connects.
  f = SearchFor(db, "Лиссабон");
  ASSERT_FALSE(f.stories.empty());
  EXPECT_TRUE(f.langs[0].count("en"));
  f = SearchFor(db, "Novosibirsk");
  ASSERT_FALSE(f.stories.empty());
  EXPECT_TRUE(f.langs[0].count("ru"));

  // A second run over the same input changes nothing and keeps the index in step.
  Analyze(in, dir);
  auto store = OpenSqliteStore(db);
  ASSERT_TRUE(store.ok());
  EXPECT_FALSE(*SearchIndexIsStale(store->get(), db));
}

// Everything an index holds about each document, by article id.
struct IndexedDoc {
  std::string data, ingested_at, published;
  std::map<std::string, Xapian::termcount> terms;  // term -> wdf
  bool operator==(const IndexedDoc&) const = default;
};

std::map<std::string, IndexedDoc> ReadIndex(const std::string& path) {
  std::map<std::string, IndexedDoc> out;
  Xapian::Database db(path);
  for (auto id = db.postlist_begin(""); id != db.postlist_end(""); ++id) {
    Xapian::Document d = db.get_document(*id);
    IndexedDoc x;
    x.data = d.get_data();
    x.ingested_at = d.get_value(search::kIngestedAtSlot);
    x.published = d.get_value(search::kPublishedSlot);
    for (auto t = d.termlist_begin(); t != d.termlist_end(); ++t) x.terms[*t] = t.get_wdf();
    out[search::DecodeDocData(x.data).id] = std::move(x);
  }
  return out;
}

// The pipeline writes the index from its own analysis while it runs; the result must be the
// index SyncSearchIndex builds from the store afterwards, document for document.
TEST(SearchPipelineTest, IndexWrittenDuringTheRunEqualsASyncFromTheStore) {
  const std::string samples = std::string(NEWSLOOM_SOURCE_DIR) + "/data/samples/text";
  const std::string dir = search::TestDir();
  const std::string db = dir + "/run.db";
  {
    auto store = OpenSqliteStore(db);
    ASSERT_TRUE(store.ok()) << store.status();
    auto writer = SearchIndexWriter::Open(db);
    ASSERT_TRUE(writer.ok()) << writer.status();
    PipelineOptions po;
    po.progress = false;
    po.threads = 2;
    po.cluster = false;
    auto pipeline = Pipeline::Create(Env::Default(), po, store->get(), nullptr);
    ASSERT_TRUE(pipeline.ok()) << pipeline.status();
    (*pipeline)->set_search_index(writer->get());
    ASSERT_TRUE((*pipeline)->Run({samples}).ok());
    EXPECT_GT((*pipeline)->summary().analysed, 50u);
    ASSERT_TRUE((*writer)->Close().ok());
    // Written on the writer's thread: all of them once Close has returned.
    EXPECT_EQ((*writer)->added(), static_cast<int64_t>((*pipeline)->summary().analysed));
  }
  // The same database, indexed from scratch by a sync.
  const std::string copy = dir + "/copy.db";
  std::filesystem::copy_file(db, copy);
  {
    auto store = OpenSqliteStore(copy);
    ASSERT_TRUE(store.ok()) << store.status();
    SearchSyncStats stats;
    ASSERT_TRUE(SyncSearchIndex(store->get(), copy, {}, &stats).ok());
    EXPECT_TRUE(stats.rebuilt);
  }
  const auto written = ReadIndex(SearchIndexPath(db));
  const auto synced = ReadIndex(SearchIndexPath(copy));
  ASSERT_EQ(written.size(), synced.size());
  for (const auto& [id, doc] : synced) {
    auto it = written.find(id);
    ASSERT_NE(it, written.end()) << id;
    EXPECT_EQ(it->second.data, doc.data) << id;
    EXPECT_EQ(it->second.ingested_at, doc.ingested_at) << id;
    EXPECT_EQ(it->second.published, doc.published) << id;
    for (const auto& [term, wdf] : doc.terms) {
      auto t = it->second.terms.find(term);
      EXPECT_TRUE(t != it->second.terms.end() && t->second == wdf)
          << id << ": term " << term << " wdf " << wdf << " synced, "
          << (t == it->second.terms.end() ? 0 : t->second) << " written";
    }
    EXPECT_EQ(it->second.terms.size(), doc.terms.size()) << id;
  }
  // A sync after the run finds nothing to do.
  auto store = OpenSqliteStore(db);
  ASSERT_TRUE(store.ok());
  SearchSyncStats stats;
  ASSERT_TRUE(SyncSearchIndex(store->get(), db, {}, &stats).ok());
  EXPECT_EQ(stats.indexed, 0);
}

TEST(SearchPipelineTest, SeedsAcceptanceQueries) {
  if (!std::filesystem::exists(kSeeds)) GTEST_SKIP() << "no " << kSeeds << ": skipped";
  const std::string db = Analyze(kSeeds, search::TestDir());

  // "Almaty protest" finds the Dutch reports: the Kazakhstan story, first.
  Found f = SearchFor(db, "Almaty protest");
  ASSERT_FALSE(f.stories.empty());
  EXPECT_TRUE(f.articles[0].count("002_3a4275490f53a859"));
  EXPECT_TRUE(f.articles[0].count("003_eb47b517691dc6ae"));
  EXPECT_EQ(f.langs[0], std::set<std::string>{"nl"});

  // "Бишкек" finds the Norwegian one.
  f = SearchFor(db, "Бишкек");
  bool norwegian = false;
  for (const auto& articles : f.articles) norwegian |= articles.count("001_6e9735e04485fc5e") > 0;
  EXPECT_TRUE(norwegian);
  // ... and nothing from Kazakhstan.
  for (const auto& articles : f.articles) {
    EXPECT_FALSE(articles.count("002_3a4275490f53a859"));
    EXPECT_FALSE(articles.count("003_eb47b517691dc6ae"));
  }
}

}  // namespace
}  // namespace newsloom
