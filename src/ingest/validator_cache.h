// ValidatorCache: remembers the HTTP validators (ETag, Last-Modified) of fetched URLs so the
// next fetch can be a conditional GET (If-None-Match / If-Modified-Since) and an unchanged
// feed costs a 304 instead of a download. An interface so the store can persist validators
// between runs; InMemoryValidatorCache lasts as long as the object.
#ifndef NEWSLOOM_INGEST_VALIDATOR_CACHE_H_
#define NEWSLOOM_INGEST_VALIDATOR_CACHE_H_

#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace newsloom {

struct HttpValidators {
  std::string etag;           // ETag header value as sent, quotes included; "" when none
  std::string last_modified;  // Last-Modified header value as sent; "" when none
};

// Implementations must be thread-safe: a fetcher may be used from several threads.
class ValidatorCache {
 public:
  virtual ~ValidatorCache() = default;
  // Validators stored for `url` (the URL as requested, before redirects).
  virtual std::optional<HttpValidators> Lookup(const std::string& url) = 0;
  // Replaces what is stored for `url`.
  virtual void Store(const std::string& url, const HttpValidators& validators) = 0;
};

class InMemoryValidatorCache : public ValidatorCache {
 public:
  std::optional<HttpValidators> Lookup(const std::string& url) override;
  void Store(const std::string& url, const HttpValidators& validators) override;

 private:
  std::mutex mu_;
  std::map<std::string, HttpValidators> entries_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_VALIDATOR_CACHE_H_
