#include "text/html_dom.h"

#include <string>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

const GumboNode* FindFirst(const GumboNode* root, GumboTag tag) {
  const GumboNode* found = nullptr;
  WalkElements(root, [&](const GumboNode* n) {
    if (found == nullptr && TagOf(n) == tag) found = n;
    return found == nullptr;
  });
  return found;
}

TEST(ParsedHtmlTest, ParsesAndReadsAttributes) {
  const std::string html =
      "<html lang=nl><body><div CLASS=\"a  Story-Body\" data-x=''>"
      "<p>Een <b>vet</b> woord&nbsp;en <i>meer</i>.</p><script>var x;</script>"
      "<h2>Kop</h2>tekst</div></body></html>";
  ParsedHtml parsed(html);
  ASSERT_NE(parsed.root(), nullptr);
  EXPECT_EQ(TagOf(parsed.root()), GUMBO_TAG_HTML);
  EXPECT_EQ(AttrValue(parsed.root(), "lang"), "nl");
  const GumboNode* div = FindFirst(parsed.root(), GUMBO_TAG_DIV);
  ASSERT_NE(div, nullptr);
  EXPECT_EQ(AttrValue(div, "class"), "a  Story-Body");
  EXPECT_TRUE(HasAttr(div, "data-x"));
  EXPECT_FALSE(HasAttr(div, "id"));
  EXPECT_EQ(AttrValue(div, "id"), "");
  EXPECT_TRUE(HasToken(AttrValue(div, "class"), "story-body"));
  EXPECT_FALSE(HasToken(AttrValue(div, "class"), "story"));
  // In document order, block children separated, script skipped, nbsp collapsed.
  EXPECT_EQ(CollapsedText(div), "Een vet woord en meer. Kop tekst");
  EXPECT_EQ(CollapsedText(div, 7), "Een vet");
  EXPECT_GT(parsed.allocated_bytes(), 0u);
}

TEST(ParsedHtmlTest, CollapsedTextTruncatesOnCharacterBoundary) {
  ParsedHtml parsed("<p>Бишкек</p>");
  const GumboNode* p = FindFirst(parsed.root(), GUMBO_TAG_P);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(CollapsedText(p, 5), "Би");
}

TEST(ParsedHtmlTest, DeepNestingDoesNotRecurse) {
  std::string html;
  for (int i = 0; i < 20000; ++i) html += "<div>";
  html += "deep text";
  ParsedHtml parsed(html);
  int elements = 0;
  WalkElements(parsed.root(), [&](const GumboNode*) {
    ++elements;
    return true;
  });
  EXPECT_GT(elements, 20000);
  EXPECT_EQ(CollapsedText(parsed.root()), "deep text");
}

TEST(EstimateNestingWorkTest, CountsOpenBlocks) {
  EXPECT_EQ(EstimateNestingWork(""), 0u);
  EXPECT_EQ(EstimateNestingWork("<div></div><div></div>"), 0u);
  EXPECT_EQ(EstimateNestingWork("<div><div><div></div></div></div>"), 3u);  // 0 + 1 + 2
  EXPECT_EQ(EstimateNestingWork("<DIV><Section><ul><li><p>x"), 3u);
  // Paragraphs, list items and inline tags are closed implicitly or cheap: not counted.
  EXPECT_EQ(EstimateNestingWork("<p><p><p><li><li><span><span><b>"), 0u);
  // Comments and scripts do not count.
  EXPECT_EQ(EstimateNestingWork("<!-- <div><div> --><script>'<div><div><div>'</script>"
                                "<style>div{}</style><div><div>"),
            1u);
  std::string deep;
  for (int i = 0; i < 1000; ++i) deep += "<div>";
  EXPECT_EQ(EstimateNestingWork(deep), 999u * 1000u / 2);
  EXPECT_EQ(EstimateNestingWork("<div"), 0u);  // Truncated tag.
}

}  // namespace
}  // namespace newsloom
