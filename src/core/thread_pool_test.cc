#include "core/thread_pool.h"

#include <atomic>
#include <vector>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

TEST(ThreadPoolTest, EveryIndexOnceAnyThreadCount) {
  for (size_t threads : {1u, 2u, 4u}) {
    ThreadPool pool(threads);
    std::vector<std::atomic<int>> hits(1000);
    pool.ParallelFor(hits.size(), [&](size_t i) { hits[i]++; });
    for (auto& h : hits) EXPECT_EQ(h.load(), 1);
    // Reusable.
    std::atomic<int> sum{0};
    pool.ParallelFor(10, [&](size_t i) { sum += static_cast<int>(i); });
    EXPECT_EQ(sum.load(), 45);
  }
}

}  // namespace
}  // namespace newsloom
