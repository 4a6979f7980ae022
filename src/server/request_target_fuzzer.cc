// libFuzzer target: request targets and query strings (server/request_target.h) — untrusted
// bytes from the request line. Checks that nothing crashes and that an accepted path never
// holds a traversal segment, NUL or backslash.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "server/request_target.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  newsloom::StatusOr<newsloom::RequestTarget> t = newsloom::ParseRequestTarget(input);
  if (!t.ok()) return 0;
  const std::string& p = t->path;
  if (p.empty() || p[0] != '/' || p.find('\0') != std::string::npos ||
      p.find('\\') != std::string::npos || p.find("/../") != std::string::npos ||
      (p.size() >= 3 && p.compare(p.size() - 3, 3, "/..") == 0)) {
    std::abort();
  }
  (void)t->query.GetInt("page", 1, 1, 1000);
  (void)t->query.GetOr("q");
  return 0;
}
