#include "core/fuzzy_date.h"

#include "gtest/gtest.h"

namespace newsloom {
namespace {

TEST(FuzzyDateTest, ParsesEachPrecision) {
  auto y = FuzzyDate::Parse("2005");
  ASSERT_TRUE(y);
  EXPECT_EQ(y->precision(), DatePrecision::kYear);
  EXPECT_EQ(y->ToString(), "2005");
  auto m = FuzzyDate::Parse(" 2020-10 ");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->PrecisionName(), "month");
  EXPECT_EQ(m->ToString(), "2020-10");
  auto d = FuzzyDate::Parse("2019-11-16T14:05:00Z");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->ToString(), "2019-11-16");
  EXPECT_EQ(d->precision(), DatePrecision::kDay);
}

TEST(FuzzyDateTest, RejectsImpossibleDates) {
  EXPECT_FALSE(FuzzyDate::Parse("2021-02-29"));
  EXPECT_TRUE(FuzzyDate::Parse("2020-02-29"));
  EXPECT_FALSE(FuzzyDate::Parse("2020-13"));
  EXPECT_FALSE(FuzzyDate::Parse("20x0-01"));
  EXPECT_FALSE(FuzzyDate::Parse("2020-01-05x"));
  EXPECT_FALSE(FuzzyDate::Parse(""));
}

TEST(FuzzyDateTest, Rfc822) {
  auto d = FuzzyDate::ParseRfc822("Sat, 16 Nov 2019 14:05:00 GMT");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->ToString(), "2019-11-16");
  auto d2 = FuzzyDate::ParseRfc822("Thursday, 06-Jan-22 08:00:00 GMT");
  ASSERT_TRUE(d2);
  EXPECT_EQ(d2->ToString(), "2022-01-06");
  EXPECT_FALSE(FuzzyDate::ParseRfc822("yesterday"));
  EXPECT_FALSE(FuzzyDate::ParseRfc822("2222222222 Oct 2020"));  // no integer overflow
}

TEST(FuzzyDateTest, DaysRoundTripAndWeekday) {
  auto d = FuzzyDate::Make(2022, 1, 6);
  ASSERT_TRUE(d);
  EXPECT_EQ(FuzzyDate::FromDays(d->ToDays()), *d);
  EXPECT_EQ(d->Weekday(), 4);  // Thursday
  EXPECT_EQ(FuzzyDate::Make(1970, 1, 1)->ToDays(), 0);
  EXPECT_EQ(FuzzyDate::Make(2005, 3, 24)->Weekday(), 4);
  for (int64_t days = -1000; days < 40000; days += 37) {
    EXPECT_EQ(FuzzyDate::FromDays(days).ToDays(), days);
  }
}

TEST(FuzzyDateTest, Ordering) {
  EXPECT_LT(*FuzzyDate::Parse("2020-10"), *FuzzyDate::Parse("2020-10-01"));
  EXPECT_LT(*FuzzyDate::Parse("2020-10-06"), *FuzzyDate::Parse("2020-11"));
}

}  // namespace
}  // namespace newsloom
