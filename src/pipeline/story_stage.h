// StoryStage: the pipeline's last stage — groups a run's articles into stories
// (cluster/story_clusterer.h) once every article is analysed, linked and stored.
//
// Clustering sees articles in publication order (undated last), not input order, so it cannot
// run while articles stream through: the stage keeps each article's StoryItem (~1 KB) and
// clusters at the end of the run. Stories of earlier runs are loaded from the store first, so
// incremental ingest extends them and never renames them. A duplicate joins its original's
// story without being compared.
//
// An undated article is read again once its story gives it a date (set_reader): its
// background sentences are told against that date, so a history paragraph stops giving the
// story figures ("Тоді, у квітні 2010-го ... загинули понад 80 людей" in an undated report
// of 2020). Its dates are still resolved as those of an undated article — a weekday is not
// placed against an inferred day — and its event day still comes from the story.
//
// Thread safety: used from the pipeline's calling thread only.
#ifndef NEWSLOOM_PIPELINE_STORY_STAGE_H_
#define NEWSLOOM_PIPELINE_STORY_STAGE_H_

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "cluster/story_clusterer.h"
#include "cluster/story_scorer.h"
#include "core/fuzzy_date.h"
#include "core/status.h"
#include "core/thread_pool.h"
#include "extract/extractor.h"
#include "pipeline/article.h"
#include "pipeline/entity_names.h"
#include "pipeline/story_outcome.h"
#include "store/store.h"
#include "text/analyzer.h"

namespace newsloom {

class StoryStage {
 public:
  // Loads the stories of earlier runs from `store` (may be null). `store` must outlive this.
  static StatusOr<std::unique_ptr<StoryStage>> Create(Store* store);

  // Starts another run of a long-lived stage: forgets the previous run's articles and
  // outcomes; the stories stay, as if restored from the store.
  void StartRun();

  // Reads undated articles again in Finish, with the analyzer and extractor they went
  // through (not owned; both must outlive this stage). Collect then keeps the clean text,
  // language and facts of each undated article until Finish. `pool` (not owned, may be null)
  // shares out the reading.
  void set_reader(const Analyzer* analyzer, const Extractor* extractor, ThreadPool* pool);

  // Keeps what clustering needs of one finished (linked) article.
  void Collect(const Article& article);

  // Clusters the collected articles, saves the stories to the store (one transaction), writes
  // what clustering inferred into the stored articles' JSON lines (another; story_outcome.h)
  // and writes one stories.jsonl line per story holding an article of this run to `out` (may
  // be null). The collected articles' persons and organizations take the names in `renamed`
  // (entity id -> name now) first. Errors: the store's, or Unavailable when `out` cannot be
  // written.
  Status Finish(std::FILE* out, const EntityNames& renamed = {});

  // After Finish: the story of an article of this run; nullptr when it has none.
  const StoryOutcome* OutcomeOf(const std::string& article_id) const;
  size_t story_count() const { return story_count_; }

 private:
  explicit StoryStage(Store* store);
  // Gives the members of `story` without a day-precision event date the story's event day.
  void PropagateEventDay(const cluster::Story& story);
  // Reads the undated articles kept by Collect again against the dates their stories
  // inferred; sets the events and figures of those whose facts changed in their outcomes and
  // their stories' members.
  void RereadUndated();

  Store* store_;
  cluster::DefaultPairScorer scorer_;
  std::unique_ptr<cluster::StoryClusterer> clusterer_;
  std::vector<cluster::StoryItem> items_;
  // A re-published article: not clustered itself, it takes its original's story and day.
  struct Duplicate {
    std::string id, original;
    std::optional<FuzzyDate> published;
    std::optional<FuzzyDate> event_date;  // of its main (non-background) event
  };
  // Gives duplicates without a day-precision event date their original's day: its own, or
  // the story's (PropagateEventDay), when it fits the duplicate's publication date.
  void PropagateToDuplicates();
  // Writes the inferred publication dates and the story event days into the stored articles'
  // JSON lines, in one transaction; not the story ids, which a later run's merge may retire
  // (readers take those from the story members).
  Status SaveInferredFacts();

  std::vector<Duplicate> duplicates_;
  // An undated article, for RereadUndated.
  struct Undated {
    std::string id, text, lang;
    ArticleFacts facts;
  };
  const Analyzer* analyzer_ = nullptr;    // not owned; null: undated articles are not re-read
  const Extractor* extractor_ = nullptr;  // not owned
  ThreadPool* pool_ = nullptr;            // not owned; may be null
  std::vector<Undated> undated_;
  absl::flat_hash_map<std::string, StoryOutcome> outcomes_;
  size_t story_count_ = 0;
};

}  // namespace newsloom

#endif  // NEWSLOOM_PIPELINE_STORY_STAGE_H_
