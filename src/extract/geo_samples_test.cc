// Geotag quality on the bundled sample corpus (data/samples) and on ../shared/seeds, measured
// against their gold.jsonl the way `newsloom eval` scores location: country = ISO code of the
// main location; city = the main location's place name matches the gold city (eval's
// NameMatcher), or, when gold has no city, the main location is not a town (precision != 1).
// Reads the articles with the project's own readers, analyses them with the Analyzer and tags
// them with the Geotagger. Prints every miss so a regression is easy to look at.
// Skips when the gazetteer file is not built.
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "core/env.h"
#include "eval/gold.h"
#include "eval/name_matcher.h"
#include "extract/geotagger.h"
#include "gtest/gtest.h"
#include "ingest/collecting_sink.h"
#include "ingest/ingest.h"
#include "text/analyzer.h"

namespace newsloom {
namespace {

struct Score {
  int articles = 0, country = 0, city = 0;
};

// Tags every gold article of `dir` and scores it; `misses` gets one line per wrong answer.
Score RunCorpus(const std::string& dir, std::string* misses) {
  Score score;
  auto gazetteer = Gazetteer::Open(NEWSLOOM_GAZETTEER_PATH);
  EXPECT_TRUE(gazetteer.ok()) << gazetteer.status();
  auto analyzer = Analyzer::Create();
  EXPECT_TRUE(analyzer.ok()) << analyzer.status();
  auto gold = eval::LoadGold(Env::Default(), dir + "/gold.jsonl");
  EXPECT_TRUE(gold.ok()) << gold.status();
  if (!gazetteer.ok() || !analyzer.ok() || !gold.ok()) return score;
  CollectingSink sink;
  EXPECT_TRUE(IngestPaths(Env::Default(), {dir}, IngestOptions(), &sink).ok());
  const std::vector<RawDocument> all = sink.documents();  // a copy
  std::map<std::string, const RawDocument*> docs;
  for (const RawDocument& d : all) docs[d.id] = &d;

  Geotagger tagger(gazetteer->get());
  eval::NameMatcher names;
  for (const eval::GoldArticle& g : *gold) {
    auto it = docs.find(g.id);
    if (it == docs.end()) continue;
    auto doc = (*analyzer)->Analyze(it->second->text, it->second->lang_hint);
    if (!doc.ok()) continue;
    Geotag tag = tagger.Tag(*doc);
    const TaggedPlace* main = tag.main ? &tag.places[*tag.main] : nullptr;
    std::string country = main ? main->country : "";
    std::string place = main && main->kind != TaggedPlace::kCountry ? main->name : "";
    bool country_ok = g.country.value_or("") == country;
    bool city_ok =
        g.city ? !place.empty() && names.PlaceScore(place, *g.city) > 0 : tag.precision != 1;
    ++score.articles;
    score.country += country_ok;
    score.city += city_ok;
    if (!country_ok || !city_ok) {
      std::string found;
      for (const TaggedPlace& p : tag.places) {
        found += " " + p.name + "/" + p.country + "x" + std::to_string(p.mentions.size()) + "(" +
                 p.mentions[0].surface + ")";
      }
      *misses += g.id + ": gold " + g.country.value_or("-") + "/" + g.city.value_or("-") +
                 ", got " + country + "/" + place + " p" + std::to_string(tag.precision) + " |" +
                 found.substr(0, 400) + "\n";
    }
  }
  return score;
}

bool GazetteerBuilt() { return std::filesystem::exists(NEWSLOOM_GAZETTEER_PATH); }

TEST(GeoSamplesTest, SampleCorpusMeetsTheIssueThresholds) {
  if (!GazetteerBuilt()) GTEST_SKIP() << "no gazetteer at " << NEWSLOOM_GAZETTEER_PATH;
  std::string misses;
  Score s = RunCorpus(std::string(NEWSLOOM_SOURCE_DIR) + "/data/samples", &misses);
  std::printf("samples: %d articles, country %d (%.3f), city %d (%.3f)\n%s", s.articles, s.country,
              s.country / double(s.articles), s.city, s.city / double(s.articles), misses.c_str());
  ASSERT_GE(s.articles, 80);
  EXPECT_GE(s.country, 0.97 * s.articles);
  EXPECT_GE(s.city, 0.9 * s.articles);
}

TEST(GeoSamplesTest, SeedsAllMainLocationsRight) {
  const std::string seeds = std::string(NEWSLOOM_SOURCE_DIR) + "/../shared/seeds";
  if (!std::filesystem::exists(seeds + "/gold.jsonl")) GTEST_SKIP() << "no " << seeds;
  if (!GazetteerBuilt()) GTEST_SKIP() << "no gazetteer at " << NEWSLOOM_GAZETTEER_PATH;
  std::string misses;
  Score s = RunCorpus(seeds, &misses);
  std::printf("seeds: %d articles, country %d, city %d\n%s", s.articles, s.country, s.city,
              misses.c_str());
  EXPECT_EQ(s.articles, 5);
  EXPECT_EQ(s.country, s.articles);
  EXPECT_EQ(s.city, s.articles);
}

}  // namespace
}  // namespace newsloom
