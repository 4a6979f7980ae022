#include "text/html_boilerplate.h"

#include <algorithm>
#include <optional>
#include <string_view>

namespace newsloom {
namespace {

// A "good" paragraph: long enough and mostly not links. Only these score containers.
constexpr uint32_t kGoodChars = 25;
constexpr double kGoodMaxLinkDensity = 0.33;
// A marker container must hold this share of the density candidate's good text.
constexpr double kMarkerShare = 0.4;
// Furniture holding at least this much good text and half the page's is kept.
constexpr uint64_t kFurnitureKeepChars = 200;
// Kept blocks: at most this share of link text (kShortMaxLinkDensity below min_block_chars).
constexpr double kMaxLinkDensity = 0.5;
constexpr double kShortMaxLinkDensity = 0.25;
// Sibling of a density container is added when it scores this share of the container.
constexpr double kSiblingShare = 0.25;
constexpr double kSiblingMinScore = 2.0;
constexpr uint64_t kSiblingParagraphChars = 80;

double LinkDensity(uint64_t links, uint64_t text) {
  return text == 0 ? 0.0 : static_cast<double>(links) / static_cast<double>(text);
}

bool IsGood(const Block& b) {
  return b.chars >= kGoodChars && LinkDensity(b.link_chars, b.chars) < kGoodMaxLinkDensity;
}

int CountCommas(std::string_view text) {
  int commas = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ',') {
      ++commas;
    } else if (text.compare(i, 3, "\xEF\xBC\x8C") == 0 ||  // Fullwidth comma.
               text.compare(i, 3, "\xE3\x80\x81") == 0 ||  // Ideographic comma.
               text.compare(i, 2, "\xD8\x8C") == 0) {      // Arabic comma.
      ++commas;
    }
  }
  return commas;
}

// Elements that hold paragraphs directly: a block owned by one scores the element itself.
bool IsContainerTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_UNKNOWN:
      return true;
    default:
      return false;
  }
}

class Chooser {
 public:
  Chooser(const PageBlocks& page, size_t min_block_chars)
      : page_(page), nodes_(page.nodes), min_chars_(min_block_chars), n_(nodes_.size()) {}

  ArticleChoice Run();

 private:
  uint32_t Parent(uint32_t i) const { return nodes_[i].parent; }
  void MarkDropped();
  void ScoreAndSum();
  uint32_t BestDensityCandidate() const;
  uint32_t BestMarker(uint32_t best) const;
  void AddSiblings(uint32_t best);
  void MarkRegions();
  void KeepBlocks();
  void Fallback(bool require_length);
  double Final(uint32_t i) const { return score_[i] * (1.0 - LinkDensity(links_[i], text_[i])); }

  const PageBlocks& page_;
  const std::vector<PageNode>& nodes_;
  const size_t min_chars_;
  const size_t n_;
  ArticleChoice out_;
  std::vector<double> score_;
  std::vector<uint64_t> text_, links_, good_;
  // Node ranges [first, end) of added siblings, and the parent whose own blocks count too.
  std::vector<std::pair<uint32_t, uint32_t>> siblings_;
  uint32_t sibling_parent_ = kNoNode;
  // Per node: 0 outside, 1 in the container, 2 in an added sibling (or their parent).
  std::vector<uint8_t> region_;
};

void Chooser::MarkDropped() {
  std::vector<uint64_t> raw_good(n_, 0);
  for (const Block& b : page_.blocks) {
    if (IsGood(b)) raw_good[b.owner] += b.chars;
  }
  std::vector<uint8_t> holds_marker(n_, 0);
  for (size_t i = n_; i-- > 0;) {
    if (nodes_[i].marker != ArticleMarker::kNone) holds_marker[i] = 1;
    const uint32_t p = Parent(i);
    if (p == kNoNode) continue;
    raw_good[p] += raw_good[i];
    holds_marker[p] |= holds_marker[i];
  }
  const uint64_t total = raw_good[0];
  out_.dropped.assign(n_, 0);
  // Set on nodes dropped because they sit in a <header>: a standfirst there is still kept.
  std::vector<uint8_t> in_dropped_header(n_, 0);
  for (size_t i = 0; i < n_; ++i) {
    const uint32_t p = Parent(i);
    const PageNode& node = nodes_[i];
    if (p != kNoNode && out_.dropped[p]) {
      if (node.standfirst && in_dropped_header[p]) continue;
      out_.dropped[i] = 1;
      in_dropped_header[i] = in_dropped_header[p];
      continue;
    }
    if (!node.furniture || holds_marker[i] || node.tag == GUMBO_TAG_HTML ||
        node.tag == GUMBO_TAG_BODY) {
      continue;
    }
    const bool holds_page = raw_good[i] >= kFurnitureKeepChars && raw_good[i] * 2 >= total;
    out_.dropped[i] = !holds_page;
    in_dropped_header[i] = out_.dropped[i] && node.tag == GUMBO_TAG_HEADER;
  }
}

