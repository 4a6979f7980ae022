#include "ingest/feed_text.h"

#include <libxml/HTMLparser.h>
#include <strings.h>

#include <array>
#include <climits>
#include <cstring>
#include <iterator>
#include <vector>

#include "core/strings.h"

namespace newsloom {
namespace {

constexpr int kMaxDepth = 200;

bool NameIn(const xmlChar* name, const char* const* list, size_t n) {
  const char* s = reinterpret_cast<const char*>(name);
  for (size_t i = 0; i < n; ++i) {
    if (strcasecmp(s, list[i]) == 0) return true;
  }
  return false;
}

bool IsSkipped(const xmlChar* name) {
  static constexpr const char* kSkip[] = {"script", "style",  "noscript", "template", "svg",
                                          "iframe", "object", "embed",    "head",     "math"};
  return NameIn(name, kSkip, std::size(kSkip));
}

bool IsBlock(const xmlChar* name) {
  static constexpr const char* kBlock[] = {
      "p",       "div",     "li",     "ul",         "ol",         "h1",    "h2", "h3",
      "h4",      "h5",      "h6",     "blockquote", "pre",        "table", "tr", "article",
      "section", "header",  "footer", "figure",     "figcaption", "dl",    "dt", "dd",
      "hr",      "address", "main",   "aside",      "body",       "html"};
  return NameIn(name, kBlock, std::size(kBlock));
}

// Accumulates paragraphs while walking a tree.
class TextLayout {
 public:
  // Newlines inside text are plain whitespace; only <br> breaks a line.
  void Text(std::string_view s) {
    for (char c : s) current_ += c == '\n' ? ' ' : c;
  }
  void LineBreak() { current_ += '\n'; }
  void Break() {
    // Collapse each line separately so <br> line breaks survive.
    std::string para;
    for (std::string_view line : SplitView(current_, '\n')) {
      std::string collapsed = CollapseWhitespace(line);
      if (collapsed.empty()) continue;
      if (!para.empty()) para += '\n';
      para += collapsed;
    }
    current_.clear();
    if (para.empty()) return;
    if (!out_.empty()) out_ += "\n\n";
    out_ += para;
  }
  std::string Finish() {
    Break();
    return std::move(out_);
  }

 private:
  std::string current_;
  std::string out_;
};

void Walk(const xmlNode* node, int depth, TextLayout* layout) {
  if (depth > kMaxDepth) return;
  for (const xmlNode* n = node; n != nullptr; n = n->next) {
    switch (n->type) {
      case XML_TEXT_NODE:
      case XML_CDATA_SECTION_NODE:
        if (n->content) layout->Text(reinterpret_cast<const char*>(n->content));
        break;
      case XML_ELEMENT_NODE: {
        if (IsSkipped(n->name)) break;
        if (strcasecmp(reinterpret_cast<const char*>(n->name), "br") == 0) {
          layout->LineBreak();
          break;
        }
        const bool block = IsBlock(n->name);
        if (block) layout->Break();
        Walk(n->children, depth + 1, layout);
        if (block) layout->Break();
        break;
      }
      default:
        break;  // comments, processing instructions, entity references (never expanded)
    }
  }
}

void AppendNodeText(const xmlNode* node, int depth, std::string* out) {
  if (depth > kMaxDepth) return;
  for (const xmlNode* n = node; n != nullptr; n = n->next) {
    if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
      out->append(reinterpret_cast<const char*>(n->content));
    } else if (n->type == XML_ELEMENT_NODE) {
      AppendNodeText(n->children, depth + 1, out);
    }
  }
}

}  // namespace

std::string CollapseWhitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool nbsp = s.substr(i, 2) == "\xC2\xA0";
    if (IsAsciiSpace(s[i]) || nbsp) {
      space = !out.empty();
      if (nbsp) ++i;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += s[i];
  }
  return out;
}

std::string HtmlFragmentToText(std::string_view html) {
  if (StripAsciiWhitespace(html).empty()) return "";
  if (html.size() > INT_MAX) return "";
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                      HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT);
  if (doc == nullptr) return CollapseWhitespace(html);
  TextLayout layout;
  Walk(xmlDocGetRootElement(doc), 0, &layout);
  xmlFreeDoc(doc);
  return layout.Finish();
}

std::string XmlChildrenToText(const xmlNode* node) {
  if (node == nullptr) return "";
  TextLayout layout;
  Walk(node->children, 0, &layout);
  return layout.Finish();
}

std::string NodeText(const xmlNode* node) {
  std::string out;
  if (node != nullptr) AppendNodeText(node->children, 0, &out);
  return out;
}

}  // namespace newsloom
