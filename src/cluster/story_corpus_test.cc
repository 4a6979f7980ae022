// Story clustering on real text: data/samples (B-cubed against the gold `event` field) and
// ../shared/seeds (exact partition). Articles are read with the project's readers, analysed,
// their facts extracted with the gazetteer, and clustered in publication order (undated last),
// as the pipeline does.
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <map>
#include <set>

#include "cluster/story_clusterer.h"
#include "cluster/story_record.h"
#include "core/data_files.h"
#include "core/env.h"
#include "eval/gold.h"
#include "eval/metrics.h"
#include "extract/extractor.h"
#include "gtest/gtest.h"
#include "ingest/collecting_sink.h"
#include "ingest/ingest.h"
#include "resources/gazetteer.h"
#include "text/analyzer.h"

namespace newsloom::cluster {
namespace {

struct Clustered {
  std::map<std::string, std::string> story_of;  // article id -> story id
  std::vector<std::string> records;             // stories.jsonl lines
};

// Reads, analyses and clusters every article under `dir`.
Clustered ClusterDirectory(const std::string& dir) {
  Clustered out;
  CollectingSink sink;
  EXPECT_TRUE(IngestPaths(Env::Default(), {dir}, IngestOptions(), &sink).ok());
  auto analyzer = Analyzer::Create();
  EXPECT_TRUE(analyzer.ok());
  std::unique_ptr<Gazetteer> gazetteer;
  if (StatusOr<std::string> path = FindDataFile("gazetteer.nlg"); path.ok()) {
    if (auto g = Gazetteer::Open(*path); g.ok()) gazetteer = std::move(*g);
  }
  Extractor extractor(gazetteer.get());
  std::vector<StoryItem> items;
  for (const RawDocument& raw : sink.documents()) {
    StatusOr<AnalyzedDocument> doc = (*analyzer)->Analyze(raw.text, raw.lang_hint);
    if (!doc.ok()) continue;
    ArticleFacts facts = extractor.Extract(*doc, raw.published);
    items.push_back(MakeStoryItem(raw.id, raw.published, raw.title, *doc, &facts));
  }
  std::stable_sort(items.begin(), items.end(), [](const StoryItem& a, const StoryItem& b) {
    if (a.published.has_value() != b.published.has_value()) return a.published.has_value();
    if (a.published && *a.published != *b.published) return *a.published < *b.published;
    return a.article_id < b.article_id;
  });
  DefaultPairScorer scorer;
  StoryClusterer clusterer(StoryClustererOptions(), &scorer);
  for (const StoryItem& item : items) clusterer.Observe(item);
  if (getenv("NEWSLOOM_STORY_DEBUG") != nullptr) {
    KeyStats stats;
    for (const StoryItem& item : items) stats.Add(item);
    std::vector<StoryItem> prepared = items;
    for (StoryItem& p : prepared) PrepareForScoring(stats, &p);
    for (const StoryItem& a : prepared) {
      std::cout << "ITEM " << a.article_id << " " << a.lang
                << " pub=" << (a.published ? a.published->ToString() : "-")
                << " c=" << a.main_country << " g=" << a.main_geonameid << " t=" << a.event_type
                << " ed=" << (a.event_date ? a.event_date->ToString() : "-")
                << " ents=" << a.entities.size() << " names=" << a.name_keys.size()
                << " words=" << a.word_keys.size() << " figs=" << a.figures.size() << "\n";
      for (const StoryItem& b : prepared) {
        if (&a == &b) continue;
        const double sc = scorer.Score(a, b, stats);
        if (sc > 0.2 || a.article_id.substr(0, 7) == b.article_id.substr(0, 7)) {
          std::cout << "   " << b.article_id << " " << sc
                    << " names=" << IdfCosine(a.name_keys, b.name_keys, stats)
                    << " words=" << IdfCosine(a.word_keys, b.word_keys, stats) << "\n";
        }
      }
    }
  }
  for (StoryItem& item : items) clusterer.Add(std::move(item));
  clusterer.Finish();
  for (const Story* s : clusterer.AllStories()) {
    for (const StoryItem& m : s->members) out.story_of[m.article_id] = s->id;
    out.records.push_back(StoryRecordJson(BuildStoryRecord(*s)));
  }
  return out;
}

// B-cubed F1 of the clustering against gold events; prints the mistakes.
double ScoreAgainstGold(const Clustered& c, const std::vector<eval::GoldArticle>& gold) {
  eval::Clustering clustering;
  std::map<std::string, std::vector<std::string>> by_story;
  for (const eval::GoldArticle& g : gold) {
    if (!g.event) continue;
    auto it = c.story_of.find(g.id);
    clustering.gold.push_back(*g.event);
    clustering.system.push_back(it == c.story_of.end() ? "missing:" + g.id : it->second);
    by_story[clustering.system.back()].push_back(*g.event + ":" + g.id);
  }
  eval::BCubedScores b = eval::BCubed(clustering);
  for (const auto& [story, members] : by_story) {
    std::set<std::string> events;
    for (const std::string& m : members) events.insert(m.substr(0, m.find(':')));
    if (events.size() > 1) {
      std::string line;
      for (const std::string& m : members) line += " " + m;
      std::cout << "mixed story " << story << ":" << line << "\n";
    }
  }
  std::cout << "B-cubed P=" << b.precision() << " R=" << b.recall() << " F1=" << b.f1() << " ("
            << by_story.size() << " stories)\n";
  return b.f1();
}

TEST(StoryCorpusTest, SamplesClusterByEvent) {
  const std::string dir = std::string(NEWSLOOM_SOURCE_DIR) + "/data/samples";
  auto gold = eval::LoadGold(Env::Default(), dir + "/gold.jsonl");
  ASSERT_TRUE(gold.ok()) << gold.status();
  Clustered c = ClusterDirectory(dir);
  EXPECT_GE(ScoreAgainstGold(c, *gold), 0.95);  // 0.979 when written
}

TEST(StoryCorpusTest, SeedsClusterExactly) {
  const std::string dir = std::string(NEWSLOOM_SOURCE_DIR) + "/../shared/seeds";
  auto gold = eval::LoadGold(Env::Default(), dir + "/gold.jsonl");
  if (!gold.ok()) GTEST_SKIP() << "no seeds at " << dir;
  Clustered c = ClusterDirectory(dir);
  ScoreAgainstGold(c, *gold);
  std::map<std::string, std::string> story;  // seed number -> story
  for (const auto& [id, s] : c.story_of) story[id.substr(0, 3)] = s;
  ASSERT_EQ(story.size(), 5u);
  EXPECT_EQ(story["000"], story["001"]);
  EXPECT_EQ(story["002"], story["003"]);
  EXPECT_NE(story["000"], story["002"]);
  EXPECT_NE(story["004"], story["000"]);
  EXPECT_NE(story["004"], story["002"]);
  for (const std::string& r : c.records) std::cout << r.substr(0, 2000) << "\n";
}

}  // namespace
}  // namespace newsloom::cluster
