#include "cluster/similarity_fit.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "fmt/format.h"

namespace newsloom::cluster {

std::vector<AnalysedPair> AnalysePairs(const std::vector<eval::LabeledPair>& pairs,
                                       const Analyzer& analyzer, FactSource* facts,
                                       ThreadPool* pool) {
  std::vector<AnalysedPair> out(pairs.size());
  pool->ParallelFor(pairs.size(), [&](size_t i) {
    const eval::PairInput& in = pairs[i].input;
    auto a = analyzer.Analyze(in.text1, in.lang1);
    auto b = analyzer.Analyze(in.text2, in.lang2);
    if (!a.ok() || !b.ok()) {
      out[i].error =
          fmt::format("text{}: {}", a.ok() ? 2 : 1, MessageOf(a.ok() ? b.status() : a.status()));
      return;
    }
    out[i].a = std::move(*a);
    out[i].b = std::move(*b);
    if (facts != nullptr) {
      out[i].facts_a = facts->Extract(out[i].a, std::nullopt);
      out[i].facts_b = facts->Extract(out[i].b, std::nullopt);
    }
  });
  if (facts == nullptr) return out;
  for (size_t i = 0; i < pairs.size(); ++i) {
    AnalysedPair& p = out[i];
    if (!p.error.empty()) continue;
    const std::string& id = pairs[i].input.pair_id;
    Status s = facts->Link(id + "/1", std::nullopt, &*p.facts_a);
    if (s.ok()) s = facts->Link(id + "/2", std::nullopt, &*p.facts_b);
    if (!s.ok()) p.error = "linking: " + MessageOf(s);
  }
  return out;
}

std::vector<double> SignalsOf(const AnalysedPair& pair, const SimilarityModel& model) {
  const bool facts = pair.facts_a && pair.facts_b;
  return model.Signals(
      FeaturesWithFacts(model, pair.a, std::nullopt, facts ? &*pair.facts_a : nullptr),
      FeaturesWithFacts(model, pair.b, std::nullopt, facts ? &*pair.facts_b : nullptr));
}

StatusOr<std::vector<std::vector<double>>> PairSignals(const std::vector<eval::LabeledPair>& pairs,
                                                       const SimilarityModel& model,
                                                       const Analyzer& analyzer, FactSource* facts,
                                                       ThreadPool* pool) {
  const std::vector<AnalysedPair> analysed = AnalysePairs(pairs, analyzer, facts, pool);
  for (size_t i = 0; i < pairs.size(); ++i) {
    if (!analysed[i].error.empty()) {
      return absl::InvalidArgumentError(fmt::format("pair {} (line {}): {}", pairs[i].input.pair_id,
                                                    pairs[i].line, analysed[i].error));
    }
  }
  std::vector<std::vector<double>> out(pairs.size());
  pool->ParallelFor(pairs.size(), [&](size_t i) { out[i] = SignalsOf(analysed[i], model); });
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
    LogisticFitOptions constrained = logistic;
    for (;;) {
      NL_ASSIGN_OR_RETURN(LogisticModel m, FitLogistic(x, y, constrained));
      bool refit = false;
      for (int s : options.nonnegative) {
        if (!constrained.fixed[s] && m.weights[s] < 0) {
          constrained.fixed[s] = 0.0;
          refit = true;
        }
      }
      if (!refit) return m;
    }
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
