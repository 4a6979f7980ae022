#include "text/html_boilerplate.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/html_blocks.h"
#include "text/html_dom.h"

namespace newsloom {
namespace {

using ::testing::ElementsAre;

struct Result {
  ArticleChoice::Method method;
  std::vector<std::string> kept;
  std::vector<std::string> all;
};

Result Choose(const std::string& html, size_t min_block_chars = 40) {
  ParsedHtml parsed(html);
  const PageBlocks page = CollectBlocks(parsed.root(), html);
  const ArticleChoice choice = ChooseArticle(page, min_block_chars);
  Result r{choice.method, {}, {}};
  for (uint32_t i : choice.blocks) r.kept.push_back(page.blocks[i].text);
  for (const Block& b : page.blocks) r.all.push_back(b.text);
  return r;
}

TEST(CollectBlocksTest, CutsParagraphs) {
  const std::string html =
      "<body><div>Loose text <span>inline</span><p>Para <a href=x>link</a>.</p>tail"
      "<ul><li>one</li><li>two<br>lines</li></ul></div><h2>Head</h2></body>";
  ParsedHtml parsed(html);
  const PageBlocks page = CollectBlocks(parsed.root(), html);
  std::vector<std::string> texts;
  for (const Block& b : page.blocks) texts.push_back(b.text);
  EXPECT_THAT(texts,
              ElementsAre("Loose text inline", "Para link.", "tail", "one", "two lines", "Head"));
  EXPECT_EQ(page.blocks[1].link_chars, 4u);
  EXPECT_EQ(page.blocks[1].chars, 10u);
  EXPECT_EQ(page.blocks[3].kind, BlockKind::kListItem);
  EXPECT_EQ(page.blocks[5].kind, BlockKind::kHeading);
  EXPECT_EQ(page.nodes[0].tag, GUMBO_TAG_HTML);
  // Every node's range covers its descendants.
  for (uint32_t i = 1; i < page.nodes.size(); ++i) {
    const uint32_t p = page.nodes[i].parent;
    ASSERT_LT(p, i);
    EXPECT_LE(page.nodes[i].end, page.nodes[p].end);
  }
}

TEST(ChooseArticleTest, PrefersArticleBodyMarker) {
  const Result r = Choose(
      "<body><article><h1>T</h1><div class=intro><p>An introduction paragraph that is not "
      "part of the body proper, but long.</p></div><div itemprop=articleBody><p>The body "
      "paragraph of the article, long enough to count as good text.</p><p>Short one.</p>"
      "</div></article></body>");
  EXPECT_EQ(r.method, ArticleChoice::Method::kMarker);
  EXPECT_THAT(r.kept, ElementsAre("The body paragraph of the article, long enough to count as "
                                  "good text.",
                                  "Short one."));
}

TEST(ChooseArticleTest, IgnoresTeaserArticlesWhenTheStoryIsElsewhere) {
  const Result r = Choose(
      "<body><div class=main><p>The real story starts here with a long first paragraph, which "
      "has commas, and details.</p><p>It goes on with a second paragraph of reasonable "
      "length, and more details.</p><p>A third paragraph closes the story with a quote from "
      "an official, who declined to comment further.</p></div>"
      "<div class=rail><article><p>A teaser for another story.</p></article></div></body>");
  EXPECT_EQ(r.method, ArticleChoice::Method::kDensity);
  ASSERT_EQ(r.kept.size(), 3u);
  EXPECT_EQ(r.kept[0].substr(0, 20), "The real story start");
}

TEST(ChooseArticleTest, HeadingsNeedFollowingText) {
  const Result r = Choose(
      "<body><article><p>First paragraph of the story with enough text to be good.</p>"
      "<h2>Background</h2><p>Second paragraph explaining the background of the story.</p>"
      "<h3>See also</h3><ul><li><a href=a>Another story headline</a></li>"
      "<li><a href=b>Yet another story headline here</a></li></ul>"
      "<h3>Trailing heading</h3></article></body>");
  EXPECT_THAT(r.kept,
              ElementsAre("First paragraph of the story with enough text to be good.", "Background",
                          "Second paragraph explaining the background of the story."));
}

TEST(ChooseArticleTest, DropsDatelinesAndBylines) {
  const Result r = Choose(
      "<body><article><time datetime=2020-10-06>6 October 2020</time>"
      "<div class=\"article-byline\">By Anna Sample</div>"
      "<p>The first paragraph of the story, long enough to be kept as text.</p>"
      "<p>Updated <time>8 October</time> with new figures from the ministry.</p>"
      "</article></body>");
  EXPECT_THAT(r.kept,
              ElementsAre("The first paragraph of the story, long enough to be kept as text.",
                          "Updated 8 October with new figures from the ministry."));
}

TEST(ChooseArticleTest, SplitArticleSiblingsAreJoined) {
  const Result r = Choose(
      "<body><div id=page><div class=part><p>Part one of the story, long enough, with a comma, "
      "and then some more words to be sure.</p><p>Another paragraph in part one, with commas, "
      "and enough words.</p></div><div class=ad-slot><p>Buy our product now, it is great.</p>"
      "</div><div class=part><p>Part two of the story continues after the advert, with more "
      "details, and a quote.</p></div><div class=x><p>Tiny</p></div></div></body>");
  EXPECT_THAT(r.kept,
              ElementsAre("Part one of the story, long enough, with a comma, and then some more "
                          "words to be sure.",
                          "Another paragraph in part one, with commas, and enough words.",
                          "Part two of the story continues after the advert, with more "
                          "details, and a quote."));
}

TEST(ChooseArticleTest, ManyFlatSiblingsChooseTheirParent) {
  std::string html = "<body><nav><a href=/>Home</a></nav><div id=story>";
  for (int i = 0; i < 3000; ++i) {
    html += "<div><p>Paragraph " + std::to_string(i) +
            " of a long story split into many small divisions, one per paragraph.</p></div>";
  }
  html += "</div></body>";
  const Result r = Choose(html);
  EXPECT_EQ(r.method, ArticleChoice::Method::kDensity);
  ASSERT_EQ(r.kept.size(), 3000u);
  EXPECT_EQ(r.kept.back().substr(0, 15), "Paragraph 2999 ");
}

TEST(ChooseArticleTest, FallbackWhenNothingScores) {
  const Result r = Choose("<body><p>Tiny.</p><nav><a href=/>Home</a></nav></body>");
  EXPECT_EQ(r.method, ArticleChoice::Method::kFallback);
  EXPECT_THAT(r.kept, ElementsAre("Tiny."));
  const Result none = Choose("<body><nav><p>Only navigation text in here.</p></nav></body>");
  EXPECT_EQ(none.method, ArticleChoice::Method::kNone);
  EXPECT_TRUE(none.kept.empty());
}

}  // namespace
}  // namespace newsloom
