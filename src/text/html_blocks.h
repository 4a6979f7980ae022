// Internal to the text module: the first pass of main-text extraction. Walks the parsed page
// once and cuts its visible text into paragraph-level blocks (p, li, headings, div with direct
// text, ...), each with its clean text, source anchors, link share and the element it sits in.
// Page furniture found by tag or hint is recorded on the elements, not dropped here, so that
// the chooser (html_boilerplate.h) can keep furniture-looking wrappers that hold the article.
#ifndef NEWSLOOM_TEXT_HTML_BLOCKS_H_
#define NEWSLOOM_TEXT_HTML_BLOCKS_H_

#include <gumbo.h>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "text/html_tags.h"
#include "text/html_text_builder.h"

namespace newsloom {

inline constexpr uint32_t kNoNode = std::numeric_limits<uint32_t>::max();

// One element of the page (elements inside skipped ones are not listed), in document order.
struct PageNode {
  const GumboNode* node = nullptr;
  uint32_t parent = kNoNode;  // Index of the parent; kNoNode for <html>.
  uint32_t end = 0;           // Nodes [own index + 1, end) are its descendants.
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  ArticleMarker marker = ArticleMarker::kNone;
  bool furniture = false;   // Furniture tag or hint on this element itself.
  bool standfirst = false;  // Marked as the article's summary lead (HasStandfirstHint).
};

enum class BlockKind : uint8_t {
  kText,      // p, div, section, ... with direct text
  kTitle,     // h1
  kHeading,   // h2-h6
  kListItem,  // li, dt, dd
  kCaption,   // figcaption, caption
  kQuote,     // blockquote
  kCell,      // td, th
};

struct Block {
  uint32_t owner = kNoNode;  // The block-level element holding the text.
  BlockKind kind = BlockKind::kText;
  uint32_t chars = 0;                 // Code points of text.
  uint32_t link_chars = 0;            // Code points inside <a>.
  uint32_t time_chars = 0;            // Code points inside <time> (datelines).
  std::string text;                   // Whitespace collapsed, trimmed, non-empty.
  std::vector<SourceAnchor> anchors;  // Offsets in text -> byte offsets in the HTML.
};

struct PageBlocks {
  std::vector<PageNode> nodes;
  std::vector<Block> blocks;  // In document order.
};

// `root` is the <html> element of a parse of `html`.
PageBlocks CollectBlocks(const GumboNode* root, std::string_view html);

}  // namespace newsloom

#endif  // NEWSLOOM_TEXT_HTML_BLOCKS_H_
