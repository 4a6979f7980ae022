// Fuzzes JsonlReader (line splitting, simdjson, raw-string offsets) with a small line limit so
// the too-long path is reached.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ingest/collecting_sink.h"
#include "ingest/jsonl_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const newsloom::JsonlReader* reader = [] {
    newsloom::JsonlReaderOptions options;
    options.max_document_bytes = 4096;
    return new newsloom::JsonlReader(options);
  }();
  newsloom::CollectingSink sink;
  reader->ReadBytes("fuzz.jsonl", std::string(reinterpret_cast<const char*>(data), size), &sink)
      .IgnoreError();
  for (const newsloom::RawDocument& doc : sink.documents()) {
    if (doc.text_to_original.ToSource(0) > doc.original_bytes) __builtin_trap();
  }
  return 0;
}
