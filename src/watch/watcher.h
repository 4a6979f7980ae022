// Watcher: the engine of `newsloom watch` (docs/watch.md). Polls RSS/Atom feeds and WARC
// directories on a PollScheduler and ingests what is new into one database with RunAnalysis
// (pipeline/analysis_run.h), so the database a server reads grows while it is being read
// (SQLite WAL: readers are never blocked).
//
// One "wave" = the sources the scheduler lets start now (at most one per host when a host
// gap is set), run through a single RunAnalysis: the pipeline fetches the feed URLs one after
// another (so never two requests at a time to any host) and reads the ready WARC files. Then,
// per source: new articles (rows added under the source), not modified (a 304), or an error
// (the feed's whole-input rejection: HTTP status, timeout, refused connection, malformed
// feed; a missing directory), which backs that source off without touching the others.
//
// Persistence between polls and runs: HTTP validators in the store's feed_validators table
// (written only after the wave's articles are committed; dropped for a malformed answer so
// the next fetch is unconditional), ingested WARC files in watched_files. Article and story
// ids are stable, so a re-fetched item is "unchanged" and stories only grow.
//
// Retry-After: a feed's rejection whose Status carries the payload kRetryAfterPayloadUrl
// (the header value, as text) is honoured (watch/poll_scheduler.h).
//
// Thread safety: not thread-safe; one thread runs a Watcher.
#ifndef NEWSLOOM_WATCH_WATCHER_H_
#define NEWSLOOM_WATCH_WATCHER_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/env.h"
#include "core/status.h"
#include "ingest/http_fetcher.h"
#include "pipeline/analysis_run.h"
#include "store/store.h"
#include "watch/feed_list.h"
#include "watch/poll_scheduler.h"
#include "watch/store_validator_cache.h"
#include "watch/warc_dir_scanner.h"

namespace newsloom {

// Status payload type URL under which a fetch error may carry the HTTP Retry-After value.
inline constexpr std::string_view kRetryAfterPayloadUrl = "type.newsloom.dev/http-retry-after";

// The Retry-After a fetch error carries under kRetryAfterPayloadUrl, as a delay from
// `now_micros`; nullopt when it carries none (or an unreadable one).
std::optional<int64_t> RetryAfterOf(const Status& status, int64_t now_micros);

struct WatchOptions {
  // Database the articles go to; required. Created when missing.
  std::string db_path;
  // Poll interval (--every, default 10 min), per-host gap (default 1 s) and backoff.
  PollSchedulerOptions schedule;
  // When a WARC file counts as complete (default: mtime 10 s old, or unchanged since the
  // previous look).
  WarcDirScannerOptions warc;
  // Pipeline options (threads, extract, cluster, ...). The Watcher sets db_path, clears
  // out_dir (no JSONL), turns the progress bar off and supplies its own fetcher.
  AnalysisRunOptions run;
  // HTTP timeouts, user agent, size limit (conditional GET is always on).
  HttpFetcherOptions http;
  // Size and mtime of WARC files; null = stat(2).
  StatFn stat;
  // Where the per-source lines go (without newline); null = standard error.
  std::function<void(std::string_view line)> log;
};

// What one poll of one source did.
struct PollOutcome {
  enum class Result { kOk, kNotModified, kError };
  int source = 0;  // index into sources()
  Result result = Result::kOk;
  int64_t new_articles = 0;    // articles added to the database under this source
  int64_t rejected_items = 0;  // items/records of this source that were rejected
  int new_files = 0;           // WARC directories: files ingested this poll
  int growing_files = 0;       // WARC directories: files skipped as still being written
  Status error;                // kError: what went wrong
  std::optional<int64_t> retry_after_micros;  // the server's Retry-After, when it sent one
  int64_t next_poll_micros = 0;
};

// Totals per source since the Watcher was created.
struct SourceTotals {
  int64_t polls = 0;
  int64_t new_articles = 0;
  int64_t not_modified = 0;
  int64_t errors = 0;
  int64_t files = 0;       // WARC files ingested
  std::string last_error;  // "" when the last poll succeeded
  int64_t next_poll_micros = 0;
};

// Sleeps until the Env clock reaches `until_micros`, or returns early when asked to stop.
// Returns false when the watcher should stop. Called with the current time between waves.
using WaitFn = std::function<bool(int64_t until_micros)>;

class Watcher {
 public:
  // Opens the database (errors name it). `env` is not owned; it gives the clock.
  static StatusOr<std::unique_ptr<Watcher>> Create(Env* env, std::vector<WatchSource> sources,
                                                   WatchOptions options);
  ~Watcher();

  // Polls the sources that may start now (one wave); empty when none may. An error only when
  // the database cannot be used (source problems are outcomes).
  StatusOr<std::vector<PollOutcome>> PollDue();
  // Polls every source once, waiting out host gaps with `wait` (`newsloom watch --once`).
  Status RunCycle(const WaitFn& wait);
  // Polls for ever, sleeping with `wait` until something is due; returns when `wait` says stop.
  Status Run(const WaitFn& wait);

  // When PollDue will next have something to do.
  int64_t NextWakeMicros() const { return scheduler_.NextWakeMicros(); }
  const std::vector<WatchSource>& sources() const { return sources_; }
  const std::vector<SourceTotals>& totals() const { return totals_; }
  const PollScheduler& scheduler() const { return scheduler_; }
  // The final report: a totals line, then one line per source.
  std::string Summary() const;

 private:
  Watcher(Env* env, std::vector<WatchSource> sources, WatchOptions options);
  StatusOr<std::vector<PollOutcome>> PollWave(const std::vector<int>& wave);
  // Runs the wave through RunAnalysis and fills the outcomes; an error for the whole wave.
  Status IngestWave(std::vector<PollOutcome>* outcomes);
  // Looks at a WARC directory: its ready files become inputs.
  void LookAtDirectory(PollOutcome* outcome, std::vector<std::string>* inputs);
  // Source errors and rejected items from the run's rejections.
  void Classify(const RunSummary& summary, std::vector<PollOutcome>* outcomes) const;
  // Records what was ingested: validators, watched files, new-article counts.
  Status Record(const std::vector<int64_t>& before, std::vector<PollOutcome>* outcomes);
  void Finish(PollOutcome* outcome);
  void Log(const PollOutcome& outcome) const;
  // The byte prefix of `source` of the articles of source `i` ("URL#", "DIR/").
  std::string SourcePrefix(int i) const;
  StatusOr<int64_t> CountUnder(int i);

  Env* env_;
  std::vector<WatchSource> sources_;
  WatchOptions options_;
  PollScheduler scheduler_;
  WarcDirScanner scanner_;
  StoreValidatorCache validators_;
  std::unique_ptr<HttpFetcher> fetcher_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<AnalysisSession> session_;  // the analysis runs, from the first wave on
  std::vector<SourceTotals> totals_;
  // Ready files of the WARC directories in the current wave, by source index.
  std::map<int, std::vector<std::pair<std::string, FileStamp>>> ready_files_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_WATCH_WATCHER_H_
