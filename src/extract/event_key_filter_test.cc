#include "extract/event_key_filter.h"

#include <string>
#include <vector>

#include "extract/event_byte_trie.h"
#include "gtest/gtest.h"

namespace newsloom::extract_internal {
namespace {

TEST(KeyFilterTest, EveryAddedKeyPassesAndMostOthersFail) {
  KeyFilter filter;
  const std::string keys[] = {"killed", "gewonden", "задержаны", "受伤", "a", "", "of them"};
  for (const std::string& k : keys) filter.Add(k);
  for (const std::string& k : keys) EXPECT_TRUE(filter.MayContain(k)) << k;
  int passed = 0;
  for (int i = 0; i < 1000; ++i) passed += filter.MayContain("word" + std::to_string(i));
  EXPECT_LT(passed, 20);  // 7 keys in 32768 bits: false positives are rare
}

TEST(ByteTrieTest, FindsTheKeysThatBeginOrEndAWord) {
  ByteTrie forward;
  const uint32_t demo = forward.Add("demonstr");
  const uint32_t de = forward.Add("de");
  EXPECT_EQ(forward.Add("demonstr"), demo);  // same key, same id
  EXPECT_EQ(forward.size(), 2u);
  std::vector<uint32_t> found;
  forward.ForEachKeyIn("demonstranten", ByteTrie::Direction::kForward, [&](uint32_t id) {
    found.push_back(id);
    return true;
  });
  EXPECT_EQ(found, (std::vector<uint32_t>{de, demo}));  // shortest first
  EXPECT_TRUE(forward.HasKeyIn("de", ByteTrie::Direction::kForward));
  EXPECT_FALSE(forward.HasKeyIn("d", ByteTrie::Direction::kForward));
  EXPECT_FALSE(forward.HasKeyIn("protest", ByteTrie::Direction::kForward));

  ByteTrie backward;
  for (const char* k : {"duizend", "drie", "tig", "en", "tw", "th", "tr", "ti", "te"}) {
    backward.Add(k, ByteTrie::Direction::kBackward);  // more than a short list at one node
  }
  EXPECT_TRUE(backward.HasKeyIn("drieduizend", ByteTrie::Direction::kBackward));
  EXPECT_TRUE(backward.HasKeyIn("dertig", ByteTrie::Direction::kBackward));
  EXPECT_TRUE(backward.HasKeyIn("duizenden", ByteTrie::Direction::kBackward));  // "en"
  EXPECT_FALSE(backward.HasKeyIn("duizendje", ByteTrie::Direction::kBackward));
  EXPECT_FALSE(backward.HasKeyIn("huis", ByteTrie::Direction::kBackward));
  EXPECT_FALSE(backward.HasKeyIn("", ByteTrie::Direction::kBackward));
}

}  // namespace
}  // namespace newsloom::extract_internal
