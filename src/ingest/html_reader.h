// HtmlReader: one HTML page -> its article (text/html_extractor.h does the extraction).
//
// Charset: the page is decoded with DecodeToUtf8, declared charset = the HTTP Content-Type
// charset when the caller has one (WARC, URL fetches), else the page's own <meta charset> /
// http-equiv / XML declaration (SniffDeclaredCharset). A UTF-8 BOM, or valid UTF-8 bytes
// under a legacy label, win over the declaration (see text/charset.h).
//
// Offsets: HtmlExtractor gives offsets into the decoded UTF-8 page; text_to_original maps
// them on to the page's original bytes. That is exact for UTF-8 pages, exact after each
// stretch of non-ASCII text for single-byte charsets and UTF-16 (so within a word or two),
// and approximate for other multi-byte charsets (Shift_JIS, GBK, ...); see
// ingest/decoded_offsets.h.
//
// Thread safety: Parse/Read are const and safe to call concurrently.
#ifndef NEWSLOOM_INGEST_HTML_READER_H_
#define NEWSLOOM_INGEST_HTML_READER_H_

#include <string>
#include <string_view>

#include "core/status.h"
#include "ingest/document_sink.h"
#include "ingest/raw_document.h"
#include "ingest/reader_common.h"
#include "text/html_extractor.h"

namespace newsloom {

struct HtmlReaderOptions {
  // Pages larger than this are rejected. Default 8 MiB.
  size_t max_document_bytes = kDefaultMaxDocumentBytes;
  // Passed to HtmlExtractor (its max_html_bytes is raised to max_document_bytes).
  HtmlExtractorOptions extractor;
};

class HtmlReader {
 public:
  explicit HtmlReader(HtmlReaderOptions options = {});

  // The document without source fields: title, published, url (canonical), lang_hint, text,
  // text_to_original, original_bytes. `http_charset` is the charset of an HTTP
  // Content-Type header, "" when there is none. InvalidArgument for an empty page, binary
  // data, a page without text (no <body>, only scripts) or one over the size limit.
  StatusOr<RawDocument> Parse(std::string_view bytes, std::string_view http_charset = "") const;

  // Parses and accepts with id = SourceStem(source), or rejects `source`. Returns OK.
  Status Read(const std::string& source, std::string_view bytes, DocumentSink* sink) const;

 private:
  HtmlReaderOptions options_;
  HtmlExtractor extractor_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_HTML_READER_H_
