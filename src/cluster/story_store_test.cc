#include "cluster/story_store.h"

#include <cstdio>
#include <map>

#include "cluster/story_test_util.h"
#include "gtest/gtest.h"

namespace newsloom::cluster {
namespace {

using testing::Item;

std::string DbPath() {
  const std::string path = ::testing::TempDir() + "/newsloom_story_store_test_" +
                           ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db";
  for (const char* ext : {"", "-wal", "-shm", "-journal"}) std::remove((path + ext).c_str());
  return path;
}

std::vector<StoryItem> Items() {
  const std::vector<std::string> quake = {"quake", "magnitude", "collapsed", "rescue", "rubble"};
  const std::vector<std::string> vote = {"ballot", "turnout", "count", "parliament", "seats"};
  return {Item("q1", "2018-09-10", "en", quake, {"sulawesi"}),
          Item("v1", "2018-09-10", "en", vote, {"bavaria"}),
          Item("q2", "2018-09-11", "en", quake, {"sulawesi", "palu"}),
          Item("v2", "2018-09-12", "en", vote, {"bavaria", "soder"}),
          Item("q3", "2018-09-13", "en", quake, {"palu"}),
          Item("qu", "", "en", quake, {"sulawesi", "palu"})};
}

TEST(StoryStoreTest, IncrementalRunsKeepIdsAndEqualOneRun) {
  DefaultPairScorer scorer;
  std::vector<StoryItem> items = Items();
  StoryClusterer once(StoryClustererOptions(), &scorer);
  for (const StoryItem& item : items) once.Add(item);
  once.Finish();

  const std::string path = DbPath();
  std::map<std::string, std::string> first_ids;
  {
    auto store = OpenSqliteStore(path);
    ASSERT_TRUE(store.ok()) << store.status();
    StoryClusterer c(StoryClustererOptions(), &scorer);
    ASSERT_TRUE(LoadStoryState(store->get(), &c).ok());
    for (int i = 0; i < 3; ++i) c.Add(items[i]);
    c.Finish();
    ASSERT_TRUE((*store)->BeginBatch().ok());
    ASSERT_TRUE(SaveStoryState(c, store->get()).ok());
    ASSERT_TRUE((*store)->Commit().ok());
    for (int i = 0; i < 3; ++i) first_ids[items[i].article_id] = c.StoryOf(items[i].article_id)->id;
  }
  auto store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok());
  StoryClusterer c(StoryClustererOptions(), &scorer);
  ASSERT_TRUE(LoadStoryState(store->get(), &c).ok());
  for (const StoryItem& item : items) c.Add(item);  // the first three are already placed
  c.Finish();
  ASSERT_TRUE(SaveStoryState(c, store->get()).ok());
  for (const auto& [article, id] : first_ids) EXPECT_EQ(c.StoryOf(article)->id, id) << article;
  for (const StoryItem& item : items) {
    EXPECT_EQ(c.StoryOf(item.article_id)->id, once.StoryOf(item.article_id)->id) << item.article_id;
  }
  // The stored records match the clusterer's stories.
  auto listed = (*store)->ListStories(0, 0);
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->size(), once.AllStories().size());
  auto quake = (*store)->GetStory(once.StoryOf("q1")->id);
  ASSERT_TRUE(quake.ok() && quake->has_value());
  EXPECT_EQ((*quake)->article_count, 4);
  EXPECT_EQ((*quake)->first_published, "2018-09-10");
  EXPECT_NE((*quake)->json.find("\"articles\":[\"q1\",\"q2\",\"q3\",\"qu\"]"), std::string::npos)
      << (*quake)->json;
}

TEST(StoryStoreTest, CorruptItemIsDataLossNamingTheArticle) {
  auto store = OpenSqliteStore(DbPath());
  ASSERT_TRUE(store.ok());
  StoredStory s;
  s.id = StoryIdFor("a1");
  StoredStoryMember m;
  m.article_id = "a1";
  m.story_id = s.id;
  m.item = "garbage";
  ASSERT_TRUE((*store)->PutStory(s, {m}).ok());
  DefaultPairScorer scorer;
  StoryClusterer c(StoryClustererOptions(), &scorer);
  Status status = LoadStoryState(store->get(), &c);
  EXPECT_EQ(status.code(), absl::StatusCode::kDataLoss);
  EXPECT_NE(std::string(status.message()).find("a1"), std::string::npos) << status;
}

}  // namespace
}  // namespace newsloom::cluster
