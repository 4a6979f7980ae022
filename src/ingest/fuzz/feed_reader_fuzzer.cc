// Fuzzes FeedReader (libxml2 in recovery mode, item extraction, HTML fragments), with file
// and URL ids.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/collecting_sink.h"
#include "ingest/feed_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const newsloom::FeedReader* reader = new newsloom::FeedReader();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  newsloom::CollectingSink sink;
  reader->Read(size % 2 ? "fuzz.xml" : "https://fuzz.example/rss", bytes, &sink).IgnoreError();
  return 0;
}
