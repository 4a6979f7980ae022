// Checks the bundled sample corpus (data/samples) against its gold answers: every gold article
// is read by the project's own readers exactly once, every figure phrase occurs verbatim in the
// article's text, and the corpus keeps the breadth it promises (languages, scripts, events).
#include <map>
#include <set>

#include "core/env.h"
#include "eval/gold.h"
#include "gtest/gtest.h"
#include "ingest/collecting_sink.h"
#include "ingest/ingest.h"

namespace newsloom {
namespace {

const std::string kSamples = std::string(NEWSLOOM_SOURCE_DIR) + "/data/samples";

TEST(SampleCorpusTest, GoldArticlesExistAndFigurePhrasesAreVerbatim) {
  auto gold = eval::LoadGold(Env::Default(), kSamples + "/gold.jsonl");
  ASSERT_TRUE(gold.ok()) << gold.status();
  CollectingSink sink;
  ASSERT_TRUE(IngestPaths(Env::Default(), {kSamples}, IngestOptions(), &sink).ok());
  std::map<std::string, RawDocument> docs;
  for (RawDocument& d : sink.documents()) {
    EXPECT_TRUE(docs.emplace(d.id, d).second) << "id read twice: " << d.id;
  }
  // The only rejection is the gold file itself (answers, not articles).
  for (const Rejection& r : sink.rejections()) {
    EXPECT_NE(r.source.find("gold.jsonl"), std::string::npos) << r.ToString();
  }
  std::set<std::string> langs, events;
  for (const eval::GoldArticle& g : *gold) {
    langs.insert(g.lang);
    if (g.event) events.insert(*g.event);
    auto it = docs.find(g.id);
    ASSERT_NE(it, docs.end()) << "gold article " << g.id << " not found in " << kSamples;
    for (const eval::GoldCount& c : g.counts) {
      EXPECT_NE(it->second.text.find(c.text), std::string::npos)
          << g.id << ": figure phrase not in the text: \"" << c.text << "\"";
    }
    if (g.duplicate_of) EXPECT_TRUE(docs.count(*g.duplicate_of)) << g.id;
  }
  EXPECT_EQ(docs.size(), gold->size()) << "articles without gold answers";
  EXPECT_GE(gold->size(), 80u);
  EXPECT_GE(events.size(), 16u);
  for (const char* lang :
       {"en", "nl", "nb", "de", "fr", "es", "it", "pl", "ru", "uk", "tr", "ar", "zh"}) {
    EXPECT_TRUE(langs.count(lang)) << "no article in " << lang;
  }
}

}  // namespace
}  // namespace newsloom
