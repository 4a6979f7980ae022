// Parsing of untrusted request targets ("/api/stories?country=KG&page=2"): the path is checked
// before any lookup and the query string split into parameters.
//
// Refused (InvalidArgument, the server answers 400), on the raw target and again after
// decoding: a target that does not start with '/', a NUL byte (raw or %00), a backslash (raw
// or %5C), an encoded slash (%2F), a ".." path segment (also written %2e%2e, .%2E, ...),
// control characters, malformed percent escapes, invalid UTF-8 after decoding, and targets
// over 8 KiB. Query values are percent-decoded with '+' as space; a parameter given twice keeps
// its first value (QueryParams::Get); a key without '=' has the value "".
//
// Thread safety: pure functions.
#ifndef NEWSLOOM_SERVER_REQUEST_TARGET_H_
#define NEWSLOOM_SERVER_REQUEST_TARGET_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace newsloom {

class QueryParams {
 public:
  void Add(std::string key, std::string value) {
    params_.emplace_back(std::move(key), std::move(value));
  }
  // The first value of `key`; nullopt when absent.
  std::optional<std::string> Get(std::string_view key) const;
  // The first value, or "" when absent.
  std::string GetOr(std::string_view key, std::string_view fallback = "") const;
  // A whole number in [min, max]; `fallback` when absent or empty; InvalidArgument naming the
  // parameter otherwise.
  StatusOr<int64_t> GetInt(std::string_view key, int64_t fallback, int64_t min, int64_t max) const;
  size_t size() const { return params_.size(); }

 private:
  std::vector<std::pair<std::string, std::string>> params_;
};

struct RequestTarget {
  std::string path;  // percent-decoded, validated; always starts with '/'
  QueryParams query;
};

inline constexpr size_t kMaxTargetBytes = 8192;

StatusOr<RequestTarget> ParseRequestTarget(std::string_view target);

// Decodes %XX escapes (and '+' as space when `plus_is_space`); InvalidArgument for a malformed
// escape.
StatusOr<std::string> PercentDecode(std::string_view s, bool plus_is_space);

}  // namespace newsloom

#endif  // NEWSLOOM_SERVER_REQUEST_TARGET_H_
