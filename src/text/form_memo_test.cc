#include "text/form_memo.h"

#include <gtest/gtest.h>

#include <string>

namespace newsloom::text_analysis {
namespace {

TEST(FormMemoTest, FindsWhatWasInserted) {
  FormMemo<std::string> memo(8);
  EXPECT_EQ(memo.Find(3), nullptr);
  memo.Insert(3, "drie");
  ASSERT_NE(memo.Find(3), nullptr);
  EXPECT_EQ(*memo.Find(3), "drie");
  EXPECT_EQ(memo.Find(4), nullptr);
}

TEST(FormMemoTest, UnknownFormIsNeverFound) {
  FormMemo<int> memo(8);
  memo.Insert(8, 1);  // slot 0, as id 0 would be
  EXPECT_EQ(memo.Find(0), nullptr);
}

TEST(FormMemoTest, AnIdSharingTheSlotEvicts) {
  FormMemo<int> memo(5);  // rounded up to 8 slots
  memo.Insert(1, 10);
  memo.Insert(9, 90);  // 9 mod 8 == 1
  EXPECT_EQ(memo.Find(1), nullptr);
  ASSERT_NE(memo.Find(9), nullptr);
  EXPECT_EQ(*memo.Find(9), 90);
  memo.Insert(2, 20);
  EXPECT_NE(memo.Find(9), nullptr);  // other slots stay
}

TEST(FormMemoTest, ResetForgetsEverything) {
  FormMemo<int> memo(16);
  for (uint64_t id = 1; id <= 16; ++id) memo.Insert(id, static_cast<int>(id));
  memo.Reset();
  for (uint64_t id = 1; id <= 16; ++id) EXPECT_EQ(memo.Find(id), nullptr);
}

}  // namespace
}  // namespace newsloom::text_analysis
