#include "ingest/http_response.h"

#include "core/strings.h"
#include "ingest/gzip_file.h"

namespace newsloom {
namespace {

// Removes chunked transfer coding; false when `body` is not well-formed chunked data.
bool Dechunk(std::string_view body, std::string* out) {
  out->clear();
  size_t pos = 0;
  while (true) {
    const size_t eol = body.find('\n', pos);
    if (eol == std::string_view::npos) return false;
    std::string_view size_line = StripAsciiWhitespace(body.substr(pos, eol - pos));
    size_line = size_line.substr(0, size_line.find(';'));
    if (size_line.empty() || size_line.size() > 15) return false;
    uint64_t size = 0;
    for (char c : size_line) {
      const int h = (c >= '0' && c <= '9')   ? c - '0'
                    : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                    : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                             : -1;
      if (h < 0) return false;
      size = size * 16 + h;
    }
    pos = eol + 1;
    if (size == 0) return true;  // trailers, if any, are ignored
    if (size > body.size() - pos) return false;
    out->append(body.substr(pos, size));
    pos += size;
    if (body.substr(pos, 2) == "\r\n") {
      pos += 2;
    } else if (body.substr(pos, 1) == "\n") {
      pos += 1;
    }
  }
}

}  // namespace

std::string MimeType(std::string_view content_type) {
  return AsciiLower(StripAsciiWhitespace(content_type.substr(0, content_type.find(';'))));
}

std::string CharsetParameter(std::string_view content_type) {
  const size_t at = FindIgnoreCase(content_type, "charset=");
  if (at == std::string_view::npos) return "";
  std::string_view v = content_type.substr(at + 8);
  v = v.substr(0, v.find(';'));
  v = StripAsciiWhitespace(v);
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'')) v = v.substr(1, v.size() - 2);
  return AsciiLower(StripAsciiWhitespace(v));
}

bool IsHtmlMimeType(std::string_view mime) {
  return mime == "text/html" || mime == "application/xhtml+xml";
}

StatusOr<HttpResponseMessage> ParseHttpResponse(std::string_view message, size_t max_body_bytes) {
  if (!StartsWithIgnoreCase(message, "HTTP/")) {
    return absl::InvalidArgumentError("HTTP response without a status line");
  }
  size_t eol = message.find('\n');
  if (eol == std::string_view::npos) return absl::InvalidArgumentError("truncated HTTP response");
  HttpResponseMessage out;
  const std::string_view status_line = message.substr(0, eol);
  const size_t sp = status_line.find(' ');
  if (sp == std::string_view::npos || sp + 4 > status_line.size()) {
    return absl::InvalidArgumentError("malformed HTTP status line");
  }
  for (char c : status_line.substr(sp + 1, 3)) {
    if (c < '0' || c > '9') return absl::InvalidArgumentError("malformed HTTP status line");
    out.status = out.status * 10 + (c - '0');
  }
  bool chunked = false;
  size_t pos = eol + 1;
  while (true) {
    eol = message.find('\n', pos);
    if (eol == std::string_view::npos) {
      return absl::InvalidArgumentError("HTTP headers without an end");
    }
    std::string_view line = message.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) break;
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string_view name = StripAsciiWhitespace(line.substr(0, colon));
    const std::string_view value = StripAsciiWhitespace(line.substr(colon + 1));
    if (EqualsIgnoreCase(name, "Content-Type")) {
      out.content_type = std::string(value);
    } else if (EqualsIgnoreCase(name, "Content-Encoding")) {
      out.content_encoding = AsciiLower(value);
    } else if (EqualsIgnoreCase(name, "Transfer-Encoding")) {
      chunked = FindIgnoreCase(value, "chunked") != std::string_view::npos;
    }
  }
  std::string_view body = message.substr(pos);
  std::string dechunked;
  if (chunked && Dechunk(body, &dechunked)) body = dechunked;
  const std::string& enc = out.content_encoding;
  if (enc == "gzip" || enc == "x-gzip" || enc == "deflate") {
    NL_RETURN_IF_ERROR(InflateBuffer(body, max_body_bytes, &out.body));
  } else {
    out.body = std::string(body);
  }
  return out;
}

}  // namespace newsloom
