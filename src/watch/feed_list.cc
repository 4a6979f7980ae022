#include "watch/feed_list.h"

#include <map>

#include "core/strings.h"
#include "fmt/format.h"
#include "watch/duration.h"

namespace newsloom {
namespace {

constexpr std::string_view kDirPrefix = "dir:";

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// Splits a line into fields separated by blanks; a field starting with '#' ends the line.
std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && IsBlank(line[i])) ++i;
    if (i == line.size() || line[i] == '#') break;
    const size_t start = i;
    while (i < line.size() && !IsBlank(line[i])) ++i;
    out.push_back(line.substr(start, i - start));
  }
  return out;
}

// Returns "" when `line` has no control characters, else a message.
std::string CheckCharacters(std::string_view line) {
  for (char c : line) {
    const auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t') || u == 0x7f) {
      return fmt::format("control character 0x{:02x} in line", u);
    }
  }
  return "";
}

// Fills `source` from the first field; returns "" or a message.
std::string ParseLocation(std::string_view field, WatchSource* source) {
  const size_t scheme_end = field.find("://");
  if (StartsWithIgnoreCase(field, "http://") || StartsWithIgnoreCase(field, "https://")) {
    if (HostKey(field).empty()) return fmt::format("feed URL without a host: {}", field);
    source->kind = WatchSource::Kind::kFeed;
    source->location = std::string(field);
    return "";
  }
  if (scheme_end != std::string_view::npos && field.substr(0, kDirPrefix.size()) != kDirPrefix) {
    return fmt::format("unsupported URL scheme \"{}\" (only http and https feeds)",
                       field.substr(0, scheme_end));
  }
  std::string_view path = field;
  if (path.substr(0, kDirPrefix.size()) == kDirPrefix) path.remove_prefix(kDirPrefix.size());
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  if (path.empty()) return "dir: without a directory path";
  source->kind = WatchSource::Kind::kWarcDir;
  source->location = std::string(path);
  return "";
}

// Applies one key=value setting; returns "" or a message.
std::string ParseSetting(std::string_view field, WatchSource* source) {
  const size_t eq = field.find('=');
  if (eq == std::string_view::npos) {
    return fmt::format("expected key=value after the source, found \"{}\"", field);
  }
  const std::string_view key = field.substr(0, eq);
  const std::string_view value = field.substr(eq + 1);
  if (key == "every") {
    StatusOr<int64_t> every = ParseDuration(value);
    if (!every.ok()) return std::string(MessageOf(every.status()));
    source->every_micros = *every;
    return "";
  }
  return fmt::format("unknown setting \"{}\" (known: every)", key);
}

// Parses one non-blank, non-comment line; returns "" or a message.
std::string ParseLine(std::string_view line, WatchSource* source) {
  if (line.size() > kMaxFeedListLineBytes) {
    return fmt::format("line longer than {} bytes", kMaxFeedListLineBytes);
  }
  if (std::string bad = CheckCharacters(line); !bad.empty()) return bad;
  const std::vector<std::string_view> fields = Fields(line);
  if (fields.empty()) return "";
  if (std::string bad = ParseLocation(fields[0], source); !bad.empty()) return bad;
  for (size_t i = 1; i < fields.size(); ++i) {
    if (std::string bad = ParseSetting(fields[i], source); !bad.empty()) return bad;
  }
  return "";
}

}  // namespace

std::string WatchSource::Name() const {
  return kind == Kind::kFeed ? location : std::string(kDirPrefix) + location;
}

FeedList ParseFeedList(std::string_view name, std::string_view text) {
  FeedList out;
  std::map<std::string, int> first_line;  // Name() -> line
  int line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);  // BOM
    if (Fields(line).empty() && line.size() <= kMaxFeedListLineBytes) continue;
    WatchSource source;
    source.line = line_no;
    std::string error = ParseLine(line, &source);
    if (error.empty() && out.sources.size() >= kMaxFeedListSources) {
      error = fmt::format("more than {} sources", kMaxFeedListSources);
    }
    if (error.empty()) {
      auto [it, inserted] = first_line.emplace(source.Name(), line_no);
      if (!inserted)
        error = fmt::format("{} is listed twice (first on line {})", source.Name(), it->second);
    }
    if (!error.empty()) {
      out.errors.push_back(fmt::format("{}:{}: {}", name, line_no, error));
      continue;
    }
    out.sources.push_back(std::move(source));
  }
  return out;
}

StatusOr<FeedList> ReadFeedList(Env* env, const std::string& path) {
  std::string text;
  NL_RETURN_IF_ERROR(env->ReadFile(path, &text, 16u << 20));
  return ParseFeedList(path, text);
}

std::string HostKey(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (const size_t at = rest.rfind('@'); at != std::string_view::npos) rest.remove_prefix(at + 1);
  std::string_view host = rest;
  std::string_view port;
  if (!host.empty() && host.front() == '[') {  // IPv6 literal
    const size_t close = host.find(']');
    if (close == std::string_view::npos) return "";
    port = host.substr(close + 1);
    host = host.substr(0, close + 1);
  } else if (const size_t colon = host.find(':'); colon != std::string_view::npos) {
    port = host.substr(colon);
    host = host.substr(0, colon);
  }
  if (host.empty() || host == "[]") return "";
  if (port == ":") port = "";
  return AsciiLower(host) + std::string(port);
}

}  // namespace newsloom
