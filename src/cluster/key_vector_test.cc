#include "cluster/key_vector.h"

#include <cmath>
#include <map>
#include <random>

#include "gtest/gtest.h"

namespace newsloom::cluster {
namespace {

KeyVector Make(const std::map<uint64_t, float>& m) {
  KeyVector v;
  for (const auto& [k, w] : m) v.Add(k, w, "k" + std::to_string(k));
  v.Finish();
  return v;
}

TEST(KeyVector, MergesDuplicatesAndDropsZeros) {
  KeyVector v;
  v.Add(5, 1.0f, "five");
  v.Add(3, 2.0f, "three");
  v.Add(5, 0.5f, "other");
  v.Add(9, 0.0f, "zero");
  v.Finish();
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v.keys()[0], 3u);
  EXPECT_FLOAT_EQ(v.weights()[1], 1.5f);
  EXPECT_EQ(v.label(1), "five");
  EXPECT_DOUBLE_EQ(v.total(), 3.5);
  KeyVector no_labels;
  no_labels.Add(1, 1.0f, "x");
  no_labels.Finish(false);
  EXPECT_EQ(no_labels.label(0), "");
}

// The merge-based measures against a brute-force reference over random sparse vectors.
TEST(KeyVector, MatchesBruteForce) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 200; ++trial) {
    std::map<uint64_t, float> a, b;
    for (int i = 0; i < 20; ++i) {
      if (rng() % 2) a[rng() % 30] += (rng() % 100) / 10.0f + 0.1f;
      if (rng() % 2) b[rng() % 30] += (rng() % 100) / 10.0f + 0.1f;
    }
    double dot = 0, na = 0, nb = 0, mins = 0, maxs = 0, ta = 0, tb = 0;
    for (uint64_t k = 0; k < 30; ++k) {
      double x = a.count(k) ? a[k] : 0, y = b.count(k) ? b[k] : 0;
      dot += x * y;
      na += x * x;
      nb += y * y;
      mins += std::min(x, y);
      maxs += std::max(x, y);
      ta += x;
      tb += y;
    }
    KeyVector va = Make(a), vb = Make(b);
    double cos = (na > 0 && nb > 0) ? dot / std::sqrt(na * nb) : 0;
    EXPECT_NEAR(Cosine(va, vb), cos, 1e-5);
    EXPECT_NEAR(WeightedJaccard(va, vb), maxs > 0 ? mins / maxs : 0, 1e-5);
    double smaller = std::min(ta, tb);
    EXPECT_NEAR(Containment(va, vb), smaller > 0 ? mins / smaller : 0, 1e-5);
    double sum = 0;
    for (const SharedKey& s : SharedKeys(va, vb, 100)) sum += s.contribution;
    EXPECT_NEAR(sum, cos, 1e-5);
  }
}

TEST(KeyVector, SharedKeysLargestFirst) {
  KeyVector a = Make({{1, 1.0f}, {2, 5.0f}, {3, 1.0f}});
  KeyVector b = Make({{1, 1.0f}, {2, 5.0f}, {4, 1.0f}});
  auto shared = SharedKeys(a, b, 1);
  ASSERT_EQ(shared.size(), 1u);
  EXPECT_EQ(a.label(shared[0].a), "k2");
  EXPECT_EQ(Cosine(a, KeyVector()), 0.0);
}

}  // namespace
}  // namespace newsloom::cluster
