// Internal to the text module: a gumbo parse tree with an arena allocator, and small helpers
// to read it (attributes, collapsed text, iterative traversal that is safe on deep trees).
#ifndef NEWSLOOM_TEXT_HTML_DOM_H_
#define NEWSLOOM_TEXT_HTML_DOM_H_

#include <gumbo.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsloom {

// Owns the parse of one HTML buffer. The buffer must outlive this object (gumbo's
// original_text fields point into it). Not thread-safe; one per Extract call.
class ParsedHtml {
 public:
  explicit ParsedHtml(std::string_view html);
  ~ParsedHtml();
  ParsedHtml(const ParsedHtml&) = delete;
  ParsedHtml& operator=(const ParsedHtml&) = delete;

  // The <html> element (gumbo always creates html, head and body).
  const GumboNode* root() const { return output_->root; }
  // Bytes the parser allocated (arena size), for tests and benchmarks.
  size_t allocated_bytes() const;

 private:
  class Arena;
  std::unique_ptr<Arena> arena_;
  GumboOptions options_;
  GumboOutput* output_ = nullptr;
};

// HTML5 tree construction is quadratic in the nesting of block elements (each new div, ul,
// section, ... scans the stack of open elements), so a page of 30,000 unclosed <div>s takes
// seconds to parse and 8 MB of them hours. This estimates that work without parsing: the
// sum, over start tags of such elements, of how many of them are open at that point
// (comments, scripts and styles skipped; end tags close). Real pages stay under a million.
uint64_t EstimateNestingWork(std::string_view html);

inline bool IsElement(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT; }
inline GumboTag TagOf(const GumboNode* n) {
  return IsElement(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
}
inline bool IsTextLike(const GumboNode* n) {
  return n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
         n->type == GUMBO_NODE_CDATA;
}
inline const GumboVector& ChildrenOf(const GumboNode* n) { return n->v.element.children; }

// Value of attribute `name` (lower case) of element `n`; "" when absent.
std::string_view AttrValue(const GumboNode* n, const char* name);
bool HasAttr(const GumboNode* n, const char* name);
// True if whitespace-separated `list` contains `token` (ASCII case-insensitive).
bool HasToken(std::string_view list, std::string_view token);

// Text of the subtree of `n` (decoded, whitespace collapsed, trimmed), skipping script,
// style and template content; at most about `max_bytes`.
std::string CollapsedText(const GumboNode* n, size_t max_bytes = 4096);

// Preorder walk over the elements under and including `root`, without recursion.
// `visit(node)` returns false to skip the node's children.
template <typename Visit>
void WalkElements(const GumboNode* root, Visit&& visit) {
  if (!IsElement(root)) return;
  std::vector<std::pair<const GumboNode*, unsigned>> stack;
  if (!visit(root)) return;
  stack.emplace_back(root, 0);
  while (!stack.empty()) {
    auto& [node, next] = stack.back();
    const GumboVector& children = ChildrenOf(node);
    if (next >= children.length) {
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children.data[next++]);
    if (IsElement(child) && visit(child)) stack.emplace_back(child, 0);
  }
}

}  // namespace newsloom

#endif  // NEWSLOOM_TEXT_HTML_DOM_H_
