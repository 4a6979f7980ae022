// Pipeline: runs the per-article stages over a set of inputs.
//
//   readers (ingest/) ──► batch of RawDocuments ──► analysis and extraction on a thread pool
//        (text/, extract/) ──► in input order: duplicate detection (dedup/), entity linking
//        (link/) ──► store (store/) ──► JSONL
//
// Three stages overlap, connected by bounded queues of batches:
//   reader thread    — readers deliver documents in input order (files sorted by path, records
//                      in file order) and cut them into batches;
//   analysis thread  — analyses each batch on the thread pool (analysis, extraction and
//                      duplicate signatures are pure functions of one document);
//   calling thread   — in input order: duplicates, entity linking, store (one transaction per
//                      batch), JSONL, and the search index when one is set
//                      (set_search_index: its text half is prepared on the thread pool from
//                      the same analysis).
// Order is kept by the queues, so results are identical for any thread count.
//
// Re-running on the same inputs changes nothing: ids are stable (docs/formats/ids.md), an
// article already stored with the same content is counted as unchanged and keeps its stored
// duplicate_of, and the duplicate index is reloaded from the store at start.
//
// A Pipeline may run several times in turn (a long-lived writer, pipeline/analysis_run.h
// AnalysisSession): each Run or RunDocuments starts a new summary, and FinishStories clusters
// that run's articles into the stories of the earlier runs, kept in memory.
//
// Thread safety: a Pipeline is used from one thread.
#ifndef NEWSLOOM_PIPELINE_PIPELINE_H_
#define NEWSLOOM_PIPELINE_PIPELINE_H_

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/bounded_queue.h"
#include "core/env.h"
#include "core/progress.h"
#include "core/status.h"
#include "core/thread_pool.h"
#include "dedup/deduplicator.h"
#include "dedup/signature.h"
#include "extract/extractor.h"
#include "ingest/ingest.h"
#include "link/entity_linker.h"
#include "pipeline/article.h"
#include "pipeline/entity_names.h"
#include "pipeline/run_summary.h"
#include "pipeline/story_stage.h"
#include "resources/gazetteer.h"
#include "search/index_writer.h"
#include "store/store.h"
#include "text/analyzer.h"

namespace newsloom {

struct PipelineOptions {
  // Worker threads for analysis; 0 = one per hardware thread.
  size_t threads = 0;
  // Documents analysed together and committed in one store transaction. Bounds memory: at
  // most 7 batches (two queued at each of the two queues, one in each of the three stages),
  // each document at most ingest.max_document_bytes, are held at once. Default 512.
  size_t batch_size = 512;
  IngestOptions ingest;
  AnalyzerOptions analyzer;
  DedupOptions dedup;
  // Run the extract stage (places, persons, organizations, dates, figures, events) and link
  // entities across articles. Default true.
  bool extract = true;
  // With extract: also the event layers (dates, figures, events). false runs places, persons,
  // organizations and linking only (ExtractorOptions::events). Default true.
  bool extract_events = true;
  // The gazetteer file for places (resources/gazetteer.h); "" finds gazetteer.nlg with
  // FindDataFile (core/data_files.h). Create fails when extract is on and it cannot be opened.
  std::string gazetteer_path;
  // Group articles into stories at the end of the run (needs extract). Default true.
  bool cluster = true;
  // Show a progress bar on standard error when it is a terminal. Default true.
  bool progress = true;
};

class Pipeline : private DocumentSink {
 public:
  // `store` may be null (no database); `articles_out` may be null (no JSONL). Both must
  // outlive the Pipeline. Reloads the store's duplicate signatures.
  static StatusOr<std::unique_ptr<Pipeline>> Create(Env* env, const PipelineOptions& options,
                                                    Store* store, std::FILE* articles_out);
  ~Pipeline() override;

  // Reads every input (files, directories, "-", feed URLs) and processes what they hold.
  // Bad inputs are rejected into the summary; the returned status is not OK only when the
  // run cannot go on (the store or the output file failed).
  Status Run(const std::vector<std::string>& inputs);
  // Processes documents already read (e.g. the body of an HTTP POST), as Run does for the
  // documents its readers deliver; `rejections` (records that could not be read) go into the
  // summary. Same errors as Run.
  Status RunDocuments(std::vector<RawDocument> docs, std::vector<Rejection> rejections);

