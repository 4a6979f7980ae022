// Parsing the HTTP responses stored in WARC response records, and Content-Type values.
#ifndef NEWSLOOM_INGEST_HTTP_RESPONSE_H_
#define NEWSLOOM_INGEST_HTTP_RESPONSE_H_

#include <string>
#include <string_view>

#include "core/status.h"

namespace newsloom {

struct HttpResponseMessage {
  int status = 0;                // 200
  std::string content_type;      // the Content-Type header as sent, "" when absent
  std::string content_encoding;  // lower case, "" when absent
  std::string body;              // entity body: de-chunked and decompressed
};

// Parses "HTTP/1.x NNN reason\r\n" + headers + "\r\n" + body (bare "\n" line ends are
// accepted). A chunked Transfer-Encoding is removed (a malformed one leaves the body as is),
// and a gzip/deflate Content-Encoding is decompressed up to `max_body_bytes`.
// InvalidArgument for a missing status line or unterminated headers; DataLoss for a corrupt
// compressed body; FailedPrecondition when the body inflates past `max_body_bytes`.
StatusOr<HttpResponseMessage> ParseHttpResponse(std::string_view message, size_t max_body_bytes);

// "text/html; charset=Windows-1251" -> "text/html" (lower case, parameters removed).
std::string MimeType(std::string_view content_type);
// "text/html; charset=\"Windows-1251\"" -> "windows-1251"; "" when there is none.
std::string CharsetParameter(std::string_view content_type);
// True for text/html and application/xhtml+xml.
bool IsHtmlMimeType(std::string_view mime);

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_HTTP_RESPONSE_H_
