// Fitting SimilarityWeights on labelled pairs (SemEval-2022 Task 8, eval/semeval_pairs.h) with
// k-fold cross-validation: the engine of tools/fit_similarity.cc, also used by tests.
//
// Thread safety: functions are safe to call concurrently; PairSignals uses `pool` internally.
#ifndef NEWSLOOM_CLUSTER_SIMILARITY_FIT_H_
#define NEWSLOOM_CLUSTER_SIMILARITY_FIT_H_

#include <optional>
#include <string>
#include <vector>

#include "cluster/fact_source.h"
#include "cluster/logistic_fit.h"
#include "cluster/similarity.h"
#include "core/status.h"
#include "core/thread_pool.h"
#include "eval/semeval_pairs.h"
#include "text/analyzer.h"

namespace newsloom::cluster {

// Both texts of a pair analysed with their language as hint, and with a FactSource their
// facts; `error` says why a text could not be analysed ("text1: ...").
struct AnalysedPair {
  AnalyzedDocument a, b;
  std::optional<ArticleFacts> facts_a, facts_b;
  std::string error;
};

// Analyses (and extracts facts of) every pair in parallel on `pool`, then, with `facts`, links
// their persons and organizations in pair order ("<pair_id>/1", "<pair_id>/2"), so the
// entity ids do not depend on the threads. `facts` may be null (text signals only).
std::vector<AnalysedPair> AnalysePairs(const std::vector<eval::LabeledPair>& pairs,
                                       const Analyzer& analyzer, FactSource* facts,
                                       ThreadPool* pool);
// The signals (by SignalId) of an analysed pair, without publication dates (SemEval pairs
// carry none).
std::vector<double> SignalsOf(const AnalysedPair& pair, const SimilarityModel& model);

// The signals of every pair (AnalysePairs, SignalsOf). InvalidArgument naming the pair when a
// text fails analysis.
StatusOr<std::vector<std::vector<double>>> PairSignals(const std::vector<eval::LabeledPair>& pairs,
                                                       const SimilarityModel& model,
                                                       const Analyzer& analyzer, FactSource* facts,
                                                       ThreadPool* pool);

struct SimilarityFitOptions {
  int folds = 5;  // k of k-fold cross-validation (eval::KFold); default 5
  LogisticFitOptions logistic;
  // A pair counts as "same story" for the threshold when Overall <= this (1 = very similar,
  // 4 = very dissimilar). Default 2.
  double same_story_max_overall = 2.0;
  // Signals whose weight may not be negative: sharing an entity, a place, a country, an event
  // day or a figure never argues against one story, whatever the correlations between
  // signals in a small training set say. A weight that would come out negative is fixed at 0
  // and the rest refitted. Default the fact signals.
  std::vector<int> nonnegative = {kSignalEntities, kSignalPlaces, kSignalCountries,
                                  kSignalEventDates, kSignalFigures};
};

struct SimilarityFit {
  eval::PairsReport cross_validated;  // each pair scored by the model not trained on its fold
  SimilarityWeights weights;          // fitted on all pairs
  std::vector<int> fitted_signals;    // signals that vary in the data and were fitted; the
                                      // others keep the prior's weight
  // The cross-validated scores by pair index (cross_validated_scores[i] is pairs[i]'s); NaN
  // for a pair that was never tested (folds < 2).
  std::vector<double> cross_validated_scores;
};

// Fits weights to pairs[i].similarity() from signals[i]. Signals that never vary in the data
// keep `prior`'s weights (fact signals before facts are extracted).
StatusOr<SimilarityFit> FitSimilarity(const std::vector<eval::LabeledPair>& pairs,
                                      const std::vector<std::vector<double>>& signals,
                                      const SimilarityWeights& prior,
                                      const SimilarityFitOptions& options = {});

}  // namespace newsloom::cluster

#endif  // NEWSLOOM_CLUSTER_SIMILARITY_FIT_H_
