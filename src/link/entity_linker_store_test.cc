// EntityLinker with a SQLite store: entities survive reopening, re-runs do not double counts.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "link/entity_linker.h"
#include "store/store.h"
#include "store/store_test_util.h"

namespace newsloom {
namespace {

NamedEntity Entity(NamedEntityKind kind, const std::string& name,
                   std::vector<std::string> surfaces = {}) {
  NamedEntity e;
  e.kind = kind;
  e.name = name;
  if (surfaces.empty()) surfaces.push_back(name);
  for (std::string& s : surfaces) e.mentions.push_back(TextSpan{0, 0, 0, std::move(s)});
  return e;
}

struct Article {
  std::string id;
  const char* published;
  std::vector<NamedEntity> entities;
};

std::vector<Article> Corpus() {
  const auto kP = NamedEntityKind::kPerson;
  const auto kO = NamedEntityKind::kOrganization;
  return {
      {"a1",
       "2020-10-06",
       {Entity(kP, "Sooronbay Jeenbekov", {"Sooronbay Jeenbekov", "Jeenbekov"}),
        Entity(kO, "Organization for Security and Co-operation in Europe")}},
      {"a2",
       "2020-10-05",
       {Entity(kP, "Сооронбай Жээнбеков", {"Сооронбай Жээнбеков", "Жээнбекова"}),
        Entity(kP, "Almazbek Atambayev")}},
      {"a3", "", {Entity(kP, "Zheenbekov")}},
  };
}

class EntityLinkerStoreTest : public testing::Test {
 protected:
  void SetUp() override {
    path_ = TestDbPath();
    Reopen();
  }
  void Reopen() {
    linker_.reset();
    store_.reset();
    auto store = OpenSqliteStore(path_);
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = std::move(*store);
    auto linker = EntityLinker::Create(store_.get());
    ASSERT_TRUE(linker.ok()) << linker.status();
    linker_ = std::move(*linker);
  }
  // Links `articles` in one batch, as the pipeline does. Returns the ids, article by article.
  std::vector<std::vector<std::string>> RunBatch(std::vector<Article> articles) {
    std::vector<std::vector<std::string>> ids;
    auto batch = Batch::Begin(store_.get());
    EXPECT_TRUE(batch.ok()) << batch.status();
    for (Article& a : articles) {
      // As the pipeline does: persons, then organizations, in two calls.
      std::vector<NamedEntity> persons, orgs;
      for (NamedEntity& e : a.entities) {
        (e.kind == NamedEntityKind::kPerson ? persons : orgs).push_back(std::move(e));
      }
      for (std::vector<NamedEntity>* part : {&persons, &orgs}) {
        Status s = linker_->Link(a.id, FuzzyDate::Parse(a.published), part);
        EXPECT_TRUE(s.ok()) << s;
      }
      ids.emplace_back();
      for (const auto* part : {&persons, &orgs}) {
        for (const NamedEntity& e : *part) ids.back().push_back(e.entity_id);
      }
    }
    Status s = linker_->Save(store_.get());
    EXPECT_TRUE(s.ok()) << s;
    EXPECT_EQ(linker_->pending_articles(), 0u);
    s = batch->Commit();
    EXPECT_TRUE(s.ok()) << s;
    return ids;
  }
  StoredEntity Stored(const std::string& id) {
    auto e = store_->GetEntity(id);
    EXPECT_TRUE(e.ok()) << e.status();
    return e.ok() && e->has_value() ? **e : StoredEntity();
  }

