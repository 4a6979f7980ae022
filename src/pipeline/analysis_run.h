// One complete analysis run, as `newsloom analyze`, `ingest`, `eval` and `bench` do it: open
// the store, run the Pipeline over the inputs, write DIR/articles.jsonl atomically (a
// temporary file renamed at the end, so a failed run never leaves half a file), and record
// the run with its rejections in the store.
#ifndef NEWSLOOM_PIPELINE_ANALYSIS_RUN_H_
#define NEWSLOOM_PIPELINE_ANALYSIS_RUN_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/env.h"
#include "core/status.h"
#include "pipeline/pipeline.h"
#include "pipeline/run_summary.h"

namespace newsloom {

struct AnalysisRunOptions {
  PipelineOptions pipeline;
  // Directory for articles.jsonl (created when missing); "" writes no JSONL.
  std::string out_dir;
  // SQLite database path; "" uses no database.
  std::string db_path;
  // The command line, recorded in the store's runs table.
  std::string command;
  // With a database file: keep its search index (search/search_index.h, DB_PATH.xapian) up to
  // date — the pipeline writes each stored article into it as it goes (search/index_writer.h)
  // and a sync at the end catches anything else. A failure is logged as a warning, not an
  // error — the index is derived data and the next run or `newsloom search` catches up.
  // Default true.
  bool update_search_index = true;
};

// Returns the run's summary; an error only when the run could not complete (store or output
// failure). Rejected inputs are in the summary, not errors.
StatusOr<RunSummary> RunAnalysis(Env* env, const std::vector<std::string>& inputs,
                                 const AnalysisRunOptions& options);

// What RunAnalysisOnDocuments did.
struct DocumentsRunResult {
  RunSummary summary;
  // (article id, story id) of every analysed document, in input order; the story id is ""
  // when clustering is off or the article joined no story.
  std::vector<std::pair<std::string, std::string>> articles;
};

// Like RunAnalysis over documents already read (the body of POST /api/articles): analyses
// `docs` into options.db_path (incrementally: stories of earlier runs are loaded and extended,
// their ids never change) and records the run. `rejections` are records that could not be
// read; they are counted and recorded with the run. options.out_dir is ignored (no JSONL).
StatusOr<DocumentsRunResult> RunAnalysisOnDocuments(Env* env, std::vector<RawDocument> docs,
                                                    std::vector<Rejection> rejections,
                                                    const AnalysisRunOptions& options);

// AnalysisSession: consecutive runs into one database by a long-lived writer — the server's
// POST /api/articles and the waves of `newsloom watch`. RunAnalysis and
// RunAnalysisOnDocuments build a Pipeline per run, which loads every stored story (to extend
// it), the entities and the duplicate signatures: a cost that grows with the database (~3 s
// at 20,000 articles), paid again for each POST or wave. A session keeps the store and the
// Pipeline between runs and reloads them only when the database changed under it: when its
// newest run is not the session's own last one (another process wrote to it), or after a run
// of the session failed. Each run is recorded in the store and updates the search index as
// RunAnalysis does; no JSONL is written (options.out_dir is ignored).
//
// Story assignments of a session equal those of separate runs except where a run of separate
// processes would have re-scored restored stories (StoryClusterer::Restore recomputes the
// members' support with the statistics of the reload); ids are stable either way.
//
// Thread safety: one run at a time (the caller serialises, as the server's writer lock does).
class AnalysisSession {
 public:
  // `env` must outlive the session; options.db_path must name a database.
  AnalysisSession(Env* env, AnalysisRunOptions options);
  ~AnalysisSession();
  AnalysisSession(const AnalysisSession&) = delete;
  AnalysisSession& operator=(const AnalysisSession&) = delete;

  // RunAnalysis over `inputs` (without JSONL), recorded as `command`.
  StatusOr<RunSummary> Run(const std::vector<std::string>& inputs, const std::string& command);
  // RunAnalysisOnDocuments, recorded as `command`.
  StatusOr<DocumentsRunResult> RunDocuments(std::vector<RawDocument> docs,
                                            std::vector<Rejection> rejections,
                                            const std::string& command);

  // Loads the database's state now instead of at the first run (a server preloading at
  // start). Errors: the store's and Pipeline::Create's; the next run tries again.
  Status Load();

  // How many times the database's state was loaded (1 after the first run, +1 per reload).
  size_t loads() const { return loads_; }

 private:
  Status LoadIfStale(int64_t* newest_id);
  // Opens the store and builds (or rebuilds) the pipeline when needed; starts the run.
  Status Prepare(const std::string& command, int64_t* run_id);
  // Records the run and brings the search index up to date.
  Status Finish(int64_t run_id, const std::string& command,
                std::unique_ptr<SearchIndexWriter> index, RunSummary* summary);

  Env* env_;
  AnalysisRunOptions options_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Pipeline> pipeline_;
  int64_t last_run_id_ = 0;  // the session's last completed run
  size_t loads_ = 0;
};

}  // namespace newsloom

#endif  // NEWSLOOM_PIPELINE_ANALYSIS_RUN_H_
