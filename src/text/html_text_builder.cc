#include "text/html_text_builder.h"

#include <cstring>

#include "core/strings.h"

namespace newsloom {
namespace {

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

size_t Utf8Length(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// End of a character reference starting at s[pos] == '&' ("&amp;", "&#233;", "&#xE9;",
// "&copy"); pos + 1 when the text there does not have the shape of one.
size_t EntityEnd(std::string_view s, size_t pos) {
  size_t i = pos + 1;
  if (i < s.size() && s[i] == '#') {
    ++i;
    const bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
    if (hex) ++i;
    const size_t digits = i;
    while (i < s.size() && (hex ? IsAsciiAlnum(s[i]) : (s[i] >= '0' && s[i] <= '9'))) ++i;
    if (i == digits) return pos + 1;
  } else {
    const size_t name = i;
    while (i < s.size() && i - name < 32 && IsAsciiAlnum(s[i])) ++i;
    if (i == name) return pos + 1;
  }
  if (i < s.size() && s[i] == ';') ++i;
  return i;
}

}  // namespace

void AlignDecodedText(std::string_view decoded, std::string_view original, uint32_t base,
                      std::vector<uint32_t>* out) {
  out->resize(decoded.size() + 1);
  uint32_t* map = out->data();
  size_t d = 0, o = 0;
  const size_t n = decoded.size(), m = original.size();
  auto map_run = [&](size_t len, size_t source) {
    for (size_t k = 0; k < len && d < n; ++k) map[d++] = base + static_cast<uint32_t>(source);
  };
  while (d < n) {
    if (o < m && original[o] == '&') {
      const size_t end = EntityEnd(original, o);
      const size_t span = end - o;
      // A literal '&' (as in "AT&T", or an unknown "&name;") is copied as is; a numeric
      // reference always decodes.
      const bool numeric = span > 2 && original[o + 1] == '#';
      const bool literal =
          span == 1 || (!numeric && decoded.substr(d, span) == original.substr(o, span));
      if (!literal) {
        map_run(Utf8Length(decoded[d]), o);
        o = end;
        continue;
      }
    }
    if (o < m && decoded[d] == original[o]) {
      map[d++] = base + static_cast<uint32_t>(o++);
      continue;
    }
    if (o < m && original[o] == '\r') {  // CR and CRLF become LF.
      map_run(1, o);
      o += (o + 1 < m && original[o + 1] == '\n') ? 2 : 1;
      continue;
    }
    // Anything else (a replaced invalid byte or NUL): one code point for one source char.
    map_run(Utf8Length(decoded[d]), o < m ? o : m);
    if (o < m) {
      ++o;
      while (o < m && (static_cast<unsigned char>(original[o]) & 0xC0) == 0x80) ++o;
    }
  }
  map[n] = base + static_cast<uint32_t>(m);
}

void ParagraphBuilder::AppendText(std::string_view decoded, std::string_view original,
                                  uint32_t base, bool in_link) {
  if (decoded.size() == original.size() &&
      std::memcmp(decoded.data(), original.data(), decoded.size()) == 0) {
    AppendMapped(decoded, nullptr, base, in_link);
    return;
  }
  AlignDecodedText(decoded, original, base, &scratch_);
  AppendMapped(decoded, scratch_.data(), 0, in_link);
}

void ParagraphBuilder::AppendMapped(std::string_view decoded, const uint32_t* sources,
                                    uint32_t base, bool in_link) {
  const size_t n = decoded.size();
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(decoded[i]);
    if (c <= ' ' && IsAsciiSpace(static_cast<char>(c))) {
      pending_space_ = true;
      continue;
    }
    if (c == 0xC2 && i + 1 < n && static_cast<unsigned char>(decoded[i + 1]) == 0xA0) {
      // A no-break space between two visible characters is content ("1&nbsp;500",
      // "« mot »" in French): keep it. Elsewhere it is layout and collapses like a space.
      const bool next_visible = i + 2 < n && !IsAsciiSpace(decoded[i + 2]) &&
                                !(static_cast<unsigned char>(decoded[i + 2]) == 0xC2 && i + 3 < n &&
                                  static_cast<unsigned char>(decoded[i + 3]) == 0xA0);
      if (pending_space_ || text_.empty() || !next_visible) {
        pending_space_ = true;
        ++i;
        continue;
      }
    }
    if (pending_space_) {
      if (!text_.empty()) {
        text_ += ' ';
        ++chars_;
        ++next_source_;
      }
      pending_space_ = false;
    }
    const uint32_t source = sources != nullptr ? sources[i] : base + static_cast<uint32_t>(i);
    if (anchors_.empty() || source != next_source_) {
      anchors_.emplace_back(static_cast<uint32_t>(text_.size()), source);
    }
    text_ += static_cast<char>(c);
    next_source_ = source + 1;
    if ((c & 0xC0) != 0x80) {
      ++chars_;
      if (in_link) ++link_chars_;
    }
  }
}

void ParagraphBuilder::TakeParagraph(std::string* text, std::vector<SourceAnchor>* anchors) {
  *text = std::move(text_);
  *anchors = std::move(anchors_);
  Clear();
}

void ParagraphBuilder::Clear() {
  text_.clear();
  anchors_.clear();
  next_source_ = 0;
  chars_ = 0;
  link_chars_ = 0;
  pending_space_ = false;
}

}  // namespace newsloom
