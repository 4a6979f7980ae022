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
  EXPECT_EQ(map.ToSource(7), 7u);                 // "ë" <- "e\u0308"
  EXPECT_EQ(map.ToSource(9), 10u);                // " "
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

}  // namespace
}  // namespace newsloom::text_analysis
