#include "ingest/validator_cache.h"

namespace newsloom {

std::optional<HttpValidators> InMemoryValidatorCache::Lookup(const std::string& url) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = entries_.find(url);
  if (it == entries_.end()) return std::nullopt;
  return it->second;
}

void InMemoryValidatorCache::Store(const std::string& url, const HttpValidators& validators) {
  std::lock_guard<std::mutex> lock(mu_);
  entries_[url] = validators;
}

}  // namespace newsloom
