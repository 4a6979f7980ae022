// PollScheduler: when each watched source is polled next (docs/watch.md "Politeness").
//
//   interval   a source is due `interval` after its last successful poll (per source; the
//              first poll is due at once).
//   per host   sources sharing a host key (watch/feed_list.h HostKey) are never polled at the
//              same time, and a host gets a new request only `min_host_gap` after its last
//              request finished. Sources with an empty host (directories) are not limited.
//   backoff    after the n-th failure in a row a source waits
//              min(max_backoff, max(interval, backoff_base) * 2^(n-1)), never less than its
//              interval: an error never makes polling more frequent. Success resets it.
//   Retry-After  a 429/503 answer's Retry-After replaces the backoff of that source (clamped
//              to [min_host_gap, max_retry_after]) and also holds back every source of the
//              same host until then.
//
// The clock is the Env's (NowMicros), so tests drive it with MemEnv and never sleep; the
// scheduler itself never waits: callers ask NextWakeMicros() and sleep until then.
//
// Thread safety: not thread-safe; one thread owns a scheduler.
#ifndef NEWSLOOM_WATCH_POLL_SCHEDULER_H_
#define NEWSLOOM_WATCH_POLL_SCHEDULER_H_

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/env.h"

namespace newsloom {

struct PollSchedulerOptions {
  // Poll interval of sources added with interval 0. Default 10 minutes.
  int64_t interval_micros = int64_t{10} * 60 * 1'000'000;
  // Least time between the end of one request to a host and the start of the next. Default 1 s.
  int64_t min_host_gap_micros = 1'000'000;
  // First backoff step when smaller than the interval is not used (see above); default 1 min.
  int64_t backoff_base_micros = 60'000'000;
  // Longest wait after failures (never below a source's interval). Default 6 hours.
  int64_t max_backoff_micros = int64_t{6} * 3600 * 1'000'000;
  // Longest Retry-After honoured. Default 24 hours.
  int64_t max_retry_after_micros = int64_t{24} * 3600 * 1'000'000;
};

class PollScheduler {
 public:
  // `env` (the clock) is not owned and must outlive the scheduler.
  PollScheduler(Env* env, PollSchedulerOptions options);

  // Adds a source and returns its index (0, 1, 2, ... in order). `host` is its politeness key
  // ("" = unlimited); `interval_micros` 0 uses options.interval_micros. Due at once.
  int Add(std::string host, int64_t interval_micros = 0);

  // The sources that may start now, in index order, each marked in flight: due, not in
  // flight, and their host free — at most one per host when min_host_gap > 0 (with no gap,
  // every due source of a host, to be fetched one after another). `eligible`, when given,
  // restricts the choice to the sources it accepts.
  std::vector<int> TakeDue(const std::function<bool(int)>& eligible = nullptr);

  // A poll of source `i` (taken by TakeDue) finished. Success covers "not modified".
  void Succeeded(int i);
  // Failed; `retry_after_micros` is the server's Retry-After as a delay, when it sent one.
  void Failed(int i, std::optional<int64_t> retry_after_micros = std::nullopt);

  // When the next source can be taken: the earliest over sources not in flight of
  // max(due time, host free time), among those `eligible` accepts when given. INT64_MAX when
  // there are none.
  int64_t NextWakeMicros(const std::function<bool(int)>& eligible = nullptr) const;

  int size() const { return static_cast<int>(sources_.size()); }
  // When source `i` is due next (its own time, ignoring its host).
  int64_t next_due_micros(int i) const { return sources_[i].next_due; }
  // Failures in a row of source `i` (0 after a success).
  int failures(int i) const { return sources_[i].failures; }
  // The interval source `i` is polled at when healthy.
  int64_t interval_micros(int i) const { return sources_[i].interval; }
  // The delay after the n-th failure in a row (n >= 1) of a source with `interval`.
  int64_t BackoffMicros(int64_t interval, int n) const;

 private:
  struct Source {
    std::string host;
    int64_t interval = 0;
    int64_t next_due = 0;
    int failures = 0;
    bool in_flight = false;
  };
  struct Host {
    int in_flight = 0;
    int64_t free_at = 0;  // no new request before this time
  };

  void Finish(int i, int64_t next_due);
  int64_t HostFreeAt(const std::string& host) const;

  Env* env_;
  PollSchedulerOptions options_;
  std::vector<Source> sources_;
  std::map<std::string, Host> hosts_;
};

// Parses an HTTP Retry-After value (RFC 9110: delay-seconds, or an IMF-fixdate such as
// "Wed, 21 Oct 2015 07:28:00 GMT") into a delay from `now_micros`; a date in the past gives 0.
// nullopt when it is neither.
std::optional<int64_t> ParseRetryAfter(std::string_view value, int64_t now_micros);

}  // namespace newsloom

#endif  // NEWSLOOM_WATCH_POLL_SCHEDULER_H_
