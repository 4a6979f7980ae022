#include "search/article_terms.h"

#include <algorithm>
#include <map>
#include <string>

#include "gtest/gtest.h"
#include "search/index_layout.h"
#include "search/search_test_util.h"
#include "text/analyzer.h"

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

// Term -> wdf as AddTerms makes it of an occurrence list.
std::map<std::string, uint32_t> Summed(const std::vector<TermOccurrence>& terms) {
  std::map<std::string, uint32_t> out;
  for (const TermOccurrence& t : terms) out[t.term] += t.in_title ? kTitleWdf : 1;
  return out;
}

std::map<std::string, uint32_t> TermsOf(const Xapian::Document& doc) {
  std::map<std::string, uint32_t> out;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) out[*t] = t.get_wdf();
  return out;
}

std::map<std::string, uint32_t> Counted(const TermCounts& counts) {
  std::map<std::string, uint32_t> out;
  std::string last;
  for (const auto& [term, wdf] : counts.Sorted()) {
    EXPECT_LT(last, term);  // byte order, each term once
    last = term;
    out[term] = wdf;
  }
  return out;
}

// The counting path (what the index stores) is the occurrence list summed per term: in
// several languages and scripts, with a title repeating words of the text, stop words inside
// and outside names, facts, a stored language other than the analysed one, and "und".
TEST_F(ArticleTermsTest, CountsAreTheOccurrencesSummed) {
  struct Case {
    const char* lang;
    const char* title;
    const char* text;
  };
  const Case cases[] = {
      {"nl", "Demonstranten in Tromsø",
       "Demonstranten trokken door Tromsø. De politie hield Jan de Vries vast; de "
       "demonstranten riepen om Jan de Vries. Betogers, betogers en 12 agenten."},
      {"en", "Protesters and police clash",
       "The police fired tear gas at the protesters. The protesters said the police of the "
       "city had arrested John of Gaunt and 40 others."},
      {"ru", "", "Полиция разогнала протестующих. Протестующие требовали отставки Иванова."},
      {"zh", "抗议", "数千名民众周六在首都举行抗议活动。警方逮捕了抗议者。"},
      {"de", "Streik", "The strike of the workers went on, the workers said."},  // restemmed
      {"und", "", "Demonstranten trokken door de stad en de politie keek toe."},
      {"nn", "Demonstrasjon", "Demonstrantar gjekk gjennom byen, og politiet såg på."},
  };
  for (const Case& c : cases) {
    StoredArticle a;
    a.id = "c";
    a.lang = c.lang;
    a.title = c.title;
    a.text = c.text;
    // Every word of the text is inside a person mention, so stop words are too.
    a.json = R"({"persons":[{"entity_id":"p:1","mentions":[{"start":0,"end":)" +
             std::to_string(a.text.size()) + R"(}]}],"places":[{"geonameid":7,"country":"NO"}]})";
    ArticleSummary listed_summary, counted_summary;
    auto listed = ExtractArticleTerms(*r_, a, &listed_summary);
    ASSERT_TRUE(listed.ok()) << listed.status();
    TermCounts counts;
    ASSERT_TRUE(CountArticleTerms(*r_, a, &counts, &counted_summary).ok());
    EXPECT_EQ(Counted(counts), Summed(*listed)) << c.lang << ": " << c.text;
    Xapian::Document from_list, from_counts;
    AddTerms(*listed, &from_list);
    AddTerms(counts, &from_counts);
    EXPECT_EQ(TermsOf(from_counts), TermsOf(from_list)) << c.lang << ": " << c.text;
    EXPECT_EQ(TermsOf(from_counts), Summed(*listed));
    EXPECT_EQ(counted_summary.lang, listed_summary.lang);
    EXPECT_EQ(counted_summary.headline, listed_summary.headline);
    // The text half alone, from an analysis the caller has, with the name ranges given.
    auto doc = r_->analyzer->Analyze(a.text, "en");
    ASSERT_TRUE(doc.ok());
    const NameRanges names = {{0, 10}, {20, static_cast<uint32_t>(a.text.size())}};
    auto text_listed = ExtractTextTerms(*r_, *doc, c.lang, c.title, names, nullptr);
    ASSERT_TRUE(text_listed.ok());
    TermCounts text_counts;
    ASSERT_TRUE(CountTextTerms(*r_, *doc, c.lang, c.title, names, &text_counts, nullptr).ok());
    EXPECT_EQ(Counted(text_counts), Summed(*text_listed)) << c.lang << ": " << c.text;
  }
}

TEST(TermCountsTest, SumsDropsAndSorts) {
  TermCounts c;
  c.Add("Z", "walk", 1);
  c.Add("Z", "walk", kTitleWdf);
  c.Add("", "", 1);                                     // empty: dropped
  c.Add("XE", std::string(kMaxTermBytes - 1, 'a'), 1);  // over the limit with its prefix
  c.Add("XE", std::string(kMaxTermBytes - 2, 'a'), 1);
  // Terms that share their first 8 bytes, or are a prefix of another, or have high bytes.
  for (const char* t : {"XEabcdefgh2", "XEabcdefgh", "XEabcdefgh1", "XEabcdef", "\xc3\xa9t", "zeta",
                        "XEabcdefg\x01"}) {
    c.Add("", t, 2);
  }
  EXPECT_EQ(c.count("Zwalk"), 1 + kTitleWdf);
  EXPECT_EQ(c.count("XE" + std::string(kMaxTermBytes - 2, 'a')), 1u);
  EXPECT_EQ(c.count("XE" + std::string(kMaxTermBytes - 1, 'a')), 0u);
  EXPECT_EQ(c.count(""), 0u);
  std::vector<std::string> sorted;
  for (const auto& [term, wdf] : c.Sorted()) sorted.push_back(term);
  EXPECT_EQ(sorted.size(), 9u);
  std::vector<std::string> expected = sorted;
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(sorted, expected);
}

TEST_F(ArticleTermsTest, EventTypeTerms) {
  EXPECT_EQ(EventTypeTerm("Violence against civilians"), "XTviolence_against_civilians");
  EXPECT_EQ(EventTypeTerm("Explosions/Remote violence"), "XTexplosions_remote_violence");
}

}  // namespace
}  // namespace newsloom::search
