#include "core/bounded_queue.h"

#include <thread>
#include <vector>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

TEST(BoundedQueueTest, PreservesOrderAcrossThreadsAndDrainsOnClose) {
  BoundedQueue<int> q(2);
  std::thread producer([&] {
    for (int i = 0; i < 1000; ++i) ASSERT_TRUE(q.Push(i));
    q.Close();
  });
  std::vector<int> got;
  while (auto v = q.Pop()) got.push_back(*v);
  producer.join();
  ASSERT_EQ(got.size(), 1000u);
  for (int i = 0; i < 1000; ++i) EXPECT_EQ(got[i], i);
}

TEST(BoundedQueueTest, PushAfterCloseFailsAndUnblocks) {
  BoundedQueue<int> q(1);
  ASSERT_TRUE(q.Push(1));
  std::thread blocked([&] { EXPECT_FALSE(q.Push(2)); });  // full: waits until Close
  q.Close();
  blocked.join();
  EXPECT_EQ(q.Pop(), 1);
  EXPECT_EQ(q.Pop(), std::nullopt);
}

}  // namespace
}  // namespace newsloom
