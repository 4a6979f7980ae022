#include "cli/story_commands.h"

#include <cstdio>

#include "bench/story_bench.h"
#include "cluster/similarity_eval.h"
#include "core/env.h"
#include "core/status.h"
#include "fmt/format.h"

namespace newsloom {

int RunBenchStories(const std::string& sizes, uint64_t seed, bool json) {
  auto parsed = ParseStorySizes(sizes);
  if (!parsed.ok()) {
    fmt::print(stderr, "newsloom bench: {}\n", MessageOf(parsed.status()));
    return 2;
  }
  StoryBenchOptions options;
  options.sizes = *parsed;
  options.stream.seed = seed;
  fmt::print(stderr, "story clustering on synthetic streams of {} articles...\n", sizes);
  auto report = RunStoryBench(Env::Default(), options, [](const StoryBenchResult& r) {
    fmt::print(stderr,
               "  {} articles: {:.1f} us per article, B-cubed F1 {:.3f}, peak RSS {:.0f} MB\n",
               r.articles, r.us_per_article, r.bcubed_f1, r.peak_rss / 1048576.0);
  });
  if (!report.ok()) {
    fmt::print(stderr, "newsloom bench: {}\n", MessageOf(report.status()));
    return 1;
  }
  if (json) {
    fmt::print("{}\n", StoryBenchToJson(*report));
  } else {
    fmt::print("{}", FormatStoryBench(*report));
  }
  return 0;
}

int RunEvalSemEval(const std::string& csv_path, int folds, size_t threads, bool json) {
  if (folds < 2 || folds > 100) {
    fmt::print(stderr, "newsloom eval: --folds must be from 2 to 100, not {}\n", folds);
    return 2;
  }
  cluster::SemEvalEvalOptions options;
  options.folds = folds;
  options.threads = threads;
  auto report = cluster::EvaluateSemEval(Env::Default(), csv_path, options);
  if (!report.ok()) {
    fmt::print(stderr, "newsloom eval: {}\n", MessageOf(report.status()));
    return 1;
  }
  if (json) {
    fmt::print("{}\n", cluster::SemEvalReportToJson(*report));
  } else {
    fmt::print("{}", cluster::FormatSemEvalReport(*report));
  }
  return 0;
}

}  // namespace newsloom