  // Writes each article the store inserts or updates into `index` too (search/index_writer.h),
  // from this pipeline's analysis. Not owned; null (the default) leaves the index alone. An
  // index write error is logged once and ends indexing for the run (SyncSearchIndex catches
  // up); it never fails the run. Needs a store and extraction.
  void set_search_index(SearchIndexWriter* index) { search_index_ = index; }

  // Called for each finished article, in input order, after it is stored and written.
  void set_article_callback(std::function<void(const Article&)> cb) { on_article_ = std::move(cb); }

  // After Run: takes the entities the run renamed (pipeline/entity_names.h) and writes their
  // names into the stored lines of every article linked to them (one transaction); then
  // clusters the run's articles into stories (pipeline/story_stage.h) and writes stories.jsonl
  // lines to `stories_out` (may be null). The clustering does nothing when it is off.
  Status FinishStories(std::FILE* stories_out);
  // The story stage, after FinishStories; null when clustering is off.
  const StoryStage* stories() const { return stories_.get(); }
  // After FinishStories: the entities renamed during the run, with their names now. Lines of
  // articles.jsonl written during the run may give them their old names (RefreshEntityNames).
  const EntityNames& renamed_entities() const { return renamed_; }

  const RunSummary& summary() const { return summary_; }

 private:
  Pipeline(Env* env, const PipelineOptions& options, Store* store, std::FILE* out);
  Status Init();
  // Forgets the previous run's summary, ids and collected story items.
  void StartRun();

  struct Batch {
    std::vector<RawDocument> docs;
    uint64_t bytes = 0;
  };

  // DocumentSink, called by the readers on the reader thread.
  void Accept(RawDocument doc) override;
  void Reject(Rejection rejection) override;

  struct AnalyzedBatch {
    Batch raw;  // documents whose analysis failed keep their RawDocument here
    std::vector<Article> articles;
    std::vector<Signature> signatures;
    std::vector<Status> errors;
    // The text half of each article's search document (empty without a search index).
    std::vector<std::optional<SearchIndexWriter::Prepared>> search_docs;
  };

  void ReadAll(const std::vector<std::string>& files, ProgressBar* bar);
  // Runs the three stages with `read` on the reader thread (it calls Accept/Reject).
  Status RunStages(size_t inputs, const std::function<void(ProgressBar*)>& read);
  void PushBatch();
  AnalyzedBatch AnalyzeBatch(Batch batch);
  Status FinishBatch(AnalyzedBatch batch);
  Status FinishArticle(Article& article, std::optional<SearchIndexWriter::Prepared>* search_doc);
  void PrepareSearchDocument(const Article& a, const RawDocument& raw,
                             std::optional<SearchIndexWriter::Prepared>* out) const;
  void IndexArticle(SearchIndexWriter::Prepared doc, StoredArticle stored);
  // Writes renamed_ into the stored lines of the articles linked to those entities.
  Status SaveEntityNames();
  std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs);

  Env* env_;
  PipelineOptions options_;
  Store* store_;
  std::FILE* out_;
  ThreadPool pool_;
  std::unique_ptr<Analyzer> analyzer_;
  std::unique_ptr<Deduplicator> dedup_;
  std::unique_ptr<Gazetteer> gazetteer_;  // null when extract is off
  std::unique_ptr<Extractor> extractor_;  // null when extract is off
  std::unique_ptr<EntityLinker> linker_;  // null when extract is off
  std::unique_ptr<StoryStage> stories_;   // null when extract or cluster is off
  EntityNames renamed_;                   // set by FinishStories
  std::function<void(const Article&)> on_article_;
  SearchIndexWriter* search_index_ = nullptr;  // not owned; null when indexing is off

  // Reader thread state; the analysis loop reads it only after joining the reader.
  Batch filling_;
  std::unique_ptr<BoundedQueue<Batch>> queue_;
  absl::flat_hash_map<std::string, std::string> seen_ids_;  // id -> source, this run
  RunSummary read_summary_;  // files, read, bytes, ingest stage, rejections by readers
  double push_wait_seconds_ = 0;
  bool stop_reading_ = false;  // set when the queue was closed by a failing run

  // Analysis thread state.
  std::unique_ptr<BoundedQueue<AnalyzedBatch>> analyzed_;
  StageStats analyze_stats_;
  StageStats extract_stats_;  // CPU time only

  // Calling thread state.
  RunSummary summary_;
  bool search_failed_ = false;  // an index write failed: stop indexing in this run
};

}  // namespace newsloom

#endif  // NEWSLOOM_PIPELINE_PIPELINE_H_
