// One complete analysis run, as `newsloom analyze`, `ingest`, `eval` and `bench` do it: open
// the store, run the Pipeline over the inputs, write DIR/articles.jsonl atomically (a
// temporary file renamed at the end, so a failed run never leaves half a file), and record
// the run with its rejections in the store.
#ifndef NEWSLOOM_PIPELINE_ANALYSIS_RUN_H_
#define NEWSLOOM_PIPELINE_ANALYSIS_RUN_H_

#include <string>
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
};

// Returns the run's summary; an error only when the run could not complete (store or output
// failure). Rejected inputs are in the summary, not errors.
StatusOr<RunSummary> RunAnalysis(Env* env, const std::vector<std::string>& inputs,
                                 const AnalysisRunOptions& options);

}  // namespace newsloom

#endif  // NEWSLOOM_PIPELINE_ANALYSIS_RUN_H_
