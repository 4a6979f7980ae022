// TextReader: a plain-text file holding one article.
//
// The text is decoded to UTF-8 (a BOM, else valid UTF-8, else charset detection) and kept
// whole: a headline line stays in the text and is also copied to `title`. No date.
// text_to_original maps into the file's bytes (see ingest/decoded_offsets.h for how exact).
//
// Thread safety: Parse/Read are const and safe to call concurrently.
#ifndef NEWSLOOM_INGEST_TEXT_READER_H_
#define NEWSLOOM_INGEST_TEXT_READER_H_

#include <string>
#include <string_view>

#include "core/status.h"
#include "ingest/document_sink.h"
#include "ingest/raw_document.h"
#include "ingest/reader_common.h"

namespace newsloom {

struct TextReaderOptions {
  // Files larger than this are rejected. Default 8 MiB.
  size_t max_document_bytes = kDefaultMaxDocumentBytes;
};

// The headline of a plain-text article, "" if none. Looks at the leading short lines (at most
// 5, before the first line that reads as body text: over 200 bytes or 30 words, or ending in
// '.', ',', ';', ':' or '。') and picks the longest that looks like a headline: at least 3
// words (or 8 characters of a script written without spaces), no final period, and followed
// by more text. Navigation crumbs such as "Breaking News" are passed over that way.
std::string GuessHeadline(std::string_view text);

class TextReader {
 public:
  explicit TextReader(TextReaderOptions options = {});

  // The document without source fields (id, source, format, record). InvalidArgument for
  // an empty or blank file, binary data (see LooksBinary) or one over the size limit.
  StatusOr<RawDocument> Parse(std::string_view bytes) const;

  // Parses `bytes` read from `source` (a path, "-" or URL) and accepts the document with id =
  // SourceStem(source), or rejects `source`. Returns OK (errors go to the sink).
  Status Read(const std::string& source, std::string_view bytes, DocumentSink* sink) const;

 private:
  TextReaderOptions options_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_TEXT_READER_H_
