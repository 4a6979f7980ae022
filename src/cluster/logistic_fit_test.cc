#include "cluster/logistic_fit.h"

#include <cmath>
#include <random>

#include "gtest/gtest.h"

namespace newsloom::cluster {
namespace {

// Soft targets drawn from a known logistic model are fitted back.
TEST(LogisticFit, RecoversKnownWeights) {
  std::mt19937 rng(3);
  std::uniform_real_distribution<double> u(0, 1);
  std::vector<std::vector<double>> x;
  std::vector<double> y;
  for (int i = 0; i < 2000; ++i) {
    double a = u(rng), b = u(rng), c = u(rng);
    x.push_back({a, b, c});
    y.push_back(1 / (1 + std::exp(-(-1.0 + 3.0 * a - 2.0 * b + 0.0 * c))));
  }
  LogisticFitOptions options;
  options.l2 = 0;
  auto m = FitLogistic(x, y, options);
  ASSERT_TRUE(m.ok()) << m.status();
  EXPECT_NEAR(m->bias, -1.0, 1e-3);
  EXPECT_NEAR(m->weights[0], 3.0, 1e-3);
  EXPECT_NEAR(m->weights[1], -2.0, 1e-3);
  EXPECT_NEAR(m->weights[2], 0.0, 1e-3);
  EXPECT_LT(m->iterations, 30);
}

TEST(LogisticFit, FixedWeightsStayAndPenaltyShrinks) {
  std::vector<std::vector<double>> x = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
  std::vector<double> y = {0.1, 0.9, 0.1, 0.9};
  LogisticFitOptions fixed;
  fixed.fixed = {std::nullopt, 0.7};
  auto m = FitLogistic(x, y, fixed);
  ASSERT_TRUE(m.ok());
  EXPECT_DOUBLE_EQ(m->weights[1], 0.7);
  LogisticFitOptions strong;
  strong.l2 = 100;
  auto shrunk = FitLogistic(x, y, strong);
  ASSERT_TRUE(shrunk.ok());
  EXPECT_LT(std::fabs(shrunk->weights[0]), 1.0);
}

TEST(LogisticFit, RejectsBadInput) {
  EXPECT_FALSE(FitLogistic({}, {}).ok());
  EXPECT_FALSE(FitLogistic({{1, 2}, {1}}, {0, 1}).ok());
  EXPECT_FALSE(FitLogistic({{1}}, {1.5}).ok());
}

TEST(LogisticFit, BestF1Threshold) {
  double cut = BestF1Threshold({0.9, 0.8, 0.3, 0.2}, {true, true, false, false});
  EXPECT_GT(cut, 0.3);
  EXPECT_LE(cut, 0.8);
  EXPECT_EQ(BestF1Threshold({0.1}, {false}), 0.5);
}

}  // namespace
}  // namespace newsloom::cluster
