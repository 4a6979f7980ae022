#include "resources/concept_lexicon.h"

#include <algorithm>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsloom {
namespace {

TEST(ConceptLexicon, ParsesFormsPrefixesAndPhrases) {
  auto lex = ConceptLexicon::Parse(
      "# comment\n\nprotest\ten\tprotest*|demonstration\nfuel_price\tnl\tbrandstofprijs*|prijs "
      "van benzine\n",
      "t.tsv");
  ASSERT_TRUE(lex.ok()) << lex.status();
  const auto& e = (*lex)->entries();
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].concept_id, "protest");
  EXPECT_EQ(e[0].lang, "en");
  ASSERT_EQ(e[0].forms.size(), 2u);
  EXPECT_EQ(e[0].forms[0].prefix, std::vector<bool>{true});
  EXPECT_EQ(e[0].forms[0].words, std::vector<std::string>{"protest"});
  EXPECT_EQ(e[0].forms[1].prefix, std::vector<bool>{false});
  EXPECT_EQ(e[1].forms[1].words, (std::vector<std::string>{"prijs", "van", "benzine"}));
  EXPECT_EQ(e[1].line, 4);
  EXPECT_EQ((*lex)->ConceptIds(), (std::vector<std::string>{"fuel_price", "protest"}));
}

TEST(ConceptLexicon, ErrorsNameFileAndLine) {
  auto bad_cols = ConceptLexicon::Parse("protest\ten\n", "c.tsv");
  ASSERT_FALSE(bad_cols.ok());
  EXPECT_THAT(std::string(bad_cols.status().message()), testing::HasSubstr("c.tsv:1:"));
  auto bad_id = ConceptLexicon::Parse("\nProtest!\ten\tx\n", "c.tsv");
  EXPECT_THAT(std::string(bad_id.status().message()), testing::HasSubstr("c.tsv:2: bad concept"));
  auto bad_star = ConceptLexicon::Parse("a\ten\tfo*o bar\n", "c.tsv");
  EXPECT_FALSE(bad_star.ok());
  EXPECT_FALSE(ConceptLexicon::Parse("a\ten\tfoo *\n", "c.tsv").ok());
  auto phrase = ConceptLexicon::Parse("a\tpl\tgaz* łzawiąc*|stan wyjątkowy\n", "c.tsv");
  ASSERT_TRUE(phrase.ok()) << phrase.status();
  EXPECT_EQ((*phrase)->entries()[0].forms[0].prefix, (std::vector<bool>{true, true}));
  auto empty_form = ConceptLexicon::Parse("a\ten\tx||y\n", "c.tsv");
  EXPECT_FALSE(empty_form.ok());
  auto bad_lang = ConceptLexicon::Parse("a\tEnglish\tx\n", "c.tsv");
  EXPECT_FALSE(bad_lang.ok());
}

TEST(ConceptLexicon, EmbeddedFileParsesAndCoversTheLanguages) {
  auto lex = ConceptLexicon::Parse(kConceptsTsv, "concepts.tsv");
  ASSERT_TRUE(lex.ok()) << lex.status();
  std::vector<std::string> langs = (*lex)->Languages();
  for (const char* lang :
       {"en", "nl", "nb", "da", "sv", "de", "fr", "es", "it", "pl", "ru", "uk", "tr", "ar", "zh"}) {
    EXPECT_TRUE(std::find(langs.begin(), langs.end(), lang) != langs.end()) << lang;
  }
  EXPECT_GE((*lex)->ConceptIds().size(), 100u);
  EXPECT_EQ(&ConceptLexicon::Default(), &ConceptLexicon::Default());
}

}  // namespace
}  // namespace newsloom
