#include "text/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "core/strings.h"

namespace newsloom {
namespace {

constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";
// Bytes of a page searched for a declared charset.
constexpr size_t kSniffBytes = 4096;
// Bytes handed to ICU charset detection; more adds time, not accuracy.
constexpr size_t kDetectBytes = 1u << 20;

bool IsCont(unsigned char b) { return (b & 0xC0) == 0x80; }

// Length of the UTF-8 sequence at p[0..n): on success its length and *valid = true; on
// failure the length of the maximal invalid subpart (>= 1, the unit replaced by one U+FFFD)
// and *valid = false.
size_t Utf8Step(const unsigned char* p, size_t n, bool* valid) {
  const unsigned char b = p[0];
  *valid = true;
  if (b < 0x80) return 1;
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // Allowed range of the second byte.
  if (b >= 0xC2 && b <= 0xDF) {
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
    *valid = false;
    return 1;
  }
  size_t i = 1;
  if (i >= n || p[i] < lo || p[i] > hi) {
    *valid = false;
    return 1;
  }
  for (++i; i <= need; ++i) {
    if (i >= n || !IsCont(p[i])) {
      *valid = false;
      return i;
    }
  }
  return need + 1;
}

struct Utf8Census {
  size_t multibyte = 0;  // Valid sequences of 2..4 bytes.
  size_t invalid = 0;    // Maximal invalid subparts.
};

Utf8Census CountUtf8(std::string_view bytes) {
  Utf8Census c;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  for (size_t i = 0; i < n;) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    bool valid;
    i += Utf8Step(p + i, n - i, &valid);
    ++(valid ? c.multibyte : c.invalid);
  }
  return c;
}

bool HasNonAscii(std::string_view bytes) {
  return std::any_of(bytes.begin(), bytes.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

ConverterPtr OpenConverter(const std::string& name) {
  if (name.empty()) return nullptr;
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr cnv(ucnv_open(name.c_str(), &err));
  if (U_FAILURE(err)) return nullptr;
  return cnv;
}

// The name we report and reuse for a charset ICU knows: lower-case MIME or IANA name, with the
// WHATWG substitutions of supersets. "" when ICU does not know `name`.
std::string CanonicalCharset(std::string_view name) {
  std::string lower = AsciiLower(StripAsciiWhitespace(name));
  if (lower.empty() || lower.size() > 64) return "";
  ConverterPtr cnv = OpenConverter(lower);
  if (cnv == nullptr) return "";
  UErrorCode err = U_ZERO_ERROR;
  const char* internal = ucnv_getName(cnv.get(), &err);
  std::string result = lower;
  for (const char* standard : {"MIME", "IANA"}) {
    UErrorCode e = U_ZERO_ERROR;
    const char* std_name = ucnv_getStandardName(internal, standard, &e);
    if (U_SUCCESS(e) && std_name != nullptr) {
      result = AsciiLower(std_name);
      break;
    }
  }
  if (result == "iso-8859-1" || result == "iso_8859-1:1987" || result == "us-ascii") {
    return "windows-1252";
  }
  if (result == "iso-8859-9") return "windows-1254";
  if (result == "gb2312" || result == "gbk") return "gb18030";
  if (result == "tis-620" || result == "windows-874-2000") return "windows-874";
  if (result == "utf8") return "utf-8";
  return result;
}

bool IsUtf16Name(std::string_view name) { return name.substr(0, 6) == "utf-16"; }

// For a UTF-16 declaration without BOM: which byte order the NUL bytes suggest, "" if the
// text does not look like UTF-16 at all.
std::string GuessUtf16Order(std::string_view bytes) {
  size_t even_nul = 0, odd_nul = 0;
  const size_t n = std::min<size_t>(bytes.size(), 4096);
  for (size_t i = 0; i < n; ++i) {
    if (bytes[i] == '\0') ++((i % 2 == 0) ? even_nul : odd_nul);
  }
  if (even_nul + odd_nul < n / 8) return "";
  return odd_nul >= even_nul ? "utf-16le" : "utf-16be";
}

std::string DetectWithIcu(std::string_view bytes) {
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&err);
  if (U_FAILURE(err)) return "windows-1252";
  ucsdet_enableInputFilter(det, true);
  const size_t n = std::min(bytes.size(), kDetectBytes);
  ucsdet_setText(det, bytes.data(), static_cast<int32_t>(n), &err);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det, &count, &err);
  std::string result;
  for (int32_t i = 0; U_SUCCESS(err) && i < count && result.empty(); ++i) {
    UErrorCode e = U_ZERO_ERROR;
    const char* name = ucsdet_getName(matches[i], &e);
    if (U_FAILURE(e) || name == nullptr) continue;
    std::string lower = AsciiLower(name);
    // EBCDIC and UTF-32 guesses on web pages are almost always wrong; UTF-8 is excluded
    // because the caller only detects when the bytes are not valid UTF-8.
    if (lower.rfind("ibm", 0) == 0 || lower.rfind("utf-32", 0) == 0 || lower == "utf-8") {
      continue;
    }
    result = CanonicalCharset(lower);
  }
  ucsdet_close(det);
  return result.empty() ? "windows-1252" : result;
}

// Decodes with ICU; unmappable and illegal input become U+FFFD.
std::string ConvertWithIcu(std::string_view bytes, const std::string& charset) {
  ConverterPtr source = OpenConverter(charset);
  if (source == nullptr) source = OpenConverter("windows-1252");
  ConverterPtr target = OpenConverter("UTF-8");
  UErrorCode err = U_ZERO_ERROR;
  ucnv_setToUCallBack(source.get(), UCNV_TO_U_CALLBACK_SUBSTITUTE, nullptr, nullptr, nullptr, &err);
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  char buffer[16384];
  UChar pivot[4096];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  const char* src = bytes.data();
  const char* src_limit = bytes.data() + bytes.size();
  bool reset = true;
  while (true) {
    char* dst = buffer;
    err = U_ZERO_ERROR;
    ucnv_convertEx(target.get(), source.get(), &dst, buffer + sizeof(buffer), &src, src_limit,
                   pivot, &pivot_source, &pivot_target, pivot + 4096, reset, /*flush=*/true, &err);
    reset = false;
    out.append(buffer, dst - buffer);
    if (err != U_BUFFER_OVERFLOW_ERROR) break;
  }
  // ICU maps some unassigned single-byte codes to U+001A (SUB); make them U+FFFD too.
  if (out.find('\x1A') != std::string::npos && bytes.find('\x1A') == std::string_view::npos) {
    std::string fixed;
    fixed.reserve(out.size());
    for (char c : out) {
      if (c == '\x1A') {
        fixed += kReplacementUtf8;
      } else {
        fixed += c;
      }
    }
    out.swap(fixed);
  }
  return out;
}

// The charset to decode undeclared or BOM-less `bytes` with, given `declared`.
std::string ChooseCharset(std::string_view bytes, std::string_view declared) {
  const std::string name = CanonicalCharset(CharsetFromContentType(declared));
  if (name == "utf-8") {
    if (IsValidUtf8(bytes)) return name;
    const Utf8Census census = CountUtf8(bytes);
    if (census.invalid <= census.multibyte) return name;
  } else if (IsUtf16Name(name)) {
    std::string order = GuessUtf16Order(bytes);
    if (!order.empty()) return name == "utf-16" ? order : name;
  } else if (!name.empty()) {
    // A legacy declaration on valid non-ASCII UTF-8 is a mislabel.
    if (HasNonAscii(bytes) && IsValidUtf8(bytes)) return "utf-8";
    return name;
  }
  if (IsValidUtf8(bytes)) return "utf-8";
  return DetectWithIcu(bytes);
}

// Value of an attribute-like `key=value` or `key="value"` starting at `pos` (just after the
// key). "" when no '=' follows.
std::string_view ValueAfterKey(std::string_view s, size_t pos) {
  while (pos < s.size() && IsAsciiSpace(s[pos])) ++pos;
  if (pos >= s.size() || s[pos] != '=') return {};
  ++pos;
  while (pos < s.size() && IsAsciiSpace(s[pos])) ++pos;
  if (pos < s.size() && (s[pos] == '"' || s[pos] == '\'')) ++pos;
  size_t end = pos;
  while (end < s.size() && s[end] != '"' && s[end] != '\'' && s[end] != ';' && s[end] != '>' &&
         s[end] != '/' && !IsAsciiSpace(s[end])) {
    ++end;
  }
  return s.substr(pos, end - pos);
}

bool IsPlausibleCharsetName(std::string_view name) {
  if (name.empty() || name.size() > 40) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == ':';
  });
}

