// One complete analysis run, as `newsloom analyze`, `ingest`, `eval` and `bench` do it: open
// the store, run the Pipeline over the inputs, write DIR/articles.jsonl atomically (a
// temporary file renamed at the end, so a failed run never leaves half a file), and record
// the run with its rejections in the store.
#ifndef NEWSLOOM_PIPELINE_ANALYSIS_RUN_H_
#define NEWSLOOM_PIPELINE_ANALYSIS_RUN_H_

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

}  // namespace newsloom

#endif  // NEWSLOOM_PIPELINE_ANALYSIS_RUN_H_
