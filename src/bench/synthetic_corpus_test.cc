#include "bench/synthetic_corpus.h"

#include <set>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

TEST(SyntheticCorpusTest, DeterministicForASeed) {
  SyntheticCorpusOptions o;
  o.articles = 300;
  const auto a = GenerateSyntheticCorpus(o);
  const auto b = GenerateSyntheticCorpus(o);
  ASSERT_EQ(a.size(), 300u);
  EXPECT_EQ(SyntheticCorpusToJsonl(a), SyntheticCorpusToJsonl(b));
  o.seed = 7;
  EXPECT_NE(SyntheticCorpusToJsonl(GenerateSyntheticCorpus(o)), SyntheticCorpusToJsonl(a));
}

TEST(SyntheticCorpusTest, LanguagesScriptsSizesAndDuplicates) {
  SyntheticCorpusOptions o;
  o.articles = 1000;
  const auto corpus = GenerateSyntheticCorpus(o);
  std::set<std::string> langs;
  bool cyrillic = false, arabic = false, han = false;
  size_t dups = 0;
  std::set<std::string> ids_so_far;
  for (const auto& a : corpus) {
    langs.insert(a.lang);
    EXPECT_GE(a.text.size(), 2800u) << a.id;
    EXPECT_LE(a.text.size(), 5000u) << a.id;
    cyrillic |= a.text.find("\xd0") != std::string::npos;     // U+0400 block lead byte
    arabic |= a.text.find("\xd9\x84") != std::string::npos;   // ل
    han |= a.text.find("\xe7\x9a\x84") != std::string::npos;  // 的
    if (!a.duplicate_of.empty()) {
      ++dups;
      EXPECT_TRUE(ids_so_far.count(a.duplicate_of)) << a.id << " copies a later article";
    }
    ids_so_far.insert(a.id);
  }
  EXPECT_GE(langs.size(), 8u);
  EXPECT_EQ(langs.size(), SyntheticLanguages().size()) << "a line of synthetic_words.tsv is bad";
  EXPECT_TRUE(cyrillic && arabic && han);
  EXPECT_GT(dups, 20u);
  EXPECT_LT(dups, 100u);
}

// Numbers and names as dense as in real news (data/samples: 2.7% of words are digits), not
// more: a corpus dense in cues would overstate what extraction costs per article.
TEST(SyntheticCorpusTest, CueDensityOfNews) {
  SyntheticCorpusOptions o;
  o.articles = 200;
  size_t words = 0, digits = 0;
  for (const auto& a : GenerateSyntheticCorpus(o)) {
    if (a.lang == "zh") continue;  // no spaces to count words by
    bool in_word = false, all_digits = true;
    for (size_t i = 0; i <= a.text.size(); ++i) {
      const char c = i < a.text.size() ? a.text[i] : ' ';
      if (c == ' ' || c == '\n' || c == '.') {
        if (in_word) ++words, digits += all_digits;
        in_word = false, all_digits = true;
      } else {
        in_word = true;
        all_digits &= c >= '0' && c <= '9';
      }
    }
  }
  ASSERT_GT(words, 10000u);
  const double share = static_cast<double>(digits) / words;
  EXPECT_GT(share, 0.015);
  EXPECT_LT(share, 0.045);
}

}  // namespace
}  // namespace newsloom
