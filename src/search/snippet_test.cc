#include "search/snippet.h"

#include <string>

#include "gtest/gtest.h"

namespace newsloom::search {
namespace {

TermOccurrence Occ(const std::string& term, const std::string& text, const std::string& word) {
  const size_t at = text.find(word);
  return {term, static_cast<uint32_t>(at), static_cast<uint32_t>(at + word.size()), false};
}

std::string Marked(const Snippet& s) {
  std::string out;
  size_t pos = 0;
  for (auto [b, e] : s.highlights) {
    out += s.text.substr(pos, b - pos) + "[" + s.text.substr(b, e - b) + "]";
    pos = e;
  }
  return out + s.text.substr(pos);
}

TEST(SnippetTest, ShortTextIsWholeWithHighlights) {
  const std::string text = "Rain fell on Oslo. Then the sun came out.";
  Snippet s = MakeSnippet(text, {Occ("oslo", text, "Oslo"), Occ("sun", text, "sun")}, {"sun"});
  EXPECT_EQ(Marked(s), "Rain fell on Oslo. Then the [sun] came out.");
}

TEST(SnippetTest, LongTextIsCutAroundTheDensestMatches) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "Filler words about nothing at all. ";
  const size_t start = text.size();
  text += "Police met the marchers in Tromsø after the march. ";
  for (int i = 0; i < 40; ++i) text += "More filler to pad the story out. ";
  std::vector<TermOccurrence> occ = {Occ("XKpolice", text, "Police"), Occ("XP1", text, "Tromsø"),
                                     Occ("march", text, "march.")};
  SnippetOptions o;
  o.length = 120;
  Snippet s = MakeSnippet(text, occ, {"XKpolice", "XP1"}, o);
  EXPECT_EQ(s.text.rfind("…", 0), 0u) << s.text;
  EXPECT_NE(s.text.find("Tromsø"), std::string::npos);
  EXPECT_LE(s.text.size(), o.length + 8);
  EXPECT_NE(Marked(s).find("[Police] met the marchers in [Tromsø]"), std::string::npos)
      << Marked(s);
  EXPECT_GT(start, 0u);
}

TEST(SnippetTest, NoMatchGivesTheStartAndIgnoresBadSpans) {
  const std::string text = "Short text.";
  std::vector<TermOccurrence> occ = {{"x", 5, 500, false}, {"y", 3, 3, false}};
  Snippet s = MakeSnippet(text, occ, {"x", "y"});
  EXPECT_EQ(s.text, "Short text.");
  EXPECT_TRUE(s.highlights.empty());
}

TEST(SnippetTest, CutsOnUtf8Boundaries) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "ыы";
  Snippet s = MakeSnippet(text, {}, {});
  // Valid UTF-8: every lead byte is followed by its continuation.
  for (size_t i = 0; i + 1 < s.text.size(); ++i) {
    if (static_cast<unsigned char>(s.text[i]) == 0xD1) {
      EXPECT_EQ(static_cast<unsigned char>(s.text[i + 1]) & 0xC0, 0x80);
    }
  }
}

}  // namespace
}  // namespace newsloom::search
