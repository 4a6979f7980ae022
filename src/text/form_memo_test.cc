#include "text/form_memo.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>

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

struct TagA {};
struct TagB {};
FormMemo<int>& MemoA(uint64_t owner) { return ThreadFormMemo<int, TagA>(owner); }
FormMemo<int>& MemoB(uint64_t owner) { return ThreadFormMemo<int, TagB>(owner); }

TEST(ThreadFormMemoTest, OneMemoPerOwnerAndTag) {
  FormMemo<int>& a = MemoA(1001);
  a.Insert(5, 50);
  EXPECT_EQ(&MemoA(1001), &a);
  ASSERT_NE(MemoA(1001).Find(5), nullptr);
  EXPECT_EQ(MemoA(1002).Find(5), nullptr);  // another owner
  EXPECT_EQ(MemoB(1001).Find(5), nullptr);  // another use
}

TEST(ThreadFormMemoTest, AnOwnerDroppedStartsEmpty) {
  MemoA(2000).Insert(7, 70);
  for (uint64_t owner = 2001; owner <= 2008; ++owner) MemoA(owner);
  EXPECT_EQ(MemoA(2000).Find(7), nullptr);
  MemoA(2008).Insert(7, 71);
  MemoA(2009);  // drops the oldest (2002), not the most recent
  EXPECT_NE(MemoA(2008).Find(7), nullptr);
}

TEST(ThreadFormMemoTest, EachThreadHasItsOwn) {
  MemoB(3000).Insert(9, 90);
  bool found_elsewhere = true;
  std::thread t([&] { found_elsewhere = MemoB(3000).Find(9) != nullptr; });
  t.join();
  EXPECT_FALSE(found_elsewhere);
  EXPECT_NE(MemoB(3000).Find(9), nullptr);
}

}  // namespace
}  // namespace newsloom::text_analysis
