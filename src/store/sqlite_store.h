// SqliteStore: the Store over one SQLite connection (see store.h for the contract and
// docs/formats/sqlite.md for the file). Internal: callers use OpenSqliteStore.
//
// Thread safety: none (one thread at a time), as for every Store.
#ifndef NEWSLOOM_STORE_SQLITE_STORE_H_
#define NEWSLOOM_STORE_SQLITE_STORE_H_

#include <functional>
#include <memory>
#include <string>

#include "store/sqlite_db.h"
#include "store/store.h"

namespace newsloom {

class SqliteStore : public Store {
 public:
  SqliteStore(std::unique_ptr<SqliteDb> db, Env* env, int schema_version)
      : db_(std::move(db)), env_(env), schema_version_(schema_version) {}
  ~SqliteStore() override;

  int schema_version() const override { return schema_version_; }

  Status BeginBatch() override;
  Status Commit() override;
  Status Rollback() override;
  bool in_batch() const override { return in_batch_; }

  StatusOr<PutResult> PutArticle(const StoredArticle& article) override;
  StatusOr<StoredArticle> GetArticle(std::string_view id) override;
  Status EditArticleJson(std::string_view id,
                         const std::function<void(std::string* json)>& edit) override;
  Status TouchArticle(std::string_view id) override;
  StatusOr<std::vector<StoredArticle>> ListArticles(const ArticleQuery& query) override;
  StatusOr<int64_t> CountMatching(const ArticleQuery& query) override;

  Status PutDedupSignature(std::string_view article_id, std::string_view bytes) override;
  Status LoadDedupSignatures(
      const std::function<Status(std::string_view, std::string_view)>& fn) override;

  Status PutFeedValidator(std::string_view url, std::string_view etag,
                          std::string_view last_modified) override;
  StatusOr<std::optional<FeedValidator>> GetFeedValidator(std::string_view url) override;
  // Watched files: sqlite_watched_files.cc.
  Status PutWatchedFile(const WatchedFile& file) override;
  StatusOr<std::vector<WatchedFile>> ListWatchedFiles(std::string_view path_prefix) override;

  StatusOr<int64_t> StartRun(std::string_view command, int64_t started_at) override;
  Status FinishRun(const RunRecord& run) override;
  StatusOr<RunRecord> GetRun(int64_t id) override;
  StatusOr<std::vector<RunRecord>> ListRuns(int64_t limit) override;

  // Entities: sqlite_entities.cc.
  Status PutEntities(const std::vector<StoredEntity>& entities) override;
  Status LoadEntities(const std::function<Status(StoredEntity)>& fn) override;
  StatusOr<std::optional<StoredEntity>> GetEntity(std::string_view id) override;
  Status PutEntityLinks(std::string_view article_id,
                        const std::vector<StoredEntityLink>& links) override;
  StatusOr<std::vector<StoredEntityLink>> GetEntityLinks(std::string_view article_id) override;
  StatusOr<std::vector<StoredEntityLink>> ListEntityArticles(std::string_view entity_id,
                                                             int64_t limit) override;

  // Stories: sqlite_stories.cc.
  Status PutStory(const StoredStory& story, const std::vector<StoredStoryMember>& members) override;
  Status DeleteStory(std::string_view id) override;
  StatusOr<std::optional<StoredStory>> GetStory(std::string_view id) override;
  StatusOr<std::optional<std::string>> StoryOfArticle(std::string_view article_id) override;
  Status LoadStories(
      const std::function<Status(StoredStory, std::vector<StoredStoryMember>)>& fn) override;
  StatusOr<std::vector<StoredStory>> ListStories(int64_t limit, int64_t offset) override;
  StatusOr<StoryPage> QueryStories(const StoryQuery& query) override;

 private:
  // Runs `fn` inside the open batch, or inside its own transaction when there is none.
  Status InTransaction(const std::function<Status()>& fn);
  Status ValidateArticle(const StoredArticle& article) const;
  Status LoadRejections(RunRecord* run);
  Status PutEntity(const StoredEntity& entity);
  StatusOr<std::vector<StoredEntityLink>> QueryLinks(Statement* query);

  std::unique_ptr<SqliteDb> db_;
  Env* env_;  // not owned
  int schema_version_;
  bool in_batch_ = false;
};

// Hash over every StoredArticle field except ingested_at: equal hashes mean PutArticle has
// nothing to change.
uint64_t ArticleRowHash(const StoredArticle& article);

}  // namespace newsloom

#endif  // NEWSLOOM_STORE_SQLITE_STORE_H_
