// The transport-neutral request and response the Api (server/api.h) maps between, so request
// handling is tested without sockets and HttpServer (server/http_server.h) only adapts them.
#ifndef NEWSLOOM_SERVER_API_TYPES_H_
#define NEWSLOOM_SERVER_API_TYPES_H_

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace newsloom {

struct ApiRequest {
  std::string method;  // "GET", "HEAD", "POST", ... (upper case)
  // The raw request target as sent: path and query, still percent-encoded ("/api/stories?q=a").
  std::string target;
  // Header names as sent; looked up case-insensitively (Header()).
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  std::string remote_addr;  // client address, the key of the rate limits

  // The first value of header `name` (case-insensitive); "" when absent.
  std::string_view Header(std::string_view name) const;
};

// Writes one chunk of a streamed body; a non-OK status stops the stream.
using ChunkSink = std::function<Status(std::string_view chunk)>;

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  // Extra headers (Retry-After, Cache-Control, ETag, Allow, WWW-Authenticate, ...).
  std::vector<std::pair<std::string, std::string>> headers;
  // When set, the body is produced by this instead of `body` (large exports), after the
  // handler returned; it may run on another thread than Handle did.
  std::function<Status(const ChunkSink&)> stream;

  // The value of header `name` set on this response (case-insensitive); "" when absent.
  std::string_view Header(std::string_view name) const;
  // Runs `stream` (if any) into `body` — for tests and small transports.
  Status Materialize();
};

// {"error": {"code": status, "message": message}} with `status`.
ApiResponse JsonError(int status, std::string_view message);

}  // namespace newsloom

#endif  // NEWSLOOM_SERVER_API_TYPES_H_