std::string SniffXmlDeclaration(std::string_view head) {
  size_t start = 0;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  while (start < head.size() && IsAsciiSpace(head[start])) ++start;
  if (head.substr(start, 5) != "<?xml") return "";
  const size_t end = head.find("?>", start);
  const std::string_view decl = head.substr(start, end == std::string_view::npos ? 200 : end);
  const size_t key = FindIgnoreCase(decl, "encoding");
  if (key == std::string_view::npos) return "";
  std::string_view value = ValueAfterKey(decl, key + 8);
  return IsPlausibleCharsetName(value) ? AsciiLower(value) : "";
}

}  // namespace

bool IsValidUtf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    // Skip ASCII eight bytes at a time.
    if (i + 8 <= n) {
      uint64_t word;
      memcpy(&word, p + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    bool valid;
    i += Utf8Step(p + i, n - i, &valid);
    if (!valid) return false;
  }
  return true;
}

size_t ReplaceInvalidUtf8(std::string* text) {
  if (IsValidUtf8(*text)) return 0;
  std::string out;
  out.reserve(text->size() + 16);
  const auto* p = reinterpret_cast<const unsigned char*>(text->data());
  const size_t n = text->size();
  size_t replaced = 0;
  for (size_t i = 0; i < n;) {
    bool valid = true;
    const size_t len = p[i] < 0x80 ? 1 : Utf8Step(p + i, n - i, &valid);
    if (valid) {
      out.append(text->data() + i, len);
    } else {
      out += kReplacementUtf8;
      ++replaced;
    }
    i += len;
  }
  text->swap(out);
  return replaced;
}

