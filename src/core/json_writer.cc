#include "core/json_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <system_error>

namespace newsloom {
namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 if invalid.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  const auto c = static_cast<uint8_t>(s[i]);
  if (c < 0x80) return 1;
  size_t len = 0;
  uint32_t min = 0;
  if ((c & 0xe0) == 0xc0) {
    len = 2, min = 0x80;
  } else if ((c & 0xf0) == 0xe0) {
    len = 3, min = 0x800;
  } else if ((c & 0xf8) == 0xf0) {
    len = 4, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  uint32_t cp = c & (0xff >> (len + 1));
  for (size_t k = 1; k < len; ++k) {
    const auto cc = static_cast<uint8_t>(s[i + k]);
    if ((cc & 0xc0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return len;
}

}  // namespace

namespace {

// True for the ASCII bytes written as they are: printable, not '"' or '\\'.
constexpr bool IsPlainAscii(uint8_t c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; }

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighs = 0x8080808080808080ULL;

// Whether all 8 bytes of `w` are plain ASCII (IsPlainAscii), without a branch per byte:
// no high bit, no byte below 0x20, none equal to '"', '\\' or 0x7f. (x - kOnes * n) & ~x &
// kHighs is non-zero exactly when some byte of x is below n (n <= 0x80).
inline bool AllPlainAscii(uint64_t w) {
  const auto has_zero = [](uint64_t x) { return (x - kOnes) & ~x & kHighs; };
  const uint64_t bad = (w & kHighs) | ((w - kOnes * 0x20) & ~w & kHighs) |
                       has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\')) |
                       has_zero(w ^ (kOnes * 0x7f));
  return bad == 0;
}

// The end of the run starting at `i` of bytes copied verbatim: plain ASCII and valid UTF-8
// sequences.
size_t VerbatimRunEnd(std::string_view s, size_t i) {
  const size_t n = s.size();
  while (i < n) {
    // Eight plain ASCII bytes at a time, the common case of Latin text.
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, sizeof(w));
      if (!AllPlainAscii(w)) break;
      i += 8;
    }
    if (i >= n) break;
    const auto c = static_cast<uint8_t>(s[i]);
    if (c < 0x80) {
      if (!IsPlainAscii(c)) break;
      ++i;
      continue;
    }
    const size_t len = Utf8SequenceLength(s, i);
    if (len == 0) break;
    i += len;
  }
  return i;
}

// Appends the escape for the byte `c` that VerbatimRunEnd stopped at (an ASCII byte that needs
// escaping, or the first byte of an invalid UTF-8 sequence).
void AppendEscaped(uint8_t c, std::string* out) {
  switch (c) {
    case '"':
      out->append("\\\"");
      return;
    case '\\':
      out->append("\\\\");
      return;
    case '\n':
      out->append("\\n");
      return;
    case '\r':
      out->append("\\r");
      return;
    case '\t':
      out->append("\\t");
      return;
    default:
      break;
  }
  if (c >= 0x80) {
    out->append("\xef\xbf\xbd");  // U+FFFD for a byte of an invalid sequence
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  const char escape[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
  out->append(escape, sizeof(escape));
}

}  // namespace

void AppendJsonString(std::string_view value, std::string* out) {
  out->reserve(out->size() + value.size() + 2);
  out->push_back('"');
  for (size_t i = 0; i < value.size();) {
    const size_t end = VerbatimRunEnd(value, i);
    out->append(value.data() + i, end - i);
    if (end == value.size()) break;
    AppendEscaped(static_cast<uint8_t>(value[end]), out);
    i = end + 1;
  }
  out->push_back('"');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_element_.empty()) {
    if (has_element_.back()) out_.push_back(',');
    has_element_.back() = true;
  }
}

JsonWriter& JsonWriter::BeginObject() {
  BeforeValue();
  out_.push_back('{');
  has_element_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::EndObject() {
  out_.push_back('}');
  has_element_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::BeginArray() {
  BeforeValue();
  out_.push_back('[');
  has_element_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::EndArray() {
  out_.push_back(']');
  has_element_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  BeforeValue();
  AppendJsonString(key, &out_);
  out_.push_back(':');
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view value) {
  BeforeValue();
  AppendJsonString(value, &out_);
  return *this;
}

JsonWriter& JsonWriter::Int(int64_t value) {
  BeforeValue();
  char buf[24];
  const std::to_chars_result r = std::to_chars(buf, buf + sizeof(buf), value);
  out_.append(buf, r.ptr);
  return *this;
}

namespace {

// "%.*f" as snprintf writes it into a 64-byte buffer (at most 63 characters, the rest cut).
std::string_view FormatFixed(double value, int digits, char (&buf)[64]) {
  // std::to_chars with a precision formats exactly as printf does ("C" locale, round half to
  // even on the exact binary value); it fails when the text would not fit, and only then do
  // we pay for snprintf (which cuts the text as the writer always did).
  if (digits >= 0) {
    const std::to_chars_result r =
        std::to_chars(buf, buf + sizeof(buf) - 1, value, std::chars_format::fixed, digits);
    if (r.ec == std::errc()) return std::string_view(buf, r.ptr - buf);
  }
  const int n = std::snprintf(buf, sizeof(buf), "%.*f", digits, value);
  return std::string_view(buf, std::min<size_t>(n < 0 ? 0 : n, sizeof(buf) - 1));
}

}  // namespace

JsonWriter& JsonWriter::Double(double value, int digits) {
  BeforeValue();
  if (!std::isfinite(value)) {
    out_.append("null");
    return *this;
  }
  char buf[64];
  std::string_view s = FormatFixed(value, digits, buf);
  // Trim trailing zeros for compact, stable output ("0.5000" -> "0.5", "3.0000" -> "3").
  if (s.find('.') != std::string_view::npos) {
    while (!s.empty() && s.back() == '0') s.remove_suffix(1);
    if (!s.empty() && s.back() == '.') s.remove_suffix(1);
  }
  if (s == "-0") s = "0";
  out_.append(s);
  return *this;
}

JsonWriter& JsonWriter::Bool(bool value) {
  BeforeValue();
  out_.append(value ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::Null() {
  BeforeValue();
  out_.append("null");
  return *this;
}

JsonWriter& JsonWriter::Raw(std::string_view json) {
  BeforeValue();
  out_.append(json);
  return *this;
}

}  // namespace newsloom
