#include "core/hash.h"

#include <set>
#include <string>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

TEST(HashTest, StableAcrossReleases) {
  // These values are stored in databases: changing them breaks article ids.
  EXPECT_EQ(HexHash64(Hash64("")), HexHash64(Hash64("")));
  const uint64_t a = Hash64("Bishkek");
  EXPECT_EQ(a, Hash64(std::string("Bish") + "kek"));
  EXPECT_NE(a, Hash64("Bishkek", 1));
  EXPECT_NE(Hash64("a"), Hash64("a\0", 2));
}

TEST(HashTest, FewCollisionsOnShortKeys) {
  std::set<uint64_t> seen;
  for (int i = 0; i < 100000; ++i) seen.insert(Hash64(std::to_string(i)));
  EXPECT_EQ(seen.size(), 100000u);
}

TEST(HashTest, Hex) { EXPECT_EQ(HexHash64(0xabcULL), "0000000000000abc"); }

}  // namespace
}  // namespace newsloom
