#include "cluster/similarity_weights.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsloom::cluster {
namespace {

TEST(SimilarityWeights, ParseAndRoundTrip) {
  auto w = SimilarityWeights::Parse("# c\nbias\t-2\nthreshold\t0.4\nnames\t1.5\n", "w.tsv");
  ASSERT_TRUE(w.ok()) << w.status();
  EXPECT_EQ(w->bias, -2);
  EXPECT_EQ(w->threshold, 0.4);
  EXPECT_EQ(w->weight[kSignalNames], 1.5);
  EXPECT_EQ(w->weight[kSignalText], 0);
  auto again = SimilarityWeights::Parse(w->ToTsv("a comment\nover two lines"), "x");
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(again->weight, w->weight);
  std::vector<double> signals(kSignalCount, 0.0);
  signals[kSignalNames] = 1;
  EXPECT_DOUBLE_EQ(w->LogOdds(signals), -0.5);
  EXPECT_NEAR(w->Score(signals), 0.3775, 1e-4);
}

TEST(SimilarityWeights, ErrorsNameFileAndLine) {
  auto unknown = SimilarityWeights::Parse("bias\t1\nthreshold\t0.5\nnope\t1\n", "w.tsv");
  EXPECT_THAT(std::string(unknown.status().message()), testing::HasSubstr("w.tsv:3: unknown"));
  auto nan = SimilarityWeights::Parse("bias\tx\n", "w.tsv");
  EXPECT_THAT(std::string(nan.status().message()), testing::HasSubstr("w.tsv:1:"));
  EXPECT_FALSE(SimilarityWeights::Parse("bias\t1\n", "w.tsv").ok());
  EXPECT_FALSE(SimilarityWeights::Parse("bias 1\n", "w.tsv").ok());
}

TEST(SimilarityWeights, EmbeddedWeightsParse) {
  auto w = SimilarityWeights::Parse(kSimilarityWeightsTsv, "similarity_weights.tsv");
  ASSERT_TRUE(w.ok()) << w.status();
  EXPECT_GT(w->threshold, 0);
  EXPECT_LT(w->threshold, 1);
  for (int i = 0; i < kSignalCount; ++i) EXPECT_EQ(SignalIdOf(SignalName(i)), i);
  EXPECT_EQ(SignalIdOf("nope"), -1);
}

}  // namespace
}  // namespace newsloom::cluster
