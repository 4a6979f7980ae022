#include "text/normalizer.h"

#include <gtest/gtest.h>

#include <random>

namespace newsloom::text_analysis {
namespace {

TEST(NormalizerTest, ComposesToNfcWithOffsets) {
  const std::string in = "Kirgizie\xCC\x88 ok";  // e + combining diaeresis
  std::string out;
  OffsetMap map;
  ASSERT_TRUE(NormalizeNfc(in, &out, &map).value());
  EXPECT_EQ(out, "Kirgizië ok");
  EXPECT_EQ(map.ToSource(7), 7u);   // "ë" <- "e\u0308"
  EXPECT_EQ(map.ToSource(9), 10u);  // " "
  EXPECT_EQ(map.ToSource(out.size()), in.size());
}

TEST(NormalizerTest, LeavesNfcTextAlone) {
  std::string out;
  OffsetMap map;
  EXPECT_FALSE(NormalizeNfc("Kirgizië, Бишкек, 北京", &out, &map).value());
  EXPECT_TRUE(out.empty());
  EXPECT_TRUE(map.identity());
}

TEST(NormalizerTest, CleanRunsAllStepsAndComposesOffsets) {
  // Invalid byte, mojibake and a decomposed character in one text.
  const std::string in = "a\xFF b KirgiziÃ« c e\xCC\x81!";
  CleanText c = Clean(in, true).value();
  EXPECT_EQ(c.text, "a\xEF\xBF\xBD b Kirgizië c é!");
  EXPECT_EQ(c.ill_formed_replaced, 1u);
  EXPECT_EQ(c.mojibake_repairs, 1u);
  EXPECT_TRUE(c.nfc_changed);
  const size_t k = c.text.find("Kirgizië");
  EXPECT_EQ(c.to_source.ToSource(k), in.find("Kirgizi"));
  EXPECT_EQ(c.to_source.ToSource(c.text.find(" c ")), in.find(" c "));
  EXPECT_EQ(c.to_source.ToSource(c.text.find("é")), in.find("e\xCC\x81"));
  EXPECT_EQ(c.to_source.ToSource(c.text.find("!")), in.find("!"));
  EXPECT_EQ(c.to_source.ToSource(c.text.size()), in.size());
}

TEST(NormalizerTest, CleanCanSkipMojibakeRepair) {
  CleanText c = Clean("KirgiziÃ«", false).value();
  EXPECT_EQ(c.text, "KirgiziÃ«");
  EXPECT_TRUE(c.to_source.identity());
}

// Random monotone maps: composition must equal applying both maps in turn.
OffsetMap RandomMap(std::mt19937* rng, uint32_t size) {
  OffsetMap m;
  m.AddAnchor(0, 0);
  uint32_t d = 0, s = 0;
  while (true) {
    d += 1 + (*rng)() % 5;
    s += (*rng)() % 7;
    if (d >= size) break;
    m.AddAnchor(d, s);
  }
  return m;
}

TEST(NormalizerTest, ComposeMatchesBruteForce) {
  std::mt19937 rng(7);
  for (int iter = 0; iter < 300; ++iter) {
    const uint32_t size = 1 + rng() % 60;
    const OffsetMap outer = RandomMap(&rng, size);
    const OffsetMap inner = RandomMap(&rng, 200);
    const OffsetMap both = ComposeOffsetMaps(outer, inner, size);
    for (uint32_t c = 0; c <= size; ++c) {
      ASSERT_EQ(both.ToSource(c), inner.ToSource(outer.ToSource(c))) << iter << " " << c;
    }
  }
  EXPECT_TRUE(ComposeOffsetMaps(OffsetMap(), OffsetMap(), 5).identity());
}

TEST(NormalizerTest, OffsetsStayMonotoneThroughAnNfcExpansion) {
  // U+FB2C is excluded from composition: NFC turns its 3 bytes into 6, after an invalid byte.
  const std::string in = "\xFF\xEF\xAC\xAC!";
  CleanText c = Clean(in, true).value();
  ASSERT_EQ(c.text, "\xEF\xBF\xBD\xD7\xA9\xD6\xBC\xD7\x81!");
  uint32_t previous = 0;
  for (uint32_t b : {0u, 3u, 5u, 7u, 9u, 10u}) {
    const uint32_t s = c.to_source.ToSource(b);
    EXPECT_GE(s, previous) << b;
    EXPECT_LE(s, in.size()) << b;
    previous = s;
  }
  EXPECT_EQ(c.to_source.ToSource(3), 1u);
  EXPECT_EQ(c.to_source.ToSource(9), 4u);  // "!"
  EXPECT_EQ(c.to_source.ToSource(10), 5u);
}

TEST(NormalizerTest, MakeMonotoneKeepsExactRuns) {
  OffsetMap m;
  m.AddAnchor(0, 0);
  m.AddAnchor(2, 5);  // a jump forward is kept
  m.AddAnchor(4, 3);  // a jump back: values before it may not pass 3
  const OffsetMap fixed = MakeMonotone(m, "abcdefgh", 20);
  const uint32_t expected[] = {0, 1, 3, 3, 3, 4, 5, 6, 7};
  for (uint32_t b = 0; b <= 8; ++b) EXPECT_EQ(fixed.ToSource(b), expected[b]) << b;
}

}  // namespace
}  // namespace newsloom::text_analysis
