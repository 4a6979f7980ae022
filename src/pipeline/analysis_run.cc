#include "pipeline/analysis_run.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "fmt/format.h"
#include "pipeline/entity_names.h"
#include "pipeline/story_outcome.h"
#include "search/index_writer.h"
#include "search/search_index.h"
#include "spdlog/spdlog.h"
#include "store/store.h"

namespace newsloom {
namespace {

double SecondsSince(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

RunRecord ToRunRecord(int64_t id, const std::string& command, const RunSummary& s,
                      int64_t finished_at) {
  RunRecord r;
  r.id = id;
  r.command = command;
  r.finished_at = finished_at;
  r.read = static_cast<int64_t>(s.read);
  r.analysed = static_cast<int64_t>(s.analysed);
  r.duplicates = static_cast<int64_t>(s.duplicates);
  r.rejected = static_cast<int64_t>(s.rejected);
  for (const Rejection& j : s.rejections) {
    r.rejections.push_back({j.source, j.record, MessageOf(j.status)});
  }
  return r;
}

// Copies `from` to `to` with every article's story (when `s` is not null) and the names of
// the entities the run renamed filled in.
Status WriteWithStories(const std::string& from, const std::string& to, const StoryStage* s,
                        const EntityNames& renamed) {
  std::ifstream in(from, std::ios::binary);
  std::ofstream out(to, std::ios::binary | std::ios::trunc);
  if (!in || !out) return absl::UnavailableError(fmt::format("cannot rewrite {}", to));
  for (std::string line; std::getline(in, line);) {
    if (const StoryOutcome* o = s != nullptr ? s->OutcomeOf(ArticleLineId(line)) : nullptr) {
      ApplyStoryOutcome(*o, /*with_story_id=*/true, &line);
    }
    RefreshEntityNames(renamed, &line);
    out << line << '\n';
  }
  out.close();
  if (!out) return absl::UnavailableError(fmt::format("cannot write {} (disk full?)", to));
  return absl::OkStatus();
}

Status Rename(const std::string& from, const std::string& to) {
  std::error_code ec;
  std::filesystem::rename(from, to, ec);
  if (ec) return absl::UnavailableError(fmt::format("cannot rename {}: {}", from, ec.message()));
  return absl::OkStatus();
}

// A file written under a temporary name and renamed when complete, so a failed run never
// leaves half a file.
class TempOutput {
 public:
  TempOutput() = default;
  ~TempOutput() { Discard(); }
  Status Open(const std::string& final_path) {
    final_ = final_path;
    tmp_ = final_path + ".tmp";
    file_ = std::fopen(tmp_.c_str(), "wb");
    if (file_ == nullptr) return absl::UnavailableError(fmt::format("cannot create {}", tmp_));
    return absl::OkStatus();
  }
  std::FILE* file() const { return file_; }
  const std::string& tmp() const { return tmp_; }
  const std::string& final_path() const { return final_; }
  // Closes the file; Unavailable when a write failed.
  Status Close() {
    if (file_ == nullptr) return absl::OkStatus();
    const bool ok = std::fclose(file_) == 0;
    file_ = nullptr;
    if (!ok) return absl::UnavailableError(fmt::format("cannot write {}", tmp_));
    return absl::OkStatus();
  }
  Status Keep() {
    NL_RETURN_IF_ERROR(Close());
    NL_RETURN_IF_ERROR(Rename(tmp_, final_));
    tmp_.clear();
    return absl::OkStatus();
  }
  void Discard() {
    (void)Close();
    if (tmp_.empty()) return;
    std::error_code ec;
    std::filesystem::remove(tmp_, ec);
    tmp_.clear();
  }

 private:
  std::string final_, tmp_;
  std::FILE* file_ = nullptr;
};

// Opens the run's database (none when options.db_path is empty) and records the run's start.
Status OpenRunStore(Env* env, const AnalysisRunOptions& options, std::unique_ptr<Store>* store,
                    int64_t* run_id) {
  if (options.db_path.empty()) return absl::OkStatus();
  StoreOptions so;
  so.env = env;
  NL_ASSIGN_OR_RETURN(*store, OpenSqliteStore(options.db_path, so));
  NL_ASSIGN_OR_RETURN(*run_id, (*store)->StartRun(options.command, env->NowMicros()));
  return absl::OkStatus();
}

bool KeepsSearchIndex(const AnalysisRunOptions& options, const Store* store) {
  return store != nullptr && options.update_search_index && options.db_path != ":memory:";
}

// The search index writer of a run: the pipeline indexes articles as it stores them. Null
// when the run keeps no index or the index cannot be opened now (logged; the sync after the
// run catches up).
std::unique_ptr<SearchIndexWriter> OpenRunIndex(const AnalysisRunOptions& options,
                                                const Store* store) {
  if (!KeepsSearchIndex(options, store) || !options.pipeline.extract) return nullptr;
  StatusOr<std::unique_ptr<SearchIndexWriter>> w = SearchIndexWriter::Open(options.db_path);
  if (!w.ok()) {
    spdlog::warn("search index not written during the run: {}", MessageOf(w.status()));
    return nullptr;
  }
  return std::move(*w);
}

// Closes the run's index writer and brings the index up to date with the store (articles the
// writer did not write: unchanged ones of an older index, failures). Adds the time to
// summary->search.
void FinishRunIndex(const AnalysisRunOptions& options, Store* store,
                    std::unique_ptr<SearchIndexWriter> writer, RunSummary* summary) {
  if (!KeepsSearchIndex(options, store)) return;
  double written = 0;
  if (writer != nullptr) {
    if (Status s = writer->Close(); !s.ok()) spdlog::warn("search index: {}", MessageOf(s));
    written = writer->write_seconds();
  }
  const auto t = std::chrono::steady_clock::now();
  if (Status s = SyncSearchIndex(store, options.db_path); !s.ok()) {
    spdlog::warn("search index not updated: {}", MessageOf(s));
  }
  // The writer thread's busy time during the run, and the sync after it.
  summary->search.seconds += written + SecondsSince(t);
  summary->search.items = summary->analysed;
}

}  // namespace

StatusOr<RunSummary> RunAnalysis(Env* env, const std::vector<std::string>& inputs,
                                 const AnalysisRunOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  std::unique_ptr<Store> store;
  int64_t run_id = 0;
  NL_RETURN_IF_ERROR(OpenRunStore(env, options, &store, &run_id));
  TempOutput articles, stories;
  if (!options.out_dir.empty()) {
    NL_RETURN_IF_ERROR(env->CreateDirs(options.out_dir));
    NL_RETURN_IF_ERROR(articles.Open(options.out_dir + "/articles.jsonl"));
  }
  NL_ASSIGN_OR_RETURN(std::unique_ptr<Pipeline> pipeline,
                      Pipeline::Create(env, options.pipeline, store.get(), articles.file()));
  std::unique_ptr<SearchIndexWriter> index = OpenRunIndex(options, store.get());
  pipeline->set_search_index(index.get());
  NL_RETURN_IF_ERROR(pipeline->Run(inputs));
  if (!options.out_dir.empty()) {
    NL_RETURN_IF_ERROR(stories.Open(options.out_dir + "/stories.jsonl"));
  }
  NL_RETURN_IF_ERROR(pipeline->FinishStories(stories.file()));
  if (!options.out_dir.empty()) {
    NL_RETURN_IF_ERROR(articles.Close());
    if (pipeline->stories() != nullptr || !pipeline->renamed_entities().empty()) {
      // articles.jsonl was written as articles streamed through; stories, and the names
      // entities ended the run with, are known only now.
      const std::string with_stories = articles.tmp() + ".stories";
      NL_RETURN_IF_ERROR(WriteWithStories(articles.tmp(), with_stories, pipeline->stories(),
                                          pipeline->renamed_entities()));
      NL_RETURN_IF_ERROR(Rename(with_stories, articles.tmp()));
    }
    NL_RETURN_IF_ERROR(articles.Keep());
    if (pipeline->stories() != nullptr) {
      NL_RETURN_IF_ERROR(stories.Keep());
    } else {
      stories.Discard();
    }
  }
  RunSummary summary = pipeline->summary();
  if (store != nullptr) {
    NL_RETURN_IF_ERROR(
        store->FinishRun(ToRunRecord(run_id, options.command, summary, env->NowMicros())));
  }
  pipeline.reset();  // it points at the index writer
  FinishRunIndex(options, store.get(), std::move(index), &summary);
  // The whole command: stories, the rewrite of articles.jsonl and the index included.
  summary.seconds = SecondsSince(start);
  return summary;
}

StatusOr<DocumentsRunResult> RunAnalysisOnDocuments(Env* env, std::vector<RawDocument> docs,
                                                    std::vector<Rejection> rejections,
                                                    const AnalysisRunOptions& options) {
  std::unique_ptr<Store> store;
  int64_t run_id = 0;
  NL_RETURN_IF_ERROR(OpenRunStore(env, options, &store, &run_id));
  NL_ASSIGN_OR_RETURN(std::unique_ptr<Pipeline> pipeline,
                      Pipeline::Create(env, options.pipeline, store.get(), nullptr));
  std::unique_ptr<SearchIndexWriter> index = OpenRunIndex(options, store.get());
  pipeline->set_search_index(index.get());
  DocumentsRunResult result;
  pipeline->set_article_callback(
      [&](const Article& a) { result.articles.emplace_back(a.raw.id, std::string()); });
  NL_RETURN_IF_ERROR(pipeline->RunDocuments(std::move(docs), std::move(rejections)));
  NL_RETURN_IF_ERROR(pipeline->FinishStories(nullptr));
  if (const StoryStage* s = pipeline->stories()) {
    for (auto& [id, story] : result.articles) {
      if (const StoryOutcome* o = s->OutcomeOf(id)) story = o->story_id;
    }
  }
  result.summary = pipeline->summary();
  if (store != nullptr) {
    NL_RETURN_IF_ERROR(
        store->FinishRun(ToRunRecord(run_id, options.command, result.summary, env->NowMicros())));
  }
  pipeline.reset();  // it points at the index writer
  FinishRunIndex(options, store.get(), std::move(index), &result.summary);
  return result;
}

AnalysisSession::AnalysisSession(Env* env, AnalysisRunOptions options)
    : env_(env), options_(std::move(options)) {
  options_.out_dir.clear();
}

AnalysisSession::~AnalysisSession() = default;

// Opens the store and builds (or rebuilds) the pipeline when it is missing or the database
// has a run the session did not make; *newest_id gets the newest run's id.
Status AnalysisSession::LoadIfStale(int64_t* newest_id) {
  if (options_.db_path.empty()) return absl::InvalidArgumentError("a session needs a database");
  if (store_ == nullptr) {
    StoreOptions so;
    so.env = env_;
    NL_ASSIGN_OR_RETURN(store_, OpenSqliteStore(options_.db_path, so));
  }
  NL_ASSIGN_OR_RETURN(std::vector<RunRecord> newest, store_->ListRuns(1));
  *newest_id = newest.empty() ? 0 : newest[0].id;
  if (pipeline_ == nullptr || *newest_id != last_run_id_) {
    pipeline_.reset();  // another process wrote to the database: load its state again
    NL_ASSIGN_OR_RETURN(pipeline_,
                        Pipeline::Create(env_, options_.pipeline, store_.get(), nullptr));
    ++loads_;
  }
  return absl::OkStatus();
}

Status AnalysisSession::Load() {
  int64_t newest_id = 0;
  NL_RETURN_IF_ERROR(LoadIfStale(&newest_id));
  last_run_id_ = newest_id;  // the state loaded is that of the database's newest run
  return absl::OkStatus();
}

Status AnalysisSession::Prepare(const std::string& command, int64_t* run_id) {
  int64_t newest_id = 0;
  NL_RETURN_IF_ERROR(LoadIfStale(&newest_id));
  NL_ASSIGN_OR_RETURN(*run_id, store_->StartRun(command, env_->NowMicros()));
  return absl::OkStatus();
}

Status AnalysisSession::Finish(int64_t run_id, const std::string& command,
                               std::unique_ptr<SearchIndexWriter> index, RunSummary* summary) {
  pipeline_->set_search_index(nullptr);
  NL_RETURN_IF_ERROR(store_->FinishRun(ToRunRecord(run_id, command, *summary, env_->NowMicros())));
  last_run_id_ = run_id;
  FinishRunIndex(options_, store_.get(), std::move(index), summary);
  return absl::OkStatus();
}

StatusOr<RunSummary> AnalysisSession::Run(const std::vector<std::string>& inputs,
                                          const std::string& command) {
  const auto start = std::chrono::steady_clock::now();
  int64_t run_id = 0;
  NL_RETURN_IF_ERROR(Prepare(command, &run_id));
  std::unique_ptr<SearchIndexWriter> index = OpenRunIndex(options_, store_.get());
  pipeline_->set_search_index(index.get());
  Status s = pipeline_->Run(inputs);
  if (s.ok()) s = pipeline_->FinishStories(nullptr);
  if (!s.ok()) {
    pipeline_.reset();  // its memory may be ahead of the store: reload next time
    return s;
  }
  RunSummary summary = pipeline_->summary();
  NL_RETURN_IF_ERROR(Finish(run_id, command, std::move(index), &summary));
  summary.seconds = SecondsSince(start);
  return summary;
}

StatusOr<DocumentsRunResult> AnalysisSession::RunDocuments(std::vector<RawDocument> docs,
                                                           std::vector<Rejection> rejections,
                                                           const std::string& command) {
  int64_t run_id = 0;
  NL_RETURN_IF_ERROR(Prepare(command, &run_id));
  std::unique_ptr<SearchIndexWriter> index = OpenRunIndex(options_, store_.get());
  pipeline_->set_search_index(index.get());
  DocumentsRunResult result;
  pipeline_->set_article_callback(
      [&](const Article& a) { result.articles.emplace_back(a.raw.id, std::string()); });
  Status s = pipeline_->RunDocuments(std::move(docs), std::move(rejections));
  if (s.ok()) s = pipeline_->FinishStories(nullptr);
  pipeline_->set_article_callback(nullptr);
  if (!s.ok()) {
    pipeline_.reset();  // its memory may be ahead of the store: reload next time
    return s;
  }
  if (const StoryStage* st = pipeline_->stories()) {
    for (auto& [id, story] : result.articles) {
      if (const StoryOutcome* o = st->OutcomeOf(id)) story = o->story_id;
    }
  }
  result.summary = pipeline_->summary();
  NL_RETURN_IF_ERROR(Finish(run_id, command, std::move(index), &result.summary));
  return result;
}

}  // namespace newsloom
