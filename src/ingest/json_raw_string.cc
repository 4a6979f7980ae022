#include "ingest/json_raw_string.h"

#include <algorithm>

namespace newsloom {
namespace {

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

size_t SkipSpace(std::string_view s, size_t i) {
  while (i < s.size() && IsJsonSpace(s[i])) ++i;
  return i;
}

// `i` at an opening quote; returns the index of the closing quote (or s.size()).
size_t StringEnd(std::string_view s, size_t i) {
  for (++i; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == '"') {
      return i;
    }
  }
  return s.size();
}

// `i` at the start of a value; returns the index just past it.
size_t SkipValue(std::string_view s, size_t i) {
  if (i < s.size() && s[i] == '"') return StringEnd(s, i) + 1;
  int depth = 0;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '"') {
      i = StringEnd(s, i);
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (depth == 0) return i;
      if (--depth == 0) return i + 1;
    } else if (c == ',' && depth == 0) {
      return i;
    }
  }
  return i;
}

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Code point of "\uXXXX" at s[i] ('\\'), or -1.
int32_t Hex4(std::string_view s, size_t i) {
  if (i + 6 > s.size() || s[i + 1] != 'u') return -1;
  int32_t v = 0;
  for (size_t k = i + 2; k < i + 6; ++k) {
    const int h = HexValue(s[k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

size_t Utf8Length(int32_t cp) {
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if (cp < 0x10000) return 3;
  return 4;
}

}  // namespace

std::optional<RawSpan> FindTopLevelValue(std::string_view json, std::string_view key) {
  size_t i = SkipSpace(json, 0);
  if (i >= json.size() || json[i] != '{') return std::nullopt;
  ++i;
  while (true) {
    i = SkipSpace(json, i);
    if (i >= json.size() || json[i] != '"') return std::nullopt;
    const size_t key_end = StringEnd(json, i);
    if (key_end >= json.size()) return std::nullopt;
    const std::string_view raw_key = json.substr(i + 1, key_end - i - 1);
    i = SkipSpace(json, key_end + 1);
    if (i >= json.size() || json[i] != ':') return std::nullopt;
    i = SkipSpace(json, i + 1);
    size_t end = std::min(SkipValue(json, i), json.size());
    if (raw_key == key) {
      while (end > i && IsJsonSpace(json[end - 1])) --end;
      if (end <= i) return std::nullopt;
      return RawSpan{i, end};
    }
    i = SkipSpace(json, end);
    if (i >= json.size() || json[i] != ',') return std::nullopt;
    ++i;
  }
}

std::optional<RawSpan> FindTopLevelString(std::string_view json, std::string_view key) {
  const std::optional<RawSpan> value = FindTopLevelValue(json, key);
  if (!value || value->end - value->begin < 2 || json[value->begin] != '"' ||
      json[value->end - 1] != '"') {
    return std::nullopt;
  }
  return RawSpan{value->begin + 1, value->end - 1};
}

OffsetMap UnescapedToRaw(std::string_view json, RawSpan span, uint32_t step,
                         size_t* unescaped_size) {
  OffsetMap map;
  map.AddAnchor(0, static_cast<uint32_t>(span.begin));
  size_t derived = 0, last_anchor = 0;
  // A short escape (\n, \") is rare and anchors right after it; \u escapes can make up a
  // whole text (JSON written with ensure_ascii), so after them the anchor waits for a word
  // boundary or `step` bytes.
  bool anchor_now = false, anchor_soon = false;
  size_t i = span.begin;
  while (i < span.end) {
    const char c = json[i];
    const bool boundary = c != '\\' && static_cast<unsigned char>(c) < 0x80 && !IsAsciiAlnum(c);
    if (anchor_now || (anchor_soon && (boundary || derived - last_anchor >= step))) {
      map.AddAnchor(static_cast<uint32_t>(derived), static_cast<uint32_t>(i));
      last_anchor = derived;
      anchor_now = anchor_soon = false;
    }
    if (c != '\\') {
      ++derived;
      ++i;
      continue;
    }
    if (i + 1 < span.end && json[i + 1] == 'u') {
      int32_t cp = Hex4(json, i);
      size_t raw_len = 6;
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        const int32_t low = i + 12 <= span.end && json[i + 6] == '\\' ? Hex4(json, i + 6) : -1;
        if (low >= 0xDC00 && low <= 0xDFFF) {
          cp = 0x10000;  // any supplementary code point: 4 bytes
          raw_len = 12;
        }
      }
      derived += cp < 0 ? 1 : Utf8Length(cp);
      i += raw_len;
      anchor_soon = true;
    } else {
      derived += 1;
      i += 2;
      anchor_now = true;
    }
  }
  *unescaped_size = derived;
  return map;
}

}  // namespace newsloom
