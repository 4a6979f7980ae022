#include "watch/poll_scheduler.h"

#include <algorithm>
#include <climits>
#include <set>

#include "absl/time/time.h"
#include "core/strings.h"

namespace newsloom {

PollScheduler::PollScheduler(Env* env, PollSchedulerOptions options)
    : env_(env), options_(options) {}

int PollScheduler::Add(std::string host, int64_t interval_micros) {
  Source s;
  s.interval = interval_micros > 0 ? interval_micros : options_.interval_micros;
  s.next_due = env_->NowMicros();
  s.host = std::move(host);
  hosts_.try_emplace(s.host);
  sources_.push_back(std::move(s));
  return static_cast<int>(sources_.size()) - 1;
}

int64_t PollScheduler::HostFreeAt(const std::string& host) const {
  if (host.empty()) return 0;
  return hosts_.at(host).free_at;
}

std::vector<int> PollScheduler::TakeDue(const std::function<bool(int)>& eligible) {
  const int64_t now = env_->NowMicros();
  const bool one_per_host = options_.min_host_gap_micros > 0;
  std::vector<int> out;
  std::set<std::string> taken_hosts;
  for (int i = 0; i < size(); ++i) {
    Source& s = sources_[i];
    if (s.in_flight || s.next_due > now || (eligible && !eligible(i))) continue;
    if (!s.host.empty()) {
      const Host& h = hosts_.at(s.host);
      if (h.free_at > now) continue;
      if (one_per_host && (h.in_flight > 0 || taken_hosts.count(s.host) > 0)) continue;
      taken_hosts.insert(s.host);
    }
    out.push_back(i);
  }
  for (int i : out) {
    sources_[i].in_flight = true;
    if (!sources_[i].host.empty()) ++hosts_[sources_[i].host].in_flight;
  }
  return out;
}

void PollScheduler::Finish(int i, int64_t next_due) {
  Source& s = sources_[i];
  s.in_flight = false;
  s.next_due = next_due;
  if (s.host.empty()) return;
  Host& h = hosts_[s.host];
  h.in_flight = std::max(0, h.in_flight - 1);
  h.free_at = std::max(h.free_at, env_->NowMicros() + options_.min_host_gap_micros);
}

void PollScheduler::Succeeded(int i) {
  sources_[i].failures = 0;
  Finish(i, env_->NowMicros() + sources_[i].interval);
}

int64_t PollScheduler::BackoffMicros(int64_t interval, int n) const {
  const int64_t cap = std::max(options_.max_backoff_micros, interval);
  int64_t delay = std::max(interval, options_.backoff_base_micros);
  for (int k = 1; k < n && delay < cap; ++k) delay = delay > cap / 2 ? cap : delay * 2;
  return std::min(delay, cap);
}

void PollScheduler::Failed(int i, std::optional<int64_t> retry_after_micros) {
  Source& s = sources_[i];
  ++s.failures;
  const int64_t now = env_->NowMicros();
  if (!retry_after_micros) {
    Finish(i, now + BackoffMicros(s.interval, s.failures));
    return;
  }
  const int64_t wait =
      std::clamp(*retry_after_micros, options_.min_host_gap_micros,
                 std::max(options_.max_retry_after_micros, options_.min_host_gap_micros));
  Finish(i, now + wait);
  if (!s.host.empty()) {
    Host& h = hosts_[s.host];
    h.free_at = std::max(h.free_at, now + wait);
  }
}

int64_t PollScheduler::NextWakeMicros(const std::function<bool(int)>& eligible) const {
  int64_t best = INT64_MAX;
  for (int i = 0; i < size(); ++i) {
    const Source& s = sources_[i];
    if (s.in_flight || (eligible && !eligible(i))) continue;
    best = std::min(best, std::max(s.next_due, HostFreeAt(s.host)));
  }
  return best;
}

std::optional<int64_t> ParseRetryAfter(std::string_view value, int64_t now_micros) {
  value = StripAsciiWhitespace(value);
  if (value.empty()) return std::nullopt;
  if (std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    if (value.size() > 9) return int64_t{999'999'999} * 1'000'000;  // "forever": clamped later
    int64_t seconds = 0;
    for (char c : value) seconds = seconds * 10 + (c - '0');
    return seconds * 1'000'000;
  }
  absl::Time when;
  std::string error;
  const std::string text(value);
  if (!absl::ParseTime("%a, %d %b %Y %H:%M:%S GMT", text, &when, &error)) return std::nullopt;
  const int64_t at = absl::ToUnixMicros(when);
  return std::max<int64_t>(0, at - now_micros);
}

}  // namespace newsloom
