#include "text/chrome_lines.h"

#include <string>

#include "absl/container/flat_hash_set.h"
#include "core/strings.h"
#include "unicode/unistr.h"

namespace newsloom {

extern const std::string_view kChromeLinesTsv;

namespace {

std::string Fold(std::string_view s) {
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string_view TrimLine(std::string_view line) {
  line = StripAsciiWhitespace(line);
  while (!line.empty() && (line.back() == ':' || line.back() == '|')) {
    line = StripAsciiWhitespace(line.substr(0, line.size() - 1));
  }
  return line;
}

const absl::flat_hash_set<std::string>& Phrases() {
  static const auto* phrases = [] {
    auto* set = new absl::flat_hash_set<std::string>();
    for (std::string_view line : SplitView(kChromeLinesTsv, '\n')) {
      if (line.empty() || line[0] == '#') continue;
      const size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      set->insert(Fold(TrimLine(line.substr(tab + 1))));
    }
    return set;
  }();
  return *phrases;
}

bool IsCopyrightLine(std::string_view line) {
  return line.size() < 200 &&
         (line.rfind("\xc2\xa9", 0) == 0 || StartsWithIgnoreCase(line, "copyright ") ||
          StartsWithIgnoreCase(line, "(c) "));
}

bool IsBlankLine(std::string_view line) { return StripAsciiWhitespace(line).empty(); }

}  // namespace

bool IsChromeLine(std::string_view line) {
  line = TrimLine(line);
  if (line.empty() || line.size() > 80) return false;
  if (IsCopyrightLine(line)) return true;
  return Phrases().contains(Fold(line));
}

ArticleSpan FindArticleSpan(std::string_view text) {
  size_t begin = 0;
  // Leading lines.
  while (begin < text.size()) {
    size_t eol = text.find('\n', begin);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view line = text.substr(begin, eol - begin);
    if (!IsBlankLine(line) && !IsChromeLine(line)) break;
    begin = eol + (eol < text.size() ? 1 : 0);
  }
  size_t end = text.size();
  // Trailing lines.
  while (end > begin) {
    size_t bol = text.rfind('\n', end - 1);
    bol = bol == std::string_view::npos ? 0 : bol + 1;
    if (bol < begin) bol = begin;
    const std::string_view line = text.substr(bol, end - bol);
    if (!IsBlankLine(line) && !IsChromeLine(line)) break;
    end = bol > begin ? bol - 1 : begin;  // drop the newline before the line too
  }
  return {begin, std::max(begin, end)};
}

}  // namespace newsloom
