#include "text/stemmer.h"

#include <gtest/gtest.h>

namespace newsloom::text_analysis {
namespace {

TEST(StemmerTest, MapsLanguagesToXapianStemmers) {
  EXPECT_EQ(XapianStemmerFor("nl"), "dutch");
  EXPECT_EQ(XapianStemmerFor("nb"), "norwegian");
  EXPECT_EQ(XapianStemmerFor("nn"), "norwegian");
  EXPECT_EQ(XapianStemmerFor("ru"), "russian");
  EXPECT_EQ(XapianStemmerFor("ar"), "arabic");
  EXPECT_EQ(XapianStemmerFor("en"), "english");
  EXPECT_EQ(XapianStemmerFor("uk"), "");
  EXPECT_EQ(XapianStemmerFor("zh"), "");
  EXPECT_EQ(XapianStemmerFor("ja"), "");
  EXPECT_EQ(XapianStemmerFor("pl"), "");
  EXPECT_EQ(XapianStemmerFor("und"), "");
}

TEST(StemmerTest, StemsPerLanguage) {
  StemmerSet stemmers;
  EXPECT_EQ(stemmers.Stem("nl", "demonstranten"), "demonstrant");
  EXPECT_EQ(stemmers.Stem("nb", "demonstrantene"), "demonstrant");
  EXPECT_EQ(stemmers.Stem("ru", "демонстрантов"), "демонстрант");
  EXPECT_EQ(stemmers.Stem("en", "protesters"), "protest");
  EXPECT_EQ(stemmers.Stem("de", "demonstranten"), "demonstrant");
  EXPECT_EQ(stemmers.Stem("ar", "المتظاهرين"), "متظاهر");
  EXPECT_TRUE(stemmers.Has("sv"));
  EXPECT_FALSE(stemmers.Has("uk"));
  // No stemmer: the input comes back.
  EXPECT_EQ(stemmers.Stem("uk", "демонстрантів"), "демонстрантів");
  EXPECT_EQ(stemmers.Stem("und", "protesters"), "protesters");
}

}  // namespace
}  // namespace newsloom::text_analysis
