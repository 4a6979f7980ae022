#include "server/rate_limiter.h"

#include <algorithm>
#include <cmath>

#include "core/strings.h"

namespace newsloom {

RateLimiter::RateLimiter(int64_t per_minute, size_t max_clients)
    : per_minute_(std::max<int64_t>(per_minute, 0)),
      max_clients_(std::max<size_t>(max_clients, 1)) {}

std::optional<int64_t> RateLimiter::Acquire(std::string_view client, int64_t now_micros) {
  if (per_minute_ == 0) return std::nullopt;
  const double capacity = static_cast<double>(per_minute_);
  const double per_micro = capacity / 60e6;
  std::lock_guard<std::mutex> lock(mu_);
  auto it = buckets_.find(AbslView(client));
  if (it == buckets_.end()) {
    if (buckets_.size() >= max_clients_) Prune(now_micros);
    it = buckets_.emplace(std::string(client), Bucket{capacity, now_micros}).first;
  }
  Bucket& b = it->second;
  if (now_micros > b.updated) {
    b.tokens = std::min(capacity, b.tokens + (now_micros - b.updated) * per_micro);
    b.updated = now_micros;
  }
  if (b.tokens >= 1.0) {
    b.tokens -= 1.0;
    return std::nullopt;
  }
  const double wait_micros = (1.0 - b.tokens) / per_micro;
  return std::max<int64_t>(1, static_cast<int64_t>(std::ceil(wait_micros / 1e6)));
}

void RateLimiter::Prune(int64_t now_micros) {
  const double capacity = static_cast<double>(per_minute_);
  const double per_micro = capacity / 60e6;
  for (auto it = buckets_.begin(); it != buckets_.end();) {
    const Bucket& b = it->second;
    if (b.tokens + (now_micros - b.updated) * per_micro >= capacity) {
      buckets_.erase(it++);
    } else {
      ++it;
    }
  }
  while (buckets_.size() >= max_clients_) {
    auto oldest = std::min_element(
        buckets_.begin(), buckets_.end(),
        [](const auto& a, const auto& b) { return a.second.updated < b.second.updated; });
    buckets_.erase(oldest);
  }
}

}  // namespace newsloom
