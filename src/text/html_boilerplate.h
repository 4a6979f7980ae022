// Internal to the text module: the second pass of main-text extraction. Given the page's
// blocks (html_blocks.h), decides which element holds the article and which blocks are its
// text:
//  1. Furniture elements (nav, footer, class="related", role=navigation, ...) are dropped
//     with everything inside, unless they hold an article marker or at least half of the
//     page's good text (some sites wrap the whole page in a <form> or a "has-sidebar" div).
//  2. The container is the itemprop=articleBody, <article> or <main> element with the most
//     good text, in that order of preference, if it holds at least 40% of the good text of
//     the best density candidate; else the density candidate itself: the element whose
//     paragraphs (>= 25 chars, few links) score highest, readability-style (a paragraph
//     scores 1 + its commas + 1 per 100 chars up to 3, credited to its parent and half to
//     its grandparent), discounted by the element's link density. For density containers,
//     well-scoring siblings are added (articles split around ads).
//  3. Kept: blocks in the container that are not link-dense (> 50% link text, or > 25% for
//     blocks shorter than min_block_chars), not junk ("Advertisement"), not the <h1> title,
//     not short datelines (mostly <time>);
//     blocks in added siblings must also have min_block_chars; a heading is kept only when
//     a kept paragraph follows it before anything is dropped ("Related stories" + links).
#ifndef NEWSLOOM_TEXT_HTML_BOILERPLATE_H_
#define NEWSLOOM_TEXT_HTML_BOILERPLATE_H_

#include <cstdint>
#include <vector>

#include "text/html_blocks.h"

namespace newsloom {

struct ArticleChoice {
  enum class Method : uint8_t {
    kNone,      // Nothing kept.
    kMarker,    // articleBody, <article> or <main>.
    kDensity,   // Best text-density candidate.
    kFallback,  // No container worked; every non-furniture paragraph.
  };
  Method method = Method::kNone;
  uint32_t container = kNoNode;  // Index into PageBlocks::nodes.
  std::vector<uint32_t> blocks;  // Kept block indices, in document order.
  std::vector<uint8_t> dropped;  // Per node: inside dropped furniture.
};

ArticleChoice ChooseArticle(const PageBlocks& page, size_t min_block_chars);

}  // namespace newsloom

#endif  // NEWSLOOM_TEXT_HTML_BOILERPLATE_H_
