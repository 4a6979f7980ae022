// The arithmetic of evaluation: accuracy, precision/recall/F1 from counts, multiset matching,
// B-cubed and pairwise clustering scores, Pearson correlation. Pure functions and value types;
// thread-compatible.
//
// Convention for empty denominators: a ratio whose denominator is 0 is 0 (never NaN), so a
// metric nothing was produced for shows as 0 beside its count rather than disappearing.
#ifndef NEWSLOOM_EVAL_METRICS_H_
#define NEWSLOOM_EVAL_METRICS_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace newsloom::eval {

// num / den, or 0 when den is 0.
double SafeRatio(double num, double den);
// Harmonic mean of p and r, or 0 when both are 0.
double HarmonicMean(double p, double r);

// Share of items judged correct.
struct Accuracy {
  int64_t correct = 0;
  int64_t total = 0;

  void Add(bool ok) {
    ++total;
    if (ok) ++correct;
  }
  void Merge(const Accuracy& o) {
    correct += o.correct;
    total += o.total;
  }
  double value() const { return SafeRatio(correct, total); }
};

// Micro-averaged precision/recall/F1 from true positives, false positives and false
// negatives. Items produced = tp + fp; items expected = tp + fn.
struct PrfCounts {
  int64_t tp = 0;
  int64_t fp = 0;
  int64_t fn = 0;

  // Adds one unit (article) with `matched` matches out of `produced` and `expected` items.
  void AddMatched(int64_t matched, int64_t produced, int64_t expected) {
    tp += matched;
    fp += produced - matched;
    fn += expected - matched;
  }
  void Merge(const PrfCounts& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
  }
  double precision() const { return SafeRatio(tp, tp + fp); }
  double recall() const { return SafeRatio(tp, tp + fn); }
  double f1() const { return HarmonicMean(precision(), recall()); }
};

// Size of the multiset intersection of `produced` and `expected` (each key counted
// min(times in produced, times in expected)).
int64_t MultisetIntersection(const std::vector<std::string>& produced,
                             const std::vector<std::string>& expected);

// B-cubed scores as sums over items, so subsets (one language) can be summed and divided.
// For item i with system cluster C(i) and gold class L(i):
//   P_i = |C(i) ∩ L(i)| / |C(i)|,  R_i = |C(i) ∩ L(i)| / |L(i)|.
struct BCubedScores {
  double precision_sum = 0;
  double recall_sum = 0;
  int64_t items = 0;

  double precision() const { return SafeRatio(precision_sum, items); }
  double recall() const { return SafeRatio(recall_sum, items); }
  double f1() const { return HarmonicMean(precision(), recall()); }
};

// Two labelings of the same items, index by index: system[i] and gold[i] are labels of item i
// (any strings; equal strings = same cluster). The vectors must have the same size.
struct Clustering {
  std::vector<std::string> system;
  std::vector<std::string> gold;
};

// Per-item B-cubed precision and recall (vectors of clusters.system.size()).
void BCubedPerItem(const Clustering& clusters, std::vector<double>* precision,
                   std::vector<double>* recall);
// B-cubed over the items whose `selected[i]` is true (all items when `selected` is empty).
BCubedScores BCubed(const Clustering& clusters, const std::vector<bool>& selected = {});

// Pairwise clustering counts over unordered pairs of items: tp = pairs together in both,
// fp = together in system only, fn = together in gold only. When `selected` is non-empty,
// only pairs with at least one selected item count. Cost O(n) with hashing, not O(n^2).
PrfCounts PairwiseCounts(const Clustering& clusters, const std::vector<bool>& selected = {});

// Pearson correlation of x and y (same size). 0 when there are fewer than 2 points or either
// side has zero variance.
double Pearson(const std::vector<double>& x, const std::vector<double>& y);

}  // namespace newsloom::eval

#endif  // NEWSLOOM_EVAL_METRICS_H_
