#include "text/html_tags.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/html_dom.h"

namespace newsloom {
namespace {

using ::testing::ElementsAre;

bool Furniture(std::string_view value) { return IsFurnitureWords(HintWords(value)); }

TEST(HintWordsTest, Splits) {
  EXPECT_THAT(HintWords("mostReadList"), ElementsAre("most", "read", "list"));
  EXPECT_THAT(HintWords("c-cookie_banner  js-Share2"),
              ElementsAre("c", "cookie", "banner", "js", "share2"));
  EXPECT_THAT(HintWords("HTMLBody"), ElementsAre("htmlbody"));
  EXPECT_THAT(HintWords(""), ElementsAre());
}

TEST(HintWordsTest, FurnitureWords) {
  for (const char* yes : {"main-nav",
                          "navbar",
                          "site-navigation",
                          "cookie-banner",
                          "cookieConsent",
                          "gdpr-notice",
                          "share-tools",
                          "social-links",
                          "related-stories",
                          "relatedArticles",
                          "most-read",
                          "mostPopular",
                          "popular-now",
                          "newsletter-signup",
                          "subscribe-box",
                          "site-footer",
                          "breadcrumbs",
                          "comments",
                          "ad-slot",
                          "advertisement",
                          "promo-box",
                          "skip-link",
                          "accessibility-links",
                          "sr-only",
                          "visually-hidden",
                          "sidebar-right",
                          "taboola-feed",
                          "article-byline",
                          "dateline"}) {
    EXPECT_TRUE(Furniture(yes)) << yes;
  }
  for (const char* no :
       {"story-body", "article__text", "content", "main-content", "headline", "shadow",
        "header-title", "lead", "author-name", "canvas-wrapper", "navy-theme", "advice-column",
        "reading-time", "commentary", "address", "load-more-x"}) {
    EXPECT_FALSE(Furniture(no)) << no;
  }
}

TEST(HtmlTagsTest, ElementClassification) {
  ParsedHtml parsed(
      "<body><div id=a hidden>x</div><div id=b aria-hidden=\"true\">x</div>"
      "<div id=c style=\"DISPLAY: none\">x</div><div id=d role=\"navigation\">x</div>"
      "<div id=e class=\"story\" itemprop=\"articleBody\">x</div><div id=f role=main>x</div>"
      "<section id=g aria-label=\"Share this article\">x</section></body>");
  std::vector<const GumboNode*> divs;
  WalkElements(parsed.root(), [&](const GumboNode* n) {
    if (HasAttr(n, "id")) divs.push_back(n);
    return true;
  });
  ASSERT_EQ(divs.size(), 7u);
  EXPECT_TRUE(IsSkippedElement(divs[0]));
  EXPECT_TRUE(IsSkippedElement(divs[1]));
  EXPECT_TRUE(IsSkippedElement(divs[2]));
  EXPECT_FALSE(IsSkippedElement(divs[3]));
  EXPECT_TRUE(HasFurnitureHint(divs[3]));
  EXPECT_FALSE(HasFurnitureHint(divs[4]));
  EXPECT_EQ(MarkerOf(divs[4]), ArticleMarker::kArticleBody);
  EXPECT_EQ(MarkerOf(divs[5]), ArticleMarker::kMain);
  EXPECT_EQ(MarkerOf(divs[3]), ArticleMarker::kNone);
  EXPECT_TRUE(HasFurnitureHint(divs[6]));
  EXPECT_TRUE(IsBlockTag(GUMBO_TAG_P));
  EXPECT_TRUE(IsBlockTag(GUMBO_TAG_UNKNOWN));
  EXPECT_FALSE(IsBlockTag(GUMBO_TAG_SPAN));
  EXPECT_TRUE(IsFurnitureTag(GUMBO_TAG_ASIDE));
  EXPECT_FALSE(IsFurnitureTag(GUMBO_TAG_ARTICLE));
}

TEST(HtmlTagsTest, JunkParagraphs) {
  EXPECT_TRUE(IsJunkParagraph("Advertisement"));
  EXPECT_TRUE(IsJunkParagraph("  Share this article: "));
  EXPECT_TRUE(IsJunkParagraph("Реклама"));
  EXPECT_TRUE(IsJunkParagraph("ANZEIGE"));
  EXPECT_FALSE(IsJunkParagraph("Share prices fell sharply on Monday."));
  EXPECT_FALSE(
      IsJunkParagraph("Read more about the protests in our explainer below, "
                      "which covers everything"));
}

}  // namespace
}  // namespace newsloom
