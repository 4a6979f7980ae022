// Pair scoring for story clustering: how likely two articles report the same story, from the
// fields of their StoryItems. PairScorer is the interface the clusterer calls, so a fitted
// model (similarity.h) can replace DefaultPairScorer; KeyStats gives both the document
// frequencies of keys (IDF) seen so far.
//
// Time: a PairScorer does not decay by publication gap; the clusterer does that once per story
// (story_clusterer.h). Event dates the articles state are evidence the scorer may use.
//
// Thread safety: scorers are immutable after construction (Score is const and safe to call
// concurrently); KeyStats is not thread-safe while being added to or focused (Add, Focus), and
// its const methods are safe to call concurrently otherwise.
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
  // Counts each key of `item` once. Forgets the focused item (Focus).
  void Add(const StoryItem& item);
  // Smoothed inverse document frequency, >= 0.1: rare keys weigh more.
  double Idf(uint64_t key) const {
    if (const FocusEntry* f = FindFocus(key)) return f->idf;
    return IdfOfCount(CountOf(key));
  }
  // Keeps the document frequency and Idf of the keys of `item` at hand until the next Add or
  // Focus, for scoring one item against many stories: the keys two items share are the item's,
  // looked up again and again, and the table of every key is large. Idf, DocumentFrequency and
  // IdfCosine answer the same with or without it (IdfCosine only faster). Cost: one lookup per
  // key of `item` (prefetched); the focus table is a small open-addressing array reused from
  // item to item (no allocation once grown).
  void Focus(const StoryItem& item);
  // Items counted that hold `key`.
  uint32_t DocumentFrequency(uint64_t key) const {
    if (const FocusEntry* f = FindFocus(key)) return f->df;
    return CountOf(key);
  }
  // DocumentFrequency and Idf of `key` with one lookup.
  void Lookup(uint64_t key, uint32_t* df, double* idf) const {
    if (const FocusEntry* f = FindFocus(key)) {
      *df = f->df;
      *idf = f->idf;
      return;
    }
    *df = CountOf(key);
    *idf = IdfOfCount(*df);
  }
  int64_t documents() const { return documents_; }
  size_t distinct_keys() const { return df_.size(); }

  // For IdfCosine: which key list of the focused item `keys` equals (kWordList, kNameList),
  // 0 when none (or nothing is focused).
  static constexpr uint8_t kWordList = 1;
  static constexpr uint8_t kNameList = 2;
  uint8_t FocusedList(const std::vector<uint64_t>& keys) const;
  // Sum of Idf^2 over the keys of `keys` (sorted) that the focused item's list `list` holds, in
  // the order of `keys`: the dot product of IdfCosine, one table probe per key.
  double FocusedDot(const std::vector<uint64_t>& keys, uint8_t list) const;

 private:
  struct FocusEntry {
    double idf = 0;
    uint32_t df = 0;
    uint8_t lists = 0;  // kWordList | kNameList
  };

  double IdfOfCount(uint32_t df) const;
  uint32_t CountOf(uint64_t key) const {
    auto it = df_.find(key);
    return it == df_.end() ? 0 : it->second;
  }
  size_t FocusHome(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> focus_shift_);
  }
  // The focus entry of `key`; nullptr when `key` is not focused.
  const FocusEntry* FindFocus(uint64_t key) const {
    if (focus_count_ == 0) return nullptr;
    if (key == 0) return focus_zero_.lists != 0 ? &focus_zero_ : nullptr;
    const size_t mask = focus_keys_.size() - 1;
    for (size_t i = FocusHome(key);; i = (i + 1) & mask) {
      const uint64_t k = focus_keys_[i];
      if (k == key) return &focus_entries_[i];
      if (k == 0) return nullptr;
    }
  }
  void ClearFocus();
  void InsertFocus(uint64_t key, uint8_t list);

  absl::flat_hash_map<uint64_t, uint32_t> df_;
  // Focus: the focused item's keys, open addressing with linear probing over a power of two
  // slots, at most a quarter of them used; key 0 marks an empty slot (the key 0 itself lives
  // in focus_zero_). Cleared slot by slot (focus_used_).
  std::vector<uint64_t> focus_keys_;
  std::vector<FocusEntry> focus_entries_;  // parallel to focus_keys_
  std::vector<uint32_t> focus_used_;       // occupied slots
  FocusEntry focus_zero_;
  size_t focus_count_ = 0;  // keys focused
  int focus_shift_ = 64;    // 64 - log2(focus_keys_.size())
  // Copies of the focused item's key lists (FocusedList).
  std::vector<uint64_t> focus_word_keys_;
  std::vector<uint64_t> focus_name_keys_;
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
// PrepareForScoring, possibly from older statistics) only the shared keys are looked up: when
// one side is a key list of the focused item (KeyStats::Focus), the other side's keys are
// probed in its focus table, else the two lists are merged. Shared keys are summed in
// increasing order either way, so the answer is the same to the bit.
double IdfCosine(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b,
                 const KeyStats& stats, double norm_a = -1, double norm_b = -1);
// Caches the item's key norms under the current statistics (StoryItem::word_norm/name_norm).
void PrepareForScoring(const KeyStats& stats, StoryItem* item);

}  // namespace newsloom::cluster

#endif  // NEWSLOOM_CLUSTER_STORY_SCORER_H_
