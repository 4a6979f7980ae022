#include "cluster/concept_matcher.h"

#include <memory>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/analyzer.h"

namespace newsloom::cluster {
namespace {

class ConceptMatcherTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto lex = ConceptLexicon::Parse(
        "protest\ten\tprotest|demonstrator\n"
        "protest\tnl\tbetoger*|demonstrant*\n"
        "protest\tru\tпротест*|митинг*\n"
        "protest\tzh\t抗议|示威\n"
        "tear_gas\ten\ttear gas\n"
        "tear_gas\tnl\ttraangas\n"
        "state_of_emergency\ten\tstate of emergency\n"
        "function_words\ten\tthe|of\n",
        "test.tsv");
    ASSERT_TRUE(lex.ok()) << lex.status();
    matcher_ = new ConceptMatcher(**lex);
    auto analyzer = Analyzer::Create();
    ASSERT_TRUE(analyzer.ok());
    analyzer_ = analyzer->release();
  }
  std::vector<std::string> Concepts(std::string_view text, std::string_view lang) {
    auto doc = analyzer_->Analyze(text, lang);
    EXPECT_TRUE(doc.ok());
    std::vector<std::string> out;
    for (const ConceptHit& h : matcher_->Find(*doc)) {
      out.push_back(matcher_->concept_ids()[h.concept_index]);
      EXPECT_LT(h.begin, h.end);
    }
    return out;
  }
  static ConceptMatcher* matcher_;
  static Analyzer* analyzer_;
};
ConceptMatcher* ConceptMatcherTest::matcher_ = nullptr;
Analyzer* ConceptMatcherTest::analyzer_ = nullptr;

TEST_F(ConceptMatcherTest, InflectedFormsByStemAndPrefix) {
  EXPECT_THAT(Concepts("Police fired tear gas at the protesters and the demonstrators.", "en"),
              testing::ElementsAre("tear_gas", "protest", "protest"));
  EXPECT_THAT(Concepts("De politie zette traangas in tegen honderden betogers.", "nl"),
              testing::ElementsAre("tear_gas", "protest"));
  EXPECT_THAT(Concepts("Полиция разогнала протестующих на митинге в центре города.", "ru"),
              testing::ElementsAre("protest", "protest"));
}

TEST_F(ConceptMatcherTest, PhrasesHanAndFunctionWords) {
  EXPECT_THAT(Concepts("The government declared a state of emergency on Monday.", "en"),
              testing::ElementsAre("state_of_emergency"));
  EXPECT_THAT(Concepts("数千名民众周六在首都举行抗议活动。", "zh"),
              testing::ElementsAre("protest"));
  EXPECT_THAT(matcher_->concept_ids(), testing::Not(testing::Contains("function_words")));
  EXPECT_TRUE(Concepts("Nothing of the kind happened today.", "en").empty());
}

// The matching rules the indexes (prefix lengths and heads, Han forms by their first bytes)
// must keep, with exact hits.
class ConceptMatcherRulesTest : public ConceptMatcherTest {
 protected:
  static void SetUpTestSuite() {
    ConceptMatcherTest::SetUpTestSuite();
    auto lex = ConceptLexicon::Parse(
        "laugh\tzh\t哈哈\n"
        "protest\tzh\t抗议\n"
        "campaign\tzh\t抗议活动\n"
        "protest\tru\tпротест*|ж*\n"
        "strike\tru\tзабастов*\n"
        "march\ten\tmarch*|ma*\n",
        "rules.tsv");
    ASSERT_TRUE(lex.ok()) << lex.status();
    rules_ = new ConceptMatcher(**lex);
  }
  // "concept@begin-end" per hit.
  std::vector<std::string> Hits(std::string_view text, std::string_view lang) {
    auto doc = analyzer_->Analyze(text, lang);
    EXPECT_TRUE(doc.ok());
    doc->lang = std::string(lang);
    std::vector<std::string> out;
    for (const ConceptHit& h : rules_->Find(*doc)) {
      out.push_back(rules_->concept_ids()[h.concept_index] + "@" + std::to_string(h.begin) + "-" +
                    std::to_string(h.end));
    }
    return out;
  }
  static ConceptMatcher* rules_;
};
ConceptMatcher* ConceptMatcherRulesTest::rules_ = nullptr;

TEST_F(ConceptMatcherRulesTest, HanFormsInOnePass) {
  // A form's matches do not overlap ("哈哈哈" holds one "哈哈"); forms starting at the same
  // byte come in lexicon order; every Han form is found, in text order.
  EXPECT_THAT(
      Hits("哈哈哈，抗议活动。抗议", "zh"),
      testing::ElementsAre("laugh@0-6", "protest@12-18", "campaign@12-24", "protest@27-33"));
  EXPECT_THAT(Hits("哈哈哈哈", "zh"), testing::ElementsAre("laugh@0-6", "laugh@6-12"));
  // Text without Han characters has no Han matches.
  EXPECT_TRUE(Hits("no han here", "zh").empty());
}

TEST_F(ConceptMatcherRulesTest, PrefixesEndAtCharactersAndHaveTwoOfThem) {
  // Cyrillic prefixes match at character boundaries; a one-character prefix ("ж*") never does.
  EXPECT_THAT(Hits("протестующие забастовка жара", "ru"),
              testing::ElementsAre("protest@0-24", "strike@25-45"));
  // The shortest matching prefix wins a tie of one-word forms; unrelated words do not match.
  EXPECT_THAT(Hits("marchers mask tree", "en"), testing::ElementsAre("march@0-8", "march@9-13"));
}

TEST_F(ConceptMatcherTest, EmbeddedLexiconMatchesEveryLanguage) {
  ConceptMatcher matcher(ConceptLexicon::Default());
  struct Case {
    const char* lang;
    const char* text;
  };
  // One short sentence about a protest per language; each must give the concept "protest".
  const Case cases[] = {
      {"en", "Thousands of protesters marched through the capital."},
      {"nl", "Duizenden demonstranten trokken door de hoofdstad."},
      {"nb", "Tusenvis av demonstranter gikk gjennom hovedstaden."},
      {"da", "Tusindvis af demonstranter gik gennem hovedstaden."},
      {"sv", "Tusentals demonstranter tågade genom huvudstaden."},
      {"de", "Tausende Demonstranten zogen durch die Hauptstadt."},
      {"fr", "Des milliers de manifestants ont défilé dans la capitale."},
      {"es", "Miles de manifestantes marcharon por la capital."},
      {"it", "Migliaia di manifestanti hanno sfilato nella capitale."},
      {"pl", "Tysiące demonstrantów przeszły ulicami stolicy."},
      {"ru", "Тысячи демонстрантов прошли по улицам столицы."},
      {"uk", "Тисячі демонстрантів пройшли вулицями столиці."},
      {"tr", "Binlerce protestocu başkentte yürüdü."},
      {"ar", "تظاهر آلاف المحتجين في العاصمة."},
      {"zh", "数千名示威者在首都游行。"},
  };
  for (const Case& c : cases) {
    auto doc = analyzer_->Analyze(c.text, c.lang);
    ASSERT_TRUE(doc.ok());
    doc->lang = c.lang;  // short sentences: do not depend on language id
    std::vector<std::string> found;
    for (const ConceptHit& h : matcher.Find(*doc)) {
      found.push_back(matcher.concept_ids()[h.concept_index]);
    }
    EXPECT_THAT(found, testing::Contains("protest")) << c.lang << ": " << c.text;
  }
}

}  // namespace
}  // namespace newsloom::cluster
