#include "link/name_folding.h"

#include "gtest/gtest.h"

namespace newsloom::link {
namespace {

TEST(FoldTokenTest, TransliterationVariantsMeet) {
  for (const char* s : {"atambajev", "atambayev", "atambaev", "atambaiev"}) {
    EXPECT_EQ(FoldToken(s), "atambaev") << s;
  }
  for (const char* s : {"jeenbekov", "zheenbekov", "dzjeenbekov", "dzheenbekov"}) {
    EXPECT_EQ(FoldToken(s), "enbekov") << s;
  }
  for (const char* s : {"tokajev", "tokayev", "tokajew", "tokaev", "tokaiev"}) {
    EXPECT_EQ(FoldToken(s), "tokaev") << s;
  }
  for (const char* s : {"bakiev", "bakiyev", "bakijev"}) EXPECT_EQ(FoldToken(s), "bakev") << s;
  for (const char* s : {"yeltsin", "jelzin", "eltsin"}) EXPECT_EQ(FoldToken(s), "elsin") << s;
  for (const char* s : {"zelensky", "zelenskiy", "zelenskyy", "zelenskyi", "selenskyj"}) {
    EXPECT_EQ(FoldToken(s), "selenski") << s;
  }
  EXPECT_EQ(FoldToken("sadyr"), FoldToken("sadir"));
  EXPECT_EQ(FoldToken("tayyip"), FoldToken("tayip"));
  for (const char* s : {"khrushchev", "chrustsjov", "chrustschow"}) {
    EXPECT_NE(FoldToken(s), "") << s;
  }
  EXPECT_EQ(FoldToken("chernov"), FoldToken("tsjernov"));
  EXPECT_EQ(FoldToken("chernov"), FoldToken("tschernow"));
  EXPECT_EQ(FoldToken("chernov"), FoldToken("czernow"));
}

TEST(FoldTokenTest, KeepsDifferentNamesApart) {
  EXPECT_NE(FoldToken("mahinda"), FoldToken("gotabaya"));
  EXPECT_NE(FoldToken("atambaev"), FoldToken("bakiev"));
  EXPECT_NE(FoldToken("putin"), FoldToken("tokaev"));
  EXPECT_EQ(FoldToken(""), "");
  EXPECT_EQ(FoldToken("g8"), "g8");
}

TEST(StripSlavicCaseTest, InflectedSurnamesFoldToTheBase) {
  for (const char* s : {"atambaeva", "atambaevu", "atambaevym", "atambaevom", "atambaeve",
                        "atambaevoi", "atambaevyh"}) {
    EXPECT_EQ(StripSlavicCase(s), "atambaev") << s;
  }
  EXPECT_EQ(StripSlavicCase("tokaevovi"), "tokaev");
  EXPECT_EQ(StripSlavicCase("tokaevem"), "tokaev");
  EXPECT_EQ(StripSlavicCase("putina"), "putin");
  EXPECT_EQ(StripSlavicCase("selenskogo"), "selenski");
  EXPECT_EQ(StripSlavicCase("atambaev"), "atambaev");
  // Not surname-shaped, or too short: unchanged.
  for (const char* s : {"rajapaksa", "anna", "obama", "ova", "erdogan", "ina"}) {
    EXPECT_EQ(StripSlavicCase(s), s) << s;
  }
}

TEST(GivenNamesTest, Compatibility) {
  EXPECT_TRUE(GivenNamesCompatible("almazbek", "almazbek"));
  EXPECT_TRUE(GivenNamesCompatible("almazbek", "almazbeka"));
  EXPECT_TRUE(GivenNamesCompatible("g", "gotaba"));
  EXPECT_TRUE(GivenNamesCompatible("soronbai", "sooronbai"));
  EXPECT_FALSE(GivenNamesCompatible("mahinda", "gotaba"));
  EXPECT_FALSE(GivenNamesCompatible("m", "gotaba"));
  EXPECT_FALSE(GivenNamesCompatible("", "gotaba"));
  EXPECT_TRUE(GivenNamesCompatible("adel", "adil"));
  EXPECT_FALSE(GivenNamesCompatible("kasim", "karim"));
  EXPECT_FALSE(GivenNamesCompatible("ivan", "oleg"));
}

TEST(JaroWinklerTest, KnownValues) {
  EXPECT_DOUBLE_EQ(JaroWinkler("abc", "abc"), 1.0);
  EXPECT_DOUBLE_EQ(JaroWinkler("abc", "xyz"), 0.0);
  EXPECT_DOUBLE_EQ(JaroWinkler("", ""), 0.0);
  EXPECT_NEAR(JaroWinkler("martha", "marhta"), 0.961, 0.001);
  EXPECT_NEAR(JaroWinkler("dwayne", "duane"), 0.84, 0.001);
  EXPECT_NEAR(JaroWinkler("dixon", "dicksonx"), 0.813, 0.001);
}

TEST(ScriptOfTest, FirstLetter) {
  EXPECT_EQ(ScriptOf("Atambayev"), "Latn");
  EXPECT_EQ(ScriptOf("Атамбаев"), "Cyrl");
  EXPECT_EQ(ScriptOf("«Атамбаев»"), "Cyrl");
  EXPECT_EQ(ScriptOf("أتامباييف"), "Arab");
  EXPECT_EQ(ScriptOf("习近平"), "Hani");
  EXPECT_EQ(ScriptOf("123 -"), "Zyyy");
  EXPECT_EQ(ScriptOf(""), "Zyyy");
}

}  // namespace
}  // namespace newsloom::link
