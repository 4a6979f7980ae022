#include "core/memory.h"

#include <chrono>
#include <thread>
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

TEST(MemoryTest, ThreadCpuTimeGrowsWithWorkNotWithSleep) {
  const double start = ThreadCpuSeconds();
  ASSERT_GT(start, 0.0);
  volatile uint64_t x = 0;
  for (uint64_t i = 0; i < 50'000'000; ++i) x = x + i;
  const double busy = ThreadCpuSeconds();
  EXPECT_GT(busy, start);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  // Sleeping costs (almost) no CPU time.
  EXPECT_LT(ThreadCpuSeconds() - busy, 0.1);
}

}  // namespace
}  // namespace newsloom
