// Flags shared by every subcommand that runs the pipeline (analyze, ingest, eval).
#ifndef NEWSLOOM_CLI_PIPELINE_FLAGS_H_
#define NEWSLOOM_CLI_PIPELINE_FLAGS_H_

#include <string>

#include "CLI/CLI.hpp"
#include "pipeline/analysis_run.h"
#include "pipeline/run_summary.h"

namespace newsloom {

void AddPipelineFlags(CLI::App* cmd, PipelineOptions* options);

// The command line as one string, for the store's runs table.
std::string CommandLine(const std::string& subcommand, const std::vector<std::string>& args);

// Prints the run summary to stderr; returns the exit code: 0 when the run completed and
// analysed something or rejected nothing, 1 when every input was rejected.
int ReportSummary(const RunSummary& summary);

}  // namespace newsloom

#endif  // NEWSLOOM_CLI_PIPELINE_FLAGS_H_
