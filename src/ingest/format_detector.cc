#include "ingest/format_detector.h"

#include <array>

#include "core/strings.h"
#include "ingest/gzip_file.h"

namespace newsloom {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view SkipBomAndSpace(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  return s;
}

bool IsSeedHeader(std::string_view s) {
  // "date YYYY-MM " with the leading space already skipped.
  if (s.size() < 13 || s.substr(0, 5) != "date ") return false;
  const std::string_view d = s.substr(5, 7);
  for (size_t i : {0, 1, 2, 3, 5, 6}) {
    if (!IsDigit(d[i])) return false;
  }
  return d[4] == '-' && IsAsciiSpace(s[12]);
}

// The name of the first element, skipping <?...?>, <!-- ... --> and <!DOCTYPE ...>.
// Returns "!doctype html" for an HTML doctype, "" when there is none in `s`.
std::string FirstElementName(std::string_view s) {
  size_t i = 0;
  while (true) {
    while (i < s.size() && IsAsciiSpace(s[i])) ++i;
    if (i >= s.size() || s[i] != '<') return "";
    if (s.substr(i, 4) == "<!--") {
      const size_t end = s.find("-->", i + 4);
      if (end == std::string_view::npos) return "";
      i = end + 3;
      continue;
    }
    if (s.substr(i, 2) == "<?" || s.substr(i, 2) == "<!") {
      if (StartsWithIgnoreCase(s.substr(i), "<!doctype html")) return "!doctype html";
      const size_t end = s.find('>', i);
      if (end == std::string_view::npos) return "";
      i = end + 1;
      continue;
    }
    size_t j = i + 1;
    while (j < s.size() && !IsAsciiSpace(s[j]) && s[j] != '>' && s[j] != '/') ++j;
    return std::string(s.substr(i + 1, j - i - 1));
  }
}

std::optional<SourceFormat> FormatFromElement(std::string_view name) {
  const std::string lower = AsciiLower(name);
  if (lower == "rss" || lower == "feed" || lower == "rdf:rdf" ||
      (lower.size() > 4 && lower.substr(lower.size() - 4) == ":rdf")) {
    return SourceFormat::kFeed;
  }
  static constexpr std::array<std::string_view, 10> kHtml = {
      "!doctype html", "html", "head", "body", "p", "div", "article", "meta", "title", "h1"};
  for (std::string_view h : kHtml) {
    if (lower == h) return SourceFormat::kHtml;
  }
  return std::nullopt;
}

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}

std::optional<SourceFormat> FormatFromExtension(std::string_view path) {
  if (EndsWithIgnoreCase(path, ".gz")) path.remove_suffix(3);
  struct Ext {
    std::string_view ext;
    SourceFormat format;
  };
  static constexpr std::array<Ext, 11> kExts = {{{".txt", SourceFormat::kPlainText},
                                                 {".text", SourceFormat::kPlainText},
                                                 {".html", SourceFormat::kHtml},
                                                 {".htm", SourceFormat::kHtml},
                                                 {".xhtml", SourceFormat::kHtml},
                                                 {".jsonl", SourceFormat::kJsonl},
                                                 {".ndjson", SourceFormat::kJsonl},
                                                 {".warc", SourceFormat::kWarc},
                                                 {".rss", SourceFormat::kFeed},
                                                 {".atom", SourceFormat::kFeed},
                                                 {".xml", SourceFormat::kFeed}}};
  for (const Ext& e : kExts) {
    if (EndsWithIgnoreCase(path, e.ext)) return e.format;
  }
  return std::nullopt;
}

bool LooksLikeText(std::string_view head) {
  if (head.empty()) return false;
  for (char ch : head) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') return false;
    if (c == 0x7f) return false;
  }
  return true;
}

}  // namespace

std::optional<SourceFormat> DetectFormat(std::string_view path, std::string_view head) {
  if (HasGzipMagic(head)) {
    if (EndsWithIgnoreCase(path, ".warc.gz")) return SourceFormat::kWarc;
    return std::nullopt;  // callers decompress other gzip files before detecting
  }
  const std::string_view s = SkipBomAndSpace(head);
  if (IsSeedHeader(s)) return SourceFormat::kSeedText;
  if (s.substr(0, 7) == "WARC/1.") return SourceFormat::kWarc;
  if (!s.empty() && s[0] == '<') {
    if (auto f = FormatFromElement(FirstElementName(s))) return f;
  }
  if (!s.empty() && s[0] == '{') return SourceFormat::kJsonl;
  if (auto f = FormatFromExtension(path)) return f;
  if (LooksLikeText(head)) return SourceFormat::kPlainText;
  return std::nullopt;
}

}  // namespace newsloom
