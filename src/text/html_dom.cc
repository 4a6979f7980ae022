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
      if (tag != GUMBO_TAG_SPAN && tag != GUMBO_TAG_A && tag != GUMBO_TAG_B &&
          tag != GUMBO_TAG_I && tag != GUMBO_TAG_EM && tag != GUMBO_TAG_STRONG) {
        space = true;
      }
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
