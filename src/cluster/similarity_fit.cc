#include "cluster/similarity_fit.h"

#include <algorithm>
#include <cmath>
#include <mutex>

#include "fmt/format.h"

namespace newsloom::cluster {

StatusOr<std::vector<std::vector<double>>> PairSignals(const std::vector<eval::LabeledPair>& pairs,
                                                       const SimilarityModel& model,
                                                       const Analyzer& analyzer, ThreadPool* pool) {
  std::vector<std::vector<double>> out(pairs.size());
  std::mutex mu;
  Status first_error;
  pool->ParallelFor(pairs.size(), [&](size_t i) {
    const eval::PairInput& in = pairs[i].input;
    auto a = analyzer.Analyze(in.text1, in.lang1);
    auto b = analyzer.Analyze(in.text2, in.lang2);
    if (!a.ok() || !b.ok()) {
      std::lock_guard<std::mutex> lock(mu);
      if (first_error.ok()) {
        first_error = absl::InvalidArgumentError(
            fmt::format("pair {} (line {}): {}", in.pair_id, pairs[i].line,
                        (!a.ok() ? a.status() : b.status()).ToString()));
      }
      return;
    }
    out[i] = model.Signals(model.Features(*a), model.Features(*b));
  });
  if (!first_error.ok()) return first_error;
  return out;
}

StatusOr<SimilarityFit> FitSimilarity(const std::vector<eval::LabeledPair>& pairs,
                                      const std::vector<std::vector<double>>& signals,
                                      const SimilarityWeights& prior,
                                      const SimilarityFitOptions& options) {
  if (pairs.size() != signals.size() || pairs.size() < 2) {
    return absl::InvalidArgumentError(
        fmt::format("FitSimilarity: {} pairs, {} signal rows", pairs.size(), signals.size()));
  }
  SimilarityFit fit;
  LogisticFitOptions logistic = options.logistic;
  logistic.fixed.assign(kSignalCount, std::nullopt);
  for (int s = 0; s < kSignalCount; ++s) {
    bool varies = std::any_of(signals.begin(), signals.end(),
                              [&](const auto& row) { return row[s] != signals[0][s]; });
    if (varies) {
      fit.fitted_signals.push_back(s);
    } else {
      logistic.fixed[s] = prior.weight[s];
    }
  }
  auto fit_on = [&](const std::vector<size_t>& idx) -> StatusOr<LogisticModel> {
    std::vector<std::vector<double>> x;
    std::vector<double> y;
    for (size_t i : idx) {
      x.push_back(signals[i]);
      y.push_back(pairs[i].similarity());
    }
    return FitLogistic(x, y, logistic);
  };
  std::vector<size_t> tested;
  std::vector<double> scores;
  for (const eval::Fold& fold : eval::KFold(pairs, options.folds)) {
    if (fold.train.empty()) continue;
    NL_ASSIGN_OR_RETURN(LogisticModel m, fit_on(fold.train));
    for (size_t i : fold.test) {
      tested.push_back(i);
      scores.push_back(m.Predict(signals[i]));
    }
  }
  fit.cross_validated = eval::CorrelateScores(pairs, tested, scores);
  fit.cross_validated_scores.assign(pairs.size(), std::nan(""));
  for (size_t k = 0; k < tested.size(); ++k) fit.cross_validated_scores[tested[k]] = scores[k];

  std::vector<size_t> all(pairs.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  NL_ASSIGN_OR_RETURN(LogisticModel m, fit_on(all));
  fit.weights.bias = m.bias;
  for (int s = 0; s < kSignalCount; ++s) fit.weights.weight[s] = m.weights[s];
  std::vector<double> all_scores;
  std::vector<bool> positive;
  for (size_t i = 0; i < pairs.size(); ++i) {
    all_scores.push_back(m.Predict(signals[i]));
    positive.push_back(pairs[i].overall <= options.same_story_max_overall);
  }
  fit.weights.threshold = BestF1Threshold(all_scores, positive);
  return fit;
}

}  // namespace newsloom::cluster
