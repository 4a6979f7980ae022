// StoreValidatorCache: the ValidatorCache of `newsloom watch`. Validators live in memory while
// a poll runs (the fetcher calls Lookup/Store from the pipeline's reader thread) and are
// written to the store's feed_validators table only by Persist, after the poll's articles are
// committed — so a poll whose run failed never leaves validators that would make the next
// poll a 304 for items that were never stored.
//
// It also records, per URL, whether the last fetch sent validators and whether it received new
// ones, which tells a 304 apart from a 200 with nothing new.
//
// Thread safety: Lookup and Store are thread-safe; the other methods are called between polls.
#ifndef NEWSLOOM_WATCH_STORE_VALIDATOR_CACHE_H_
#define NEWSLOOM_WATCH_STORE_VALIDATOR_CACHE_H_

#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ingest/validator_cache.h"
#include "store/store.h"

namespace newsloom {

class StoreValidatorCache : public ValidatorCache {
 public:
  // Reads the stored validators of `urls` from `store` (not kept).
  Status Load(newsloom::Store* store, const std::vector<std::string>& urls);

  std::optional<HttpValidators> Lookup(const std::string& url) override;
  void Store(const std::string& url, const HttpValidators& validators) override;

  // Forgets what the current poll learnt about `url` and its stored validators too (the next
  // fetch is unconditional): for a feed whose answer could not be used (malformed).
  void Forget(const std::string& url);
  // Writes every validator changed since the last Persist to `store`; forgotten ones are
  // stored empty. Clears the per-poll records.
  Status Persist(newsloom::Store* store);
  // Drops the changes since the last Persist (the poll failed).
  void Discard();

  // For the current poll: the fetch of `url` sent If-None-Match / If-Modified-Since.
  bool SentValidators(const std::string& url);
  // For the current poll: a 2xx answer for `url` brought validators.
  bool ReceivedValidators(const std::string& url);

 private:
  std::mutex mu_;
  std::map<std::string, HttpValidators> current_;    // what the fetcher sees
  std::map<std::string, HttpValidators> persisted_;  // what the store holds
  std::set<std::string> changed_, sent_, received_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_WATCH_STORE_VALIDATOR_CACHE_H_
