#include "server/request_target.h"

#include <charconv>

#include "core/strings.h"
#include "fmt/format.h"
#include "text/utf8.h"

namespace newsloom {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Status Bad(std::string_view why) {
  return absl::InvalidArgumentError(fmt::format("bad request path: {}", why));
}

// Checks a path (raw or decoded) for traversal and forbidden bytes.
Status CheckPath(std::string_view path, bool decoded) {
  if (path.empty() || path[0] != '/') return Bad("must start with '/'");
  for (char c : path) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u == 0) return Bad("NUL byte");
    if (u < 0x20 || u == 0x7f) return Bad("control character");
    if (c == '\\') return Bad("backslash");
  }
  if (!decoded) {
    // Encoded slashes, backslashes and NULs are refused before decoding.
    for (size_t i = 0; i + 2 < path.size(); ++i) {
      if (path[i] != '%') continue;
      const std::string_view esc = path.substr(i + 1, 2);
      if (EqualsIgnoreCase(esc, "2f")) return Bad("encoded slash");
      if (EqualsIgnoreCase(esc, "5c")) return Bad("encoded backslash");
      if (esc == "00") return Bad("NUL byte");
    }
  }
  for (std::string_view segment : SplitView(path.substr(1), '/')) {
    if (segment == ".." || segment == ".") return Bad("'.' or '..' segment");
    if (!decoded) {
      // "%2e%2e", ".%2E", ... : a segment that decodes to "." or "..".
      StatusOr<std::string> d = PercentDecode(segment, false);
      if (d.ok() && (*d == ".." || *d == ".")) return Bad("encoded '..' segment");
    }
  }
  return absl::OkStatus();
}

Status ParseQuery(std::string_view query, QueryParams* out) {
  if (query.empty()) return absl::OkStatus();
  for (std::string_view part : SplitView(query, '&')) {
    if (part.empty()) continue;
    const size_t eq = part.find('=');
    NL_ASSIGN_OR_RETURN(std::string key, PercentDecode(part.substr(0, eq), true));
    std::string value;
    if (eq != std::string_view::npos) {
      NL_ASSIGN_OR_RETURN(value, PercentDecode(part.substr(eq + 1), true));
    }
    if (!text_analysis::IsWellFormedUtf8(key) || !text_analysis::IsWellFormedUtf8(value)) {
      return absl::InvalidArgumentError("bad query string: invalid UTF-8");
    }
    if (key.find('\0') != std::string::npos || value.find('\0') != std::string::npos) {
      return absl::InvalidArgumentError("bad query string: NUL byte");
    }
    out->Add(std::move(key), std::move(value));
  }
  return absl::OkStatus();
}

}  // namespace

std::optional<std::string> QueryParams::Get(std::string_view key) const {
  for (const auto& [k, v] : params_) {
    if (k == key) return v;
  }
  return std::nullopt;
}

std::string QueryParams::GetOr(std::string_view key, std::string_view fallback) const {
  std::optional<std::string> v = Get(key);
  return v ? *v : std::string(fallback);
}

StatusOr<int64_t> QueryParams::GetInt(std::string_view key, int64_t fallback, int64_t min,
                                      int64_t max) const {
  std::optional<std::string> v = Get(key);
  if (!v || v->empty()) return fallback;
  int64_t n = 0;
  const char* end = v->data() + v->size();
  auto [ptr, ec] = std::from_chars(v->data(), end, n);
  if (ec != std::errc() || ptr != end) {
    return absl::InvalidArgumentError(fmt::format("{} must be a whole number", key));
  }
  if (n < min || n > max) {
    return absl::InvalidArgumentError(fmt::format("{} must be between {} and {}", key, min, max));
  }
  return n;
}

StatusOr<std::string> PercentDecode(std::string_view s, bool plus_is_space) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else if (c != '%') {
      out.push_back(c);
    } else {
      if (i + 2 >= s.size()) return absl::InvalidArgumentError("malformed percent escape");
      const int a = HexValue(s[i + 1]), b = HexValue(s[i + 2]);
      if (a < 0 || b < 0) return absl::InvalidArgumentError("malformed percent escape");
      out.push_back(static_cast<char>(a * 16 + b));
      i += 2;
    }
  }
  return out;
}

StatusOr<RequestTarget> ParseRequestTarget(std::string_view target) {
  if (target.size() > kMaxTargetBytes) return Bad("longer than 8 KiB");
  const size_t q = target.find('?');
  std::string_view raw_path = target.substr(0, q);
  if (const size_t hash = raw_path.find('#'); hash != std::string_view::npos) {
    raw_path = raw_path.substr(0, hash);
  }
  NL_RETURN_IF_ERROR(CheckPath(raw_path, false));
  RequestTarget out;
  StatusOr<std::string> path = PercentDecode(raw_path, false);
  if (!path.ok()) return Bad("malformed percent escape");
  if (!text_analysis::IsWellFormedUtf8(*path)) return Bad("invalid UTF-8");
  NL_RETURN_IF_ERROR(CheckPath(*path, true));
  out.path = std::move(*path);
  if (q != std::string_view::npos) {
    std::string_view query = target.substr(q + 1);
    query = query.substr(0, query.find('#'));
    NL_RETURN_IF_ERROR(ParseQuery(query, &out.query));
  }
  return out;
}

}  // namespace newsloom
