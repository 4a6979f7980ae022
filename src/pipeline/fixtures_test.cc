// Expected-output tests (DESIGN.md convention 6): every file in data/fixtures/ is one article
// with the facts it must give, run through the same Analyzer and Extractor as the pipeline.
//
// File format (one article per file, like DuckDB's SQL test files):
//   # comment lines
//   @published YYYY[-MM[-DD]]        publication date (relative dates resolve against it)
//   @expect country XX               location.country
//   @expect city NAME                location.place (English GeoNames name)
//   @expect person NAME              some person matches NAME (any script or spelling)
//   @expect org NAME [source]        some organization matches NAME (and is a cited source)
//   @expect figure KIND ACTOR VALUE  some non-background figure with that kind, actor, value
//   @expect event TYPE|none          the main event's ACLED type (none: no event)
//   @expect event_date YYYY-MM-DD    the main event's date
//   ----
//   the article text (first line the headline)
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/data_files.h"
#include "core/strings.h"
#include "eval/name_matcher.h"
#include "eval/org_matcher.h"
#include "extract/extractor.h"
#include "gtest/gtest.h"
#include "resources/gazetteer.h"
#include "text/analyzer.h"

namespace newsloom {
namespace {

struct Fixture {
  std::string name;
  std::optional<FuzzyDate> published;
  std::vector<std::vector<std::string>> expects;  // words of each @expect line
  std::string text;
};

std::vector<std::string> Words(std::string_view line) {
  std::vector<std::string> out;
  std::istringstream in{std::string(line)};
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

Fixture ParseFixture(const std::filesystem::path& path) {
  Fixture f;
  f.name = path.stem().string();
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line) && line != "----") {
    if (line.rfind("@published ", 0) == 0) f.published = FuzzyDate::Parse(line.substr(11));
    if (line.rfind("@expect ", 0) == 0) f.expects.push_back(Words(line.substr(8)));
  }
  std::stringstream rest;
  rest << in.rdbuf();
  f.text = rest.str();
  return f;
}

std::vector<Fixture> AllFixtures() {
  std::vector<Fixture> out;
  const std::filesystem::path dir = std::filesystem::path(NEWSLOOM_SOURCE_DIR) / "data/fixtures";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& p : files) out.push_back(ParseFixture(p));
  return out;
}

std::string Rest(const std::vector<std::string>& words, size_t from) {
  std::string s;
  for (size_t i = from; i < words.size(); ++i) {
    if (words[i] == "source") continue;
    if (!s.empty()) s += ' ';
    s += words[i];
  }
  return s;
}

class FixtureTest : public testing::TestWithParam<Fixture> {
 protected:
  static void SetUpTestSuite() {
    StatusOr<std::string> path = FindDataFile("gazetteer.nlg");
    if (!path.ok()) return;
    auto g = Gazetteer::Open(*path);
    if (g.ok()) gazetteer_ = std::move(*g).release();
  }
  static const Gazetteer* gazetteer_;
};
const Gazetteer* FixtureTest::gazetteer_ = nullptr;

void CheckExpect(const std::vector<std::string>& e, const ArticleFacts& facts,
                 eval::NameMatcher& names, eval::OrgMatcher& orgs) {
  const std::string& what = e[0];
  const std::string value = Rest(e, 1);
  const TaggedPlace* main = facts.geo.main ? &facts.geo.places[*facts.geo.main] : nullptr;
  if (what == "country") {
    EXPECT_EQ(main ? main->country : "", value) << "main location country";
  } else if (what == "city") {
    EXPECT_EQ(main && main->kind != TaggedPlace::kCountry ? main->name : "", value)
        << "main location";
  } else if (what == "person") {
    bool found = false;
    for (const NamedEntity& p : facts.persons) found |= names.PersonScore(p.name, value) > 0;
    EXPECT_TRUE(found) << "person " << value;
  } else if (what == "org") {
    const bool want_source = e.back() == "source";
    bool found = false;
    for (const NamedEntity& o : facts.organizations) {
      if (orgs.Score(o.name, value) > 0) found |= !want_source || o.source;
    }
    EXPECT_TRUE(found) << "organization " << value << (want_source ? " (as source)" : "");
  } else if (what == "figure") {
    ASSERT_GE(e.size(), 4u);
    const std::string actor = Rest({e.begin() + 2, e.end() - 1}, 0);
    bool found = false;
    for (const Figure& f : facts.figures) {
      found |= !f.background && f.kind == e[1] && f.actor == actor &&
               std::to_string(f.value) == e.back();
    }
    EXPECT_TRUE(found) << "figure " << e[1] << " " << actor << " " << e.back();
  } else if (what == "event") {
    if (value == "none") {
      EXPECT_TRUE(facts.events.empty() || facts.events[0].background) << facts.events[0].type;
    } else {
      ASSERT_FALSE(facts.events.empty()) << "no event, expected " << value;
      EXPECT_EQ(facts.events[0].type, value);
    }
  } else if (what == "event_date") {
    ASSERT_FALSE(facts.events.empty()) << "no event";
    EXPECT_EQ(facts.events[0].date ? facts.events[0].date->ToString() : "", value) << "event date";
  } else {
    ADD_FAILURE() << "unknown expectation " << what;
  }
}

TEST_P(FixtureTest, ExtractsExpectedFacts) {
  if (gazetteer_ == nullptr) GTEST_SKIP() << "gazetteer.nlg not built";
  const Fixture& f = GetParam();
  auto analyzer = Analyzer::Create(AnalyzerOptions());
  ASSERT_TRUE(analyzer.ok());
  auto doc = (*analyzer)->Analyze(f.text, "");
  ASSERT_TRUE(doc.ok()) << doc.status();
  const ArticleFacts facts = Extractor(gazetteer_).Extract(*doc, f.published);
  eval::NameMatcher names;
  eval::OrgMatcher orgs(&names, eval::OrgAliasTable::Default());
  for (const auto& e : f.expects) {
    SCOPED_TRACE("@expect " + Rest(e, 0));
    CheckExpect(e, facts, names, orgs);
  }
}

INSTANTIATE_TEST_SUITE_P(DataFixtures, FixtureTest, testing::ValuesIn(AllFixtures()),
                         [](const testing::TestParamInfo<Fixture>& info) {
                           std::string n = info.param.name;
                           for (char& c : n) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return n;
                         });

}  // namespace
}  // namespace newsloom
