#include "cluster/logistic_fit.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "fmt/format.h"

namespace newsloom::cluster {
namespace {

double Sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

// Solves A x = b in place (Gaussian elimination with partial pivoting); false when singular.
bool Solve(std::vector<std::vector<double>> a, std::vector<double> b, std::vector<double>* x) {
  const size_t n = b.size();
  for (size_t col = 0; col < n; ++col) {
    size_t pivot = col;
    for (size_t r = col + 1; r < n; ++r) {
      if (std::fabs(a[r][col]) > std::fabs(a[pivot][col])) pivot = r;
    }
    if (std::fabs(a[pivot][col]) < 1e-12) return false;
    std::swap(a[col], a[pivot]);
    std::swap(b[col], b[pivot]);
    for (size_t r = col + 1; r < n; ++r) {
      double f = a[r][col] / a[col][col];
      for (size_t c = col; c < n; ++c) a[r][c] -= f * a[col][c];
      b[r] -= f * b[col];
    }
  }
  x->assign(n, 0.0);
  for (size_t i = n; i-- > 0;) {
    double sum = b[i];
    for (size_t c = i + 1; c < n; ++c) sum -= a[i][c] * (*x)[c];
    (*x)[i] = sum / a[i][i];
  }
  return true;
}

}  // namespace

double LogisticModel::Predict(const std::vector<double>& x) const {
  double z = bias;
  for (size_t i = 0; i < weights.size() && i < x.size(); ++i) z += weights[i] * x[i];
  return Sigmoid(z);
}

StatusOr<LogisticModel> FitLogistic(const std::vector<std::vector<double>>& x,
                                    const std::vector<double>& y,
                                    const LogisticFitOptions& options) {
  if (x.empty() || x.size() != y.size()) {
    return absl::InvalidArgumentError(
        fmt::format("FitLogistic: {} rows and {} targets", x.size(), y.size()));
  }
  const size_t d = x[0].size();
  for (size_t r = 0; r < x.size(); ++r) {
    if (x[r].size() != d) {
      return absl::InvalidArgumentError(
          fmt::format("FitLogistic: row {} has {} features, not {}", r, x[r].size(), d));
    }
    if (!(y[r] >= 0 && y[r] <= 1)) {
      return absl::InvalidArgumentError(fmt::format("FitLogistic: target {} outside [0,1]", r));
    }
  }
  auto fixed = [&](size_t j) -> std::optional<double> {
    return j < options.fixed.size() ? options.fixed[j] : std::nullopt;
  };
  // Free parameters: index 0 is the bias, then the unfixed features.
  std::vector<size_t> free_features;
  for (size_t j = 0; j < d; ++j) {
    if (!fixed(j)) free_features.push_back(j);
  }
  const size_t p = free_features.size() + 1;
  LogisticModel model;
  model.weights.assign(d, 0.0);
  for (size_t j = 0; j < d; ++j) model.weights[j] = fixed(j).value_or(0.0);
  double mean_y = std::accumulate(y.begin(), y.end(), 0.0) / y.size();
  mean_y = std::clamp(mean_y, 1e-3, 1 - 1e-3);
  model.bias = std::log(mean_y / (1 - mean_y));
  for (int it = 0; it < options.max_iterations; ++it) {
    std::vector<double> grad(p, 0.0);
    std::vector<std::vector<double>> hess(p, std::vector<double>(p, 0.0));
    std::vector<double> row(p);
    for (size_t r = 0; r < x.size(); ++r) {
      double pr = model.Predict(x[r]);
      row[0] = 1.0;
      for (size_t k = 0; k < free_features.size(); ++k) row[k + 1] = x[r][free_features[k]];
      double diff = y[r] - pr;
      double w = std::max(pr * (1 - pr), 1e-9);
      for (size_t a = 0; a < p; ++a) {
        grad[a] += diff * row[a];
        for (size_t b = a; b < p; ++b) hess[a][b] += w * row[a] * row[b];
      }
    }
    for (size_t a = 0; a < p; ++a) {
      for (size_t b = 0; b < a; ++b) hess[a][b] = hess[b][a];
    }
    for (size_t k = 0; k < free_features.size(); ++k) {
      grad[k + 1] -= options.l2 * model.weights[free_features[k]];
      hess[k + 1][k + 1] += options.l2;
    }
    hess[0][0] += 1e-9;
    std::vector<double> step;
    if (!Solve(hess, grad, &step)) {
      return absl::InternalError("FitLogistic: singular Hessian");
    }
    double largest = 0;
    model.bias += step[0];
    largest = std::fabs(step[0]);
    for (size_t k = 0; k < free_features.size(); ++k) {
      model.weights[free_features[k]] += step[k + 1];
      largest = std::max(largest, std::fabs(step[k + 1]));
    }
    model.iterations = it + 1;
    if (largest < options.tolerance) break;
  }
  return model;
}

double BestF1Threshold(const std::vector<double>& scores, const std::vector<bool>& positive) {
  std::vector<size_t> order(scores.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] > scores[b]; });
  size_t total_pos = std::count(positive.begin(), positive.end(), true);
  if (total_pos == 0) return 0.5;
  double best_f1 = -1, best_cut = 0.5;
  size_t tp = 0;
  for (size_t k = 0; k < order.size(); ++k) {
    if (positive[order[k]]) ++tp;
    // Cut between this score and the next lower one.
    if (k + 1 < order.size() && scores[order[k + 1]] == scores[order[k]]) continue;
    double precision = static_cast<double>(tp) / (k + 1);
    double recall = static_cast<double>(tp) / total_pos;
    double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    if (f1 > best_f1) {
      best_f1 = f1;
      double next = k + 1 < order.size() ? scores[order[k + 1]] : 0.0;
      best_cut = (scores[order[k]] + next) / 2;
    }
  }
  return best_cut;
}

}  // namespace newsloom::cluster
