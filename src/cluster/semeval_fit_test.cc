// Fitting the similarity weights: on a tiny synthetic set, and on the real SemEval-2022 Task 8
// train.csv when ../shared is present (k-fold Pearson >= 0.6 with the shipped signals).
#include <filesystem>
#include <random>

#include "cluster/similarity_fit.h"
#include "gtest/gtest.h"

namespace newsloom::cluster {
namespace {

TEST(SimilarityFit, SyntheticSignalsAreFitted) {
  std::mt19937 rng(11);
  std::uniform_real_distribution<double> u(0, 1);
  std::vector<eval::LabeledPair> pairs;
  std::vector<std::vector<double>> signals;
  for (int i = 0; i < 300; ++i) {
    std::vector<double> s(kSignalCount, 0.0);
    s[kSignalNames] = u(rng);
    s[kSignalText] = u(rng);
    double sim = std::clamp(0.8 * s[kSignalNames] + 0.1 * u(rng), 0.0, 1.0);
    eval::LabeledPair p;
    p.input.pair_id = "p" + std::to_string(i);
    p.input.lang1 = "en";
    p.input.lang2 = i % 3 ? "en" : "de";
    p.overall = 4 - 3 * sim;
    pairs.push_back(p);
    signals.push_back(s);
  }
  SimilarityWeights prior;
  prior.weight[kSignalPlaces] = 1.25;
  auto fit = FitSimilarity(pairs, signals, prior);
  ASSERT_TRUE(fit.ok()) << fit.status();
  EXPECT_GT(fit->cross_validated.overall.pearson, 0.9);
  EXPECT_GT(fit->weights.weight[kSignalNames], 2.0);
  EXPECT_LT(std::fabs(fit->weights.weight[kSignalText]), 0.5);
  EXPECT_EQ(fit->weights.weight[kSignalPlaces], 1.25);  // never varies: prior kept
  EXPECT_EQ(fit->fitted_signals, (std::vector<int>{kSignalText, kSignalNames}));
  EXPECT_FALSE(FitSimilarity(pairs, {}, prior).ok());
}

TEST(SimilarityFit, SemEvalTrainCrossValidated) {
  const std::string path = NEWSLOOM_SOURCE_DIR "/../shared/data/semeval2022-task8/train.csv";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " absent";
  auto pairs = eval::LoadSemEvalPairs(Env::Default(), path);
  ASSERT_TRUE(pairs.ok()) << pairs.status();
  auto analyzer = Analyzer::Create();
  ASSERT_TRUE(analyzer.ok());
  // With facts, as the shipped weights were fitted (tools/fit_similarity.cc).
  auto facts = FactSource::Open();
  if (!facts.ok()) GTEST_SKIP() << facts.status();
  ThreadPool pool(2);
  auto signals = PairSignals(*pairs, SimilarityModel::Default(), **analyzer, facts->get(), &pool);
  ASSERT_TRUE(signals.ok()) << signals.status();
  auto fit = FitSimilarity(*pairs, *signals, SimilarityWeights::Default());
  ASSERT_TRUE(fit.ok()) << fit.status();
  EXPECT_GE(fit->cross_validated.overall.pearson, 0.6);
  EXPECT_GE(fit->cross_validated.cross_lingual.pearson, 0.45);
  // The shipped weights correlate about as well on the whole set.
  std::vector<size_t> all;
  std::vector<double> scores;
  for (size_t i = 0; i < pairs->size(); ++i) {
    all.push_back(i);
    scores.push_back(SimilarityWeights::Default().Score((*signals)[i]));
  }
  EXPECT_GE(eval::CorrelateScores(*pairs, all, scores).overall.pearson, 0.6);
}

}  // namespace
}  // namespace newsloom::cluster
