#include "search/query_expander.h"

#include <string>

#include "gtest/gtest.h"
#include "resources/gazetteer.h"
#include "search/search_test_util.h"

namespace newsloom::search {
namespace {

class QueryExpanderTest : public testing::Test {
 protected:
  void SetUp() override {
    auto r = SearchResources::Default();
    ASSERT_TRUE(r.ok()) << r.status();
    r_ = *r;
    if (r_->gazetteer == nullptr || r_->dictionary == nullptr) {
      GTEST_SKIP() << "gazetteer or dictionary not built";
    }
  }
  ExpandedQuery Expand(std::string_view q) {
    auto e = QueryExpander(r_).Expand(q);
    EXPECT_TRUE(e.ok()) << e.status();
    return e.ok() ? *e : ExpandedQuery();
  }
  static const ExpandedTerm* Find(const QueryWord& w, const std::string& term) {
    for (const ExpandedTerm& t : w.terms) {
      if (t.term == term) return &t;
    }
    return nullptr;
  }
  const SearchResources* r_ = nullptr;
};

TEST_F(QueryExpanderTest, PlaceNamesInAnyScriptMeetOnOneGeonameId) {
  const std::string almaty = "XP" + std::to_string(GeonameIdOf(*r_->gazetteer, "Almaty"));
  for (const char* q : {"Almaty", "Алматы"}) {
    ExpandedQuery e = Expand(q);
    ASSERT_EQ(e.words.size(), 1u) << q;
    EXPECT_NE(Find(e.words[0], almaty), nullptr) << e.DebugString();
  }
  const std::string bishkek = "XP" + std::to_string(GeonameIdOf(*r_->gazetteer, "Bishkek"));
  ExpandedQuery e = Expand("Бишкек");
  ASSERT_EQ(e.words.size(), 1u);
  EXPECT_NE(Find(e.words[0], bishkek), nullptr) << e.DebugString();
}

TEST_F(QueryExpanderTest, CountriesByName) {
  ExpandedQuery e = Expand("Kazakhstan");
  ASSERT_EQ(e.words.size(), 1u);
  EXPECT_NE(Find(e.words[0], "XCKZ"), nullptr) << e.DebugString();
}

TEST_F(QueryExpanderTest, CountryAdjectivesGiveTheCountry) {
  for (const char* q : {"Kazakh", "Kazachse", "казахстанский"}) {
    ExpandedQuery e = Expand(q);
    ASSERT_EQ(e.words.size(), 1u) << q;
    EXPECT_NE(Find(e.words[0], "XCKZ"), nullptr) << q << ": " << e.DebugString();
  }
}

TEST_F(QueryExpanderTest, ExactWordOutweighsItsExpansions) {
  ExpandedQuery e = Expand("protest");
  ASSERT_EQ(e.words.size(), 1u);
  const QueryWord& w = e.words[0];
  ASSERT_FALSE(w.terms.empty());
  EXPECT_EQ(w.terms[0].term, "protest");
  EXPECT_EQ(w.terms[0].kind, ExpansionKind::kExact);
  const ExpandedTerm* concept_term = Find(w, "XKprotest");
  ASSERT_NE(concept_term, nullptr) << e.DebugString();
  EXPECT_LT(concept_term->weight, w.terms[0].weight);
}

TEST_F(QueryExpanderTest, ConceptsFromOtherLanguages) {
  // Dutch and Russian words for protesters give the language-independent concept.
  for (const char* q : {"betogers", "демонстранты"}) {
    ExpandedQuery e = Expand(q);
    ASSERT_EQ(e.words.size(), 1u);
    EXPECT_NE(Find(e.words[0], "XKprotest"), nullptr) << q << ": " << e.DebugString();
  }
}

TEST_F(QueryExpanderTest, NamesFoldAcrossScripts) {
  for (const char* q : {"Атамбаев", "Atambajev", "Atambayev"}) {
    ExpandedQuery e = Expand(q);
    ASSERT_EQ(e.words.size(), 1u);
    EXPECT_NE(Find(e.words[0], "XNatambaev"), nullptr) << q << ": " << e.DebugString();
  }
}

TEST_F(QueryExpanderTest, StopWordsKeepOnlyTheirExactForm) {
  ExpandedQuery e = Expand("the protest");
  ASSERT_EQ(e.words.size(), 2u);
  EXPECT_TRUE(e.words[0].stopword);
  EXPECT_EQ(e.words[0].terms.size(), 1u);
  EXPECT_LT(e.words[0].importance, e.words[1].importance);
  EXPECT_FALSE(e.words[1].stopword);
}

TEST_F(QueryExpanderTest, LimitsAndEmptyQueries) {
  EXPECT_TRUE(Expand("").empty());
  EXPECT_TRUE(Expand(" ,.;!? ").empty());
  EXPECT_TRUE(Expand("").ToXapian().empty());
  std::string many;
  for (int i = 0; i < 100; ++i) many += "word" + std::to_string(i) + " ";
  EXPECT_EQ(Expand(many).words.size(), kMaxQueryWords);
  auto too_long = QueryExpander(r_).Expand(std::string(kMaxQueryBytes + 1, 'a'));
  EXPECT_TRUE(absl::IsInvalidArgument(too_long.status()));
  EXPECT_FALSE(Expand("Almaty protest").ToXapian().empty());
}

}  // namespace
}  // namespace newsloom::search
