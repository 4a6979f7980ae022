// Entities, variants and per-article entity links in the SQLite store.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "store/store.h"
#include "store/store_test_util.h"

namespace newsloom {
namespace {

std::unique_ptr<Store> OpenOrDie(const std::string& path) {
  auto store = OpenSqliteStore(path);
  EXPECT_TRUE(store.ok()) << store.status();
  return store.ok() ? std::move(*store) : nullptr;
}

StoredEntity Person() {
  StoredEntity e;
  e.id = "p:00000000000000aa";
  e.kind = "person";
  e.key = "almasbek atambaev";
  e.display_name = "Almazbek Atambayev";
  e.mention_count = 5;
  e.article_count = 2;
  e.first_seen = "2017-10";
  e.last_seen = "2020-10-06";
  e.variants = {{"Almazbek Atambayev", "Latn", 3, 1, 1}, {"Алмазбек Атамбаев", "Cyrl", 2, 1, 2}};
  return e;
}

StoredEntityLink Link(const std::string& article, const std::string& entity) {
  StoredEntityLink l;
  l.article_id = article;
  l.entity_id = entity;
  l.mentions = 3;
  l.name = "Almazbek Atambayev";
  l.published = "2020-10-06";
  l.variants = {{"Almazbek Atambayev", 1}, {"Atambayev", 2}};
  return l;
}

TEST(SqliteEntitiesTest, EntityRoundTrip) {
  const std::string path = TestDbPath();
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  StoredEntity org;
  org.id = "o:00000000000000bb";
  org.kind = "organization";
  org.key = "osce";
  org.display_name = "OSCE";
  ASSERT_TRUE(store->PutEntities({Person(), org}).ok());

  auto got = store->GetEntity(Person().id);
  ASSERT_TRUE(got.ok()) << got.status();
  ASSERT_TRUE(got->has_value());
  EXPECT_EQ(**got, Person());
  auto missing = store->GetEntity("p:nothere");
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());

  std::vector<StoredEntity> all;
  ASSERT_TRUE(store
                  ->LoadEntities([&](StoredEntity e) {
                    all.push_back(std::move(e));
                    return absl::OkStatus();
                  })
                  .ok());
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].id, org.id);  // id order
  EXPECT_EQ(all[0], org);        // no variants, undated
  EXPECT_EQ(all[1], Person());

  // Survives reopening; updating changes counts and upserts variants, keeping unlisted ones.
  store.reset();
  store = OpenOrDie(path);
  StoredEntity changed = Person();
  changed.mention_count = 9;
  changed.first_seen = "";
  changed.variants = {{"Almazbek Atambayev", "Latn", 7, 2, 1}, {"Atambajev", "Latn", 1, 0, 3}};
  ASSERT_TRUE(store->PutEntities({changed}).ok());
  got = store->GetEntity(Person().id);
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->mention_count, 9);
  EXPECT_EQ((*got)->first_seen, "");
  ASSERT_EQ((*got)->variants.size(), 3u);
  EXPECT_EQ((*got)->variants[0].count, 7);
  EXPECT_EQ((*got)->variants[1].text, "Алмазбек Атамбаев");
  EXPECT_EQ((*got)->variants[2].text, "Atambajev");
}

// Variant rows are rewritten only when something changed; a change to any one column is kept.
TEST(SqliteEntitiesTest, VariantUpsertKeepsEachChangedColumn) {
  const std::string path = TestDbPath();
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  StoredEntity e = Person();
  ASSERT_TRUE(store->PutEntities({e}).ok());
  ASSERT_TRUE(store->PutEntities({e}).ok());  // unchanged: nothing to rewrite
  EXPECT_EQ(store->GetEntity(e.id).value(), e);
  for (int column = 0; column < 4; ++column) {
    StoredEntityVariant& v = e.variants[1];
    if (column == 0) v.script = "Latn";
    if (column == 1) v.count += 10;
    if (column == 2) v.name_count += 1;
    if (column == 3) v.seq = 5;
    ASSERT_TRUE(store->PutEntities({e}).ok());
    EXPECT_EQ(store->GetEntity(e.id).value(), e) << "column " << column;
  }
}

