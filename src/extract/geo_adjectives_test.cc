#include "extract/geo_adjectives.h"

#include "gtest/gtest.h"

namespace newsloom {

extern const std::string_view kCountryAdjectivesTsv;

namespace {

TEST(CountryAdjectivesTest, EmbeddedFileParsesAndCoversTheLanguages) {
  auto lex = CountryAdjectives::Parse(kCountryAdjectivesTsv, "country_adjectives.tsv");
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_GT((*lex)->form_count(), 1500u);
  for (const char* lang :
       {"en", "nl", "nb", "da", "sv", "de", "fr", "es", "it", "pl", "ru", "uk", "tr", "ar"}) {
    EXPECT_TRUE((*lex)->HasLanguage(lang)) << lang;
  }
  EXPECT_GT(CountryAdjectives::Default().form_count(), 1500u);
}

TEST(CountryAdjectivesTest, InflectedFormsByStem) {
  const CountryAdjectives& lex = CountryAdjectives::Default();
  EXPECT_EQ(lex.CountryOfWord("kazachse", "nl"), "KZ");
  EXPECT_EQ(lex.CountryOfWord("kazachstaanse", "nl"), "KZ");
  EXPECT_EQ(lex.CountryOfWord("kirgisiske", "nb"), "KG");
  EXPECT_EQ(lex.CountryOfWord("kirgisiske", "nn"), "KG");
  EXPECT_EQ(lex.CountryOfWord("kasachische", "de"), "KZ");
  EXPECT_EQ(lex.CountryOfWord("kasachischen", "de"), "KZ");
  EXPECT_EQ(lex.CountryOfWord("казахстанский", "ru"), "KZ");
  EXPECT_EQ(lex.CountryOfWord("казахстанского", "ru"), "KZ");
  EXPECT_EQ(lex.CountryOfWord("kyrgyz", "en"), "KG");
  EXPECT_EQ(lex.CountryOfWord("iranian", "en"), "IR");
  EXPECT_EQ(lex.CountryOfWord("iraqis", "en"), "IQ");
  EXPECT_EQ(lex.CountryOfWord("rosyjskich", "pl"), "RU");
  EXPECT_EQ(lex.CountryOfWord("iranlı", "tr"), "IR");
  EXPECT_EQ(lex.CountryOfWord("العراقية", "ar"), "IQ");
  EXPECT_EQ(lex.CountryOfWord("français", "fr"), "FR");
}

TEST(CountryAdjectivesTest, LongestStemWinsAndEndingsAreBounded) {
  const CountryAdjectives& lex = CountryAdjectives::Default();
  EXPECT_EQ(lex.CountryOfWord("туркменский", "ru"), "TM");
  EXPECT_EQ(lex.CountryOfWord("турецкий", "ru"), "TR");
  // More than four letters after the stem: not a form.
  EXPECT_EQ(lex.CountryOfWord("kasachischenxyz", "de"), "");
  // Words of another language are not read in this one.
  EXPECT_EQ(lex.CountryOfWord("kasachische", "fr"), "");
  // Unknown language: every language.
  EXPECT_EQ(lex.CountryOfWord("kasachische", "und"), "KZ");
}

TEST(CountryAdjectivesTest, EnglishNeedsCapitalAndTwoWordForms) {
  const CountryAdjectives& lex = CountryAdjectives::Default();
  AnalyzedDocument doc;
  doc.lang = "en";
  doc.text = "polish the South Korean";
  auto word = [&](uint32_t b, uint32_t e, bool cap) {
    Token t;
    t.begin = b;
    t.end = e;
    t.capitalized = cap;
    t.script = Script::kLatin;
    t.lower = doc.text.substr(b, e - b);
    for (char& c : t.lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    doc.tokens.push_back(t);
  };
  word(0, 6, false);
  word(7, 10, false);
  word(11, 16, true);
  word(17, 23, true);
  auto found = lex.Find(doc, [](uint32_t) { return false; });
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].country, "KR");
  EXPECT_EQ(found[0].surface, "South Korean");
  EXPECT_EQ(found[0].token_count, 2u);
}

TEST(CountryAdjectivesTest, ErrorsNameFileAndLine) {
  auto bad = CountryAdjectives::Parse("# c\nKZ\tnl\n", "adj.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("adj.tsv:2:"), std::string::npos) << bad.status();
  bad = CountryAdjectives::Parse("kz\tnl\tkazachs*\n", "adj.tsv");
  EXPECT_FALSE(bad.ok());
  bad = CountryAdjectives::Parse("KZ\txx\tkazachs*\n", "adj.tsv");
  EXPECT_FALSE(bad.ok());
  bad = CountryAdjectives::Parse("KZ\tnl\tkaz*\n", "adj.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("adj.tsv:1:"), std::string::npos);
  EXPECT_TRUE(CountryAdjectives::Parse("KZ\tnl\tkazachs*,kazach\r\n", "adj.tsv").ok());
}

}  // namespace
}  // namespace newsloom
