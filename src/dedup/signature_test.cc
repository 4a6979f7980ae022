#include "dedup/signature.h"

#include <cmath>
#include <cstdio>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "core/hash.h"
#include "gtest/gtest.h"

namespace newsloom {
namespace {

std::vector<std::string_view> Words(const std::vector<std::string>& words) {
  return std::vector<std::string_view>(words.begin(), words.end());
}

TEST(SignatureTest, FingerprintIsHashOfSpaceJoinedTokens) {
  std::vector<std::string> w = {"police", "fired", "tear", "gas"};
  EXPECT_EQ(ContentFingerprint(Words(w)), Hash64("police fired tear gas"));
  EXPECT_EQ(ContentFingerprint({}), Hash64(""));
  EXPECT_EQ(Signature::Compute(Words(w)).fingerprint(), Hash64("police fired tear gas"));
}

TEST(SignatureTest, EmptyTextHasEmptySignature) {
  Signature empty = Signature::Compute(std::span<const std::string_view>());
  EXPECT_TRUE(empty.empty());
  EXPECT_EQ(empty, Signature());
  EXPECT_EQ(empty.EqualSlots(empty), 0);
  EXPECT_EQ(empty.EstimateJaccard(empty), 0.0);
}

TEST(SignatureTest, ShortTextIsOneShingle) {
  std::vector<std::string> a = {"breaking", "news"};
  std::vector<std::string> b = {"news", "breaking"};
  Signature sa = Signature::Compute(Words(a));
  EXPECT_EQ(sa.shingle_count(), 1u);
  EXPECT_EQ(sa.EstimateJaccard(Signature::Compute(Words(a))), 1.0);
  EXPECT_LT(sa.EstimateJaccard(Signature::Compute(Words(b))), 0.1);  // Order matters.
}

TEST(SignatureTest, RepeatedShinglesDoNotChangeTheSketch) {
  std::vector<std::string> once = {"a", "b", "c", "d", "e"};
  std::vector<std::string> twice = {"a", "b", "c", "d", "e", "x", "a", "b", "c", "d", "e"};
  std::vector<std::string> with_x = {"a", "b", "c", "d", "e", "x", "a", "b", "c"};
  // twice: abcd bcde cdex dexa exab xabc abcd bcde — 8 positions, the same 6 distinct
  // shingles as with_x, so the same sketch.
  EXPECT_EQ(Signature::Compute(Words(once)).shingle_count(), 2u);
  EXPECT_EQ(Signature::Compute(Words(twice)).shingle_count(), 8u);
  EXPECT_EQ(Signature::Compute(Words(twice)).mins(), Signature::Compute(Words(with_x)).mins());
}

TEST(SignatureTest, DedupTokensKeepsWordsAndNumbers) {
  AnalyzedDocument doc;
  auto add = [&doc](std::string lower, TokenKind kind) {
    Token t;
    t.lower = std::move(lower);
    t.kind = kind;
    doc.tokens.push_back(std::move(t));
  };
  add("twelve", TokenKind::kWord);
  add(",", TokenKind::kPunct);
  add("12", TokenKind::kNumber);
  add("%", TokenKind::kSymbol);
  add("dead", TokenKind::kWord);
  std::vector<std::string_view> tokens = DedupTokens(doc);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0], "twelve");
  EXPECT_EQ(tokens[1], "12");
  EXPECT_EQ(tokens[2], "dead");
  EXPECT_EQ(Signature::Compute(doc), Signature::Compute(tokens));
}

TEST(SignatureTest, SerializeRoundTrip) {
  std::vector<std::string> w = {"the", "army", "closed", "the", "border", "on", "monday"};
  Signature sig = Signature::Compute(Words(w));
  std::string bytes = sig.Serialize();
  ASSERT_EQ(bytes.size(), Signature::kSerializedSize);
  EXPECT_EQ(bytes.substr(0, 4), "NLDS");
  EXPECT_EQ(bytes[4], 1);
  auto parsed = Signature::Parse(bytes);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(*parsed, sig);
  auto empty = Signature::Parse(Signature().Serialize());
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
}

// Stored signatures must not change between releases: these values pin the format.
TEST(SignatureTest, StableAcrossReleases) {
  std::vector<std::string> w = {"protesters", "gathered", "in", "the", "central", "square"};
  Signature sig = Signature::Compute(Words(w));
  EXPECT_EQ(sig.shingle_count(), 3u);
  EXPECT_EQ(HexHash64(Hash64(sig.Serialize())), "7e6fb3bb49e61d72");
}

