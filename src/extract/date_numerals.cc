#include "extract/date_numerals.h"

#include "core/fuzzy_date.h"

namespace newsloom {
namespace date_internal {

std::optional<int> DigitAt(std::string_view s, size_t pos, size_t* length) {
  if (pos >= s.size()) return std::nullopt;
  const auto c = static_cast<unsigned char>(s[pos]);
  if (c >= '0' && c <= '9') {
    *length = 1;
    return c - '0';
  }
  if (pos + 1 < s.size()) {
    const auto c1 = static_cast<unsigned char>(s[pos + 1]);
    // U+0660..U+0669 (D9 A0..A9) and U+06F0..U+06F9 (DB B0..B9).
    if (c == 0xD9 && c1 >= 0xA0 && c1 <= 0xA9) {
      *length = 2;
      return c1 - 0xA0;
    }
    if (c == 0xDB && c1 >= 0xB0 && c1 <= 0xB9) {
      *length = 2;
      return c1 - 0xB0;
    }
  }
  if (pos + 2 < s.size() && c == 0xEF && static_cast<unsigned char>(s[pos + 1]) == 0xBC) {
    const auto c2 = static_cast<unsigned char>(s[pos + 2]);  // U+FF10..U+FF19
    if (c2 >= 0x90 && c2 <= 0x99) {
      *length = 3;
      return c2 - 0x90;
    }
  }
  return std::nullopt;
}

int ReadDigits(std::string_view s, size_t* pos, int max_digits, int* value) {
  size_t p = *pos;
  int n = 0;
  int v = 0;
  size_t len = 0;
  while (std::optional<int> d = DigitAt(s, p, &len)) {
    if (++n > max_digits) return 0;
    v = v * 10 + *d;
    p += len;
  }
  if (n == 0) return 0;
  *pos = p;
  *value = v;
  return n;
}

std::optional<int> DayNumber(std::string_view token) {
  size_t pos = 0;
  int value = 0;
  if (ReadDigits(token, &pos, 2, &value) == 0 || value < 1 || value > 31) return std::nullopt;
  const std::string_view rest = token.substr(pos);
  if (rest.empty()) return value;
  for (std::string_view suffix : {"st", "nd", "rd", "th", "er", "e", "-го", "-е", "."}) {
    if (rest == suffix) return value;
  }
  return std::nullopt;
}

std::optional<int> YearNumber(std::string_view token, bool* suffixed) {
  size_t pos = 0;
  int value = 0;
  if (ReadDigits(token, &pos, 4, &value) != 4 || value < 1000 || value > 2100) {
    return std::nullopt;
  }
  const std::string_view rest = token.substr(pos);
  if (suffixed != nullptr) *suffixed = !rest.empty();
  if (rest.empty()) return value;
  if (rest.size() > 1 && (rest[0] == '\'' || rest.substr(0, 3) == "\u2019")) return value;
  return std::nullopt;
}

namespace {

bool IsSeparator(char c) { return c == '-' || c == '/' || c == '.'; }

bool Valid(int y, int m, int d) { return FuzzyDate::Make(y, m, d).has_value(); }

}  // namespace

std::optional<NumericDate> ReadNumericDate(std::string_view s, size_t pos, bool month_first) {
  // Preceded by a digit, or by a separator after a digit: part of something longer.
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  if (pos > 0 && is_digit(s[pos - 1])) return std::nullopt;
  if (pos > 1 && IsSeparator(s[pos - 1]) && is_digit(s[pos - 2])) return std::nullopt;
  size_t p = pos;
  int a = 0, b = 0, c = 0;
  const int na = ReadDigits(s, &p, 4, &a);
  if (na == 0 || p >= s.size() || !IsSeparator(s[p])) return std::nullopt;
  const char sep = s[p++];
  const int nb = ReadDigits(s, &p, 2, &b);
  if (nb == 0 || p >= s.size() || s[p] != sep) return std::nullopt;
  ++p;
  const int nc = ReadDigits(s, &p, 4, &c);
  if (nc == 0) return std::nullopt;
  size_t len = 0;
  if (DigitAt(s, p, &len)) return std::nullopt;
  if (p + 1 < s.size() && IsSeparator(s[p]) && DigitAt(s, p + 1, &len)) return std::nullopt;
  NumericDate out;
  out.length = p - pos;
  if (na == 4 && nc <= 2) {
    out.year = a, out.month = b, out.day = c;
  } else if (nc == 4 && na <= 2) {
    const bool us = sep == '/' && (month_first || b > 12) && a <= 12;
    out.year = c;
    out.month = us ? a : b;
    out.day = us ? b : a;
  } else {
    return std::nullopt;
  }
  if (!Valid(out.year, out.month, out.day)) return std::nullopt;
  return out;
}

}  // namespace date_internal
}  // namespace newsloom
