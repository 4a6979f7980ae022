#include "ingest/source_names.h"

#include "core/strings.h"

namespace newsloom {

std::string SourceStem(std::string_view source) {
  if (source == "-") return "stdin";
  if (IsHttpUrl(source)) return UrlHost(source);
  const size_t slash = source.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? source : source.substr(slash + 1);
  if (name.size() > 3 && EqualsIgnoreCase(name.substr(name.size() - 3), ".gz")) {
    name.remove_suffix(3);
  }
  const size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return std::string(name);
}

std::string RecordSource(std::string_view source, int64_t record) {
  std::string out(source);
  out += '#';
  out += std::to_string(record);
  return out;
}

bool IsHttpUrl(std::string_view s) {
  return StartsWithIgnoreCase(s, "http://") || StartsWithIgnoreCase(s, "https://");
}

std::string UrlHost(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (const size_t at = rest.rfind('@'); at != std::string_view::npos) rest = rest.substr(at + 1);
  if (!rest.empty() && rest[0] == '[') {  // IPv6 literal
    const size_t close = rest.find(']');
    return AsciiLower(rest.substr(0, close == std::string_view::npos ? rest.size() : close + 1));
  }
  return AsciiLower(rest.substr(0, rest.find(':')));
}

}  // namespace newsloom
