#include "text/token_annotator.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace newsloom::text_analysis {
namespace {

Token Annotate(TokenAnnotator* a, const std::string& text, TokenKind kind, const std::string& lang,
               const AnnotateOptions& options = {}) {
  Token t;
  t.begin = 0;
  t.end = static_cast<uint32_t>(text.size());
  t.kind = kind;
  a->StartDocument(lang, options);
  a->Annotate(text, &t);
  return t;
}

TEST(TokenAnnotatorTest, AsciiWord) {
  auto a = TokenAnnotator::Create().value();
  Token t = Annotate(a.get(), "Demonstranten", TokenKind::kWord, "nl");
  EXPECT_EQ(t.lower, "demonstranten");
  EXPECT_EQ(t.stem, "demonstrant");
  EXPECT_EQ(t.latin_key, "demonstranten");
  EXPECT_EQ(t.script, Script::kLatin);
  EXPECT_TRUE(t.capitalized);
  EXPECT_FALSE(t.all_caps);
}

TEST(TokenAnnotatorTest, CaseFoldingAndFlags) {
  auto a = TokenAnnotator::Create().value();
  Token t = Annotate(a.get(), "STRAẞE", TokenKind::kWord, "de");
  EXPECT_EQ(t.lower, "strasse");
  EXPECT_TRUE(t.all_caps);
  EXPECT_TRUE(t.capitalized);
  t = Annotate(a.get(), "İstanbul", TokenKind::kWord, "tr");
  EXPECT_EQ(t.lower, "istanbul");  // Turkic folding for Turkish
  t = Annotate(a.get(), "ISPARTA", TokenKind::kWord, "tr");
  EXPECT_EQ(t.lower, "ısparta");
  t = Annotate(a.get(), "ISPARTA", TokenKind::kWord, "en");
  EXPECT_EQ(t.lower, "isparta");
  t = Annotate(a.get(), "Жээнбеков", TokenKind::kWord, "ru");
  EXPECT_EQ(t.lower, "жээнбеков");
  EXPECT_EQ(t.stem, "жээнбек");
  EXPECT_EQ(t.latin_key, "zheenbekov");
  EXPECT_EQ(t.script, Script::kCyrillic);
  EXPECT_TRUE(t.capitalized);
  t = Annotate(a.get(), "A", TokenKind::kWord, "en");
  EXPECT_FALSE(t.all_caps);  // needs two letters
  t = Annotate(a.get(), "北京", TokenKind::kWord, "zh");
  EXPECT_EQ(t.script, Script::kHan);
  EXPECT_FALSE(t.capitalized);
  EXPECT_EQ(t.stem, "北京");
  EXPECT_EQ(t.latin_key, "beijing");
}

TEST(TokenAnnotatorTest, NumbersPunctuationSymbols) {
  auto a = TokenAnnotator::Create().value();
  Token t = Annotate(a.get(), "3.000", TokenKind::kNumber, "nl");
  EXPECT_EQ(t.lower, "3.000");
  EXPECT_EQ(t.stem, "3.000");
  EXPECT_EQ(t.latin_key, "3000");
  EXPECT_EQ(t.script, Script::kUnknown);
  t = Annotate(a.get(), "«", TokenKind::kPunct, "fr");
  EXPECT_EQ(t.lower, "«");
  EXPECT_EQ(t.latin_key, "");
}

TEST(TokenAnnotatorTest, OptionsTurnFieldsOff) {
  auto a = TokenAnnotator::Create().value();
  AnnotateOptions options;
  options.stem = false;
  options.latin_keys = false;
  Token t = Annotate(a.get(), "Бишкеке", TokenKind::kWord, "ru", options);
  EXPECT_EQ(t.stem, "бишкеке");
  EXPECT_EQ(t.latin_key, "");
  // The cache keeps options apart.
  t = Annotate(a.get(), "Бишкеке", TokenKind::kWord, "ru");
  EXPECT_EQ(t.stem, "бишкек");
  EXPECT_EQ(t.latin_key, "bishkeke");
}

TEST(TokenAnnotatorTest, CacheIsBounded) {
  auto a = TokenAnnotator::Create().value();
  AnnotateOptions options;
  options.cache_entries = 10;
  for (int i = 0; i < 100; ++i) {
    Token t = Annotate(a.get(), "Слово" + std::to_string(i), TokenKind::kWord, "ru", options);
    EXPECT_EQ(t.latin_key, "slovo" + std::to_string(i));
    EXPECT_LE(a->cache_size(), 10u);
  }
}

TEST(TokenAnnotatorTest, LongWordsStayCheap) {
  auto a = TokenAnnotator::Create().value();
  AnnotateOptions options;
  options.max_word_bytes = 8;
  Token t = Annotate(a.get(), "Бишкекбишкек", TokenKind::kWord, "ru", options);
  EXPECT_EQ(t.lower, "бишкекбишкек");
  EXPECT_EQ(t.stem, t.lower);
  EXPECT_EQ(t.latin_key, "");  // only ASCII letters and digits survive
}

TEST(TokenAnnotatorTest, FormIdsNameTheAnnotation) {
  auto a = TokenAnnotator::Create().value();
  const Token first = Annotate(a.get(), "Бишкеке", TokenKind::kWord, "ru");
  const Token again = Annotate(a.get(), "Бишкеке", TokenKind::kWord, "ru");
  const Token lower = Annotate(a.get(), "бишкеке", TokenKind::kWord, "ru");
  const Token other_lang = Annotate(a.get(), "Бишкеке", TokenKind::kWord, "uk");
  AnnotateOptions no_stem;
  no_stem.stem = false;
  const Token other_options = Annotate(a.get(), "Бишкеке", TokenKind::kWord, "ru", no_stem);
  EXPECT_NE(first.form_id, 0u);
  EXPECT_EQ(again.form_id, first.form_id);
  EXPECT_NE(lower.form_id, first.form_id);  // another surface
  EXPECT_NE(other_lang.form_id, first.form_id);
  EXPECT_NE(other_options.form_id, first.form_id);
  // Another annotator never hands out the same ids.
  auto b = TokenAnnotator::Create().value();
  const Token elsewhere = Annotate(b.get(), "Бишкеке", TokenKind::kWord, "ru");
  EXPECT_NE(elsewhere.form_id, 0u);
  EXPECT_NE(elsewhere.form_id, first.form_id);
  // Fast paths and punctuation carry none.
  EXPECT_EQ(Annotate(a.get(), "3.000", TokenKind::kNumber, "nl").form_id, 0u);
  EXPECT_EQ(Annotate(a.get(), "«", TokenKind::kPunct, "fr").form_id, 0u);
}

TEST(TokenAnnotatorTest, FormIdsAreNotReusedAfterEviction) {
  auto a = TokenAnnotator::Create().value();
  AnnotateOptions options;
  options.cache_entries = 4;
  std::set<uint64_t> ids;
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 10; ++i) {
      const Token t =
          Annotate(a.get(), "Слово" + std::to_string(i), TokenKind::kWord, "ru", options);
      ASSERT_NE(t.form_id, 0u);
      ids.insert(t.form_id);
    }
  }
  // Evicted words come back under new ids: every lookup here missed the tiny cache.
  EXPECT_EQ(ids.size(), 30u);
}

TEST(TokenAnnotatorTest, ScriptOf) {
  EXPECT_EQ(ScriptOf("abc"), Script::kLatin);
  EXPECT_EQ(ScriptOf("123"), Script::kUnknown);
  EXPECT_EQ(ScriptOf("ひらがな"), Script::kKana);
  EXPECT_EQ(ScriptOf("مدينة"), Script::kArabic);
  EXPECT_EQ(ScriptOf("שלום"), Script::kHebrew);
  EXPECT_EQ(ScriptOf("서울"), Script::kHangul);
  EXPECT_EQ(ScriptOf("Ελλάδα"), Script::kGreek);
  EXPECT_EQ(ScriptOf("2-й"), Script::kCyrillic);
}

}  // namespace
}  // namespace newsloom::text_analysis
