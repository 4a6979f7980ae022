#include "watch/store_validator_cache.h"

namespace newsloom {
namespace {

bool IsEmpty(const HttpValidators& v) { return v.etag.empty() && v.last_modified.empty(); }

}  // namespace

Status StoreValidatorCache::Load(newsloom::Store* store, const std::vector<std::string>& urls) {
  std::lock_guard<std::mutex> lock(mu_);
  for (const std::string& url : urls) {
    NL_ASSIGN_OR_RETURN(std::optional<FeedValidator> v, store->GetFeedValidator(url));
    if (!v) continue;
    HttpValidators h{v->etag, v->last_modified};
    current_[url] = h;
    persisted_[url] = h;
  }
  return absl::OkStatus();
}

std::optional<HttpValidators> StoreValidatorCache::Lookup(const std::string& url) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = current_.find(url);
  if (it == current_.end() || IsEmpty(it->second)) return std::nullopt;
  sent_.insert(url);
  return it->second;
}

void StoreValidatorCache::Store(const std::string& url, const HttpValidators& validators) {
  std::lock_guard<std::mutex> lock(mu_);
  current_[url] = validators;
  changed_.insert(url);
  received_.insert(url);
}

void StoreValidatorCache::Forget(const std::string& url) {
  std::lock_guard<std::mutex> lock(mu_);
  current_[url] = HttpValidators();
  changed_.insert(url);
}

Status StoreValidatorCache::Persist(newsloom::Store* store) {
  std::lock_guard<std::mutex> lock(mu_);
  for (const std::string& url : changed_) {
    const HttpValidators& v = current_[url];
    NL_RETURN_IF_ERROR(store->PutFeedValidator(url, v.etag, v.last_modified));
    persisted_[url] = v;
  }
  changed_.clear();
  sent_.clear();
  received_.clear();
  return absl::OkStatus();
}

void StoreValidatorCache::Discard() {
  std::lock_guard<std::mutex> lock(mu_);
  for (const std::string& url : changed_) {
    auto it = persisted_.find(url);
    if (it == persisted_.end()) {
      current_.erase(url);
    } else {
      current_[url] = it->second;
    }
  }
  changed_.clear();
  sent_.clear();
  received_.clear();
}

bool StoreValidatorCache::SentValidators(const std::string& url) {
  std::lock_guard<std::mutex> lock(mu_);
  return sent_.count(url) > 0;
}

bool StoreValidatorCache::ReceivedValidators(const std::string& url) {
  std::lock_guard<std::mutex> lock(mu_);
  return received_.count(url) > 0;
}

}  // namespace newsloom
