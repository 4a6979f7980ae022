// Fuzzes WarcReader on plain archives and, when the first byte is odd, on the rest of the
// input gzip-compressed (so the record parser is reached through the gzip path too).
#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "ingest/collecting_sink.h"
#include "ingest/test_util.h"
#include "ingest/warc_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const newsloom::WarcReader* reader = [] {
    newsloom::WarcReaderOptions options;
    options.max_document_bytes = 1 << 20;
    return new newsloom::WarcReader(options);
  }();
  if (size == 0) return 0;
  std::string input(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] & 1) input = newsloom::testing_util::GzipCompress(input);
  if (data[0] & 2) input = input.substr(0, input.size() - input.size() / 7);  // truncate
  newsloom::CollectingSink sink;
  reader->ReadBytes("fuzz.warc", input, &sink).IgnoreError();
  return 0;
}
