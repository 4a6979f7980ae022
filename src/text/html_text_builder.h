// Internal to the text module: builds one paragraph of clean text from HTML text nodes,
// collapsing whitespace and recording where each copied run came from in the HTML.
#ifndef NEWSLOOM_TEXT_HTML_TEXT_BUILDER_H_
#define NEWSLOOM_TEXT_HTML_TEXT_BUILDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsloom {

// (offset in the paragraph text, byte offset in the HTML)
using SourceAnchor = std::pair<uint32_t, uint32_t>;

// For each byte of `decoded` (gumbo's entity-decoded text of a node), the byte offset in the
// HTML of the source byte it came from; `original` is the node's source text, which starts at
// HTML offset `base`. Exact where the two agree byte for byte; entities, CR/LF
// normalisation and replaced invalid bytes map to the start of their source sequence.
// `out` gets decoded.size() + 1 entries (the last one is the end of `original`).
void AlignDecodedText(std::string_view decoded, std::string_view original, uint32_t base,
                      std::vector<uint32_t>* out);

class ParagraphBuilder {
 public:
  // Appends a text node's decoded text. `original`/`base` as for AlignDecodedText.
  // ASCII whitespace and U+00A0 collapse to one space; leading and trailing space is never
  // kept. `in_link`: the text is inside an <a> (counted in link_chars()).
  void AppendText(std::string_view decoded, std::string_view original, uint32_t base, bool in_link);
  // A word boundary without text (<br>, an inline element that implies a space).
  void AppendSpace() { pending_space_ = true; }

  bool empty() const { return text_.empty(); }
  const std::string& text() const { return text_; }
  const std::vector<SourceAnchor>& anchors() const { return anchors_; }
  // Code points in text(), and those of them that came from inside links.
  uint32_t chars() const { return chars_; }
  uint32_t link_chars() const { return link_chars_; }

  // Moves the paragraph out and resets the builder.
  void TakeParagraph(std::string* text, std::vector<SourceAnchor>* anchors);
  void Clear();

 private:
  void AppendMapped(std::string_view decoded, const uint32_t* sources, uint32_t base, bool in_link);

  std::string text_;
  std::vector<SourceAnchor> anchors_;
  std::vector<uint32_t> scratch_;
  uint32_t next_source_ = 0;  // Source offset the next byte would have if copied in order.
  uint32_t chars_ = 0;
  uint32_t link_chars_ = 0;
  bool pending_space_ = false;
};

}  // namespace newsloom

#endif  // NEWSLOOM_TEXT_HTML_TEXT_BUILDER_H_
