#include "core/instance_id.h"

#include <gtest/gtest.h>

#include <utility>

namespace newsloom {
namespace {

TEST(InstanceIdTest, EveryObjectHasItsOwn) {
  InstanceId a, b;
  EXPECT_NE(a.value(), b.value());
  EXPECT_NE(a.value(), 0u);
}

TEST(InstanceIdTest, CopiesTakeANewNumber) {
  InstanceId a;
  InstanceId b(a);
  EXPECT_NE(a.value(), b.value());
  InstanceId c;
  const uint64_t before = c.value();
  c = a;
  EXPECT_NE(c.value(), a.value());
  EXPECT_NE(c.value(), before);
}

TEST(InstanceIdTest, MovesHandTheNumberOver) {
  InstanceId a;
  const uint64_t number = a.value();
  InstanceId b(std::move(a));
  EXPECT_EQ(b.value(), number);
  EXPECT_NE(a.value(), number);  // NOLINT(bugprone-use-after-move): the moved-from gets another
  InstanceId c;
  c = std::move(b);
  EXPECT_EQ(c.value(), number);
  EXPECT_NE(b.value(), number);  // NOLINT(bugprone-use-after-move)
}

TEST(InstanceIdTest, RenewTakesANewNumber) {
  InstanceId a;
  const uint64_t number = a.value();
  a.Renew();
  EXPECT_NE(a.value(), number);
}

}  // namespace
}  // namespace newsloom