void Chooser::ScoreAndSum() {
  score_.assign(n_, 0.0);
  text_.assign(n_, 0);
  links_.assign(n_, 0);
  good_.assign(n_, 0);
  for (const Block& b : page_.blocks) {
    if (out_.dropped[b.owner]) continue;
    text_[b.owner] += b.chars;
    links_[b.owner] += b.link_chars;
    if (!IsGood(b) || b.kind == BlockKind::kTitle) continue;
    good_[b.owner] += b.chars;
    const double s = 1.0 + CountCommas(b.text) + std::min(b.chars / 100.0, 3.0);
    uint32_t target = b.owner;
    if (!IsContainerTag(nodes_[target].tag) && Parent(target) != kNoNode) target = Parent(target);
    score_[target] += s;
    if (Parent(target) != kNoNode) score_[Parent(target)] += s / 2;
  }
  for (size_t i = n_; i-- > 1;) {
    const uint32_t p = Parent(i);
    text_[p] += text_[i];
    links_[p] += links_[i];
    good_[p] += good_[i];
  }
}

uint32_t Chooser::BestDensityCandidate() const {
  uint32_t best = kNoNode;
  double best_score = 0.0;
  for (uint32_t i = 0; i < n_; ++i) {
    if (out_.dropped[i] || score_[i] <= 0.0) continue;
    const double f = Final(i);
    if (f > best_score) {
      best_score = f;
      best = i;
    }
  }
  return best;
}

uint32_t Chooser::BestMarker(uint32_t best) const {
  for (ArticleMarker kind :
       {ArticleMarker::kArticleBody, ArticleMarker::kArticle, ArticleMarker::kMain}) {
    uint32_t pick = kNoNode;
    for (uint32_t i = 0; i < n_; ++i) {
      if (nodes_[i].marker != kind || out_.dropped[i] || good_[i] == 0) continue;
      if (pick == kNoNode || good_[i] > good_[pick]) pick = i;
    }
    if (pick == kNoNode) continue;
    if (best == kNoNode ||
        static_cast<double>(good_[pick]) >= kMarkerShare * static_cast<double>(good_[best])) {
      return pick;
    }
  }
  return kNoNode;
}

void Chooser::AddSiblings(uint32_t best) {
  const uint32_t parent = Parent(best);
  if (parent == kNoNode) return;
  sibling_parent_ = parent;
  const double threshold = std::max(kSiblingMinScore, kSiblingShare * Final(best));
  for (uint32_t c = parent + 1; c < nodes_[parent].end; c = nodes_[c].end) {
    if (c == best || out_.dropped[c]) continue;
    const bool scores = Final(c) >= threshold;
    const bool paragraph =
        good_[c] >= kSiblingParagraphChars && LinkDensity(links_[c], text_[c]) < 0.25;
    if (scores || paragraph) siblings_.emplace_back(c, nodes_[c].end);
  }
}

void Chooser::MarkRegions() {
  region_.assign(n_, 0);
  if (sibling_parent_ != kNoNode) region_[sibling_parent_] = 2;
  for (const auto& [first, end] : siblings_) {
    std::fill(region_.begin() + first, region_.begin() + end, 2);
  }
  std::fill(region_.begin() + out_.container, region_.begin() + nodes_[out_.container].end, 1);
}

void Chooser::KeepBlocks() {
  std::optional<uint32_t> heading;
  for (uint32_t bi = 0; bi < page_.blocks.size(); ++bi) {
    const Block& b = page_.blocks[bi];
    if (out_.dropped[b.owner] || b.kind == BlockKind::kTitle) continue;
    const int region = region_[b.owner];
    if (region == 0) continue;
    const double density = LinkDensity(b.link_chars, b.chars);
    const bool short_block = b.chars < min_chars_;
    // A short block that is mostly a <time> is a dateline ("6 October 2020, 08:14").
    const bool dateline = short_block && b.time_chars * 2 > b.chars;
    if (density > kMaxLinkDensity || (short_block && density > kShortMaxLinkDensity) ||
        (region == 2 && short_block) || dateline || IsJunkParagraph(b.text)) {
      heading.reset();
      continue;
    }
    if (b.kind == BlockKind::kHeading) {
      heading = bi;
      continue;
    }
    if (heading) out_.blocks.push_back(*heading);
    heading.reset();
    out_.blocks.push_back(bi);
  }
}

void Chooser::Fallback(bool require_length) {
  for (uint32_t bi = 0; bi < page_.blocks.size(); ++bi) {
    const Block& b = page_.blocks[bi];
    if (out_.dropped[b.owner] || b.kind == BlockKind::kTitle) continue;
    if (LinkDensity(b.link_chars, b.chars) > kMaxLinkDensity) continue;
    if (require_length && b.chars < min_chars_) continue;
    out_.blocks.push_back(bi);
  }
}

ArticleChoice Chooser::Run() {
  if (n_ == 0) return out_;
  MarkDropped();
  ScoreAndSum();
  const uint32_t best = BestDensityCandidate();
  const uint32_t marker = BestMarker(best);
  if (marker != kNoNode) {
    out_.container = marker;
    out_.method = ArticleChoice::Method::kMarker;
  } else if (best != kNoNode) {
    out_.container = best;
    out_.method = ArticleChoice::Method::kDensity;
    AddSiblings(best);
  }
  if (out_.container != kNoNode) {
    MarkRegions();
    KeepBlocks();
  }
  if (out_.blocks.empty()) {
    out_.method = ArticleChoice::Method::kFallback;
    Fallback(/*require_length=*/true);
    if (out_.blocks.empty()) Fallback(/*require_length=*/false);
    if (out_.blocks.empty()) out_.method = ArticleChoice::Method::kNone;
  }
  return out_;
}

}  // namespace

ArticleChoice ChooseArticle(const PageBlocks& page, size_t min_block_chars) {
  return Chooser(page, min_block_chars).Run();
}

}  // namespace newsloom
