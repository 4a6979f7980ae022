// What one run did: counts for the summary every command prints, and the rejected inputs with
// their reasons (DESIGN.md: bad input is counted and reported, never fatal).
#ifndef NEWSLOOM_PIPELINE_RUN_SUMMARY_H_
#define NEWSLOOM_PIPELINE_RUN_SUMMARY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "ingest/document_sink.h"

namespace newsloom {

// Wall-clock seconds and peak resident memory of one pipeline stage.
struct StageStats {
  double seconds = 0;
  uint64_t items = 0;
  uint64_t bytes = 0;
  uint64_t peak_rss_bytes = 0;  // process peak RSS observed at the end of the stage
  // CPU seconds of the threads doing the stage's work, where measured (analyze, extract,
  // link); 0 otherwise. Comparable across runs on a busy machine, unlike `seconds`.
  double cpu_seconds = 0;

  // Accumulates another part of the same stage (times and counts add, peaks take the max).
  void Add(const StageStats& other);
};

struct RunSummary {
  uint64_t files = 0;       // input files (or URLs) opened
  uint64_t read = 0;        // documents the readers produced
  uint64_t analysed = 0;    // documents analysed and written
  uint64_t duplicates = 0;  // of those, duplicates of an earlier article
  uint64_t unchanged = 0;   // already in the store with the same content (re-ingest)
  uint64_t rejected = 0;    // inputs or records rejected (see rejections)
  uint64_t stories = 0;     // stories holding this run's articles (0 when not clustered)
  uint64_t bytes = 0;       // input bytes of the documents read
  double seconds = 0;       // wall-clock time of the run
  std::vector<Rejection> rejections;

  // analyze covers analysis and extraction (one pass per document on the thread pool; its
  // cpu_seconds count text analysis only); extract has only the CPU time of extraction (and
  // of preparing search-index terms), items and bytes; link is entity linking in the ordered
  // stage; cluster is story clustering after the articles; search is the search index (the
  // writer thread's busy time and the sync at the end of a run with a database).
  StageStats ingest, analyze, extract, dedup, link, store, write, cluster, search;

  // "read 92, analysed 90, duplicates 4, unchanged 0, rejected 2 in 1.3 s" followed by one
  // line per rejection (at most `max_rejections`, then "... and N more").
  std::string ToString(size_t max_rejections = 20) const;
};

}  // namespace newsloom

#endif  // NEWSLOOM_PIPELINE_RUN_SUMMARY_H_
