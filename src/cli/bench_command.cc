// newsloom bench — whole-pipeline throughput on a deterministic synthetic corpus.
#include <cstdio>
#include <filesystem>
#include <memory>

#include "bench/synthetic_corpus.h"
#include "cli/bench_server.h"
#include "cli/commands.h"
#include "cli/pipeline_flags.h"
#include "cli/story_commands.h"
#include "core/env.h"
#include "core/json_writer.h"
#include "core/memory.h"
#include "fmt/format.h"

namespace newsloom {
namespace {

struct BenchFlags {
  SyntheticCorpusOptions corpus;
  size_t threads = 0;
  bool no_store = false;
  bool json = false;
  std::string keep_dir;
  std::string stories;      // --stories: story clustering at these sizes instead (story_commands.h)
  BenchServerFlags server;  // --server: load test of `newsloom serve` instead (bench_server.h)
};

struct Row {
  std::string name;
  double seconds;
  uint64_t items;
  uint64_t bytes;
  uint64_t peak_rss;
};

struct Pass {
  RunSummary summary;
  uint64_t peak_rss = 0;
};

// `text` is the run without extraction, store and output (readers, analysis and dedup only);
// `entities` adds places, persons, organizations and entity linking; `facts` adds every
// extraction layer (dates, figures, events too); `stored` adds the store, JSONL and stories;
// `s` is the whole pipeline, search index included. Stage rows are busy time inside the whole
// run: the reader thread overlaps analysis and the index writer overlaps everything, so rows
// do not add up to the wall-clock total.
std::vector<Row> Rows(const Pass& text, const Pass& entities, const Pass& facts, const Pass& stored,
                      const RunSummary& s) {
  const uint64_t rss = PeakRssBytes();
  return {
      {"ingest (reader thread)", s.ingest.seconds, s.read, s.bytes, s.ingest.peak_rss_bytes},
      {"analysis (parallel)", s.analyze.seconds, s.analyze.items, s.bytes,
       s.analyze.peak_rss_bytes},
      {"dedup", s.dedup.seconds, s.dedup.items, s.bytes, s.dedup.peak_rss_bytes},
      {"entity linking", s.link.seconds, s.link.items, s.bytes, s.link.peak_rss_bytes},
      {"store (SQLite)", s.store.seconds, s.analysed, s.bytes, s.store.peak_rss_bytes},
      {"write JSONL", s.write.seconds, s.write.items, s.bytes, s.write.peak_rss_bytes},
      {"stories (after the articles)", s.cluster.seconds, s.cluster.items, s.bytes,
       s.cluster.peak_rss_bytes},
      {"search index (writer thread + sync)", s.search.seconds, s.search.items, s.bytes,
       s.search.peak_rss_bytes},
      {"ingest + analysis (wall)", text.summary.seconds, text.summary.analysed, text.summary.bytes,
       text.peak_rss},
      {"  + places, persons, linking (wall)", entities.summary.seconds, entities.summary.analysed,
       entities.summary.bytes, entities.peak_rss},
      {"  + all extraction, linking (wall)", facts.summary.seconds, facts.summary.analysed,
       facts.summary.bytes, facts.peak_rss},
      {"  + store, JSONL, stories (wall)", stored.summary.seconds, stored.summary.analysed,
       stored.summary.bytes, stored.peak_rss},
      {"whole pipeline with search index (wall)", s.seconds, s.analysed, s.bytes, rss},
  };
}

// CPU milliseconds per article of a pass's layers (thread CPU time): text analysis and
// extraction on the thread pool, entity linking on the ordered stage.
struct CpuCosts {
  double analysis = 0, extraction = 0, linking = 0;
};

CpuCosts CpuOf(const RunSummary& s) {
  const double n = s.analysed > 0 ? static_cast<double>(s.analysed) : 1;
  return {1e3 * s.analyze.cpu_seconds / n, 1e3 * s.extract.cpu_seconds / n,
          1e3 * s.link.cpu_seconds / n};
}

// The layers' costs in CPU time, which a busy machine distorts far less than wall time.
void PrintCpuTable(const Pass (&passes)[4]) {
  static constexpr const char* kNames[] = {"ingest + analysis", "  + places, persons, linking",
                                           "  + all extraction, linking"};
  std::printf("\n%-40s %10s %12s %10s\n", "CPU ms per article", "analysis", "extraction",
              "linking");
  for (int i = 0; i < 3; ++i) {
    const CpuCosts c = CpuOf(passes[i].summary);
    std::printf("%-40s %10.3f %12.3f %10.3f\n", kNames[i], c.analysis, c.extraction, c.linking);
  }
  // Each pass against its own analysis time: measured side by side, under the same load.
  const CpuCosts entities = CpuOf(passes[1].summary);
  const CpuCosts all = CpuOf(passes[2].summary);
  if (entities.analysis <= 0 || all.analysis <= 0) return;
  std::printf(
      "added to analysis (CPU): places, persons, linking %+.0f%%; all extraction, linking "
      "%+.0f%%\n",
      100 * (entities.extraction + entities.linking) / entities.analysis,
      100 * (all.extraction + all.linking) / all.analysis);
}

int RunBench(const BenchFlags& f) {
  if (!f.stories.empty()) return RunBenchStories(f.stories, f.corpus.seed, f.json);
  if (f.server.enabled) {
    BenchServerFlags server = f.server;
    server.json = f.json;
    return RunBenchServer(server);
  }
  Env* env = Env::Default();
  const std::string dir = f.keep_dir.empty()
                              ? (std::filesystem::temp_directory_path() /
                                 ("newsloom-bench-" + std::to_string(env->NowMicros())))
                                    .string()
                              : f.keep_dir;
  if (Status s = env->CreateDirs(dir); !s.ok()) {
    std::fprintf(stderr, "newsloom bench: %s\n", MessageOf(s).c_str());
    return 1;
  }
  std::fprintf(stderr, "generating %llu synthetic articles in %zu languages...\n",
               static_cast<unsigned long long>(f.corpus.articles), SyntheticLanguages().size());
  const std::string corpus_path = dir + "/corpus.jsonl";
  uint64_t planted = 0;
  {
    const auto articles = GenerateSyntheticCorpus(f.corpus);
    for (const auto& a : articles) planted += !a.duplicate_of.empty();
    if (Status s = env->WriteFile(corpus_path, SyntheticCorpusToJsonl(articles)); !s.ok()) {
      std::fprintf(stderr, "newsloom bench: %s\n", MessageOf(s).c_str());
      return 1;
    }
  }
  // Light passes without store, output and stories: readers, analysis and duplicate
  // detection, then the same with the entity layers and linking, then with every extraction
  // layer; then everything but the search index.
  Pass passes[4];
  for (int i = 0; i < 4; ++i) {
    ResetPeakRss();
    AnalysisRunOptions light;
    light.pipeline.threads = f.threads;
    light.pipeline.extract = i > 0;
    light.pipeline.extract_events = i >= 2;
    light.pipeline.cluster = i == 3;  // stories have their own row
    if (i == 3) {
      light.out_dir = dir + "/out-noindex";
      light.db_path = f.no_store ? "" : light.out_dir + "/newsloom.db";
      light.update_search_index = false;
      (void)env->CreateDirs(light.out_dir);
    }
    auto summary = RunAnalysis(env, {corpus_path}, light);
    if (!summary.ok()) {
      std::fprintf(stderr, "newsloom bench: %s\n", MessageOf(summary.status()).c_str());
      return 1;
    }
    passes[i] = {std::move(*summary), PeakRssBytes()};
  }
  // Last: the whole pipeline, as `newsloom analyze` runs it.
  ResetPeakRss();
  AnalysisRunOptions run;
  run.pipeline.threads = f.threads;
  run.out_dir = dir + "/out";
  run.db_path = f.no_store ? "" : dir + "/out/newsloom.db";
  run.command = "newsloom bench";
  if (!run.db_path.empty()) (void)env->CreateDirs(run.out_dir);
  auto summary = RunAnalysis(env, {corpus_path}, run);
  if (f.keep_dir.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
  if (!summary.ok()) {
    std::fprintf(stderr, "newsloom bench: %s\n", MessageOf(summary.status()).c_str());
    return 1;
  }
  const std::vector<Row> rows = Rows(passes[0], passes[1], passes[2], passes[3], *summary);
  if (f.json) {
    JsonWriter w;
    w.BeginObject().Key("articles").Int(static_cast<int64_t>(summary->analysed));
    w.Key("threads").Int(static_cast<int64_t>(f.threads));
    w.Key("duplicates").Int(static_cast<int64_t>(summary->duplicates));
    w.Key("planted_duplicates").Int(static_cast<int64_t>(planted));
    w.Key("stages").BeginArray();
    for (const Row& r : rows) {
      w.BeginObject()
          .Key("stage")
          .String(r.name)
          .Key("seconds")
          .Double(r.seconds)
          .Key("articles_per_second")
          .Double(r.seconds > 0 ? r.items / r.seconds : 0, 1)
          .Key("mb_per_second")
          .Double(r.seconds > 0 ? r.bytes / r.seconds / 1e6 : 0, 2)
          .Key("peak_rss_mb")
          .Double(r.peak_rss / 1048576.0, 1)
          .EndObject();
    }
    w.EndArray();
    static constexpr const char* kPasses[] = {"analysis", "entities", "all_extraction"};
    w.Key("cpu_ms_per_article").BeginObject();
    for (int i = 0; i < 3; ++i) {
      const CpuCosts c = CpuOf(passes[i].summary);
      w.Key(kPasses[i]).BeginObject();
      w.Key("analysis").Double(c.analysis, 4).Key("extraction").Double(c.extraction, 4);
      w.Key("linking").Double(c.linking, 4).EndObject();
    }
    w.EndObject().EndObject();
    std::printf("%s\n", w.str().c_str());
    return 0;
  }
  std::printf(
      "%llu articles (%.1f MB, %zu languages), %llu duplicates found of %llu planted, "
      "threads %zu\n",
      static_cast<unsigned long long>(summary->analysed), summary->bytes / 1e6,
      SyntheticLanguages().size(), static_cast<unsigned long long>(summary->duplicates),
      static_cast<unsigned long long>(planted), f.threads);
  std::printf("%-40s %10s %12s %10s %12s\n", "stage", "seconds", "articles/s", "MB/s",
              "peak RSS MB");
  for (const Row& r : rows) {
    std::printf("%-40s %10.3f %12.0f %10.2f %12.1f\n", r.name.c_str(), r.seconds,
                r.seconds > 0 ? r.items / r.seconds : 0.0,
                r.seconds > 0 ? r.bytes / r.seconds / 1e6 : 0.0, r.peak_rss / 1048576.0);
  }
  const double base = passes[0].summary.seconds;
  if (base > 0) {
    std::printf(
        "added to ingest + analysis (wall): places, persons, linking %+.0f%%; all extraction "
        "%+.0f%%\n",
        100 * (passes[1].summary.seconds - base) / base,
        100 * (passes[2].summary.seconds - base) / base);
  }
  PrintCpuTable(passes);
  return 0;
}

}  // namespace

void RegisterBenchCommand(CLI::App& app, CommandAction* action) {
  auto f = std::make_shared<BenchFlags>();
  CLI::App* cmd = app.add_subcommand(
      "bench", "Throughput and memory per stage on a synthetic multilingual corpus");
  cmd->add_option("--articles", f->corpus.articles, "Articles to generate")->capture_default_str();
  cmd->add_option("--seed", f->corpus.seed, "Corpus seed")->capture_default_str();
  cmd->add_option("--threads", f->threads, "Analysis threads (0 = one per core)")
      ->capture_default_str();
  cmd->add_flag("--no-store", f->no_store, "Leave the SQLite store out");
  cmd->add_flag("--json", f->json, "Machine-readable results");
  cmd->add_option("--keep", f->keep_dir, "Keep corpus and outputs in this directory");
  cmd->add_option("--stories", f->stories,
                  "Story clustering instead: time per article, memory and B-cubed at these "
                  "synthetic corpus sizes (e.g. 10000,100000,1000000)");
  cmd->add_flag("--server", f->server.enabled,
                "HTTP load test instead: start `newsloom serve` on loopback and report "
                "requests/s and p50/p99 latency per endpoint");
  cmd->add_option("--requests", f->server.requests, "--server: requests in all")
      ->capture_default_str();
  cmd->add_option("--clients", f->server.clients, "--server: client threads")
      ->capture_default_str();
  cmd->add_option("--db", f->server.db_path,
                  "--server: database to serve (default: analyse --corpus into a temp dir)");
  cmd->add_option("--corpus", f->server.corpus, "--server: corpus analysed when no --db")
      ->capture_default_str();
  cmd->callback([f, action] { *action = [f] { return RunBench(*f); }; });
}

}  // namespace newsloom
