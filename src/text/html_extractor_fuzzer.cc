// Fuzzes HtmlExtractor::Extract: must not crash or hang on any bytes; when it succeeds, the
// text must be non-empty valid UTF-8 and every anchor must point inside the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/charset.h"
#include "text/html_extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  static const newsloom::HtmlExtractor extractor;
  auto content = extractor.Extract(html);
  if (!content.ok()) return 0;
  if (content->text.empty()) std::abort();
  for (const auto& [derived, source] : content->text_to_html.anchors()) {
    if (derived > content->text.size() || source > size) std::abort();
  }
  // Extracted text is valid UTF-8 whatever the input.
  if (!newsloom::IsValidUtf8(content->text)) std::abort();
  return 0;
}
