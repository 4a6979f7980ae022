#include "text/html_extractor.h"

#include <limits>

#include "fmt/format.h"
#include "text/charset.h"
#include "text/html_blocks.h"
#include "text/html_boilerplate.h"
#include "text/html_dom.h"
#include "text/html_metadata.h"

namespace newsloom {
namespace {

bool InSubtree(const PageBlocks& page, uint32_t root, uint32_t node) {
  return root != kNoNode && node >= root && node < page.nodes[root].end;
}

// og:title, else the first <h1> inside the article, else <title>, else any <h1>.
std::string ChooseTitle(const PageMetadata& meta, const PageBlocks& page,
                        const ArticleChoice& choice) {
  if (!meta.og_title.empty()) return CleanTitle(meta.og_title, meta.og_site_name, false);
  const Block* outside = nullptr;
  for (const Block& b : page.blocks) {
    if (b.kind != BlockKind::kTitle || choice.dropped[b.owner]) continue;
    if (InSubtree(page, choice.container, b.owner)) return b.text;
    if (outside == nullptr) outside = &b;
  }
  if (!meta.title_tag.empty()) return CleanTitle(meta.title_tag, meta.og_site_name, true);
  return outside == nullptr ? "" : outside->text;
}

std::optional<FuzzyDate> ChoosePublished(const PageMetadata& meta, const PageBlocks& page,
                                         const ArticleChoice& choice) {
  if (meta.meta_published) return meta.meta_published;
  if (meta.json_ld_published) return meta.json_ld_published;
  if (choice.container != kNoNode) {
    if (auto date = FirstTimeElementDate(page.nodes[choice.container].node)) return date;
  }
  // The article's header (with its <time>) may sit beside the text container.
  for (const PageNode& node : page.nodes) {
    if (node.tag == GUMBO_TAG_ARTICLE) return FirstTimeElementDate(node.node);
  }
  return std::nullopt;
}

// Document order, except that captions before the first paragraph (the lead photo's) follow
// it, so the text starts with the article's first paragraph.
std::vector<uint32_t> EmissionOrder(const PageBlocks& page, const std::vector<uint32_t>& kept) {
  std::vector<uint32_t> order, held;
  order.reserve(kept.size());
  bool seen_paragraph = false;
  for (uint32_t index : kept) {
    const BlockKind kind = page.blocks[index].kind;
    if (!seen_paragraph && kind == BlockKind::kCaption) {
      held.push_back(index);
      continue;
    }
    order.push_back(index);
    if (!seen_paragraph && kind != BlockKind::kHeading) {
      seen_paragraph = true;
      order.insert(order.end(), held.begin(), held.end());
      held.clear();
    }
  }
  order.insert(order.end(), held.begin(), held.end());
  return order;
}

}  // namespace

HtmlExtractor::HtmlExtractor(HtmlExtractorOptions options) : options_(options) {}

StatusOr<HtmlContent> HtmlExtractor::Extract(std::string_view html) const {
  const size_t limit =
      std::min<size_t>(options_.max_html_bytes, std::numeric_limits<uint32_t>::max() - 1);
  if (html.size() > limit) {
    return absl::FailedPreconditionError(
        fmt::format("HTML page of {} bytes exceeds the limit of {} bytes (max_html_bytes)",
                    html.size(), limit));
  }
  const uint64_t work = EstimateNestingWork(html);
  if (work > options_.max_nesting_work) {
    return absl::FailedPreconditionError(fmt::format(
        "HTML page nests block elements too deeply: estimated parsing work {} exceeds {} "
        "(max_nesting_work)",
        work, options_.max_nesting_work));
  }
  const ParsedHtml parsed(html);
  const PageBlocks page = CollectBlocks(parsed.root(), html);
  const ArticleChoice choice = ChooseArticle(page, options_.min_block_chars);
  if (choice.blocks.empty()) {
    return absl::InvalidArgumentError(
        fmt::format("HTML page ({} bytes) has no text content", html.size()));
  }
  const PageMetadata meta = ReadPageMetadata(parsed.root());
  HtmlContent out;
  size_t total = 0;
  for (uint32_t index : choice.blocks) total += page.blocks[index].text.size() + 2;
  out.text.reserve(total);
  for (uint32_t index : EmissionOrder(page, choice.blocks)) {
    const Block& block = page.blocks[index];
    if (!out.text.empty()) out.text += "\n\n";
    const auto base = static_cast<uint32_t>(out.text.size());
    for (const auto& [derived, source] : block.anchors) {
      out.text_to_html.AddAnchor(base + derived, source);
    }
    out.text += block.text;
  }
  out.title = ChooseTitle(meta, page, choice);
  out.published = ChoosePublished(meta, page, choice);
  out.canonical_url = meta.canonical_url;
  // gumbo passes invalid UTF-8 through in some cases; the contract is UTF-8 out.
  ReplaceInvalidUtf8(&out.title);
  ReplaceInvalidUtf8(&out.canonical_url);
  out.lang = meta.lang;
  out.declared_charset = meta.declared_charset;
  return out;
}

}  // namespace newsloom
