#include "search/article_terms.h"

#include <algorithm>
#include <string>

#include "gtest/gtest.h"
#include "search/search_test_util.h"

namespace newsloom::search {
namespace {

class ArticleTermsTest : public testing::Test {
 protected:
  void SetUp() override {
    auto r = SearchResources::Default();
    ASSERT_TRUE(r.ok()) << r.status();
    r_ = *r;
  }
  std::vector<TermOccurrence> Terms(const StoredArticle& a, ArticleSummary* summary = nullptr) {
    auto t = ExtractArticleTerms(*r_, a, summary);
    EXPECT_TRUE(t.ok()) << t.status();
    return t.ok() ? *t : std::vector<TermOccurrence>();
  }
  static const TermOccurrence* Find(const std::vector<TermOccurrence>& terms,
                                    const std::string& term) {
    for (const TermOccurrence& t : terms) {
      if (t.term == term) return &t;
    }
    return nullptr;
  }
  const SearchResources* r_ = nullptr;
};

const char kText[] =
    "Demonstranten trokken dinsdag door Tromsø. De politie hield Atambajev urenlang vast.";

StoredArticle Article(std::string json) {
  StoredArticle a;
  a.id = "t1";
  a.lang = "nl";
  a.text = kText;
  a.json = std::move(json);
  return a;
}

TEST_F(ArticleTermsTest, WordsStemsAndLanguage) {
  ArticleSummary summary;
  auto terms = Terms(Article(""), &summary);
  EXPECT_EQ(summary.lang, "nl");
  EXPECT_EQ(summary.headline, "Demonstranten trokken dinsdag door Tromsø.");
  const TermOccurrence* w = Find(terms, "tromsø");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(std::string(kText).substr(w->begin, w->end - w->begin), "Tromsø");
  EXPECT_NE(Find(terms, "Lnl"), nullptr);
  EXPECT_NE(Find(terms, "Zdemonstrant"), nullptr);
  if (r_->concepts != nullptr) EXPECT_NE(Find(terms, "XKprotest"), nullptr);
  // A stop word is indexed as written, without a stem.
  EXPECT_NE(Find(terms, "de"), nullptr);
  if (r_->dictionary != nullptr) EXPECT_EQ(Find(terms, "Zde"), nullptr);
  // No facts without a JSON line.
  for (const TermOccurrence& t : terms) EXPECT_NE(t.term.rfind("XP", 0), 0u) << t.term;
}

TEST_F(ArticleTermsTest, FactsFromTheJsonLine) {
  const std::string json =
      R"({"id":"t1","location":{"place":"Tromsø","geonameid":3133880,"country":"NO",)"
      R"("admin1_code":"NO-55"},"places":[{"geonameid":3133880,"country":"NO",)"
      R"("mentions":[{"start":35,"end":42}]}],"countries":[],)"
      R"("persons":[{"name":"Atambajev","entity_id":"p:abc","mentions":[{"start":61,"end":70}]}],)"
      R"("organizations":[],"events":[{"type":"Protests","background":false},)"
      R"({"type":"Riots","background":true}]})";
  auto terms = Terms(Article(json));
  for (const char* t : {"XP3133880", "XLP3133880", "XCNO", "XLCNO", "XANO-55", "XIp:abc",
                        "XNatambaev", "XTprotests"}) {
    EXPECT_NE(Find(terms, t), nullptr) << t;
  }
  EXPECT_EQ(Find(terms, "XTriots"), nullptr);  // background events give no type
  // The place mention carries its span; the name key comes from the person mention only.
  const TermOccurrence* place = nullptr;
  for (const TermOccurrence& t : terms) {
    if (t.term == "XP3133880" && t.begin < t.end) place = &t;
  }
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(std::string(kText).substr(place->begin, place->end - place->begin), "Tromsø");
  EXPECT_EQ(Find(terms, "XNpolitie"), nullptr);
}

TEST_F(ArticleTermsTest, BadJsonAndSpansOutsideTheTextAreIgnored) {
  EXPECT_NE(Find(Terms(Article("{not json")), "tromsø"), nullptr);
  const std::string json =
      R"({"places":[{"geonameid":1,"mentions":[{"start":5,"end":5000}]}],"persons":"x"})";
  auto terms = Terms(Article(json));
  const TermOccurrence* p = Find(terms, "XP1");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->begin, p->end);  // kept without a span
}

TEST_F(ArticleTermsTest, EventTypeTerms) {
  EXPECT_EQ(EventTypeTerm("Violence against civilians"), "XTviolence_against_civilians");
  EXPECT_EQ(EventTypeTerm("Explosions/Remote violence"), "XTexplosions_remote_violence");
}

}  // namespace
}  // namespace newsloom::search
