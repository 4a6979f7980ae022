// newsloom watch FEEDLIST [--every 10m] [--db PATH] [--once] — continuous intake of feeds and
// WARC directories into a database (docs/watch.md).
#include <signal.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <thread>

#include "cli/commands.h"
#include "cli/pipeline_flags.h"
#include "core/env.h"
#include "watch/duration.h"
#include "watch/feed_list.h"
#include "watch/watcher.h"

namespace newsloom {
namespace {

struct WatchFlags {
  std::string feedlist;
  std::string db_path = "newsloom.db";
  std::string every = "10m";
  std::string host_gap = "1s";
  std::string max_backoff = "6h";
  std::string settle = "10s";
  bool once = false;
  AnalysisRunOptions run;
};

volatile sig_atomic_t g_stop = 0;

void OnSignal(int) { g_stop = 1; }

// SIGINT/SIGTERM ask for a stop between polls; a second signal kills (SA_RESETHAND).
void InstallSignalHandlers() {
  struct sigaction sa = {};
  sa.sa_handler = OnSignal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESETHAND;
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
}

// Sleeps in short steps until `until` or a stop signal.
bool WaitUntil(Env* env, int64_t until) {
  while (!g_stop && env->NowMicros() < until) {
    const int64_t left = until - env->NowMicros();
    std::this_thread::sleep_for(std::chrono::microseconds(std::min<int64_t>(left, 200'000)));
  }
  return !g_stop;
}

// Parses a duration flag into `*out`; prints the error and returns false when bad.
bool DurationFlag(const std::string& flag, const std::string& text, int64_t* out,
                  bool allow_zero = false) {
  StatusOr<int64_t> d = ParseDuration(text, allow_zero);
  if (!d.ok()) {
    std::fprintf(stderr, "newsloom watch: %s: %s\n", flag.c_str(), MessageOf(d.status()).c_str());
    return false;
  }
  *out = *d;
  return true;
}

int RunWatch(const WatchFlags& f) {
  WatchOptions o;
  if (!DurationFlag("--every", f.every, &o.schedule.interval_micros) ||
      !DurationFlag("--host-gap", f.host_gap, &o.schedule.min_host_gap_micros, true) ||
      !DurationFlag("--max-backoff", f.max_backoff, &o.schedule.max_backoff_micros) ||
      !DurationFlag("--settle", f.settle, &o.warc.settle_micros, true)) {
    return 2;
  }
  Env* env = Env::Default();
  StatusOr<FeedList> list = ReadFeedList(env, f.feedlist);
  if (!list.ok()) {
    std::fprintf(stderr, "newsloom watch: %s\n", MessageOf(list.status()).c_str());
    return 1;
  }
  for (const std::string& e : list->errors) std::fprintf(stderr, "%s\n", e.c_str());
  if (list->sources.empty()) {
    std::fprintf(stderr, "newsloom watch: %s: no sources to watch (%zu bad lines)\n",
                 f.feedlist.c_str(), list->errors.size());
    return 1;
  }
  std::fprintf(stderr, "newsloom watch: %zu sources from %s (%zu bad lines skipped) into %s\n",
               list->sources.size(), f.feedlist.c_str(), list->errors.size(), f.db_path.c_str());
  o.db_path = f.db_path;
  o.run = f.run;
  o.run.command = CommandLine("watch", {f.feedlist});
  StatusOr<std::unique_ptr<Watcher>> watcher = Watcher::Create(env, list->sources, o);
  if (!watcher.ok()) {
    std::fprintf(stderr, "newsloom watch: %s\n", MessageOf(watcher.status()).c_str());
    return 1;
  }
  InstallSignalHandlers();
  const WaitFn wait = [env](int64_t until) { return WaitUntil(env, until); };
  const Status s = f.once ? (*watcher)->RunCycle(wait) : (*watcher)->Run(wait);
  std::fprintf(stderr, "%s", (*watcher)->Summary().c_str());
  if (!s.ok()) {
    std::fprintf(stderr, "newsloom watch: %s\n", MessageOf(s).c_str());
    return 1;
  }
  // --once fails when every source failed (nothing could be polled).
  for (const SourceTotals& t : (*watcher)->totals()) {
    if (t.polls > 0 && t.last_error.empty()) return 0;
  }
  return f.once ? 1 : 0;
}

}  // namespace

void RegisterWatchCommand(CLI::App& app, CommandAction* action) {
  auto f = std::make_shared<WatchFlags>();
  CLI::App* cmd = app.add_subcommand(
      "watch", "Poll RSS/Atom feeds and WARC directories, ingesting new articles into a database");
  cmd->add_option("feedlist", f->feedlist,
                  "File with one source per line: a feed URL, or dir:PATH for WARC files "
                  "(docs/watch.md)")
      ->required();
  cmd->add_option("--db", f->db_path, "SQLite database to grow")->capture_default_str();
  cmd->add_option("--every", f->every, "Poll interval: 30s, 10m, 1h ...")->capture_default_str();
  cmd->add_flag("--once", f->once, "Poll every source once, then exit");
  cmd->add_option("--host-gap", f->host_gap,
                  "Least time between two requests to one host (0s = none)")
      ->capture_default_str();
  cmd->add_option("--max-backoff", f->max_backoff, "Longest wait after repeated errors")
      ->capture_default_str();
  cmd->add_option("--settle", f->settle,
                  "A new WARC file counts as complete once its mtime is this old")
      ->capture_default_str();
  AddPipelineFlags(cmd, &f->run.pipeline);
  cmd->callback([f, action] { *action = [f] { return RunWatch(*f); }; });
}

}  // namespace newsloom
