// WarcReader: web archives (WARC/1.0 and WARC/1.1), plain or gzip (one member per record, as
// Common Crawl writes them, or the whole file in one member). Archives are streamed: a 1 GB
// CC-NEWS file is read record by record and only HTML payloads are held in memory.
//
// Records read:
//   - response records (Content-Type application/http; msgtype=response) whose HTTP status
//     is 200 and whose payload is text/html or application/xhtml+xml (or has no
//     Content-Type but starts like HTML); chunked and gzip/deflate HTTP codings are undone;
//   - resource records whose Content-Type is HTML.
// Everything else (requests, metadata, warcinfo, redirects, images, PDFs) is skipped
// silently. Each document gets:
//   id      "<stem>:<k>", k = 1-based index of the record among the file's response and
//           resource records (skipped ones included, so ids do not depend on filtering)
//   record  k; source "<path>#<k>"
//   url     WARC-Target-URI; published from the page, else the WARC-Date (day precision)
//   charset from the HTTP Content-Type header, else the page's own declaration
//   text_to_original  offsets into the HTTP entity body (after de-chunking/decompression)
//
// Errors: a page that yields no text, or a payload over max_document_bytes, is rejected
// with record k. Damage to the archive itself (truncated or corrupt gzip, a record that is
// not WARC, a bad Content-Length, a truncated record) is rejected with record 0 and a
// message giving the offset of the record in the uncompressed stream (and the compressed
// offset for gzip errors); reading stops there and the documents read before are kept.
//
// Thread safety: Read/ReadBytes are const and safe to call concurrently.
#ifndef NEWSLOOM_INGEST_WARC_READER_H_
#define NEWSLOOM_INGEST_WARC_READER_H_

#include <string>
#include <string_view>

#include "core/env.h"
#include "core/status.h"
#include "ingest/document_sink.h"
#include "ingest/html_reader.h"
#include "ingest/reader_common.h"

namespace newsloom {

struct WarcReaderOptions {
  // Largest HTML payload read; larger ones are rejected (and skipped). Default 8 MiB.
  size_t max_document_bytes = kDefaultMaxDocumentBytes;
  // Largest WARC header block, and slack allowed for HTTP headers. Default 64 KiB.
  size_t max_header_bytes = 64 << 10;
  HtmlReaderOptions html;  // its max_document_bytes is set from the field above
};

class WarcReader {
 public:
  explicit WarcReader(WarcReaderOptions options = {});

  // Streams records from `in`, which may be gzip-compressed (detected by magic bytes).
  // Returns OK (errors go to the sink).
  Status Read(const std::string& source, SequentialFile* in, DocumentSink* sink) const;
  // Same over bytes in memory.
  Status ReadBytes(const std::string& source, std::string_view bytes, DocumentSink* sink) const;

 private:
  class RecordLoop;

  WarcReaderOptions options_;
  HtmlReader html_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_WARC_READER_H_
