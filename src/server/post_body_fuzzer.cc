// libFuzzer target: POST /api/articles bodies (server/post_body.h). Checks that nothing
// crashes, that records are numbered from 1, and that every document has an id and text.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "server/post_body.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  newsloom::StatusOr<newsloom::PostedArticles> p = newsloom::ParsePostBody(input);
  if (!p.ok()) return 0;
  for (const newsloom::RawDocument& d : p->documents) {
    if (d.id.empty() || d.text.empty() || d.record < 1) std::abort();
  }
  for (const newsloom::Rejection& r : p->rejections) {
    if (r.record < 1) std::abort();
  }
  return 0;
}