  std::string path_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<EntityLinker> linker_;
};

TEST_F(EntityLinkerStoreTest, RoundTripAndIdempotentReruns) {
  const std::vector<std::vector<std::string>> ids = RunBatch(Corpus());
  const std::string jeenbekov = ids[0][0];
  EXPECT_EQ(ids[1][0], jeenbekov);
  EXPECT_EQ(ids[2][0], jeenbekov);
  EXPECT_NE(ids[1][1], jeenbekov);
  const StoredEntity first = Stored(jeenbekov);
  EXPECT_EQ(first, *linker_->Lookup(jeenbekov));  // the store holds what the linker holds
  EXPECT_EQ(first.kind, "person");
  EXPECT_EQ(first.display_name, "Sooronbay Jeenbekov");
  EXPECT_EQ(first.article_count, 3);
  EXPECT_EQ(first.mention_count, 5);
  EXPECT_EQ(first.first_seen, "2020-10-05");
  EXPECT_EQ(first.last_seen, "2020-10-06");
  EXPECT_EQ(first.variants.size(), 5u);
  EXPECT_EQ(RawQuery(path_, "SELECT count(*) FROM entity_articles"), "5");

  // A re-run in the same process, and another after reopening: same ids, same counts.
  EXPECT_EQ(RunBatch(Corpus()), ids);
  EXPECT_EQ(Stored(jeenbekov), first);
  Reopen();
  EXPECT_EQ(linker_->entity_count(), 3u);
  EXPECT_EQ(*linker_->Lookup(jeenbekov), first);
  EXPECT_EQ(RunBatch(Corpus()), ids);
  EXPECT_EQ(Stored(jeenbekov), first);
  EXPECT_EQ(RawQuery(path_, "SELECT count(*) FROM entity_articles"), "5");
  EXPECT_EQ(RawQuery(path_, "SELECT sum(mention_count) FROM entities"), "7");

  // Incremental ingest: new articles join the stored entities, by name and by acronym.
  const auto kO = NamedEntityKind::kOrganization;
  std::vector<std::vector<std::string>> more = RunBatch(
      {{"a4", "2020-10-15", {Entity(NamedEntityKind::kPerson, "Jeenbekov"), Entity(kO, "OSCE")}}});
  EXPECT_EQ(more[0][0], jeenbekov);
  EXPECT_EQ(more[0][1], ids[0][1]);
  EXPECT_EQ(Stored(jeenbekov).article_count, 4);
  EXPECT_EQ(Stored(jeenbekov).last_seen, "2020-10-15");
}

TEST_F(EntityLinkerStoreTest, AdoptedBareSurnameSurvivesReopening) {
  const auto kP = NamedEntityKind::kPerson;
  const std::string bare = RunBatch({{"b1", "2005-03", {Entity(kP, "Akajew")}}})[0][0];
  EXPECT_EQ(RunBatch({{"b2", "2005-03", {Entity(kP, "Askar Akajew")}}})[0][0], bare);
  Reopen();
  EXPECT_EQ(RunBatch({{"b3", "2005-04", {Entity(kP, "Аскар Акаев")}}})[0][0], bare);
  EXPECT_NE(RunBatch({{"b4", "2005-04", {Entity(kP, "Aidar Akayev")}}})[0][0], bare);
  EXPECT_EQ(Stored(bare).display_name, "Askar Akajew");
}

// The sound keys are not stored: they are rebuilt from the spellings when the store is
// reopened, and the key a Latin spelling gave an Arabic-named person is kept.
TEST_F(EntityLinkerStoreTest, NamesInOtherWritingsStillJoinAfterReopening) {
  const auto kP = NamedEntityKind::kPerson;
  const std::string id = RunBatch({{"c1", "2011-01", {Entity(kP, "محمد البرادعي")}}})[0][0];
  EXPECT_EQ(RunBatch({{"c2", "2011-01", {Entity(kP, "Mohamed ElBaradei")}}})[0][0], id);
  const std::string tokayev =
      RunBatch({{"c3", "2022-01", {Entity(kP, "Kassym-Jomart Tokayev")}}})[0][0];
  Reopen();
  EXPECT_EQ(RunBatch({{"c4", "2011-02", {Entity(kP, "محمد البرادعي")}}})[0][0], id);
  EXPECT_EQ(RunBatch({{"c5", "2011-02", {Entity(kP, "ElBaradei")}}})[0][0], id);
  EXPECT_EQ(RunBatch({{"c6", "2022-01", {Entity(kP, "托卡耶夫")}}})[0][0], tokayev);
  EXPECT_EQ(Stored(id).display_name, "Mohamed ElBaradei");
}

TEST_F(EntityLinkerStoreTest, ChangedArticleReplacesItsContribution) {
  RunBatch(Corpus());
  std::vector<Article> changed = {
      {"a2", "2020-10-05", {Entity(NamedEntityKind::kPerson, "Almazbek Atambayev")}}};
  const std::string atambayev = RunBatch(changed)[0][0];
  const std::string jeenbekov = RunBatch({Corpus()[0]})[0][0];
  EXPECT_EQ(Stored(jeenbekov).article_count, 2);  // a1 and a3 now
  EXPECT_EQ(Stored(jeenbekov).mention_count, 3);
  EXPECT_EQ(Stored(atambayev).article_count, 1);
  EXPECT_EQ(RawQuery(path_, "SELECT count(*) FROM entity_articles WHERE article_id = 'a2'"), "1");
}

TEST_F(EntityLinkerStoreTest, RolledBackBatchLeavesTheStoreAsItWas) {
  RunBatch(Corpus());
  ASSERT_TRUE(store_->BeginBatch().ok());
  std::vector<NamedEntity> entities = {Entity(NamedEntityKind::kPerson, "Kurmanbek Bakiyev")};
  ASSERT_TRUE(linker_->Link("a9", std::nullopt, &entities).ok());
  ASSERT_TRUE(linker_->Save(store_.get()).ok());
  ASSERT_TRUE(store_->Rollback().ok());
  EXPECT_EQ(RawQuery(path_, "SELECT count(*) FROM entities"), "3");
}

TEST_F(EntityLinkerStoreTest, InterleavedCallsStoreOneLinkPerEntity) {
  const auto kP = NamedEntityKind::kPerson;
  const auto kO = NamedEntityKind::kOrganization;
  auto batch = Batch::Begin(store_.get());
  ASSERT_TRUE(batch.ok()) << batch.status();
  const auto date = FuzzyDate::Parse("2020-10-06");
  std::vector<NamedEntity> a1 = {
      Entity(kP, "Sooronbay Jeenbekov", {"Sooronbay  Jeenbekov", "Jeenbekov "})};
  ASSERT_TRUE(linker_->Link("a1", date, &a1).ok());
  std::vector<NamedEntity> a2 = {Entity(kP, "Almazbek Atambayev")};
  ASSERT_TRUE(linker_->Link("a2", FuzzyDate::Parse("2020-10-05"), &a2).ok());
  // Back to a1 (after another article): its person again, and an organization.
  std::vector<NamedEntity> a1_more = {Entity(kP, "Jeenbekov"), Entity(kO, "OSCE")};
  ASSERT_TRUE(linker_->Link("a1", date, &a1_more).ok());
  EXPECT_EQ(a1_more[0].entity_id, a1[0].entity_id);
  ASSERT_TRUE(linker_->Save(store_.get()).ok());
  ASSERT_TRUE(batch->Commit().ok());

  auto links = store_->GetEntityLinks("a1");
  ASSERT_TRUE(links.ok()) << links.status();
  ASSERT_EQ(links->size(), 2u);
  StoredEntityLink want;
  want.article_id = "a1";
  want.entity_id = a1[0].entity_id;
  want.mentions = 3;
  want.name = "Sooronbay Jeenbekov";
  want.published = "2020-10-06";
  want.variants = {{"Sooronbay Jeenbekov", 1}, {"Jeenbekov", 2}};
  const StoredEntityLink& got = (*links)[0].entity_id == want.entity_id ? (*links)[0] : (*links)[1];
  EXPECT_EQ(got, want);
  const StoredEntityLink& org = &got == &(*links)[0] ? (*links)[1] : (*links)[0];
  EXPECT_EQ(org.article_id, "a1");
  EXPECT_EQ(org.entity_id, a1_more[1].entity_id);
  const StoredEntity person = Stored(a1[0].entity_id);
  EXPECT_EQ(person.article_count, 1);
  EXPECT_EQ(person.mention_count, 3);
  EXPECT_EQ(Stored(a2[0].entity_id).article_count, 1);
}

}  // namespace
}  // namespace newsloom
