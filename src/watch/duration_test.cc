#include "watch/duration.h"

#include "gtest/gtest.h"

namespace newsloom {
namespace {

constexpr int64_t kSecond = 1'000'000;

TEST(DurationTest, ParsesUnitsAndCombinations) {
  EXPECT_EQ(ParseDuration("30s").value(), 30 * kSecond);
  EXPECT_EQ(ParseDuration("10m").value(), 600 * kSecond);
  EXPECT_EQ(ParseDuration("1h").value(), 3600 * kSecond);
  EXPECT_EQ(ParseDuration("1h30m").value(), 5400 * kSecond);
  EXPECT_EQ(ParseDuration("2d").value(), 2 * 86400 * kSecond);
  EXPECT_EQ(ParseDuration("1500ms").value(), 1500 * 1000);
  EXPECT_EQ(ParseDuration("1m1ms").value(), 60 * kSecond + 1000);
}

TEST(DurationTest, RejectsBadText) {
  for (const char* bad : {"", "10", "m", "10x", "-5s", "1.5h", "0s", "10 m", "31d", "s10",
                          "99999999999999999999s", "1h0"}) {
    StatusOr<int64_t> d = ParseDuration(bad);
    EXPECT_FALSE(d.ok()) << bad;
    if (!d.ok()) EXPECT_NE(d.status().message().find("bad duration"), std::string::npos);
  }
  EXPECT_TRUE(ParseDuration("30d").ok());
  EXPECT_EQ(ParseDuration("0s", /*allow_zero=*/true).value(), 0);
  EXPECT_FALSE(ParseDuration("", /*allow_zero=*/true).ok());
}

TEST(DurationTest, FormatsAndReadsBack) {
  EXPECT_EQ(FormatDuration(0), "0s");
  EXPECT_EQ(FormatDuration(600 * kSecond), "10m");
  EXPECT_EQ(FormatDuration(5400 * kSecond), "1h30m");
  EXPECT_EQ(FormatDuration(kSecond + 500'000), "1s500ms");
  EXPECT_EQ(FormatDuration(-30 * kSecond), "-30s");
  for (int64_t d : {int64_t{1000}, 61 * kSecond, 90061 * kSecond}) {
    EXPECT_EQ(ParseDuration(FormatDuration(d)).value(), d);
  }
}

}  // namespace
}  // namespace newsloom
