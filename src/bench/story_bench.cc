#include "bench/story_bench.h"

#include <dlfcn.h>
#include <time.h>

#include <algorithm>
#include <charconv>
#include <memory>
#include <unordered_map>

#include "cluster/story_clusterer.h"
#include "cluster/story_scorer.h"
#include "core/json_writer.h"
#include "core/memory.h"
#include "core/strings.h"
#include "eval/metrics.h"
#include "fmt/format.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace newsloom {
namespace {

constexpr uint64_t kMinSize = 100;
constexpr uint64_t kMaxSize = 100000000;

// This thread's CPU time: on a shared machine wall time also measures the neighbours.
double ThreadCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Returns freed heap to the kernel, so the next size starts from a lower RSS: jemalloc's
// "arena.<MALLCTL_ARENAS_ALL>.purge" when the binary runs on jemalloc (looked up at run time,
// so no build depends on its header), and glibc's malloc_trim.
void TrimHeap() {
  using MallctlFn = int (*)(const char*, void*, size_t*, void*, size_t);
  static const auto mallctl = reinterpret_cast<MallctlFn>(dlsym(RTLD_DEFAULT, "mallctl"));
  if (mallctl != nullptr) mallctl("arena.4096.purge", nullptr, nullptr, nullptr, 0);
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  const size_t mid = v.size() / 2;
  std::nth_element(v.begin(), v.begin() + mid, v.end());
  if (v.size() % 2 == 1) return v[mid];
  const double upper = v[mid];
  return (*std::max_element(v.begin(), v.begin() + mid) + upper) / 2;
}

// Items [begin, end) of the stream, ending early where the undated part starts, so a chunk is
// all dated or all undated.
size_t ChunkEnd(const SyntheticStoryStream& stream, size_t begin, size_t chunk) {
  const size_t end = std::min(stream.size(), begin + chunk);
  const bool dated = stream.IsDated(begin);
  for (size_t i = begin; i < end; ++i) {
    if (stream.IsDated(i) != dated) return i;
  }
  return end;
}

void Fill(const SyntheticStoryStream& stream, size_t begin, size_t end,
          std::vector<cluster::StoryItem>* batch) {
  batch->clear();
  for (size_t i = begin; i < end; ++i) batch->push_back(stream.Item(i));
}

// B-cubed of the clusterer's stories against the stream's truth, and of all singletons.
void ScoreQuality(const SyntheticStoryStream& stream, const cluster::StoryClusterer& clusterer,
                  StoryBenchResult* r) {
  eval::Clustering clusters;
  clusters.system.reserve(stream.size());
  clusters.gold.reserve(stream.size());
  std::unordered_map<uint32_t, uint32_t> truth_size;
  for (size_t i = 0; i < stream.size(); ++i) {
    const cluster::Story* s = clusterer.StoryOf(stream.ArticleId(i));
    clusters.system.push_back(s == nullptr ? "?" + stream.ArticleId(i) : s->id);
    clusters.gold.push_back(std::to_string(stream.Truth(i)));
    ++truth_size[stream.Truth(i)];
  }
  const eval::BCubedScores b = eval::BCubed(clusters);
  r->bcubed_p = b.precision();
  r->bcubed_r = b.recall();
  r->bcubed_f1 = b.f1();
  // Singletons: precision 1, recall 1 / |truth story| per item.
  double recall = 0;
  for (size_t i = 0; i < stream.size(); ++i) recall += 1.0 / truth_size[stream.Truth(i)];
  r->singleton_f1 = eval::HarmonicMean(1.0, eval::SafeRatio(recall, stream.size()));
}

StoryBenchResult RunSize(Env* env, const StoryBenchOptions& options, uint64_t articles) {
  SyntheticStoryOptions stream_options = options.stream;
  stream_options.articles = articles;
  const SyntheticStoryStream stream(stream_options);
  StoryBenchResult r;
  r.articles = stream.size();
  r.undated = stream.undated_articles();
  r.true_stories = stream.true_stories();
  r.noise = stream.noise_articles();
  r.span_days = stream.span_days();

  TrimHeap();
  ResetPeakRss();
  r.rss_before = CurrentRssBytes();
  cluster::DefaultPairScorer scorer;  // the pipeline's scorer (pipeline/story_stage.h)
  auto clusterer =
      std::make_unique<cluster::StoryClusterer>(cluster::StoryClustererOptions(), &scorer);
  std::vector<cluster::StoryItem> batch;
  batch.reserve(options.chunk);
  int64_t wall_us = 0;
  // IDF pre-pass, as the pipeline does.
  for (size_t begin = 0; begin < stream.size(); begin += batch.size()) {
    Fill(stream, begin, std::min(stream.size(), begin + options.chunk), &batch);
    const int64_t wall = env->NowMicros();
    const double cpu = ThreadCpuSeconds();
    for (const cluster::StoryItem& item : batch) clusterer->Observe(item);
    r.observe_cpu_s += ThreadCpuSeconds() - cpu;
    wall_us += env->NowMicros() - wall;
  }
  std::vector<double> chunk_us;
  double undated_s = 0;
  for (size_t begin = 0; begin < stream.size(); begin += batch.size()) {
    const bool dated = stream.IsDated(begin);
    Fill(stream, begin, ChunkEnd(stream, begin, options.chunk), &batch);
    const int64_t wall = env->NowMicros();
    const double cpu = ThreadCpuSeconds();
    for (cluster::StoryItem& item : batch) clusterer->Add(std::move(item));
    const double spent = ThreadCpuSeconds() - cpu;
    wall_us += env->NowMicros() - wall;
    r.add_cpu_s += spent;
    if (!dated) undated_s += spent;
    chunk_us.push_back(spent * 1e6 / static_cast<double>(batch.size()));
  }
  batch.clear();
  {
    const int64_t wall = env->NowMicros();
    const double cpu = ThreadCpuSeconds();
    clusterer->Finish();
    r.finish_cpu_s = ThreadCpuSeconds() - cpu;
    wall_us += env->NowMicros() - wall;
  }
  r.wall_s = static_cast<double>(wall_us) * 1e-6;
  r.rss_after = CurrentRssBytes();
  r.peak_rss = std::max(PeakRssBytes(), r.rss_after);
  r.clusterer_bytes = clusterer->ApproximateMemoryBytes();
  r.stories = clusterer->AllStories().size();
  r.us_per_article = (r.observe_cpu_s + r.add_cpu_s + r.finish_cpu_s) * 1e6 /
                     static_cast<double>(std::max<uint64_t>(1, r.articles));
  r.median_chunk_us = Median(chunk_us);
  r.undated_us = r.undated == 0 ? 0 : undated_s * 1e6 / static_cast<double>(r.undated);
  ScoreQuality(stream, *clusterer, &r);
  return r;
}

double Mb(uint64_t bytes) { return static_cast<double>(bytes) / (1024.0 * 1024.0); }

}  // namespace

