// Small std::string_view helpers. Debian's Abseil is built with its own absl::string_view
// (ABSL_OPTION_USE_STD_STRING_VIEW 0), so absl::Str* functions do not accept
// std::string_view; use these, or AbslView() to pass a view to Abseil.
#ifndef NEWSLOOM_CORE_STRINGS_H_
#define NEWSLOOM_CORE_STRINGS_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/string_view.h"

namespace newsloom {

inline absl::string_view AbslView(std::string_view s) { return {s.data(), s.size()}; }
inline std::string_view StdView(absl::string_view s) { return {s.data(), s.size()}; }

inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view StripAsciiWhitespace(std::string_view s);
std::string AsciiLower(std::string_view s);
// Splits on `sep`; keeps empty pieces.
std::vector<std::string_view> SplitView(std::string_view s, char sep);
// Case-insensitive (ASCII) equality and prefix test.
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix);
// Case-insensitive (ASCII) find; npos when absent.
size_t FindIgnoreCase(std::string_view haystack, std::string_view needle, size_t from = 0);

}  // namespace newsloom

#endif  // NEWSLOOM_CORE_STRINGS_H_
