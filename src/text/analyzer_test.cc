#include "text/analyzer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "text/utf8.h"

namespace newsloom {
namespace {

using text_analysis::IsCharBoundary;
using text_analysis::IsWellFormedUtf8;

std::unique_ptr<Analyzer> MakeAnalyzer(AnalyzerOptions options = {}) {
  auto analyzer = Analyzer::Create(options);
  EXPECT_TRUE(analyzer.ok()) << analyzer.status();
  return std::move(analyzer).value();
}

// Invariants every document must satisfy (also asserted by the fuzzer).
void CheckInvariants(const AnalyzedDocument& doc, size_t input_size) {
  ASSERT_TRUE(IsWellFormedUtf8(doc.text));
  uint32_t previous_end = 0;
  for (const Token& t : doc.tokens) {
    ASSERT_LT(t.begin, t.end);
    ASSERT_LE(t.end, doc.text.size());
    ASSERT_GE(t.begin, previous_end);
    ASSERT_TRUE(IsCharBoundary(doc.text, t.begin));
    ASSERT_TRUE(IsCharBoundary(doc.text, t.end));
    previous_end = t.end;
  }
  uint32_t next_token = 0, paragraph = 0;
  for (const Sentence& s : doc.sentences) {
    ASSERT_EQ(s.first_token, next_token);
    next_token += s.token_count;
    ASSERT_LE(next_token, doc.tokens.size());
    ASSERT_LE(s.end, doc.text.size());
    ASSERT_GE(s.paragraph, paragraph);
    paragraph = s.paragraph;
  }
  ASSERT_EQ(next_token, doc.tokens.size());
  // Offsets inside a replaced character are approximate; character boundaries are exact.
  uint32_t previous_source = 0;
  for (uint32_t i = 0; i <= doc.text.size(); ++i) {
    if (!IsCharBoundary(doc.text, i)) continue;
    const uint32_t source = doc.to_source.ToSource(i);
    ASSERT_LE(source, input_size);
    ASSERT_GE(source, previous_source);
    previous_source = source;
  }
}

std::string Surface(const AnalyzedDocument& doc, const Token& t) {
  return doc.text.substr(t.begin, t.end - t.begin);
}

TEST(AnalyzerTest, AnalyzesADutchArticle) {
  auto analyzer = MakeAnalyzer();
  const std::string input =
      "In KirgiziÃ« hebben demonstranten het parlement bestormd. Volgens o.a. de politie "
      "raakten 12 mensen gewond.\n\nDe president zegt dat hij aanblijft.";
  AnalysisStats stats;
  AnalyzedDocument doc = analyzer->Analyze(input, "", &stats).value();
  CheckInvariants(doc, input.size());
  EXPECT_EQ(doc.lang, "nl");
  EXPECT_GT(doc.lang_confidence, 0.5);
  EXPECT_TRUE(doc.mojibake_repaired);
  EXPECT_EQ(stats.mojibake_repairs, 1u);
  EXPECT_EQ(doc.text.substr(0, 13), "In Kirgizië ");
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[1].paragraph, 0u);
  EXPECT_EQ(doc.sentences[2].paragraph, 1u);
  const Token& kirgizie = doc.tokens[1];
  EXPECT_EQ(Surface(doc, kirgizie), "Kirgizië");
  EXPECT_EQ(kirgizie.latin_key, "kirgizie");
  EXPECT_TRUE(kirgizie.capitalized);
  EXPECT_EQ(doc.to_source.ToSource(kirgizie.begin), 3u);
  EXPECT_EQ(doc.to_source.ToSource(kirgizie.end), input.find(" hebben"));
  const Token& demonstranten = doc.tokens[3];
  EXPECT_EQ(demonstranten.stem, "demonstrant");
  EXPECT_EQ(doc.to_source.ToSource(demonstranten.begin), input.find("demonstranten"));
  const Token& twelve = doc.tokens[doc.sentences[1].first_token + 6];
  EXPECT_EQ(Surface(doc, twelve), "12");
  EXPECT_EQ(twelve.kind, TokenKind::kNumber);
}

TEST(AnalyzerTest, RussianTokens) {
  auto analyzer = MakeAnalyzer();
  AnalyzedDocument doc = analyzer
                             ->Analyze(
                                 "Президент Сооронбай Жээнбеков заявил, что протестующие захватили "
                                 "здание парламента в Бишкеке.")
                             .value();
  EXPECT_EQ(doc.lang, "ru");
  ASSERT_GE(doc.tokens.size(), 3u);
  EXPECT_EQ(doc.tokens[2].latin_key, "zheenbekov");
  EXPECT_EQ(doc.tokens[2].script, Script::kCyrillic);
  EXPECT_EQ(doc.tokens[0].stem, "президент");
}

TEST(AnalyzerTest, NorwegianIsBokmal) {
  auto analyzer = MakeAnalyzer();
  AnalyzedDocument doc = analyzer
                             ->Analyze(
                                 "Politiet sa torsdag at flere demonstranter ble pågrepet ved "
                                 "nasjonalforsamlingen etter "
                                 "at valgresultatet ble kjent i går kveld.")
                             .value();
  EXPECT_EQ(doc.lang, "nb");
  bool stemmed = false;
  for (const Token& t : doc.tokens) stemmed = stemmed || t.stem != t.lower;
  EXPECT_TRUE(stemmed);
}

TEST(AnalyzerTest, ShortTextUsesTheHint) {
  auto analyzer = MakeAnalyzer();
  EXPECT_EQ(analyzer->Analyze("Kort bericht").value().lang, "und");
  AnalyzedDocument doc = analyzer->Analyze("Kort bericht", "nl").value();
  EXPECT_EQ(doc.lang, "nl");
  EXPECT_DOUBLE_EQ(doc.lang_confidence, 0.5);
}

TEST(AnalyzerTest, AnalyzeInTakesTheLanguageItIsGiven) {
  auto analyzer = MakeAnalyzer();
  // A title: short, and in the language of its article.
  const std::string title = "Protesten in Den Haag: politie grijpt in";
  AnalyzedDocument doc = analyzer->AnalyzeIn(title, "nl").value();
  EXPECT_EQ(doc.lang, "nl");
  EXPECT_DOUBLE_EQ(doc.lang_confidence, 1.0);
  AnalyzedDocument same = analyzer->Analyze(title, "nl").value();
  ASSERT_EQ(doc.tokens.size(), same.tokens.size());
  bool stemmed = false;
  for (const Token& t : doc.tokens) stemmed = stemmed || t.stem != t.lower;
  EXPECT_TRUE(stemmed);  // "protesten" → "protest" with the Dutch stemmer
  // No language given: identified as by Analyze.
  EXPECT_EQ(analyzer->AnalyzeIn("Kort bericht", "").value().lang, "und");
  EXPECT_EQ(analyzer->AnalyzeIn("Kort bericht", "und").value().lang, "und");
}

TEST(AnalyzerTest, EmptyAndBinaryInput) {
  auto analyzer = MakeAnalyzer();
  AnalyzedDocument doc = analyzer->Analyze("").value();
  EXPECT_TRUE(doc.text.empty());
  EXPECT_EQ(doc.lang, "und");
  EXPECT_TRUE(doc.tokens.empty());
  const std::string junk("\xFF\xFE\x00\x01 abc \xC3\x28 \xE2\x82", 14);
  doc = analyzer->Analyze(junk).value();
  CheckInvariants(doc, junk.size());
  EXPECT_NE(doc.text.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(AnalyzerTest, TruncatesLongTextAtALineBreak) {
  AnalyzerOptions options;
  options.max_text_bytes = 100;
  auto analyzer = MakeAnalyzer(options);
  std::string input;
  for (int i = 0; i < 10; ++i) input += "Regel nummer " + std::to_string(i) + " is hier.\n";
  AnalysisStats stats;
  AnalyzedDocument doc = analyzer->Analyze(input, "nl", &stats).value();
  EXPECT_TRUE(stats.truncated);
  EXPECT_LE(doc.text.size(), 100u);
  EXPECT_EQ(doc.text.back(), '\n');
  CheckInvariants(doc, input.size());
}

TEST(AnalyzerTest, TruncatesAtACharacterBoundary) {
  AnalyzerOptions options;
  options.max_text_bytes = 7;
  auto analyzer = MakeAnalyzer(options);
  AnalyzedDocument doc = analyzer->Analyze("ББББББББ").value();  // no spaces, 2-byte letters
  EXPECT_EQ(doc.text, "БББ");
}

TEST(AnalyzerTest, RejectsLongTextWhenAsked) {
  AnalyzerOptions options;
  options.max_text_bytes = 10;
  options.over_limit = AnalyzerOptions::OverLimit::kReject;
  auto analyzer = MakeAnalyzer(options);
  auto result = analyzer->Analyze("this text is longer than ten bytes");
  EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(analyzer->Analyze("short").ok());
}

TEST(AnalyzerTest, ValidatesOptions) {
  AnalyzerOptions options;
  options.max_text_bytes = 0;
  EXPECT_EQ(Analyzer::Create(options).status().code(), absl::StatusCode::kInvalidArgument);
  options = AnalyzerOptions();
  options.hint_confidence = 2;
  EXPECT_EQ(Analyzer::Create(options).status().code(), absl::StatusCode::kInvalidArgument);
  options = AnalyzerOptions();
  options.token_cache_entries = 0;
  EXPECT_EQ(Analyzer::Create(options).status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(AnalyzerTest, SameResultsFromManyThreads) {
  auto analyzer = MakeAnalyzer();
  const std::vector<std::string> texts = {
      "De politie heeft donderdag schoten gelost op betogers in Almaty.",
      "Полиция сообщила, что задержаны сотни человек в Алматы.",
      "警方周四表示，多名抗议者在议会大楼附近被逮捕。",
      "Die Polizei nahm am Donnerstag zahlreiche Demonstranten in Almaty fest.",
  };
  std::vector<AnalyzedDocument> expected;
  for (const auto& t : texts) expected.push_back(analyzer->Analyze(t).value());
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int k = 0; k < 4; ++k) {
    threads.emplace_back([&, k] {
      for (int round = 0; round < 20; ++round) {
        const size_t i = static_cast<size_t>(k + round) % texts.size();
        const AnalyzedDocument doc = analyzer->Analyze(texts[i]).value();
        bool same = doc.text == expected[i].text && doc.lang == expected[i].lang &&
                    doc.tokens.size() == expected[i].tokens.size();
        for (size_t j = 0; same && j < doc.tokens.size(); ++j) {
          same = doc.tokens[j].stem == expected[i].tokens[j].stem &&
                 doc.tokens[j].latin_key == expected[i].tokens[j].latin_key;
        }
        if (!same) ++mismatches[k];
      }
    });
  }
  for (auto& t : threads) t.join();
  for (int k = 0; k < 4; ++k) EXPECT_EQ(mismatches[k], 0) << "thread " << k;
}

TEST(AnalyzerTest, SeedArticles) {
  const std::filesystem::path dir = std::filesystem::path(NEWSLOOM_SOURCE_DIR) / "../shared/seeds";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no seeds at " << dir;
  auto analyzer = MakeAnalyzer();
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"000_", "nl"}, {"001_", "nb"}, {"002_", "nl"}, {"003_", "nl"}, {"004_", "en"}};
  int seen = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    AnalyzedDocument doc = analyzer->Analyze(text).value();
    CheckInvariants(doc, text.size());
    EXPECT_GT(doc.sentences.size(), 3u) << name;
    for (const auto& [prefix, lang] : expected) {
      if (name.rfind(prefix, 0) == 0) {
        EXPECT_EQ(doc.lang, lang) << name;
        ++seen;
      }
    }
  }
  EXPECT_EQ(seen, 5);
}

}  // namespace
}  // namespace newsloom