TEST(SqliteEntitiesTest, LoadStopsAtTheFirstError) {
  auto store = OpenOrDie(TestDbPath());
  ASSERT_NE(store, nullptr);
  StoredEntity a = Person(), b = Person();
  b.id = "p:00000000000000ab";
  ASSERT_TRUE(store->PutEntities({a, b}).ok());
  int calls = 0;
  Status s = store->LoadEntities([&](StoredEntity) {
    ++calls;
    return absl::CancelledError("stop");
  });
  EXPECT_EQ(s.code(), absl::StatusCode::kCancelled);
  EXPECT_EQ(calls, 1);
}

TEST(SqliteEntitiesTest, LinksReplacePerArticle) {
  const std::string path = TestDbPath();
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->PutEntities({Person()}).ok());
  const std::string id = Person().id;
  ASSERT_TRUE(store->PutEntityLinks("a1", {Link("a1", id)}).ok());
  ASSERT_TRUE(store->PutEntityLinks("a1", {Link("a1", id)}).ok());  // again: same single row
  StoredEntityLink undated = Link("a2", id);
  undated.published = "";
  ASSERT_TRUE(store->PutEntityLinks("a2", {undated}).ok());
  StoredEntityLink older = Link("a3", id);
  older.published = "2005-03";
  ASSERT_TRUE(store->PutEntityLinks("a3", {older}).ok());
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM entity_articles"), "3");

  auto links = store->GetEntityLinks("a1");
  ASSERT_TRUE(links.ok()) << links.status();
  ASSERT_EQ(links->size(), 1u);
  EXPECT_EQ((*links)[0], Link("a1", id));

  auto list = store->ListEntityArticles(id, 0);
  ASSERT_TRUE(list.ok()) << list.status();
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ((*list)[0].article_id, "a1");  // latest first, undated last
  EXPECT_EQ((*list)[1].article_id, "a3");
  EXPECT_EQ((*list)[2].article_id, "a2");
  list = store->ListEntityArticles(id, 1);
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->size(), 1u);

  // Empty replaces: the article has no links any more.
  ASSERT_TRUE(store->PutEntityLinks("a1", {}).ok());
  links = store->GetEntityLinks("a1");
  ASSERT_TRUE(links.ok());
  EXPECT_TRUE(links->empty());
}

TEST(SqliteEntitiesTest, BadLinksAreRejected) {
  auto store = OpenOrDie(TestDbPath());
  ASSERT_NE(store, nullptr);
  // Unknown entity: the foreign key fails and names the entity.
  Status s = store->PutEntityLinks("a1", {Link("a1", "p:unknown")});
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << s;
  EXPECT_NE(s.message().find("p:unknown"), std::string_view::npos) << s;
  ASSERT_TRUE(store->PutEntities({Person()}).ok());
  // Link of another article.
  EXPECT_EQ(store->PutEntityLinks("a1", {Link("a2", Person().id)}).code(),
            absl::StatusCode::kInvalidArgument);
  StoredEntityLink tab = Link("a1", Person().id);
  tab.variants.push_back({"bad\tname", 1});
  EXPECT_EQ(store->PutEntityLinks("a1", {tab}).code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(store->PutEntityLinks("", {}).code(), absl::StatusCode::kInvalidArgument);
}

TEST(SqliteEntitiesTest, BatchRollbackDiscardsEntities) {
  const std::string path = TestDbPath();
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->PutEntities({Person()}).ok());
  ASSERT_TRUE(store->PutEntityLinks("a1", {Link("a1", Person().id)}).ok());
  ASSERT_TRUE(store->Rollback().ok());
  auto got = store->GetEntity(Person().id);
  ASSERT_TRUE(got.ok());
  EXPECT_FALSE(got->has_value());
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM entity_articles"), "0");
}

}  // namespace
}  // namespace newsloom