std::string CharsetFromContentType(std::string_view content_type) {
  std::string_view s = StripAsciiWhitespace(content_type);
  const size_t key = FindIgnoreCase(s, "charset");
  if (key == std::string_view::npos) {
    // A bare name ("utf-8") rather than a content type ("text/html").
    if (s.find('/') != std::string_view::npos || s.find(';') != std::string_view::npos) {
      return "";
    }
    s = StripAsciiWhitespace(s);
    if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'')) s = s.substr(1, s.size() - 2);
    return IsPlausibleCharsetName(s) ? AsciiLower(s) : "";
  }
  const std::string_view value = ValueAfterKey(s, key + 7);
  return IsPlausibleCharsetName(value) ? AsciiLower(value) : "";
}

std::string SniffDeclaredCharset(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, std::min(bytes.size(), kSniffBytes));
  std::string xml = SniffXmlDeclaration(head);
  if (!xml.empty()) return xml;
  for (size_t pos = FindIgnoreCase(head, "<meta"); pos != std::string_view::npos;
       pos = FindIgnoreCase(head, "<meta", pos + 5)) {
    const size_t after = pos + 5;
    if (after >= head.size() || !(IsAsciiSpace(head[after]) || head[after] == '/')) continue;
    const size_t end = head.find('>', after);
    const std::string_view tag =
        head.substr(after, end == std::string_view::npos ? std::string_view::npos : end - after);
    for (size_t key = FindIgnoreCase(tag, "charset"); key != std::string_view::npos;
         key = FindIgnoreCase(tag, "charset", key + 7)) {
      const std::string_view value = ValueAfterKey(tag, key + 7);
      if (IsPlausibleCharsetName(value)) return AsciiLower(value);
    }
  }
  return "";
}

std::string DecodeToUtf8(std::string_view bytes, std::string_view declared, std::string* used) {
  std::string charset;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    charset = "utf-8";
    bytes.remove_prefix(3);
  } else if (bytes.substr(0, 2) == "\xFE\xFF") {
    charset = "utf-16be";
    bytes.remove_prefix(2);
  } else if (bytes.substr(0, 2) == "\xFF\xFE") {
    charset = "utf-16le";
    bytes.remove_prefix(2);
  } else {
    charset = ChooseCharset(bytes, declared);
  }
  std::string out;
  if (charset == "utf-8") {
    out.assign(bytes);
    ReplaceInvalidUtf8(&out);
  } else {
    out = ConvertWithIcu(bytes, charset);
  }
  if (used != nullptr) *used = charset;
  return out;
}

}  // namespace newsloom
