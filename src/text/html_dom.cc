#include "text/html_dom.h"

#include <cstdlib>
#include <cstring>

#include "core/strings.h"

namespace newsloom {

// Bump allocator for gumbo: the parser makes many small allocations and frees most of them
// only when the tree is destroyed, so freeing everything at once is much faster than
// malloc/free. Blocks are never reused; memory stays within a small multiple of the input.
class ParsedHtml::Arena {
 public:
  ~Arena() {
    for (void* block : blocks_) std::free(block);
  }

  void* Allocate(size_t size) {
    size = (size + 15) & ~size_t{15};
    if (size > kBlockSize / 4) return NewBlock(size);
    if (size > remaining_) {
      cursor_ = static_cast<char*>(NewBlock(kBlockSize));
      remaining_ = kBlockSize;
    }
    void* result = cursor_;
    cursor_ += size;
    remaining_ -= size;
    return result;
  }

  size_t allocated() const { return allocated_; }

  static void* GumboAlloc(void* arena, size_t size) {
    return static_cast<Arena*>(arena)->Allocate(size);
  }
  static void GumboFree(void*, void*) {}

 private:
  static constexpr size_t kBlockSize = 256 * 1024;

  void* NewBlock(size_t size) {
    void* block = std::malloc(size);
    if (block == nullptr) std::abort();  // Out of memory: gumbo cannot handle failure.
    blocks_.push_back(block);
    allocated_ += size;
    return block;
  }

  std::vector<void*> blocks_;
  char* cursor_ = nullptr;
  size_t remaining_ = 0;
  size_t allocated_ = 0;
};

ParsedHtml::ParsedHtml(std::string_view html) : arena_(std::make_unique<Arena>()) {
  options_ = kGumboDefaultOptions;
  options_.allocator = &Arena::GumboAlloc;
  options_.deallocator = &Arena::GumboFree;
  options_.userdata = arena_.get();
  options_.max_errors = 0;  // Parse errors are not used; recording them costs time.
  output_ = gumbo_parse_with_options(&options_, html.data(), html.size());
}

// The arena owns every allocation, so gumbo_destroy_output (which would walk the whole tree
// recursively) is not needed.
ParsedHtml::~ParsedHtml() = default;

size_t ParsedHtml::allocated_bytes() const { return arena_->allocated(); }

namespace {

bool IsTagNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

// Block containers whose start tags scan the open elements ("close a p element in button
// scope") and that are not closed implicitly by their next sibling, as p and li are.
bool IsNestingBlock(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "div",    "section", "ul",      "ol",     "blockquote", "article",    "aside",   "nav",
      "header", "footer",  "main",    "dl",     "fieldset",   "figure",     "details", "center",
      "dir",    "menu",    "address", "hgroup", "summary",    "figcaption", "dialog"};
  if (name.size() < 2 || name.size() > 10) return false;
  for (std::string_view k : kNames) {
    if (EqualsIgnoreCase(name, k)) return true;
  }
  return false;
}

}  // namespace

uint64_t EstimateNestingWork(std::string_view html) {
  uint64_t work = 0, depth = 0;
  size_t i = 0;
  const size_t n = html.size();
  while (true) {
    const size_t lt = html.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= n) break;
    i = lt + 1;
    if (html.compare(i, 3, "!--") == 0) {
      const size_t end = html.find("-->", i + 3);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const bool closing = html[i] == '/';
    if (closing) ++i;
    size_t j = i;
    while (j < n && IsTagNameChar(html[j])) ++j;
    const std::string_view name = html.substr(i, j - i);
    i = j;
    if (!closing && (EqualsIgnoreCase(name, "script") || EqualsIgnoreCase(name, "style"))) {
      // Raw text: skip to the matching end tag.
      const size_t end =
          FindIgnoreCase(html, EqualsIgnoreCase(name, "script") ? "</script" : "</style", i);
      if (end == std::string_view::npos) break;
      i = end + 2;
      continue;
    }
    if (!IsNestingBlock(name)) continue;
    if (closing) {
      if (depth > 0) --depth;
    } else {
      work += depth;
      ++depth;
    }
  }
  return work;
}

std::string_view AttrValue(const GumboNode* n, const char* name) {
  if (!IsElement(n)) return {};
  const GumboAttribute* attr = gumbo_get_attribute(&n->v.element.attributes, name);
  return attr == nullptr ? std::string_view() : std::string_view(attr->value);
}

bool HasAttr(const GumboNode* n, const char* name) {
  return IsElement(n) && gumbo_get_attribute(&n->v.element.attributes, name) != nullptr;
}

bool HasToken(std::string_view list, std::string_view token) {
  size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && IsAsciiSpace(list[i])) ++i;
    size_t j = i;
    while (j < list.size() && !IsAsciiSpace(list[j])) ++j;
    if (j > i && EqualsIgnoreCase(list.substr(i, j - i), token)) return true;
    i = j;
  }
  return false;
}

namespace {

bool IsInlineTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_B:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_I:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_U:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string CollapsedText(const GumboNode* n, size_t max_bytes) {
  std::string out;
  bool space = false;
  auto append = [&](const GumboNode* text_node) {
    for (const char* p = text_node->v.text.text; *p != '\0' && out.size() < max_bytes; ++p) {
      if (IsAsciiSpace(*p)) {
        space = true;
        continue;
      }
      if (*p == '\xC2' && p[1] == '\xA0') {  // No-break space.
        space = true;
        ++p;
        continue;
      }
      if (space && !out.empty()) out += ' ';
      space = false;
      out += *p;
    }
  };
  if (IsTextLike(n)) {
    append(n);
    return out;
  }
  if (!IsElement(n)) return out;
  // In-order walk over elements and text, without recursion.
  std::vector<std::pair<const GumboNode*, unsigned>> stack = {{n, 0}};
  while (!stack.empty() && out.size() < max_bytes) {
    auto& [node, next] = stack.back();
    const GumboVector& children = ChildrenOf(node);
    if (next >= children.length) {
      if (!IsInlineTag(TagOf(node))) space = true;
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children.data[next++]);
    if (IsTextLike(child)) {
      append(child);
    } else if (IsElement(child)) {
      const GumboTag tag = TagOf(child);
      if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) continue;
      // Block-level children separate words even without whitespace in the source.
      if (!IsInlineTag(tag)) space = true;
      stack.emplace_back(child, 0);
    }
  }
  if (out.size() >= max_bytes) {
    // Do not end inside a multi-byte character.
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
    if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
  }
  return out;
}

}  // namespace newsloom
