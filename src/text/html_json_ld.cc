#include "text/html_json_ld.h"

#include <simdjson.h>

#include <string>

#include "core/strings.h"

namespace newsloom {
namespace {

// Nesting deeper than this is not searched (JSON-LD is shallow; this bounds the recursion).
constexpr int kMaxDepth = 32;
constexpr size_t kMaxJsonBytes = 1u << 20;

constexpr std::string_view kArticleTypes[] = {
    "NewsArticle",          "Article",
    "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle",   "BackgroundNewsArticle",
    "ReviewNewsArticle",    "BlogPosting",
    "LiveBlogPosting",      "Report",
    "ScholarlyArticle",     "SocialMediaPosting",
};

bool IsArticleType(std::string_view type) {
  // "https://schema.org/NewsArticle" and "schema:NewsArticle" name the same type.
  if (size_t cut = type.find_last_of("/:"); cut != std::string_view::npos) {
    type = type.substr(cut + 1);
  }
  for (std::string_view t : kArticleTypes) {
    if (type == t) return true;
  }
  return false;
}

bool HasArticleType(simdjson::dom::object object) {
  simdjson::dom::element type;
  if (object["@type"].get(type) != simdjson::SUCCESS) return false;
  std::string_view name;
  if (type.get(name) == simdjson::SUCCESS) return IsArticleType(name);
  simdjson::dom::array types;
  if (type.get(types) != simdjson::SUCCESS) return false;
  for (simdjson::dom::element t : types) {
    if (t.get(name) == simdjson::SUCCESS && IsArticleType(name)) return true;
  }
  return false;
}

struct Found {
  std::optional<FuzzyDate> article;  // From an article-typed object.
  std::optional<FuzzyDate> other;    // From any other object.
};

void Search(simdjson::dom::element element, int depth, Found* found) {
  if (depth > kMaxDepth || found->article) return;
  simdjson::dom::array array;
  if (element.get(array) == simdjson::SUCCESS) {
    for (simdjson::dom::element child : array) Search(child, depth + 1, found);
    return;
  }
  simdjson::dom::object object;
  if (element.get(object) != simdjson::SUCCESS) return;
  std::string_view date;
  if (object["datePublished"].get(date) == simdjson::SUCCESS) {
    std::optional<FuzzyDate> parsed = FuzzyDate::Parse(date);
    if (parsed && HasArticleType(object)) {
      found->article = parsed;
      return;
    }
    if (parsed && !found->other) found->other = parsed;
  }
  for (auto [key, value] : object) Search(value, depth + 1, found);
}

std::optional<FuzzyDate> TolerantScan(std::string_view json) {
  constexpr std::string_view kKey = "\"datePublished\"";
  for (size_t pos = json.find(kKey); pos != std::string_view::npos;
       pos = json.find(kKey, pos + kKey.size())) {
    size_t i = pos + kKey.size();
    while (i < json.size() && IsAsciiSpace(json[i])) ++i;
    if (i >= json.size() || json[i] != ':') continue;
    ++i;
    while (i < json.size() && IsAsciiSpace(json[i])) ++i;
    if (i >= json.size() || json[i] != '"') continue;
    const size_t end = json.find('"', i + 1);
    if (end == std::string_view::npos) return std::nullopt;
    if (auto date = FuzzyDate::Parse(json.substr(i + 1, end - i - 1))) return date;
  }
  return std::nullopt;
}

}  // namespace

std::optional<FuzzyDate> JsonLdPublished(std::string_view json) {
  if (json.size() > kMaxJsonBytes) json = json.substr(0, kMaxJsonBytes);
  if (json.find("datePublished") == std::string_view::npos) return std::nullopt;
  simdjson::dom::parser parser;
  const simdjson::padded_string padded(json.data(), json.size());
  simdjson::dom::element root;
  if (parser.parse(padded).get(root) == simdjson::SUCCESS) {
    Found found;
    Search(root, 0, &found);
    if (found.article) return found.article;
    if (found.other) return found.other;
  }
  return TolerantScan(json);
}

}  // namespace newsloom