StatusOr<std::vector<uint64_t>> ParseStorySizes(std::string_view list) {
  std::vector<uint64_t> sizes;
  for (std::string_view item : SplitView(list, ',')) {
    const std::string_view s = StripAsciiWhitespace(item);
    uint64_t value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    const std::string_view suffix(end, s.data() + s.size() - end);
    uint64_t scale = 0;
    if (suffix.empty()) {
      scale = 1;
    } else if (suffix == "k" || suffix == "K") {
      scale = 1000;
    } else if (suffix == "m" || suffix == "M") {
      scale = 1000000;
    }
    if (ec != std::errc() || scale == 0 || value > kMaxSize / scale || value * scale < kMinSize) {
      return absl::InvalidArgumentError(fmt::format(
          "--stories: '{}' is not an article count from {} to {}", s, kMinSize, kMaxSize));
    }
    sizes.push_back(value * scale);
  }
  if (sizes.empty()) return absl::InvalidArgumentError("--stories: no sizes given");
  return sizes;
}

StatusOr<StoryBenchReport> RunStoryBench(Env* env, const StoryBenchOptions& options,
                                         const StoryBenchProgress& progress) {
  if (options.sizes.empty() || options.chunk == 0) {
    return absl::InvalidArgumentError("story bench: no sizes, or chunk 0");
  }
  std::vector<uint64_t> sizes = options.sizes;
  for (uint64_t n : sizes) {
    if (n < kMinSize || n > kMaxSize) {
      return absl::InvalidArgumentError(
          fmt::format("story bench: size {} is outside [{}, {}]", n, kMinSize, kMaxSize));
    }
  }
  std::sort(sizes.begin(), sizes.end());
  sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
  StoryBenchReport report;
  report.max_ratio = options.max_ratio;
  report.min_bcubed_f1 = options.min_bcubed_f1;
  report.pass = true;
  for (uint64_t n : sizes) {
    report.results.push_back(RunSize(env, options, n));
    if (progress) progress(report.results.back());
    report.pass = report.pass && report.results.back().bcubed_f1 >= options.min_bcubed_f1;
  }
  const StoryBenchResult& first = report.results.front();
  const StoryBenchResult& last = report.results.back();
  report.ratio = eval::SafeRatio(last.us_per_article, first.us_per_article);
  report.median_ratio = eval::SafeRatio(last.median_chunk_us, first.median_chunk_us);
  report.pass = report.pass && report.ratio <= options.max_ratio;
  return report;
}

