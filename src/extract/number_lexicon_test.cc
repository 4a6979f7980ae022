#include "extract/number_lexicon.h"

#include <gtest/gtest.h>

#include <set>

#include "extract/number_words.h"

namespace newsloom {

extern const std::string_view kNumbersTsv;

namespace {

using extract_internal::SplitCompound;
using extract_internal::WordNumber;

TEST(NumberLexiconTest, EmbeddedFileParsesAndCoversLanguages) {
  auto lex = NumberLexicon::Parse(kNumbersTsv, "numbers.tsv");
  ASSERT_TRUE(lex.ok()) << lex.status();
  for (const char* lang :
       {"en", "nl", "nb", "da", "sv", "de", "fr", "es", "it", "pl", "ru", "uk", "tr", "ar", "zh"}) {
    EXPECT_TRUE((*lex)->HasLanguage(lang)) << lang;
    std::set<std::string> qualifiers;
    for (const NumberEntry* e : (*lex)->EntriesOf(lang)) {
      if (e->kind == NumberWordKind::kQualifier || e->kind == NumberWordKind::kQualifierAfter) {
        qualifiers.insert(e->qualifier);
      }
    }
    EXPECT_EQ(qualifiers.size(), 5u) << lang << " lacks a qualifier class";
  }
  EXPECT_FALSE((*lex)->HasLanguage("und"));
}

TEST(NumberLexiconTest, FoldsCase) {
  auto lex = NumberLexicon::Parse("de\tDreißig\t30\tcardinal\n", "x.tsv");
  ASSERT_TRUE(lex.ok());
  const auto* words = (*lex)->WordsOf("de");
  EXPECT_TRUE(words->contains("dreissig"));  // ICU full case folding, as Token::lower
}

TEST(NumberLexiconTest, ErrorsNameFileAndLine) {
  struct Case {
    const char* tsv;
    const char* message;
  };
  for (const Case& c : {Case{"# c\nen\tten\t10\n", "x.tsv:2: expected 4"},
                        Case{"en\tten\tx\tcardinal\n", "x.tsv:1: value"},
                        Case{"en\tten\t10\tnumber\n", "x.tsv:1: unknown kind"},
                        Case{"en\tover\tsome\tqualifier\n", "x.tsv:1: unknown qualifier"},
                        Case{"en\tten  x\t10\tcardinal\n", "x.tsv:1: empty word"}}) {
    auto lex = NumberLexicon::Parse(c.tsv, "x.tsv");
    ASSERT_FALSE(lex.ok()) << c.tsv;
    EXPECT_EQ(lex.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(MessageOf(lex.status()).find(c.message), std::string::npos) << lex.status();
  }
}

TEST(NumberWordsTest, Grammar) {
  WordNumber n;  // two thousand three hundred and five
  EXPECT_TRUE(n.AddCardinal(2));
  EXPECT_TRUE(n.AddMultiplier(1000));
  EXPECT_TRUE(n.AddCardinal(3));
  EXPECT_TRUE(n.AddMultiplier(100));
  EXPECT_TRUE(n.AddCardinal(5));
  EXPECT_EQ(n.value(), 2305);
  EXPECT_FALSE(n.AddMultiplier(1000));  // "... five thousand" after a thousand group
  WordNumber twelve_twenty;
  EXPECT_TRUE(twelve_twenty.AddCardinal(12));
  EXPECT_FALSE(twelve_twenty.AddCardinal(20));
  WordNumber unit_tens;  // einundzwanzig
  EXPECT_TRUE(unit_tens.AddCardinal(1));
  EXPECT_TRUE(unit_tens.AddCardinal(20));
  EXPECT_EQ(unit_tens.value(), 21);
  WordNumber twelve_hundred;
  EXPECT_TRUE(twelve_hundred.AddCardinal(12));
  EXPECT_TRUE(twelve_hundred.AddMultiplier(100));
  EXPECT_EQ(twelve_hundred.value(), 1200);
  EXPECT_FALSE(twelve_hundred.AddMultiplier(100));
}

TEST(NumberWordsTest, SplitsCompounds) {
  auto lex = NumberLexicon::Parse(kNumbersTsv, "numbers.tsv");
  ASSERT_TRUE(lex.ok());
  auto value_of = [&](const char* lang, const char* word) -> int64_t {
    std::vector<const NumberEntry*> pieces;
    if (!SplitCompound(*(*lex)->WordsOf(lang), (*lex)->piece_prefixes(), word, &pieces)) {
      return -1;
    }
    WordNumber n;
    return n.AddPieces(pieces) ? n.value() : -2;
  };
  EXPECT_EQ(value_of("nl", "drieduizend"), 3000);
  EXPECT_EQ(value_of("nl", "tweehonderdvijftig"), 250);
  EXPECT_EQ(value_of("nl", "eenentwintig"), 21);
  EXPECT_EQ(value_of("de", "zweitausenddreihundert"), 2300);
  EXPECT_EQ(value_of("de", "einundzwanzig"), 21);
  EXPECT_EQ(value_of("it", "duemila"), 2000);
  EXPECT_EQ(value_of("sv", "tretusen"), 3000);
  EXPECT_EQ(value_of("nl", "vierkant"), -1);
  EXPECT_EQ(value_of("nl", "elfen"), -1);  // may not end in a joiner
  EXPECT_EQ(value_of("de", "achtung"), -1);
}

}  // namespace
}  // namespace newsloom
