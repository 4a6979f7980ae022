#include "text/html_blocks.h"

#include "text/charset.h"
#include "text/html_dom.h"

namespace newsloom {
namespace {

BlockKind KindOf(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1:
      return BlockKind::kTitle;
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
      return BlockKind::kHeading;
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
      return BlockKind::kListItem;
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
      return BlockKind::kCaption;
    case GUMBO_TAG_BLOCKQUOTE:
      return BlockKind::kQuote;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
      return BlockKind::kCell;
    default:
      return BlockKind::kText;
  }
}

class BlockCollector {
 public:
  BlockCollector(std::string_view html, PageBlocks* out) : html_(html), out_(out) {}

  void Run(const GumboNode* root);

 private:
  struct Frame {
    const GumboNode* node;
    uint32_t index;  // In out_->nodes.
    uint32_t owner;  // Nearest block-level element (itself if a block).
    unsigned next_child;
    bool block;
    bool in_link;
    bool in_time;
  };

  // Pushes a frame for `n` unless it is skipped; handles <br> in place.
  void Enter(const GumboNode* n, const Frame* parent);
  void Leave(const Frame& frame);
  void AddText(const GumboNode* n, const Frame& frame);
  void Flush(uint32_t owner);

  std::string_view html_;
  PageBlocks* out_;
  std::vector<Frame> stack_;
  ParagraphBuilder builder_;
  int breaks_ = 0;           // <br>s since the last text; two in a row end a paragraph.
  uint32_t time_chars_ = 0;  // Of the paragraph being built.
};

void BlockCollector::Run(const GumboNode* root) {
  Enter(root, nullptr);
  while (!stack_.empty()) {
    Frame& frame = stack_.back();
    const GumboVector& children = ChildrenOf(frame.node);
    if (frame.next_child >= children.length) {
      const Frame done = frame;
      stack_.pop_back();
      Leave(done);
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children.data[frame.next_child++]);
    if (IsTextLike(child)) {
      AddText(child, frame);
    } else if (IsElement(child)) {
      const Frame parent = frame;  // Enter may grow (and move) the stack.
      Enter(child, &parent);
    }
  }
}

void BlockCollector::Enter(const GumboNode* n, const Frame* parent) {
  if (IsSkippedElement(n)) return;
  const GumboTag tag = TagOf(n);
  if (tag == GUMBO_TAG_BR) {
    if (breaks_ > 0 && !builder_.empty()) {
      Flush(parent->owner);
    } else {
      builder_.AppendSpace();
    }
    ++breaks_;
    return;
  }
  const bool block = IsBlockTag(tag);
  const bool furniture = IsFurnitureTag(tag) || HasFurnitureHint(n);
  // Inline furniture (a share link, a screen-reader-only label) is dropped here; block
  // furniture is decided later, when it is known how much of the page's text it holds.
  if (furniture && !block) return;
  const auto index = static_cast<uint32_t>(out_->nodes.size());
  PageNode node;
  node.node = n;
  node.parent = parent == nullptr ? kNoNode : parent->index;
  node.tag = tag;
  node.marker = MarkerOf(n);
  node.furniture = furniture;
  node.standfirst = HasStandfirstHint(n);
  out_->nodes.push_back(node);
  if (block && parent != nullptr) Flush(parent->owner);
  const bool in_link = (parent != nullptr && parent->in_link) || tag == GUMBO_TAG_A;
  const bool in_time = (parent != nullptr && parent->in_time) || tag == GUMBO_TAG_TIME;
  const uint32_t owner = block || parent == nullptr ? index : parent->owner;
  stack_.push_back(Frame{n, index, owner, 0, block, in_link, in_time});
}

void BlockCollector::Leave(const Frame& frame) {
  if (frame.block) Flush(frame.index);
  out_->nodes[frame.index].end = static_cast<uint32_t>(out_->nodes.size());
}

void BlockCollector::AddText(const GumboNode* n, const Frame& frame) {
  const GumboText& text = n->v.text;
  std::string_view decoded(text.text);
  // gumbo can emit invalid UTF-8 (for invalid input bytes, or a numeric reference that
  // overflows): repair it so that the text is always valid.
  std::string repaired;
  if (!IsValidUtf8(decoded)) {
    repaired.assign(decoded);
    ReplaceInvalidUtf8(&repaired);
    decoded = repaired;
  }
  std::string_view original(text.original_text.data, text.original_text.length);
  uint32_t base = text.start_pos.offset;
  if (original.data() < html_.data() ||
      original.data() + original.size() > html_.data() + html_.size()) {
    original = {};  // Not from the input buffer; anchor to the node start only.
  }
  if (base > html_.size()) base = static_cast<uint32_t>(html_.size());
  const uint32_t before = builder_.chars();
  builder_.AppendText(decoded, original, base, frame.in_link);
  if (builder_.chars() != before) breaks_ = 0;
  if (frame.in_time) time_chars_ += builder_.chars() - before;
}

void BlockCollector::Flush(uint32_t owner) {
  breaks_ = 0;
  const uint32_t time_chars = time_chars_;
  time_chars_ = 0;
  if (builder_.empty()) {
    builder_.Clear();
    return;
  }
  Block block;
  block.owner = owner;
  block.kind = KindOf(out_->nodes[owner].tag);
  block.chars = builder_.chars();
  block.link_chars = builder_.link_chars();
  block.time_chars = time_chars;
  builder_.TakeParagraph(&block.text, &block.anchors);
  out_->blocks.push_back(std::move(block));
}

}  // namespace

PageBlocks CollectBlocks(const GumboNode* root, std::string_view html) {
  PageBlocks out;
  if (root == nullptr || !IsElement(root)) return out;
  BlockCollector collector(html, &out);
  collector.Run(root);
  return out;
}

}  // namespace newsloom
