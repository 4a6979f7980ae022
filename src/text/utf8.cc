#include "text/utf8.h"

#include <cstring>

namespace newsloom::text_analysis {
namespace {

// Number of leading well-formed bytes of the (maybe incomplete) sequence at s[i]: the length of
// the "maximal subpart" when the sequence is ill-formed. Sets *complete when it is well formed.
size_t MaximalSubpart(std::string_view s, size_t i, bool* complete) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  const unsigned char b = p[i];
  *complete = false;
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b < 0x80) {
    *complete = true;
    return 1;
  } else if (b >= 0xC2 && b <= 0xDF) {
    need = 1;
  } else if (b >= 0xE0 && b <= 0xEF) {
    need = 2;
    if (b == 0xE0) lo = 0xA0;
    if (b == 0xED) hi = 0x9F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    need = 3;
    if (b == 0xF0) lo = 0x90;
    if (b == 0xF4) hi = 0x8F;
  } else {
    return 1;
  }
  size_t k = 1;
  for (; k <= need; ++k) {
    if (i + k >= n) return k;
    const unsigned char c = p[i + k];
    const bool ok = k == 1 ? (c >= lo && c <= hi) : (c >= 0x80 && c <= 0xBF);
    if (!ok) return k;
  }
  *complete = true;
  return k;
}

}  // namespace

size_t WellFormedLength(std::string_view s, size_t i) {
  bool complete;
  const size_t len = MaximalSubpart(s, i, &complete);
  return complete ? len : 0;
}

bool IsAscii(std::string_view s) {
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (w & 0x8080808080808080ull) return false;
  }
  for (; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  }
  return true;
}

namespace {

// Offset of the first ill-formed byte, or s.size().
size_t FirstIllFormed(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if ((w & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t len = WellFormedLength(s, i);
    if (len == 0) return i;
    i += len;
  }
  return n;
}

}  // namespace

bool IsWellFormedUtf8(std::string_view s) { return FirstIllFormed(s) == s.size(); }

size_t ReplaceIllFormedUtf8(std::string_view in, std::string* out, OffsetMap* map) {
  size_t i = FirstIllFormed(in);
  if (i == in.size()) return 0;
  out->clear();
  out->reserve(in.size() + 16);
  out->append(in.data(), i);
  map->AddAnchor(0, 0);  // offsets before the first anchor would otherwise map to it
  size_t replaced = 0;
  while (i < in.size()) {
    bool complete;
    const size_t len = MaximalSubpart(in, i, &complete);
    if (complete) {
      out->append(in.data() + i, len);
    } else {
      map->AddAnchor(static_cast<uint32_t>(out->size()), static_cast<uint32_t>(i));
      out->append("\xEF\xBF\xBD");
      map->AddAnchor(static_cast<uint32_t>(out->size()), static_cast<uint32_t>(i + len));
      ++replaced;
    }
    i += len;
  }
  return replaced;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace newsloom::text_analysis
