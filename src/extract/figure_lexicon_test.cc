#include "extract/figure_lexicon.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace newsloom {

extern const std::string_view kFiguresTsv;

namespace {

TEST(FigureLexiconTest, EmbeddedFileParsesAndCoversEveryLanguageAndKind) {
  auto lex = FigureLexicon::Parse(kFiguresTsv, "figures.tsv");
  ASSERT_TRUE(lex.ok()) << lex.status();
  std::set<std::string> pairs;
  for (const FigureWord& w : (*lex)->words()) {
    if (w.cls == FigureWordClass::kTrigger || w.cls == FigureWordClass::kProtest)
      pairs.insert(w.lang + ":" + w.kind);
  }
  for (const char* lang :
       {"en", "nl", "nb", "da", "sv", "de", "fr", "es", "it", "pl", "ru", "uk", "tr", "ar", "zh"}) {
    for (const char* kind :
         {"killed", "injured", "arrested", "hospitalized", "missing", "deployed", "crowd"}) {
      EXPECT_TRUE(pairs.count(std::string(lang) + ":" + kind)) << lang << " " << kind;
    }
  }
}

TEST(FigureLexiconTest, ErrorsNameFileAndLine) {
  auto bad = FigureLexicon::Parse("# c\nen\tkilled\tkilled\ttrigger\nen\tx\tkilled\n", "f.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(std::string(bad.status().message()).find("f.tsv:3:"), std::string::npos);
  bad = FigureLexicon::Parse("en\tkilled\tslain\ttrigger\n", "f.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(std::string(bad.status().message()).find("unknown kind"), std::string::npos);
  bad = FigureLexicon::Parse("en\tyears\tkilled\tnot\n", "f.tsv");
  EXPECT_FALSE(bad.ok());
  bad = FigureLexicon::Parse("en\tyears\t-\tweird\n", "f.tsv");
  EXPECT_FALSE(bad.ok());
  bad = FigureLexicon::Parse("en\t\t-\tnot\n", "f.tsv");
  EXPECT_FALSE(bad.ok());
}

TEST(FigureLexiconTest, OnePhraseMayHaveSeveralClasses) {
  auto lex = FigureLexicon::Parse("en\tand\t-\trange\nen\tand\t-\tand\n", "f.tsv");
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_EQ((*lex)->RowsOf(0).size(), 2u);
  EXPECT_NE((*lex)->Find(0, FigureWordClass::kRange), nullptr);
  EXPECT_NE((*lex)->Find(0, FigureWordClass::kAnd), nullptr);
  EXPECT_EQ((*lex)->Find(0, FigureWordClass::kTrigger), nullptr);
}

}  // namespace
}  // namespace newsloom
