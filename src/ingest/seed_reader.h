// SeedReader: the project's seed article files, " date YYYY-MM <article text>".
//
// The header (optional BOM and leading whitespace, "date", a year-month, and the whitespace
// after it) gives `published` at month precision and is removed from `text`;
// text_to_original maps offsets in `text` to bytes of the file, so text offset 0 is the byte
// after the header. The title is guessed as for plain text (GuessHeadline).
//
// Thread safety: Parse/Read are const and safe to call concurrently.
#ifndef NEWSLOOM_INGEST_SEED_READER_H_
#define NEWSLOOM_INGEST_SEED_READER_H_

#include <string>
#include <string_view>

#include "core/status.h"
#include "ingest/document_sink.h"
#include "ingest/raw_document.h"
#include "ingest/reader_common.h"

namespace newsloom {

struct SeedReaderOptions {
  // Files larger than this are rejected. Default 8 MiB.
  size_t max_document_bytes = kDefaultMaxDocumentBytes;
};

class SeedReader {
 public:
  explicit SeedReader(SeedReaderOptions options = {});

  // The document without source fields. InvalidArgument when the header is missing or
  // names an impossible month, when no text follows it, or over the size limit.
  StatusOr<RawDocument> Parse(std::string_view bytes) const;

  // Parses and accepts with id = SourceStem(source), or rejects `source`. Returns OK.
  Status Read(const std::string& source, std::string_view bytes, DocumentSink* sink) const;

 private:
  SeedReaderOptions options_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_SEED_READER_H_
