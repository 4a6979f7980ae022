// RateLimiter: at most `per_minute` requests per client address, as a token bucket (capacity
// `per_minute`, refilled continuously at per_minute/60 tokens per second) — bursts up to the
// limit, then a steady rate.
//
// Memory: one entry per address seen; when more than `max_clients` are tracked, entries whose
// bucket has refilled completely are dropped (they carry no state), then the oldest.
//
// Thread safety: thread-safe (one mutex).
#ifndef NEWSLOOM_SERVER_RATE_LIMITER_H_
#define NEWSLOOM_SERVER_RATE_LIMITER_H_

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"

namespace newsloom {

class RateLimiter {
 public:
  // `per_minute` 0 disables the limit. `max_clients` bounds memory (default 10000).
  explicit RateLimiter(int64_t per_minute, size_t max_clients = 10000);

  // Takes one token for `client` at time `now_micros`. nullopt when allowed; otherwise the
  // whole seconds (>= 1) after which a request will be allowed again (Retry-After).
  std::optional<int64_t> Acquire(std::string_view client, int64_t now_micros);

  int64_t per_minute() const { return per_minute_; }

 private:
  struct Bucket {
    double tokens = 0;
    int64_t updated = 0;  // micros
  };
  void Prune(int64_t now_micros);

  const int64_t per_minute_;
  const size_t max_clients_;
  std::mutex mu_;
  absl::flat_hash_map<std::string, Bucket> buckets_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_SERVER_RATE_LIMITER_H_
