#include "core/memory.h"

#include <vector>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

TEST(MemoryTest, PeakGrowsWithAllocation) {
  const uint64_t before = PeakRssBytes();
  ASSERT_GT(before, 0u);
  std::vector<char> big(64 << 20, 1);
  volatile char sink = big[12345];
  (void)sink;
  EXPECT_GE(PeakRssBytes(), before + (32u << 20));
  const uint64_t current = CurrentRssBytes();  // read before the peak: RSS only grows here
  EXPECT_GE(PeakRssBytes(), current);
}

}  // namespace
}  // namespace newsloom
