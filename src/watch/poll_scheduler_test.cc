// PollScheduler with a fake clock: intervals, per-host limits, backoff and Retry-After.
#include "watch/poll_scheduler.h"

#include "absl/time/time.h"
#include "core/strings.h"
#include "gtest/gtest.h"
#include "watch/watcher.h"

namespace newsloom {
namespace {

constexpr int64_t kSecond = 1'000'000;
constexpr int64_t kMinute = 60 * kSecond;
constexpr int64_t kStart = 1'700'000'000 * kSecond;

class PollSchedulerTest : public testing::Test {
 protected:
  void SetUp() override { env_.SetNowMicros(kStart); }
  PollScheduler Make() {
    PollSchedulerOptions o;
    o.interval_micros = 10 * kMinute;
    o.min_host_gap_micros = kSecond;
    o.backoff_base_micros = kMinute;
    o.max_backoff_micros = 60 * kMinute;
    o.max_retry_after_micros = 120 * kMinute;
    return PollScheduler(&env_, o);
  }
  void Advance(int64_t micros) { env_.SetNowMicros(env_.NowMicros() + micros); }
  MemEnv env_;
};

TEST_F(PollSchedulerTest, PollsEveryIntervalAfterSuccess) {
  PollScheduler s = Make();
  const int a = s.Add("a.example");
  const int b = s.Add("b.example", 30 * kMinute);
  EXPECT_EQ(s.TakeDue(), (std::vector<int>{a, b}));
  EXPECT_TRUE(s.TakeDue().empty());  // in flight
  s.Succeeded(a);
  s.Succeeded(b);
  EXPECT_EQ(s.NextWakeMicros(), kStart + 10 * kMinute);
  Advance(10 * kMinute - 1);
  EXPECT_TRUE(s.TakeDue().empty());
  Advance(1);
  EXPECT_EQ(s.TakeDue(), std::vector<int>{a});
  s.Succeeded(a);
  EXPECT_EQ(s.next_due_micros(b), kStart + 30 * kMinute);
}

TEST_F(PollSchedulerTest, OneRequestAtATimePerHostWithAGap) {
  PollScheduler s = Make();
  const int a1 = s.Add("a.example");
  const int a2 = s.Add("a.example");
  const int b = s.Add("b.example");
  const int dir1 = s.Add("");
  const int dir2 = s.Add("");
  EXPECT_EQ(s.TakeDue(), (std::vector<int>{a1, b, dir1, dir2}));
  Advance(3 * kSecond);  // the request takes 3 s
  EXPECT_TRUE(s.TakeDue().empty()) << "a.example is busy";
  s.Succeeded(a1);
  EXPECT_TRUE(s.TakeDue().empty()) << "gap not over";
  EXPECT_EQ(s.NextWakeMicros(), kStart + 4 * kSecond);
  Advance(kSecond - 1);
  EXPECT_TRUE(s.TakeDue().empty());
  Advance(1);
  EXPECT_EQ(s.TakeDue(), std::vector<int>{a2});
}

TEST_F(PollSchedulerTest, WithoutAGapSameHostSourcesGoTogether) {
  PollSchedulerOptions o;
  o.min_host_gap_micros = 0;
  PollScheduler s(&env_, o);
  s.Add("a.example");
  s.Add("a.example");
  EXPECT_EQ(s.TakeDue().size(), 2u);
}

TEST_F(PollSchedulerTest, BackoffDoublesUpToTheCapAndResetsOnSuccess) {
  PollScheduler s = Make();
  const int a = s.Add("a.example");
  const int b = s.Add("b.example");
  std::vector<int64_t> waits;
  for (int n = 1; n <= 6; ++n) {
    ASSERT_EQ(s.TakeDue(std::function<bool(int)>([&](int i) { return i == a; })),
              std::vector<int>{a});
    s.Failed(a);
    EXPECT_EQ(s.failures(a), n);
    waits.push_back(s.next_due_micros(a) - env_.NowMicros());
    env_.SetNowMicros(s.next_due_micros(a));
  }
  EXPECT_EQ(waits, (std::vector<int64_t>{10 * kMinute, 20 * kMinute, 40 * kMinute, 60 * kMinute,
                                         60 * kMinute, 60 * kMinute}));
  // The other source is untouched by a's failures.
  EXPECT_EQ(s.failures(b), 0);
  EXPECT_EQ(s.TakeDue(), (std::vector<int>{a, b}));
  s.Succeeded(a);
  s.Succeeded(b);
  EXPECT_EQ(s.failures(a), 0);
  EXPECT_EQ(s.next_due_micros(a) - env_.NowMicros(), 10 * kMinute);
}

TEST_F(PollSchedulerTest, BackoffNeverShorterThanTheInterval) {
  PollScheduler s = Make();
  EXPECT_EQ(s.BackoffMicros(10 * kSecond, 1), kMinute);  // base when above the interval
  EXPECT_EQ(s.BackoffMicros(10 * kSecond, 3), 4 * kMinute);
  EXPECT_EQ(s.BackoffMicros(2 * 60 * kMinute, 1), 120 * kMinute);  // cap below the interval
  EXPECT_EQ(s.BackoffMicros(10 * kMinute, 1000), 60 * kMinute);    // no overflow
}

TEST_F(PollSchedulerTest, RetryAfterHoldsTheSourceAndItsHost) {
  PollScheduler s = Make();
  const int a1 = s.Add("a.example");
  const int a2 = s.Add("a.example");
  const int b = s.Add("b.example");
  EXPECT_EQ(s.TakeDue(), (std::vector<int>{a1, b}));
  s.Failed(a1, 90 * kSecond);
  s.Succeeded(b);
  EXPECT_EQ(s.next_due_micros(a1), kStart + 90 * kSecond);
  Advance(60 * kSecond);
  EXPECT_TRUE(s.TakeDue().empty()) << "a2 waits for a.example's Retry-After";
  EXPECT_EQ(s.NextWakeMicros(), kStart + 90 * kSecond);
  Advance(30 * kSecond);
  EXPECT_EQ(s.TakeDue(), std::vector<int>{a1});
  s.Succeeded(a1);
  Advance(kSecond);
  EXPECT_EQ(s.TakeDue(), std::vector<int>{a2});
  // Absurd values are clamped.
  s.Failed(a2, int64_t{1000} * 3600 * kSecond);
  EXPECT_EQ(s.next_due_micros(a2), env_.NowMicros() + 120 * kMinute);
}

TEST(RetryAfterTest, SecondsAndDates) {
  const int64_t now = absl::ToUnixMicros(
      absl::FromCivil(absl::CivilSecond(2015, 10, 21, 7, 0, 0), absl::UTCTimeZone()));
  EXPECT_EQ(ParseRetryAfter("120", now), 120 * kSecond);
  EXPECT_EQ(ParseRetryAfter(" 0 ", now), 0);
  EXPECT_EQ(ParseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 28 * kMinute);
  EXPECT_EQ(ParseRetryAfter("Wed, 21 Oct 2015 06:00:00 GMT", now), 0);  // past
  EXPECT_FALSE(ParseRetryAfter("soon", now).has_value());
  EXPECT_FALSE(ParseRetryAfter("-5", now).has_value());
  EXPECT_FALSE(ParseRetryAfter("", now).has_value());
  EXPECT_GT(*ParseRetryAfter("99999999999999999999", now), 0);
}

TEST(RetryAfterTest, FromAFetchErrorPayload) {
  Status busy = absl::UnavailableError("HTTP 503");
  EXPECT_FALSE(RetryAfterOf(busy, 0).has_value());
  busy.SetPayload(AbslView(kRetryAfterPayloadUrl), absl::Cord("90"));
  EXPECT_EQ(RetryAfterOf(busy, 0), 90 * kSecond);
  busy.SetPayload(AbslView(kRetryAfterPayloadUrl), absl::Cord("whenever"));
  EXPECT_FALSE(RetryAfterOf(busy, 0).has_value());
}

}  // namespace
}  // namespace newsloom
