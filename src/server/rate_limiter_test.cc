#include "server/rate_limiter.h"

#include "gtest/gtest.h"

namespace newsloom {
namespace {

constexpr int64_t kSecond = 1'000'000;

TEST(RateLimiterTest, BurstThenSteadyRate) {
  RateLimiter limiter(60);  // one per second, bursts of 60
  int64_t now = 1000 * kSecond;
  for (int i = 0; i < 60; ++i) EXPECT_FALSE(limiter.Acquire("a", now).has_value()) << i;
  std::optional<int64_t> wait = limiter.Acquire("a", now);
  ASSERT_TRUE(wait.has_value());
  EXPECT_EQ(*wait, 1);
  EXPECT_FALSE(limiter.Acquire("b", now).has_value());  // per address
  now += kSecond;
  EXPECT_FALSE(limiter.Acquire("a", now).has_value());
  EXPECT_TRUE(limiter.Acquire("a", now).has_value());
}

TEST(RateLimiterTest, RetryAfterRoundsUp) {
  RateLimiter limiter(20);  // one token per 3 s
  const int64_t now = 5 * kSecond;
  for (int i = 0; i < 20; ++i) ASSERT_FALSE(limiter.Acquire("x", now).has_value());
  EXPECT_EQ(limiter.Acquire("x", now), std::optional<int64_t>(3));
  EXPECT_EQ(limiter.Acquire("x", now + kSecond / 2), std::optional<int64_t>(3));
  EXPECT_FALSE(limiter.Acquire("x", now + 3 * kSecond).has_value());
}

TEST(RateLimiterTest, DisabledAndClockGoingBack) {
  RateLimiter off(0);
  for (int i = 0; i < 1000; ++i) ASSERT_FALSE(off.Acquire("a", 0).has_value());
  RateLimiter limiter(1);
  EXPECT_FALSE(limiter.Acquire("a", 100 * kSecond).has_value());
  EXPECT_TRUE(limiter.Acquire("a", 50 * kSecond).has_value());  // no refill backwards
}

TEST(RateLimiterTest, MemoryIsBounded) {
  RateLimiter limiter(2, /*max_clients=*/10);
  for (int i = 0; i < 1000; ++i) {
    limiter.Acquire("client" + std::to_string(i), i * kSecond);
    limiter.Acquire("client" + std::to_string(i), i * kSecond);
  }
  // The latest client is still tracked (its bucket is empty).
  EXPECT_TRUE(limiter.Acquire("client999", 999 * kSecond).has_value());
}

}  // namespace
}  // namespace newsloom
