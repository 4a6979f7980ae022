// Stories and their members in the SQLite store.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "store/store.h"
#include "store/store_test_util.h"

namespace newsloom {
namespace {

StoredStory Story(const std::string& id, const std::string& last, int64_t count) {
  StoredStory s;
  s.id = id;
  s.first_published = last.empty() ? "" : "2022-01";
  s.last_published = last;
  s.article_count = count;
  s.json = "{\"id\":\"" + id + "\"}";
  s.updated_at = 7;
  return s;
}

StoredStoryMember Member(const std::string& article, const std::string& story, int64_t pos) {
  StoredStoryMember m;
  m.article_id = article;
  m.story_id = story;
  m.position = pos;
  m.published = pos == 0 ? "2022-01-05" : "";
  m.inferred_published = pos == 0 ? "" : "2022-01-05";
  m.item = std::string("NLSI\x01\x00\xff", 7);
  return m;
}

struct Loaded {
  StoredStory story;
  std::vector<StoredStoryMember> members;
};

std::vector<Loaded> LoadAll(Store* store) {
  std::vector<Loaded> out;
  Status s = store->LoadStories([&](StoredStory story, std::vector<StoredStoryMember> members) {
    out.push_back({std::move(story), std::move(members)});
    return absl::OkStatus();
  });
  EXPECT_TRUE(s.ok()) << s;
  return out;
}

TEST(SqliteStoriesTest, PutLoadMoveAndDelete) {
  const std::string path = TestDbPath("stories");
  auto opened = OpenSqliteStore(path);
  ASSERT_TRUE(opened.ok()) << opened.status();
  Store* store = opened->get();
  ASSERT_TRUE(store
                  ->PutStory(Story("s_b", "2022-01-07", 2),
                             {Member("a1", "s_b", 0), Member("a2", "s_b", 1)})
                  .ok());
  ASSERT_TRUE(store->PutStory(Story("s_a", "2022-01-06", 1), {Member("a3", "s_a", 0)}).ok());
  std::vector<Loaded> all = LoadAll(store);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].story, Story("s_b", "2022-01-07", 2));  // creation order, not id order
  ASSERT_EQ(all[0].members.size(), 2u);
  EXPECT_EQ(all[0].members[1], Member("a2", "s_b", 1));
  EXPECT_EQ(all[1].story.id, "s_a");

  // Merge: s_b takes a3; s_a is retired. s_b keeps its creation order.
  ASSERT_TRUE(
      store
          ->PutStory(Story("s_b", "2022-01-07", 3),
                     {Member("a1", "s_b", 0), Member("a2", "s_b", 1), Member("a3", "s_b", 2)})
          .ok());
  ASSERT_TRUE(store->DeleteStory("s_a").ok());
  all = LoadAll(store);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].members.size(), 3u);
  EXPECT_FALSE(store->GetStory("s_a")->has_value());
  ASSERT_TRUE(store->GetStory("s_b")->has_value());
  EXPECT_EQ(store->GetStory("s_b")->value().article_count, 3);

  // Dropping a member on the next put removes it.
  ASSERT_TRUE(store->PutStory(Story("s_b", "2022-01-07", 1), {Member("a1", "s_b", 0)}).ok());
  EXPECT_EQ(LoadAll(store)[0].members.size(), 1u);
}

TEST(SqliteStoriesTest, ListsLatestFirstAndSurvivesReopen) {
  const std::string path = TestDbPath("stories_list");
  {
    auto store = OpenSqliteStore(path);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->PutStory(Story("s_1", "2020-10", 1), {}).ok());
    ASSERT_TRUE((*store)->PutStory(Story("s_2", "", 1), {}).ok());
    ASSERT_TRUE((*store)->PutStory(Story("s_3", "2022-01-07", 1), {}).ok());
  }
  auto store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok());
  auto list = (*store)->ListStories(0, 0);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ((*list)[0].id, "s_3");
  EXPECT_EQ((*list)[1].id, "s_1");
  EXPECT_EQ((*list)[2].id, "s_2");
  auto page = (*store)->ListStories(1, 1);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->size(), 1u);
  EXPECT_EQ((*page)[0].id, "s_1");
}

TEST(SqliteStoriesTest, RejectsBadInputAndRollsBackInBatch) {
  auto opened = OpenSqliteStore(TestDbPath("stories_bad"));
  ASSERT_TRUE(opened.ok());
  Store* store = opened->get();
  EXPECT_EQ(store->PutStory(Story("", "", 0), {}).code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(store->PutStory(Story("s_x", "", 1), {Member("a", "s_y", 0)}).code(),
            absl::StatusCode::kInvalidArgument);
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->PutStory(Story("s_x", "", 1), {Member("a", "s_x", 0)}).ok());
  ASSERT_TRUE(store->Rollback().ok());
  EXPECT_TRUE(LoadAll(store).empty());
}

}  // namespace
}  // namespace newsloom
