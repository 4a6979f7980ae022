// The story-clustering measurements behind two subcommand modes (issue 6):
//   newsloom bench --stories 10000,100000,1000000 [--seed N] [--json]   (bench/story_bench.h)
//   newsloom eval --semeval FILE.csv [--folds 5] [--threads N] [--json] (cluster/similarity_eval.h)
// bench_command.cc and eval_command.cc only add the options and call these. Each prints its
// report on stdout (progress and errors on stderr) and returns the exit code: 0 when it ran,
// 1 when it failed, 2 for a usage error.
#ifndef NEWSLOOM_CLI_STORY_COMMANDS_H_
#define NEWSLOOM_CLI_STORY_COMMANDS_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace newsloom {

// `sizes`: comma-separated article counts ("10000,100000,1M").
int RunBenchStories(const std::string& sizes, uint64_t seed, bool json);

int RunEvalSemEval(const std::string& csv_path, int folds, size_t threads, bool json);

}  // namespace newsloom

#endif  // NEWSLOOM_CLI_STORY_COMMANDS_H_
