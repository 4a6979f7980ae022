#include "watch/watcher.h"

#include <climits>
#include <cstdio>

#include "absl/time/time.h"
#include "core/strings.h"
#include "fmt/format.h"
#include "watch/duration.h"

namespace newsloom {
namespace {

std::string FormatUtc(int64_t micros) {
  return absl::FormatTime("%Y-%m-%dT%H:%M:%SZ", absl::FromUnixMicros(micros), absl::UTCTimeZone());
}

int64_t RoundToSeconds(int64_t micros) { return (micros + 500'000) / 1'000'000 * 1'000'000; }

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// Errors that no later poll can fix: stop watching.
bool IsFatal(const Status& s) { return absl::IsFailedPrecondition(s) || absl::IsDataLoss(s); }

}  // namespace

std::optional<int64_t> RetryAfterOf(const Status& status, int64_t now_micros) {
  absl::optional<absl::Cord> value = status.GetPayload(AbslView(kRetryAfterPayloadUrl));
  if (!value) return std::nullopt;
  return ParseRetryAfter(std::string(*value), now_micros);
}

Watcher::Watcher(Env* env, std::vector<WatchSource> sources, WatchOptions options)
    : env_(env),
      sources_(std::move(sources)),
      options_(std::move(options)),
      scheduler_(env, options_.schedule),
      scanner_(env, options_.warc, options_.stat),
      totals_(sources_.size()) {}

Watcher::~Watcher() = default;

StatusOr<std::unique_ptr<Watcher>> Watcher::Create(Env* env, std::vector<WatchSource> sources,
                                                   WatchOptions options) {
  if (options.db_path.empty()) return absl::InvalidArgumentError("watch: no database path");
  std::unique_ptr<Watcher> w(new Watcher(env, std::move(sources), std::move(options)));
  StoreOptions so;
  so.env = env;
  NL_ASSIGN_OR_RETURN(w->store_, OpenSqliteStore(w->options_.db_path, so));
  std::vector<std::string> urls;
  for (const WatchSource& s : w->sources_) {
    const bool feed = s.kind == WatchSource::Kind::kFeed;
    if (feed) urls.push_back(s.location);
    w->scheduler_.Add(feed ? HostKey(s.location) : "", s.every_micros);
  }
  NL_RETURN_IF_ERROR(w->validators_.Load(w->store_.get(), urls));
  HttpFetcherOptions http = w->options_.http;
  http.conditional_get = true;
  w->fetcher_ = std::make_unique<HttpFetcher>(http, &w->validators_);
  return w;
}

std::string Watcher::SourcePrefix(int i) const {
  const WatchSource& s = sources_[i];
  return s.kind == WatchSource::Kind::kFeed ? s.location + "#" : s.location + "/";
}

StatusOr<int64_t> Watcher::CountUnder(int i) {
  ArticleQuery q;
  q.source_prefix = SourcePrefix(i);
  return store_->CountMatching(q);
}

StatusOr<std::vector<PollOutcome>> Watcher::PollDue() {
  const std::vector<int> wave = scheduler_.TakeDue();
  if (wave.empty()) return std::vector<PollOutcome>();
  return PollWave(wave);
}

StatusOr<std::vector<PollOutcome>> Watcher::PollWave(const std::vector<int>& wave) {
  std::vector<PollOutcome> outcomes(wave.size());
  for (size_t k = 0; k < wave.size(); ++k) outcomes[k].source = wave[k];
  const Status status = IngestWave(&outcomes);
  for (PollOutcome& o : outcomes) {
    if (!status.ok() && o.result != PollOutcome::Result::kError) {
      o.result = PollOutcome::Result::kError;
      o.error = status;
    }
    Finish(&o);
  }
  if (IsFatal(status)) return status;
  return outcomes;
}

void Watcher::LookAtDirectory(PollOutcome* outcome, std::vector<std::string>* inputs) {
  const std::string& dir = sources_[outcome->source].location;
  std::map<std::string, FileStamp> ingested;
  StatusOr<std::vector<WatchedFile>> rows = store_->ListWatchedFiles(dir + "/");
  if (!rows.ok()) {
    outcome->result = PollOutcome::Result::kError;
    outcome->error = rows.status();
    return;
  }
  for (const WatchedFile& f : *rows) ingested[f.path] = FileStamp{f.size, f.mtime};
  StatusOr<WarcDirLook> look = scanner_.Look(dir, ingested, env_->NowMicros());
  if (!look.ok()) {
    outcome->result = PollOutcome::Result::kError;
    outcome->error = look.status();
    return;
  }
  outcome->growing_files = look->growing;
  for (const auto& [path, stamp] : look->ready) inputs->push_back(path);
  ready_files_[outcome->source] = std::move(look->ready);
}

Status Watcher::IngestWave(std::vector<PollOutcome>* outcomes) {
  ready_files_.clear();
  std::vector<std::string> inputs;
  std::vector<int64_t> before(outcomes->size());
  for (size_t k = 0; k < outcomes->size(); ++k) {
    PollOutcome& o = (*outcomes)[k];
    if (sources_[o.source].kind == WatchSource::Kind::kFeed) {
      inputs.push_back(sources_[o.source].location);
    } else {
      LookAtDirectory(&o, &inputs);
    }
    NL_ASSIGN_OR_RETURN(before[k], CountUnder(o.source));
  }
  if (inputs.empty()) return absl::OkStatus();
  AnalysisRunOptions run = options_.run;
  run.db_path = options_.db_path;
  run.out_dir.clear();
  run.pipeline.progress = false;
  run.pipeline.ingest.fetcher = fetcher_.get();
  if (run.command.empty()) run.command = "watch";
  // One session for every wave: the database's stories, entities and duplicate signatures
  // are loaded once, not for each wave (pipeline/analysis_run.h AnalysisSession).
  if (session_ == nullptr) session_ = std::make_unique<AnalysisSession>(env_, run);
  StatusOr<RunSummary> summary = session_->Run(inputs, run.command);
  if (!summary.ok()) {
    validators_.Discard();
    return summary.status();
  }
  Classify(*summary, outcomes);
  return Record(before, outcomes);
}

void Watcher::Classify(const RunSummary& summary, std::vector<PollOutcome>* outcomes) const {
  const int64_t now = env_->NowMicros();
  for (const Rejection& r : summary.rejections) {
    for (PollOutcome& o : *outcomes) {
      const WatchSource& s = sources_[o.source];
      const bool feed = s.kind == WatchSource::Kind::kFeed;
      if (feed && r.source == s.location && r.record == 0) {
        if (o.result == PollOutcome::Result::kError) continue;
        o.result = PollOutcome::Result::kError;
        o.error = r.status;
        o.retry_after_micros = RetryAfterOf(r.status, now);
      } else if ((feed && r.source == s.location) || StartsWith(r.source, SourcePrefix(o.source))) {
        ++o.rejected_items;
      }
    }
  }
}

Status Watcher::Record(const std::vector<int64_t>& before, std::vector<PollOutcome>* outcomes) {
  for (size_t k = 0; k < outcomes->size(); ++k) {
    PollOutcome& o = (*outcomes)[k];
    const WatchSource& s = sources_[o.source];
    NL_ASSIGN_OR_RETURN(int64_t after, CountUnder(o.source));
    o.new_articles = std::max<int64_t>(0, after - before[k]);
    if (s.kind == WatchSource::Kind::kFeed) {
      if (o.result == PollOutcome::Result::kError) {
        // A 200 whose body was unusable (malformed): fetch it in full next time.
        if (validators_.ReceivedValidators(s.location)) validators_.Forget(s.location);
      } else if (validators_.SentValidators(s.location) &&
                 !validators_.ReceivedValidators(s.location) && o.new_articles == 0 &&
                 o.rejected_items == 0) {
        o.result = PollOutcome::Result::kNotModified;
      }
      continue;
    }
    if (o.result == PollOutcome::Result::kError) continue;
    for (const auto& [path, stamp] : ready_files_[o.source]) {
      NL_RETURN_IF_ERROR(store_->PutWatchedFile({path, stamp.size, stamp.mtime_micros, 0}));
      ++o.new_files;
    }
  }
  return validators_.Persist(store_.get());
}

void Watcher::Finish(PollOutcome* o) {
  SourceTotals& t = totals_[o->source];
  ++t.polls;
  t.new_articles += o->new_articles;
  t.files += o->new_files;
  if (o->result == PollOutcome::Result::kError) {
    scheduler_.Failed(o->source, o->retry_after_micros);
    ++t.errors;
    t.last_error = MessageOf(o->error);
  } else {
    scheduler_.Succeeded(o->source);
    if (o->result == PollOutcome::Result::kNotModified) ++t.not_modified;
    t.last_error.clear();
  }
  o->next_poll_micros = scheduler_.next_due_micros(o->source);
  t.next_poll_micros = o->next_poll_micros;
  Log(*o);
}

void Watcher::Log(const PollOutcome& o) const {
  const WatchSource& s = sources_[o.source];
  std::string line = fmt::format("watch: {}: ", s.Name());
  if (o.result == PollOutcome::Result::kError) {
    line += fmt::format("error: {} (failure {} in a row; next try {}, in {})", MessageOf(o.error),
                        scheduler_.failures(o.source), FormatUtc(o.next_poll_micros),
                        FormatDuration(RoundToSeconds(o.next_poll_micros - env_->NowMicros())));
  } else if (o.result == PollOutcome::Result::kNotModified) {
    line += "not modified";
  } else if (s.kind == WatchSource::Kind::kWarcDir) {
    line += fmt::format("{} new files, {} new articles", o.new_files, o.new_articles);
    if (o.growing_files > 0) line += fmt::format(", {} still being written", o.growing_files);
  } else {
    line += fmt::format("{} new articles", o.new_articles);
  }
  if (o.rejected_items > 0) line += fmt::format(", {} items rejected", o.rejected_items);
  if (options_.log) {
    options_.log(line);
  } else {
    std::fprintf(stderr, "%s\n", line.c_str());
  }
}

Status Watcher::RunCycle(const WaitFn& wait) {
  std::vector<bool> pending(sources_.size(), true);
  size_t left = sources_.size();
  const auto eligible = [&pending](int i) { return static_cast<bool>(pending[i]); };
  while (left > 0) {
    const std::vector<int> wave = scheduler_.TakeDue(eligible);
    if (wave.empty()) {
      const int64_t wake = scheduler_.NextWakeMicros(eligible);
      if (wake == INT64_MAX || !wait(wake)) break;
      continue;
    }
    for (int i : wave) pending[i] = false;
    left -= wave.size();
    NL_RETURN_IF_ERROR(PollWave(wave).status());
    if (left > 0 && !wait(env_->NowMicros())) break;
  }
  return absl::OkStatus();
}

Status Watcher::Run(const WaitFn& wait) {
  while (true) {
    const std::vector<int> wave = scheduler_.TakeDue();
    if (wave.empty()) {
      if (!wait(scheduler_.NextWakeMicros())) return absl::OkStatus();
      continue;
    }
    NL_RETURN_IF_ERROR(PollWave(wave).status());
    if (!wait(env_->NowMicros())) return absl::OkStatus();
  }
}

std::string Watcher::Summary() const {
  SourceTotals all;
  for (const SourceTotals& t : totals_) {
    all.polls += t.polls;
    all.new_articles += t.new_articles;
    all.not_modified += t.not_modified;
    all.errors += t.errors;
  }
  std::string out = fmt::format(
      "watch summary: {} sources, {} polls, {} new articles, {} not modified, {} errors\n",
      sources_.size(), all.polls, all.new_articles, all.not_modified, all.errors);
  for (size_t i = 0; i < sources_.size(); ++i) {
    const SourceTotals& t = totals_[i];
    out += fmt::format("  {}: {} polls, {} new articles, {} not modified, {} errors",
                       sources_[i].Name(), t.polls, t.new_articles, t.not_modified, t.errors);
    if (sources_[i].kind == WatchSource::Kind::kWarcDir) out += fmt::format(", {} files", t.files);
    if (!t.last_error.empty()) {
      out += fmt::format("; failing: {}; next try {}", t.last_error, FormatUtc(t.next_poll_micros));
    }
    out += '\n';
  }
  return out;
}

}  // namespace newsloom
