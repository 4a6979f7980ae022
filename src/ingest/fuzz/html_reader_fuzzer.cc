// Fuzzes HtmlReader: charset sniffing and decoding, extraction, offset mapping.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/collecting_sink.h"
#include "ingest/html_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const newsloom::HtmlReader* reader = new newsloom::HtmlReader();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  newsloom::StatusOr<newsloom::RawDocument> doc = reader->Parse(bytes);
  if (doc.ok()) {
    // Every text offset must map inside the input.
    for (uint32_t i = 0; i <= doc->text.size(); i += 7) {
      if (doc->text_to_original.ToSource(i) > size + 3 * doc->text.size()) __builtin_trap();
    }
  }
  newsloom::CollectingSink sink;
  reader->Read("fuzz.html", bytes, &sink).IgnoreError();
  return 0;
}
