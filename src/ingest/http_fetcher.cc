#include "ingest/http_fetcher.h"

#include <curl/curl.h>

#include <mutex>

#include "absl/strings/cord.h"
#include "absl/strings/str_cat.h"
#include "core/strings.h"
#include "ingest/source_names.h"

#ifndef NEWSLOOM_VERSION_STRING
#define NEWSLOOM_VERSION_STRING "0"
#endif

namespace newsloom {
namespace {

struct Transfer {
  size_t max_bytes = 0;
  bool too_large = false;
  std::string body;
  HttpValidators validators;
  std::string retry_after;  // Retry-After of the final response, "" when none
};

size_t OnBody(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const size_t bytes = size * n;
  if (t->body.size() + bytes > t->max_bytes) {
    t->too_large = true;
    return 0;  // aborts the transfer
  }
  t->body.append(data, bytes);
  return bytes;
}

size_t OnHeader(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const std::string_view line(data, size * n);
  if (StartsWithIgnoreCase(line, "HTTP/")) {
    t->validators = HttpValidators();  // a new response (after a redirect)
    t->retry_after.clear();
    return size * n;
  }
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) return size * n;
  const std::string_view name = StripAsciiWhitespace(line.substr(0, colon));
  const std::string value(StripAsciiWhitespace(line.substr(colon + 1)));
  if (EqualsIgnoreCase(name, "ETag")) t->validators.etag = value;
  if (EqualsIgnoreCase(name, "Last-Modified")) t->validators.last_modified = value;
  if (EqualsIgnoreCase(name, "Retry-After")) t->retry_after = value;
  return size * n;
}

Status HttpStatusError(long code) {
  const std::string msg = absl::StrCat("HTTP ", code);
  if (code == 404 || code == 410) return absl::NotFoundError(msg);
  if (code == 401 || code == 403) return absl::PermissionDeniedError(msg);
  if (code == 429 || code >= 500) return absl::UnavailableError(msg);
  return absl::InvalidArgumentError(msg);
}

Status CurlError(CURLcode rc, const char* detail, const HttpFetcherOptions& options) {
  const std::string msg = detail[0] ? detail : curl_easy_strerror(rc);
  switch (rc) {
    case CURLE_OPERATION_TIMEDOUT:
      return absl::DeadlineExceededError(absl::StrCat("timed out (", msg, ")"));
    case CURLE_TOO_MANY_REDIRECTS:
      return absl::UnavailableError(
          absl::StrCat("more than ", options.max_redirects, " redirects"));
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
      return absl::InvalidArgumentError(msg);
    default:
      return absl::UnavailableError(msg);
  }
}

// The result of a completed transfer; stores the validators of a 2xx response in `cache`.
StatusOr<HttpFetchResult> FinishTransfer(CURL* c, const std::string& url, Transfer& t,
                                         ValidatorCache* cache) {
  long code = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
  if (code >= 400 || code < 200 || (code >= 300 && code != 304)) {
    Status error = HttpStatusError(code);
    // newsloom watch honours it (watch/watcher.h kRetryAfterPayloadUrl).
    if ((code == 429 || code == 503) && !t.retry_after.empty()) {
      error.SetPayload("type.newsloom.dev/http-retry-after", absl::Cord(t.retry_after));
    }
    return error;
  }
  HttpFetchResult out;
  out.status = static_cast<int>(code);
  out.not_modified = code == 304;
  char* final_url = nullptr;
  curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &final_url);
  out.final_url = final_url ? final_url : url;
  char* content_type = nullptr;
  curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &content_type);
  if (content_type) out.content_type = content_type;
  out.validators = std::move(t.validators);
  if (!out.not_modified) {
    out.body = std::move(t.body);
    if (!out.validators.etag.empty() || !out.validators.last_modified.empty()) {
      cache->Store(url, out.validators);
    }
  }
  return out;
}

struct CurlFree {
  void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct SlistFree {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

}  // namespace

std::string DefaultUserAgent() { return std::string("Newsloom/") + NEWSLOOM_VERSION_STRING; }

HttpFetcher::HttpFetcher(HttpFetcherOptions options, ValidatorCache* cache)
    : options_(std::move(options)) {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  if (cache == nullptr) {
    owned_cache_ = std::make_unique<InMemoryValidatorCache>();
    cache = owned_cache_.get();
  }
  cache_ = cache;
}

curl_slist* HttpFetcher::ConditionalHeaders(const std::string& url) const {
  if (!options_.conditional_get) return nullptr;
  std::optional<HttpValidators> v = cache_->Lookup(url);
  if (!v) return nullptr;
  curl_slist* list = nullptr;
  if (!v->etag.empty()) list = curl_slist_append(list, ("If-None-Match: " + v->etag).c_str());
  if (!v->last_modified.empty()) {
    list = curl_slist_append(list, ("If-Modified-Since: " + v->last_modified).c_str());
  }
  return list;
}

StatusOr<HttpFetchResult> HttpFetcher::Fetch(const std::string& url) const {
  if (!IsHttpUrl(url)) return absl::InvalidArgumentError("not an http(s) URL");
  std::unique_ptr<CURL, CurlFree> curl(curl_easy_init());
  if (!curl) return absl::ResourceExhaustedError("cannot create a curl handle");
  CURL* c = curl.get();
  Transfer t;
  t.max_bytes = options_.max_response_bytes;
  char error[CURL_ERROR_SIZE] = {0};
  std::unique_ptr<curl_slist, SlistFree> headers(ConditionalHeaders(url));
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(c, CURLOPT_MAXREDIRS, static_cast<long>(options_.max_redirects));
  curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "gzip, deflate");
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options_.connect_timeout_ms));
  curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.timeout_ms));
  curl_easy_setopt(c, CURLOPT_USERAGENT, options_.user_agent.c_str());
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, OnBody);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &t);
  curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, OnHeader);
  curl_easy_setopt(c, CURLOPT_HEADERDATA, &t);
  if (headers) curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
  const CURLcode rc = curl_easy_perform(c);
  if (t.too_large) {
    return absl::FailedPreconditionError(
        absl::StrCat("response over ", options_.max_response_bytes, " bytes (max_response_bytes)"));
  }
  if (rc != CURLE_OK) return CurlError(rc, error, options_);
  return FinishTransfer(c, url, t, cache_);
}

}  // namespace newsloom
