// HttpFetcher: GETs feeds (and pages) over http(s) with libcurl — the only network access in
// Newsloom.
//
// Follows redirects (at most max_redirects, http and https only), asks for gzip/deflate and
// decodes it, applies connect and total timeouts, identifies itself as "Newsloom/<version>",
// and makes conditional GETs: validators (ETag, Last-Modified) of earlier 200 responses come
// from a ValidatorCache, and a 304 answer is a success with not_modified set and no body.
//
// Errors (messages do not repeat the URL; callers name it): HTTP statuses >= 400 as
// "HTTP <code>" with NotFound for 404/410, PermissionDenied for 401/403, Unavailable for
// 429 and 5xx, InvalidArgument for other 4xx; DeadlineExceeded for timeouts; Unavailable for
// connection failures and too many redirects; FailedPrecondition for a body over
// max_response_bytes; InvalidArgument for URLs that are not http(s).
//
// Thread safety: Fetch is const and safe to call concurrently (one curl handle per call);
// the ValidatorCache must be thread-safe.
#ifndef NEWSLOOM_INGEST_HTTP_FETCHER_H_
#define NEWSLOOM_INGEST_HTTP_FETCHER_H_

#include <cstdint>
#include <memory>
#include <string>

#include "core/status.h"
#include "ingest/validator_cache.h"

struct curl_slist;

namespace newsloom {

// "Newsloom/<project version>".
std::string DefaultUserAgent();

struct HttpFetcherOptions {
  // Time allowed to establish the connection. Default 10 s.
  int64_t connect_timeout_ms = 10000;
  // Time allowed for the whole transfer, redirects included. Default 30 s.
  int64_t timeout_ms = 30000;
  // Redirects followed before giving up. Default 5.
  int max_redirects = 5;
  // User-Agent header. Default "Newsloom/<version>".
  std::string user_agent = DefaultUserAgent();
  // Largest (decoded) body accepted. Default 64 MiB.
  size_t max_response_bytes = 64u << 20;
  // Send If-None-Match / If-Modified-Since from the validator cache. Default true.
  bool conditional_get = true;
};

struct HttpFetchResult {
  int status = 0;             // final HTTP status: 200..299 or 304
  bool not_modified = false;  // 304: the cached validators still hold; body is empty
  std::string final_url;      // after redirects
  std::string content_type;   // Content-Type of the final response, "" when absent
  std::string body;           // with the Content-Encoding removed
  HttpValidators validators;  // from the final response
};

class HttpFetcher {
 public:
  // `cache` is not owned and must outlive the fetcher; null uses an in-memory cache owned
  // by the fetcher (so conditional GETs work for as long as the fetcher lives).
  explicit HttpFetcher(HttpFetcherOptions options = {}, ValidatorCache* cache = nullptr);

  StatusOr<HttpFetchResult> Fetch(const std::string& url) const;

  ValidatorCache* validator_cache() const { return cache_; }

 private:
  // If-None-Match / If-Modified-Since for `url`, null when there are none.
  curl_slist* ConditionalHeaders(const std::string& url) const;

  HttpFetcherOptions options_;
  std::unique_ptr<ValidatorCache> owned_cache_;
  ValidatorCache* cache_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_HTTP_FETCHER_H_
