// Story clustering at scale (`newsloom bench --stories 10000,100000,1000000`, issue 6 "Scale"):
// feeds synthetic story items (synthetic_stories.h) to cluster::StoryClusterer the way the
// pipeline does (pipeline/story_stage.cc: an IDF pre-pass with Observe, then Add in publication
// order with undated items last, then Finish) and measures, per corpus size:
//   * clustering CPU time per article (this thread's CPU time, so neighbours on a shared
//     machine count less): overall (Observe + Add + Finish) / articles, and the median over
//     chunks of `chunk` Adds; wall time too;
//   * memory: process RSS before, at the end and its peak during the run (core/memory.h), the
//     added RSS, and the clusterer's own estimate (ApproximateMemoryBytes);
//   * quality on the synthetic truth: B-cubed precision, recall and F1 (eval/metrics.h), next to
//     the F1 of putting every article alone, so a fast clusterer that clusters nothing (or
//     everything) cannot pass.
// The verdict: time per article at the largest size within `max_ratio` of the smallest, and
// B-cubed F1 at least `min_bcubed_f1` at every size.
//
// Items are built outside the timed sections, in chunks, so generator memory stays small.
//
// Thread safety: RunStoryBench is single-threaded and uses process-wide RSS figures: do not run
// two at once in one process.
#ifndef NEWSLOOM_BENCH_STORY_BENCH_H_
#define NEWSLOOM_BENCH_STORY_BENCH_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "bench/synthetic_stories.h"
#include "core/env.h"
#include "core/status.h"

namespace newsloom {

struct StoryBenchOptions {
  // Corpus sizes, each run on a fresh clusterer in increasing order. Each must be in
  // [100, 100,000,000]. Default 10k, 100k, 1M.
  std::vector<uint64_t> sizes = {10000, 100000, 1000000};
  // Stream shape (seed, rate, shares); `articles` is set from `sizes`.
  SyntheticStoryOptions stream;
  size_t chunk = 2048;          // Adds per measured chunk (>= 1). Default 2048
  double max_ratio = 1.5;       // verdict: largest / smallest time per article. Default 1.5
  double min_bcubed_f1 = 0.85;  // verdict: B-cubed F1 at every size. Default 0.85
};

struct StoryBenchResult {
  uint64_t articles = 0;
  uint64_t undated = 0;       // articles without publication date
  uint64_t true_stories = 0;  // stories in the truth (noise articles not counted)
  uint64_t noise = 0;         // articles of no story
  uint64_t stories = 0;       // stories the clusterer made (after Finish)
  int32_t span_days = 0;
  double observe_cpu_s = 0;      // IDF pre-pass
  double add_cpu_s = 0;          // all Adds
  double finish_cpu_s = 0;       // merge pass
  double wall_s = 0;             // Observe + Add + Finish, wall clock
  double us_per_article = 0;     // (observe + add + finish) CPU / articles
  double median_chunk_us = 0;    // median over chunks of Add CPU per article
  double undated_us = 0;         // Add CPU per undated article (they search the archive too)
  uint64_t rss_before = 0;       // bytes, before the run (stream plan included)
  uint64_t rss_after = 0;        // bytes, after Finish with the clusterer alive
  uint64_t peak_rss = 0;         // bytes, high-water mark during the run
  uint64_t clusterer_bytes = 0;  // ApproximateMemoryBytes()
  double bcubed_p = 0, bcubed_r = 0, bcubed_f1 = 0;
  double singleton_f1 = 0;  // B-cubed F1 of one story per article (the floor to beat)
};

struct StoryBenchReport {
  std::vector<StoryBenchResult> results;  // in size order
  double ratio = 0;                       // us_per_article, largest size / smallest
  double median_ratio = 0;                // median_chunk_us, largest / smallest
  double max_ratio = 0;                   // the verdict's limits, copied from the options
  double min_bcubed_f1 = 0;
  bool pass = false;
};

// Called after each size (for progress lines); may be empty.
using StoryBenchProgress = std::function<void(const StoryBenchResult&)>;

// InvalidArgument for an empty or out-of-range size list or chunk 0.
// `env` gives the wall clock.
StatusOr<StoryBenchReport> RunStoryBench(Env* env, const StoryBenchOptions& options,
                                         const StoryBenchProgress& progress = {});

// "10000,100000,1000000" (also "10k,100k,1M") -> sizes; InvalidArgument naming the bad item.
StatusOr<std::vector<uint64_t>> ParseStorySizes(std::string_view list);

// Fixed-width table, one row per size, then the ratio and the verdict. Ends with a newline.
std::string FormatStoryBench(const StoryBenchReport& report);
// {"sizes":[{"articles",...}],"ratio","median_ratio","max_ratio","min_bcubed_f1","pass"}
std::string StoryBenchToJson(const StoryBenchReport& report);

}  // namespace newsloom

#endif  // NEWSLOOM_BENCH_STORY_BENCH_H_
