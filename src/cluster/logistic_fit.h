// Logistic regression with soft targets, fitted by Newton's method (IRLS) with an L2 penalty:
// the model behind SimilarityWeights, fitted by tools/fit_similarity.cc. Small and exact for
// the ~20 signals we have; no learning rate to tune.
//
// Thread safety: pure functions.
#ifndef NEWSLOOM_CLUSTER_LOGISTIC_FIT_H_
#define NEWSLOOM_CLUSTER_LOGISTIC_FIT_H_

#include <optional>
#include <vector>

#include "core/status.h"

namespace newsloom::cluster {

struct LogisticFitOptions {
  // L2 penalty on the weights (not the bias). Default 0.01.
  double l2 = 0.01;
  // Newton steps, at most. Default 100.
  int max_iterations = 100;
  // Stop when no weight moves by more than this. Default 1e-9.
  double tolerance = 1e-9;
  // Per feature: a value here fixes that weight (not fitted), e.g. a prior for a signal the
  // training data never shows. Empty or nullopt entries are fitted.
  std::vector<std::optional<double>> fixed;
};

struct LogisticModel {
  double bias = 0;
  std::vector<double> weights;
  int iterations = 0;
  double Predict(const std::vector<double>& x) const;  // in (0, 1)
};

// Fits P(y | x) = sigmoid(bias + w.x) to targets y in [0, 1] (soft labels allowed), maximising
// the cross-entropy likelihood minus l2/2 |w|^2. InvalidArgument when the rows are ragged,
// empty, or a target is outside [0, 1].
StatusOr<LogisticModel> FitLogistic(const std::vector<std::vector<double>>& x,
                                    const std::vector<double>& y,
                                    const LogisticFitOptions& options = {});

// The score cut that maximises F1 of predicting `positive` from score >= cut; 0.5 when there
// are no positives.
double BestF1Threshold(const std::vector<double>& scores, const std::vector<bool>& positive);

}  // namespace newsloom::cluster

#endif  // NEWSLOOM_CLUSTER_LOGISTIC_FIT_H_