TEST(SignatureTest, ParseRejectsBadBytes) {
  const std::string good = Signature().Serialize();
  auto expect_data_loss = [](std::string bytes, const std::string& what) {
    auto s = Signature::Parse(bytes);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.status().code(), absl::StatusCode::kDataLoss) << s.status();
    EXPECT_NE(s.status().message().find(what), std::string_view::npos) << s.status();
  };
  expect_data_loss("", "magic");
  expect_data_loss("XLDS" + good.substr(4), "magic");
  std::string v2 = good;
  v2[4] = 2;
  expect_data_loss(v2, "version 2");
  std::string k5 = good;
  k5[5] = 5;
  expect_data_loss(k5, "5-word");
  expect_data_loss(good.substr(0, good.size() - 1), "bytes");
  expect_data_loss(good + "x", "bytes");
  std::string inconsistent = good;
  inconsistent[30] = 0;
  expect_data_loss(inconsistent, "no shingles");
}

// The MinHash estimate tracks the exact Jaccard similarity of the shingle sets.
TEST(SignatureTest, EstimateTracksExactJaccard) {
  std::mt19937_64 rng(7);
  std::vector<std::string> base;
  for (int i = 0; i < 300; ++i) base.push_back("w" + std::to_string(rng() % 5000));
  for (int keep : {300, 250, 200, 150, 100, 50}) {
    std::vector<std::string> other(base.begin(), base.begin() + keep);
    for (int i = keep; i < 300; ++i) other.push_back("x" + std::to_string(rng() % 5000));
    std::set<std::string> sa, sb;
    for (size_t i = 0; i + 4 <= base.size(); ++i) {
      sa.insert(base[i] + " " + base[i + 1] + " " + base[i + 2] + " " + base[i + 3]);
      sb.insert(other[i] + " " + other[i + 1] + " " + other[i + 2] + " " + other[i + 3]);
    }
    size_t common = 0;
    for (const std::string& s : sa) common += sb.count(s);
    const double exact = static_cast<double>(common) / (sa.size() + sb.size() - common);
    const double estimate =
        Signature::Compute(Words(base)).EstimateJaccard(Signature::Compute(Words(other)));
    // 4 standard deviations of the 128-slot estimate.
    const double tolerance = 4 * std::sqrt(exact * (1 - exact) / 128) + 0.01;
    EXPECT_NEAR(estimate, exact, tolerance) << "keep " << keep;
  }
}

// Over many pairs the estimate is unbiased and its spread is that of 128 independent slots,
// sqrt(J(1-J)/128): the slot functions behave as independent random permutations.
TEST(SignatureTest, EstimatorIsUnbiasedWithMinHashVariance) {
  std::mt19937_64 rng(11);
  double sum_error = 0, sum_squared_z = 0;
  const int kPairs = 300;
  for (int p = 0; p < kPairs; ++p) {
    std::vector<std::string> a, b;
    const int shared = 50 + static_cast<int>(rng() % 200), own = 20 + static_cast<int>(rng() % 100);
    for (int i = 0; i < shared; ++i) a.push_back("s" + std::to_string(rng()));
    b = a;
    for (int i = 0; i < own; ++i) a.push_back("a" + std::to_string(rng()));
    for (int i = 0; i < own; ++i) b.push_back("b" + std::to_string(rng()));
    // Distinct random words: every 4-shingle is distinct, so the exact Jaccard is counted.
    const double common = shared - 3;
    const double exact = common / (2 * (shared + own - 3) - common);
    const double estimate =
        Signature::Compute(Words(a)).EstimateJaccard(Signature::Compute(Words(b)));
    sum_error += estimate - exact;
    sum_squared_z += (estimate - exact) * (estimate - exact) / (exact * (1 - exact) / 128);
  }
  std::printf("mean error %.4f, mean squared z %.3f\n", sum_error / kPairs, sum_squared_z / kPairs);
  EXPECT_LT(std::abs(sum_error / kPairs), 0.01);
  // Mean squared z-score ~1 for a correct MinHash; correlated slots would inflate it.
  EXPECT_NEAR(sum_squared_z / kPairs, 1.0, 0.25);
}

}  // namespace
}  // namespace newsloom
