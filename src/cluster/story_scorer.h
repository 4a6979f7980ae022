// Pair scoring for story clustering: how likely two articles report the same story, from the
// fields of their StoryItems. PairScorer is the interface the clusterer calls, so a fitted
// model (similarity.h) can replace DefaultPairScorer; KeyStats gives both the document
// frequencies of keys (IDF) seen so far.
//
// Time: a PairScorer does not decay by publication gap; the clusterer does that once per story
// (story_clusterer.h). Event dates the articles state are evidence the scorer may use.
//
// Thread safety: scorers are immutable after construction (Score is const and safe to call
// concurrently); KeyStats is not thread-safe while being added to.
#ifndef NEWSLOOM_CLUSTER_STORY_SCORER_H_
#define NEWSLOOM_CLUSTER_STORY_SCORER_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "cluster/story_item.h"
#include "core/fuzzy_date.h"

namespace newsloom::cluster {

// Document frequencies of word and name keys over the items counted so far.
class KeyStats {
 public:
  KeyStats();
  // Counts each key of `item` once.
  void Add(const StoryItem& item);
  // Smoothed inverse document frequency, >= 0.1: rare keys weigh more.
  double Idf(uint64_t key) const;
  // Keeps the Idf of the keys of `item` at hand until the next Add, for scoring one item
  // against many stories: the keys two items share are the item's, looked up again and again,
  // and the table of every key is large. Idf answers the same with or without it.
  void Focus(const StoryItem& item);
  // Items counted that hold `key`.
  uint32_t DocumentFrequency(uint64_t key) const {
    auto it = df_.find(key);
    return it == df_.end() ? 0 : it->second;
  }
  int64_t documents() const { return documents_; }
  size_t distinct_keys() const { return df_.size(); }

 private:
  double IdfOfCount(uint32_t df) const;

  absl::flat_hash_map<uint64_t, uint32_t> df_;
  absl::flat_hash_map<uint64_t, double> focus_;  // Focus: key -> Idf, cleared by Add
  int64_t documents_ = 0;
  double log_documents_;  // log(documents_ + 10)
};

// The days a date covers: [first, last], days since 1970-01-01.
struct DayRange {
  int64_t first = 0;
  int64_t last = 0;
};
DayRange DaysOf(const FuzzyDate& date);
// Days between two ranges; 0 when they overlap.
int64_t GapDays(const DayRange& a, const DayRange& b);

class PairScorer {
 public:
  virtual ~PairScorer() = default;
  // Same-story score in [0, 1]; symmetric. `stats` gives IDF weights.
  virtual double Score(const StoryItem& a, const StoryItem& b, const KeyStats& stats) const = 0;
};

// Weights of DefaultPairScorer (tuned on data/samples and ../shared/seeds).
struct DefaultPairScorerOptions {
  double text = 0.75;              // IDF cosine of same-language word keys
  double names = 0.85;             // IDF cosine of cross-language name keys
  double same_place = 0.15;        // same main town (GeoNames id)
  double shared_place = 0.05;      // any town in common
  double same_country = 0.10;      // same main country
  double other_country = 0.35;     // penalty: both have a main country and they differ
  double same_event_type = 0.05;   // same ACLED event type
  double same_figure = 0.06;       // each shared (kind, value) figure, at most 3
  double event_date_close = 0.10;  // both state event dates within `close_days`
  double event_date_far = 0.35;    // penalty: stated event dates more than `far_days` apart
  int close_days = 2;
  int far_days = 21;
};

class DefaultPairScorer : public PairScorer {
 public:
  explicit DefaultPairScorer(const DefaultPairScorerOptions& options = {}) : options_(options) {}
  double Score(const StoryItem& a, const StoryItem& b, const KeyStats& stats) const override;

 private:
  DefaultPairScorerOptions options_;
};

// IDF-weighted cosine of two sorted key sets, in [0, 1]. With norms >= 0 (cached by
// PrepareForScoring, possibly from older statistics) only the shared keys are looked up.
double IdfCosine(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b,
                 const KeyStats& stats, double norm_a = -1, double norm_b = -1);
// Caches the item's key norms under the current statistics (StoryItem::word_norm/name_norm).
void PrepareForScoring(const KeyStats& stats, StoryItem* item);

}  // namespace newsloom::cluster

#endif  // NEWSLOOM_CLUSTER_STORY_SCORER_H_
