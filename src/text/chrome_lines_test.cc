#include "text/chrome_lines.h"

#include <string>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

std::string_view Article(std::string_view text) {
  const ArticleSpan s = FindArticleSpan(text);
  return text.substr(s.begin, s.end - s.begin);
}

TEST(ChromeLinesTest, DropsLeadingAndTrailingChrome) {
  EXPECT_EQ(Article("Accessibility links\n\nBreaking News\n\nStorm Hits Coast\n\nA storm hit "
                    "the coast.\n\nShare this article\n\u00a9 2021 Some Broadcaster\n"),
            "Storm Hits Coast\n\nA storm hit the coast.");
  EXPECT_EQ(Article("Naar de inhoud\nHoofdmenu:\nDe politie greep in.\n"), "De politie greep in.");
  EXPECT_EQ(Article("ПОДЕЛИТЬСЯ\nВ Бишкеке прошёл митинг.\nРеклама"), "В Бишкеке прошёл митинг.");
}

TEST(ChromeLinesTest, KeepsArticleLinesThatMentionPhrases) {
  const std::string text =
      "Breaking news from the capital: the parliament was stormed.\n\nMenu prices rose too.";
  EXPECT_EQ(Article(text), text);
  // Interior chrome-looking lines stay: they may be subheadings.
  const std::string inner = "First paragraph.\n\nLive\n\nSecond paragraph.";
  EXPECT_EQ(Article(inner), inner);
}

TEST(ChromeLinesTest, AllChromeOrEmpty) {
  EXPECT_EQ(Article("Menu\nSearch\n"), "");
  EXPECT_EQ(Article(""), "");
  EXPECT_TRUE(IsChromeLine("  Skip to main content | "));
  EXPECT_TRUE(IsChromeLine("Copyright 2005 RFE/RL"));
  EXPECT_FALSE(IsChromeLine("Search for survivors continues in the rubble"));
}

}  // namespace
}  // namespace newsloom