std::string FormatStoryBench(const StoryBenchReport& report) {
  std::string out = fmt::format(
      "{:>9} {:>6} {:>8} {:>8} {:>8} {:>9} {:>9} {:>9} {:>9} {:>8} {:>8} {:>8} {:>7} {:>7} "
      "{:>7} {:>7}\n",
      "articles", "days", "undated", "truth", "stories", "us/art", "median", "finish", "undated",
      "wall s", "added MB", "peak MB", "B3 P", "B3 R", "B3 F1", "alone");
  for (const StoryBenchResult& r : report.results) {
    const double n = static_cast<double>(std::max<uint64_t>(1, r.articles));
    out += fmt::format(
        "{:>9} {:>6} {:>8} {:>8} {:>8} {:>9.1f} {:>9.1f} {:>9.1f} {:>9.1f} {:>8.1f} {:>8.1f} "
        "{:>8.1f} {:>7.3f} {:>7.3f} {:>7.3f} {:>7.3f}\n",
        r.articles, r.span_days, r.undated, r.true_stories + r.noise, r.stories, r.us_per_article,
        r.median_chunk_us, r.finish_cpu_s * 1e6 / n, r.undated_us, r.wall_s,
        Mb(r.peak_rss > r.rss_before ? r.peak_rss - r.rss_before : 0), Mb(r.peak_rss), r.bcubed_p,
        r.bcubed_r, r.bcubed_f1, r.singleton_f1);
  }
  const StoryBenchResult& first = report.results.front();
  const StoryBenchResult& last = report.results.back();
  out += fmt::format(
      "us/art: clustering CPU time per article (Observe + Add + Finish); median: of the Add "
      "chunks; finish: merge pass per article; undated: Add per undated article; truth: true "
      "stories + noise articles; added MB: peak RSS - RSS before; alone: B-cubed F1 of one "
      "story per article\n");
  out += fmt::format(
      "time per article {} -> {} articles: {:.2f}x overall, {:.2f}x median chunk (target <= "
      "{:.2f}x); B-cubed F1 {:.3f} .. {:.3f} (target >= {:.2f}): {}\n",
      first.articles, last.articles, report.ratio, report.median_ratio, report.max_ratio,
      std::min_element(report.results.begin(), report.results.end(),
                       [](const auto& a, const auto& b) { return a.bcubed_f1 < b.bcubed_f1; })
          ->bcubed_f1,
      std::max_element(report.results.begin(), report.results.end(),
                       [](const auto& a, const auto& b) { return a.bcubed_f1 < b.bcubed_f1; })
          ->bcubed_f1,
      report.min_bcubed_f1, report.pass ? "PASS" : "FAIL");
  return out;
}

std::string StoryBenchToJson(const StoryBenchReport& report) {
  JsonWriter w;
  w.BeginObject().Key("sizes").BeginArray();
  for (const StoryBenchResult& r : report.results) {
    w.BeginObject();
    w.Key("articles").Int(static_cast<int64_t>(r.articles));
    w.Key("span_days").Int(r.span_days);
    w.Key("undated").Int(static_cast<int64_t>(r.undated));
    w.Key("true_stories").Int(static_cast<int64_t>(r.true_stories));
    w.Key("noise_articles").Int(static_cast<int64_t>(r.noise));
    w.Key("stories").Int(static_cast<int64_t>(r.stories));
    w.Key("us_per_article").Double(r.us_per_article, 2);
    w.Key("median_chunk_us").Double(r.median_chunk_us, 2);
    w.Key("observe_cpu_s").Double(r.observe_cpu_s, 3);
    w.Key("add_cpu_s").Double(r.add_cpu_s, 3);
    w.Key("finish_cpu_s").Double(r.finish_cpu_s, 3);
    w.Key("undated_us_per_article").Double(r.undated_us, 2);
    w.Key("wall_s").Double(r.wall_s, 3);
    w.Key("rss_before_mb").Double(Mb(r.rss_before), 1);
    w.Key("rss_after_mb").Double(Mb(r.rss_after), 1);
    w.Key("peak_rss_mb").Double(Mb(r.peak_rss), 1);
    w.Key("added_rss_mb").Double(Mb(r.peak_rss > r.rss_before ? r.peak_rss - r.rss_before : 0), 1);
    w.Key("clusterer_mb").Double(Mb(r.clusterer_bytes), 1);
    w.Key("bcubed").BeginObject();
    w.Key("precision").Double(r.bcubed_p).Key("recall").Double(r.bcubed_r);
    w.Key("f1").Double(r.bcubed_f1).Key("singleton_f1").Double(r.singleton_f1);
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.Key("ratio").Double(report.ratio, 3).Key("median_ratio").Double(report.median_ratio, 3);
  w.Key("max_ratio")
      .Double(report.max_ratio, 2)
      .Key("min_bcubed_f1")
      .Double(report.min_bcubed_f1, 2);
  w.Key("pass").Bool(report.pass);
  w.EndObject();
  return w.Release();
}

}  // namespace newsloom
