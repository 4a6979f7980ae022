#include "extract/digit_string.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace newsloom::extract_internal {
namespace {

constexpr std::array<std::string_view, 29> kCommaLangs = {
    "nl", "de", "nb", "nn", "no", "da", "sv", "fi", "fr", "es", "it", "pt", "pl", "ru", "uk",
    "tr", "cs", "sk", "hu", "ro", "bg", "sr", "hr", "sl", "el", "et", "lv", "lt", "id"};
constexpr std::array<std::string_view, 17> kSpaceLangs = {"fr", "ru", "uk", "pl", "nb", "nn",
                                                          "no", "sv", "da", "fi", "cs", "sk",
                                                          "et", "lv", "lt", "bg", "hu"};

enum class Sep : uint8_t { kNone, kDot, kComma, kThousands, kArabicDecimal };

Sep SeparatorOf(char32_t c) {
  switch (c) {
    case '.':
      return Sep::kDot;
    case ',':
      return Sep::kComma;
    case '\'':
    case 0x2019:
    case 0x066C:
    case 0x00A0:
    case 0x202F:
    case 0x2009:
    case ' ':
      return Sep::kThousands;
    case 0x066B:
      return Sep::kArabicDecimal;
    default:
      return Sep::kNone;
  }
}

// Splits `s` into digit groups and the separators between them; false on other characters.
bool Split(std::string_view s, std::vector<std::string>* groups, std::vector<Sep>* seps) {
  groups->emplace_back();
  for (size_t i = 0; i < s.size();) {
    const char32_t c = text_analysis::NextCodePoint(s, &i);
    const int32_t d = u_charDigitValue(static_cast<UChar32>(c));
    if (d >= 0 && d <= 9 && u_isdigit(static_cast<UChar32>(c))) {
      groups->back().push_back(static_cast<char>('0' + d));
      continue;
    }
    const Sep sep = SeparatorOf(c);
    if (sep == Sep::kNone || groups->back().empty()) return false;
    seps->push_back(sep);
    groups->emplace_back();
  }
  return !groups->back().empty();
}

// Which separator is the decimal mark: index into seps, or -1 for none.
int DecimalIndex(const std::vector<std::string>& groups, const std::vector<Sep>& seps,
                 std::string_view lang) {
  if (seps.empty()) return -1;
  const int last = static_cast<int>(seps.size()) - 1;
  if (seps[last] == Sep::kArabicDecimal) return last;
  const bool has_dot = std::count(seps.begin(), seps.end(), Sep::kDot) > 0;
  const bool has_comma = std::count(seps.begin(), seps.end(), Sep::kComma) > 0;
  if (has_dot && has_comma) return last;
  if (seps[last] == Sep::kThousands) return -1;
  if (std::count(seps.begin(), seps.end(), seps[last]) > 1) return -1;
  const Sep decimal = UsesDecimalComma(lang) ? Sep::kComma : Sep::kDot;
  if (seps[last] == decimal) return last;
  return groups.back().size() == 3 ? -1 : last;
}

}  // namespace

bool UsesDecimalComma(std::string_view lang) {
  return std::find(kCommaLangs.begin(), kCommaLangs.end(), lang) != kCommaLangs.end();
}

bool UsesSpaceGrouping(std::string_view lang) {
  return std::find(kSpaceLangs.begin(), kSpaceLangs.end(), lang) != kSpaceLangs.end();
}

std::optional<DigitNumber> ParseDigitString(std::string_view s, std::string_view lang) {
  std::vector<std::string> groups;
  std::vector<Sep> seps;
  if (s.empty() || !Split(s, &groups, &seps)) return std::nullopt;
  const int decimal = DecimalIndex(groups, seps, lang);
  DigitNumber n;
  n.leading_zero = groups[0].size() > 1 && groups[0][0] == '0';
  std::string digits;
  for (size_t g = 0; g < groups.size(); ++g) {
    if (static_cast<int>(g) == decimal + 1 && decimal >= 0) {
      n.scale = static_cast<int>(groups[g].size());
    } else if (g > 0) {
      // A thousands group: exactly three digits, and one kind of thousands separator.
      if (groups[g].size() != 3 || seps[g - 1] != seps[0]) return std::nullopt;
      n.grouped = true;
    }
    if (decimal < 0 || static_cast<int>(g) <= decimal) {
      n.integer_digits += static_cast<int>(groups[g].size());
    }
    digits += groups[g];
  }
  if (decimal >= 0 && decimal != static_cast<int>(seps.size()) - 1) return std::nullopt;
  if (digits.size() > 18) return std::nullopt;
  for (const char c : digits) n.mantissa = n.mantissa * 10 + (c - '0');
  return n;
}

std::optional<int64_t> ScaleToInteger(const DigitNumber& n, int64_t multiplier) {
  __int128 v = static_cast<__int128>(n.mantissa) * multiplier;
  for (int i = 0; i < n.scale; ++i) {
    if (v % 10 != 0) return std::nullopt;
    v /= 10;
  }
  if (v > INT64_MAX) return std::nullopt;
  return static_cast<int64_t>(v);
}

}  // namespace newsloom::extract_internal
