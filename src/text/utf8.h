// Internal UTF-8 helpers of the analysis layer: strict validation (Unicode Table 3-7: no
// overlongs, surrogates or values above U+10FFFF), repair of invalid bytes with an offset map,
// and code point decoding of text already known to be valid.
//
// Thread safety: all functions are pure.
#ifndef NEWSLOOM_TEXT_UTF8_H_
#define NEWSLOOM_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "text/offset_map.h"

namespace newsloom::text_analysis {

// Length of the well-formed UTF-8 sequence starting at s[i], or 0 when the bytes there are not
// a complete, well-formed sequence. `i` must be < s.size().
size_t WellFormedLength(std::string_view s, size_t i);

// True if every byte of `s` belongs to a well-formed UTF-8 sequence.
bool IsWellFormedUtf8(std::string_view s);

// Copies `in` to `*out`, replacing each maximal ill-formed subpart (as defined by Unicode
// §3.9, the WHATWG "replacement" behaviour) by U+FFFD. When something was replaced, adds
// anchors to `*map` (out offset -> in offset; it must be an identity map on entry) so that
// offsets of copied runs are exact.
// Returns the number of replacements; when 0, `*out` and `*map` are untouched (use `in`).
size_t ReplaceIllFormedUtf8(std::string_view in, std::string* out, OffsetMap* map);

// Decodes the code point at s[*i] and advances *i. `s` must be well-formed UTF-8.
inline char32_t NextCodePoint(std::string_view s, size_t* i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + *i;
  const unsigned char b = p[0];
  if (b < 0x80) {
    *i += 1;
    return b;
  }
  if (b < 0xE0) {
    *i += 2;
    return (char32_t{b & 0x1Fu} << 6) | (p[1] & 0x3Fu);
  }
  if (b < 0xF0) {
    *i += 3;
    return (char32_t{b & 0x0Fu} << 12) | (char32_t{p[1] & 0x3Fu} << 6) | (p[2] & 0x3Fu);
  }
  *i += 4;
  return (char32_t{b & 0x07u} << 18) | (char32_t{p[1] & 0x3Fu} << 12) |
         (char32_t{p[2] & 0x3Fu} << 6) | (p[3] & 0x3Fu);
}

// Appends the UTF-8 encoding of `cp` (must be a Unicode scalar value).
void AppendUtf8(char32_t cp, std::string* out);

// True when s[i] does not start in the middle of a multi-byte sequence.
inline bool IsCharBoundary(std::string_view s, size_t i) {
  return i == 0 || i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

// True if every byte is < 0x80.
bool IsAscii(std::string_view s);

}  // namespace newsloom::text_analysis

#endif  // NEWSLOOM_TEXT_UTF8_H_
