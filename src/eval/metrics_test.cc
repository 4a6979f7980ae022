#include "eval/metrics.h"

#include <gtest/gtest.h>

namespace newsloom::eval {
namespace {

TEST(MetricsTest, EmptyDenominatorsAreZero) {
  EXPECT_EQ(SafeRatio(0, 0), 0.0);
  EXPECT_EQ(HarmonicMean(0, 0), 0.0);
  PrfCounts none;
  EXPECT_EQ(none.precision(), 0.0);
  EXPECT_EQ(none.recall(), 0.0);
  EXPECT_EQ(none.f1(), 0.0);
  Accuracy a;
  EXPECT_EQ(a.value(), 0.0);
}

TEST(MetricsTest, AccuracyCounts) {
  Accuracy a;
  a.Add(true);
  a.Add(false);
  a.Add(true);
  a.Add(true);
  EXPECT_EQ(a.correct, 3);
  EXPECT_EQ(a.total, 4);
  EXPECT_DOUBLE_EQ(a.value(), 0.75);
}

TEST(MetricsTest, PrecisionRecallF1) {
  // tp=3, fp=1, fn=2: P = 3/4, R = 3/5, F1 = 2*0.75*0.6/(0.75+0.6) = 0.9/1.35 = 2/3.
  PrfCounts c;
  c.AddMatched(/*matched=*/2, /*produced=*/3, /*expected=*/2);  // tp 2, fp 1, fn 0
  c.AddMatched(/*matched=*/1, /*produced=*/1, /*expected=*/3);  // tp 1, fp 0, fn 2
  EXPECT_EQ(c.tp, 3);
  EXPECT_EQ(c.fp, 1);
  EXPECT_EQ(c.fn, 2);
  EXPECT_DOUBLE_EQ(c.precision(), 0.75);
  EXPECT_DOUBLE_EQ(c.recall(), 0.6);
  EXPECT_NEAR(c.f1(), 2.0 / 3.0, 1e-12);
}

TEST(MetricsTest, MultisetIntersectionCountsRepeats) {
  // produced {a,a,b,c}, expected {a,b,b,d}: a min(2,1)=1, b min(1,2)=1, c 0 -> 2.
  EXPECT_EQ(MultisetIntersection({"a", "a", "b", "c"}, {"a", "b", "b", "d"}), 2);
  EXPECT_EQ(MultisetIntersection({"a", "a"}, {"a", "a"}), 2);
  EXPECT_EQ(MultisetIntersection({}, {"a"}), 0);
}

// Items 1..5. Gold classes A={1,2,3}, B={4,5}; system clusters X={1,2}, Y={3,4,5}.
Clustering FiveItems() {
  Clustering c;
  c.system = {"X", "X", "Y", "Y", "Y"};
  c.gold = {"A", "A", "A", "B", "B"};
  return c;
}

TEST(MetricsTest, BCubedByHand) {
  // item  C(i)     L(i)     |C∩L|  P_i   R_i
  //  1    {1,2}    {1,2,3}  2      1     2/3
  //  2    {1,2}    {1,2,3}  2      1     2/3
  //  3    {3,4,5}  {1,2,3}  1      1/3   1/3
  //  4    {3,4,5}  {4,5}    2      2/3   1
  //  5    {3,4,5}  {4,5}    2      2/3   1
  // P = (1+1+1/3+2/3+2/3)/5 = (11/3)/5 = 11/15; R = (2/3+2/3+1/3+1+1)/5 = 11/15.
  const BCubedScores s = BCubed(FiveItems());
  EXPECT_EQ(s.items, 5);
  EXPECT_NEAR(s.precision(), 11.0 / 15.0, 1e-12);
  EXPECT_NEAR(s.recall(), 11.0 / 15.0, 1e-12);
  EXPECT_NEAR(s.f1(), 11.0 / 15.0, 1e-12);

  // Only items 4 and 5: P = (2/3+2/3)/2 = 2/3, R = (1+1)/2 = 1, F1 = 2*(2/3)/(5/3) = 0.8.
  const BCubedScores sub = BCubed(FiveItems(), {false, false, false, true, true});
  EXPECT_EQ(sub.items, 2);
  EXPECT_NEAR(sub.precision(), 2.0 / 3.0, 1e-12);
  EXPECT_NEAR(sub.recall(), 1.0, 1e-12);
  EXPECT_NEAR(sub.f1(), 0.8, 1e-12);
}

TEST(MetricsTest, PerfectAndSingletonClusterings) {
  Clustering perfect;
  perfect.system = {"s1", "s1", "s2"};
  perfect.gold = {"e1", "e1", "e2"};
  EXPECT_DOUBLE_EQ(BCubed(perfect).f1(), 1.0);
  const PrfCounts pairs = PairwiseCounts(perfect);
  EXPECT_EQ(pairs.tp, 1);
  EXPECT_EQ(pairs.fp, 0);
  EXPECT_EQ(pairs.fn, 0);

  // All singletons against one gold class of 3: P_i = 1, R_i = 1/3; no system pairs.
  Clustering singletons;
  singletons.system = {"a", "b", "c"};
  singletons.gold = {"e", "e", "e"};
  EXPECT_DOUBLE_EQ(BCubed(singletons).precision(), 1.0);
  EXPECT_NEAR(BCubed(singletons).recall(), 1.0 / 3.0, 1e-12);
  const PrfCounts sp = PairwiseCounts(singletons);
  EXPECT_EQ(sp.tp, 0);
  EXPECT_EQ(sp.fp, 0);
  EXPECT_EQ(sp.fn, 3);
  EXPECT_EQ(sp.precision(), 0.0);
}

TEST(MetricsTest, PairwiseByHand) {
  // System pairs: X (1,2); Y (3,4) (3,5) (4,5) -> 4. Gold pairs: A (1,2) (1,3) (2,3); B (4,5)
  // -> 4. Together in both: (1,2) (4,5) -> tp 2, fp 4-2 = 2, fn 4-2 = 2. P = R = F1 = 0.5.
  const PrfCounts c = PairwiseCounts(FiveItems());
  EXPECT_EQ(c.tp, 2);
  EXPECT_EQ(c.fp, 2);
  EXPECT_EQ(c.fn, 2);
  EXPECT_DOUBLE_EQ(c.f1(), 0.5);

  // Pairs touching item 4 or 5: system (3,4) (3,5) (4,5); gold (4,5) -> tp 1, fp 2, fn 0.
  const PrfCounts sub = PairwiseCounts(FiveItems(), {false, false, false, true, true});
  EXPECT_EQ(sub.tp, 1);
  EXPECT_EQ(sub.fp, 2);
  EXPECT_EQ(sub.fn, 0);
}

// Brute-force pair enumeration, to check the counting shortcut.
PrfCounts BrutePairs(const Clustering& c, const std::vector<bool>& selected) {
  PrfCounts out;
  for (size_t i = 0; i < c.system.size(); ++i) {
    for (size_t j = i + 1; j < c.system.size(); ++j) {
      if (!selected.empty() && !selected[i] && !selected[j]) continue;
      const bool s = c.system[i] == c.system[j], g = c.gold[i] == c.gold[j];
      if (s && g) ++out.tp;
      if (s && !g) ++out.fp;
      if (!s && g) ++out.fn;
    }
  }
  return out;
}

TEST(MetricsTest, PairwiseMatchesBruteForce) {
  Clustering c;
  std::vector<bool> selected;
  uint32_t state = 12345;
  for (int i = 0; i < 60; ++i) {
    state = state * 1103515245 + 12345;
    c.system.push_back(std::to_string((state >> 16) % 7));
    c.gold.push_back(std::to_string((state >> 8) % 5));
    selected.push_back((state >> 4) % 3 == 0);
  }
  for (const auto& sel : {std::vector<bool>{}, selected}) {
    const PrfCounts fast = PairwiseCounts(c, sel), brute = BrutePairs(c, sel);
    EXPECT_EQ(fast.tp, brute.tp);
    EXPECT_EQ(fast.fp, brute.fp);
    EXPECT_EQ(fast.fn, brute.fn);
  }
}

TEST(MetricsTest, PearsonByHand) {
  // x = 1,2,3 (mean 2), y = 2,4,7 (mean 13/3). dx = -1,0,1; dy = -7/3,-1/3,8/3.
  // Sxy = 7/3 + 8/3 = 5; Sxx = 2; Syy = (49+1+64)/9 = 38/3. r = 5/sqrt(76/3) = 0.993399...
  EXPECT_NEAR(Pearson({1, 2, 3}, {2, 4, 7}), 0.9933992677987828, 1e-12);
  EXPECT_NEAR(Pearson({1, 2, 3}, {3, 2, 1}), -1.0, 1e-12);
  EXPECT_EQ(Pearson({1, 1, 1}, {1, 2, 3}), 0.0);  // zero variance
  EXPECT_EQ(Pearson({1}, {2}), 0.0);              // too few points
  EXPECT_EQ(Pearson({}, {}), 0.0);
}

}  // namespace
}  // namespace newsloom::eval
