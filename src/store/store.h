// Store: where analysed articles, deduplication signatures, feed validators and run records
// live between runs. The interface is backend-neutral; OpenSqliteStore opens the embedded
// SQLite backend (file layout: docs/formats/sqlite.md). A PostgreSQL backend can implement
// the same interface later.
//
// Writes outside a batch commit one by one. Inside BeginBatch()/Commit() (or a Batch guard)
// they form one transaction: all or nothing, and much faster for bulk ingest.
//
// Thread safety: a Store is NOT thread-safe. Use each Store from one thread at a time — one
// writer thread per database. Readers in other threads or processes open their own Store on
// the same file: with SQLite's WAL journal they read the last committed state while the
// writer writes, without blocking it.
//
// Errors: InvalidArgument for bad arguments (empty id, nested batch), NotFound for a missing
// article, FailedPrecondition for a database this build cannot use (newer schema, not a
// newsloom database, read-only needing migration), DataLoss for corrupt or non-database
// files, Unavailable for I/O errors and lock timeouts. Messages name the database file.
#ifndef NEWSLOOM_STORE_STORE_H_
#define NEWSLOOM_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace newsloom {

class Env;

// One article as stored; the columns that queries need plus the complete articles.jsonl line.
// Empty strings stand for "none" (stored as NULL where the format says so).
struct StoredArticle {
  std::string id;      // primary key; must not be empty
  std::string source;  // path or URL as given
  int64_t record = 0;  // 1-based record number inside source; 0 for files
  std::string url;
  std::string title;
  std::string lang = "und";         // BCP 47 primary tag
  double lang_confidence = 0.0;     // [0,1]
  std::string published;            // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; "" when unknown
  std::string published_precision;  // "year", "month", "day"; "" when unknown
  std::string text;                 // clean text
  std::string duplicate_of;         // id of the original; "" when not a duplicate
  std::string story_id;             // "" until clustered
  uint64_t content_hash = 0;        // fingerprint of the normalised text (dedup), as given
  std::string json;                 // the complete articles.jsonl line, without newline
  int64_t ingested_at = 0;          // microseconds since the epoch of the last change; 0 on
                                    // Put means "now" (StoreOptions::env clock)

  friend bool operator==(const StoredArticle&, const StoredArticle&) = default;
};

// What PutArticle did.
enum class PutResult { kInserted, kUpdated, kUnchanged };

struct ArticleQuery {
  std::string lang;  // exact language tag; "" = any
  // Inclusive bounds on `published`, as "YYYY", "YYYY-MM" or "YYYY-MM-DD"; "" = unbounded.
  // A bound covers its whole period: published_to "2020-10" includes "2020-10-31", and
  // published_from "2020-10" includes "2020-10" itself. With any bound set, articles without
  // a date are excluded.
  std::string published_from;
  std::string published_to;
  std::string source_prefix;  // byte prefix of `source`; "" = any
  enum class Duplicates { kInclude, kExclude, kOnly };
  Duplicates duplicates = Duplicates::kInclude;
  int64_t limit = 0;        // at most this many rows; 0 = no limit
  int64_t offset = 0;       // rows skipped first (pagination)
  bool with_bodies = true;  // false leaves `text` and `json` empty (cheaper listings)
  // Only articles stored at or after this time (StoredArticle::ingested_at, µs); 0 = any.
  int64_t ingested_from = 0;
};

struct FeedValidator {
  std::string url;
  std::string etag;           // HTTP ETag, "" when the server sent none
  std::string last_modified;  // HTTP Last-Modified, verbatim; "" when none
  int64_t updated_at = 0;     // microseconds since the epoch
};

// A file `newsloom watch` has ingested from a watched directory (docs/formats/sqlite.md
// "watched_files"): the same path with the same size and mtime is not ingested again.
struct WatchedFile {
  std::string path;         // as listed under the watched directory; primary key
  int64_t size = 0;         // bytes when ingested
  int64_t mtime = 0;        // modification time when ingested, microseconds since the epoch
  int64_t ingested_at = 0;  // microseconds since the epoch; 0 on Put means "now"

  friend bool operator==(const WatchedFile&, const WatchedFile&) = default;
};

struct RunRejection {
  std::string source;   // file path or URL
  int64_t record = 0;   // 1-based record number; 0 for the whole input
  std::string message;  // what was wrong
};

// One execution of a command that writes to the store.
struct RunRecord {
  int64_t id = 0;           // assigned by StartRun, increasing
  std::string command;      // e.g. "analyze data/ --out out"
  int64_t started_at = 0;   // microseconds since the epoch
  int64_t finished_at = 0;  // 0 while running, or when the run never finished
  int64_t read = 0;         // documents read
  int64_t analysed = 0;     // documents analysed and stored
  int64_t duplicates = 0;   // of those, duplicates
  int64_t rejected = 0;     // inputs or records rejected
  std::vector<RunRejection> rejections;
};

// ---- Linked entities (written by link/EntityLinker; docs/formats/sqlite.md "entities") ----

// One spelling of an entity's name as written in articles.
struct StoredEntityVariant {
  std::string text;        // as written, whitespace collapsed to single spaces
  std::string script;      // ISO 15924 code of its first letter ("Latn", "Cyrl", "Arab", "Hani"...)
  int64_t count = 0;       // mentions written this way
  int64_t name_count = 0;  // articles that gave it as the entity's full name
  int64_t seq = 0;         // 1-based order in which the entity's variants were first seen

  friend bool operator==(const StoredEntityVariant&, const StoredEntityVariant&) = default;
};

// A canonical person or organization, with totals over every linked article.
struct StoredEntity {
  std::string id;    // primary key, e.g. "p:0123456789abcdef" (docs/formats/ids.md)
  std::string kind;  // "person" or "organization"
  std::string key;   // the canonical folded key the id was derived from
  std::string display_name;
  int64_t mention_count = 0;  // mentions in all linked articles
  int64_t article_count = 0;  // linked articles
  std::string first_seen;     // earliest / latest `published` of a linked article, as
  std::string last_seen;      // "YYYY[-MM[-DD]]"; "" when no linked article had a date
  std::vector<StoredEntityVariant> variants;  // in `seq` order

  friend bool operator==(const StoredEntity&, const StoredEntity&) = default;
};

// What one article contributed to one entity; lets a re-linked article replace its earlier
// contribution instead of adding to it.
struct StoredEntityLink {
  std::string article_id;
  std::string entity_id;
  int64_t mentions = 0;
  std::string name;       // the variant credited as the entity's full name ("" when none)
  std::string published;  // the article's date, "YYYY[-MM[-DD]]" or ""
  // Spellings with their mention counts in this article, in first-seen order.
  std::vector<std::pair<std::string, int64_t>> variants;

  friend bool operator==(const StoredEntityLink&, const StoredEntityLink&) = default;
};

// ---- Stories (written by cluster/StoryClusterer; docs/formats/sqlite.md "stories") ----

// One story's summary row: what listings need plus the complete stories.jsonl line.
struct StoredStory {
  std::string id;               // primary key, "s_" + 16 hex digits (docs/formats/stories-jsonl.md)
  std::string first_published;  // "YYYY[-MM[-DD]]" of the earliest / latest dated member; ""
  std::string last_published;   // when no member has a date
  int64_t article_count = 0;
  std::string json;        // the complete stories.jsonl line, without newline
  int64_t updated_at = 0;  // microseconds since the epoch; 0 on Put means "now"

  friend bool operator==(const StoredStory&, const StoredStory&) = default;
};

// One article's place in a story, with the clustering state the next run needs.
struct StoredStoryMember {
  std::string article_id;  // primary key: an article is in at most one story
  std::string story_id;
  int64_t position = 0;            // 0-based join order inside the story
  std::string published;           // "YYYY[-MM[-DD]]" or ""
  std::string inferred_published;  // date inferred for an undated member, or ""
  std::string item;                // serialised cluster::StoryItem (opaque bytes here)

  friend bool operator==(const StoredStoryMember&, const StoredStoryMember&) = default;
};

// A filtered, sorted, paged listing of stories (Store::QueryStories; the HTTP API's
// GET /api/stories). Empty strings mean "any".
struct StoryQuery {
  std::string country;     // ISO 3166-1 alpha-2 of the story's location ("KG")
  std::string event_type;  // exact ACLED event type ("Riots")
  // Inclusive bounds, "YYYY", "YYYY-MM" or "YYYY-MM-DD": the story's [first_published,
  // last_published] must overlap [from, to]. A bound covers its whole period (to "2020-10"
  // includes "2020-10-31"). With any bound set, undated stories are excluded.
  std::string from;
  std::string to;
  std::string lang;       // at least one member article in this language
  std::string entity_id;  // at least one member article linked to this entity
  // When set, only stories whose id is in `ids` (any order; unknown ids are ignored).
  bool restrict_to_ids = false;
  std::vector<std::string> ids;
  enum class Sort {
    kLatest,  // last_published descending, undated last, then id
    kOldest,  // first_published ascending, undated last, then id
    kSize,    // article_count descending, then as kLatest
  };
  Sort sort = Sort::kLatest;
  int64_t limit = 0;   // at most this many stories; 0 = no limit
  int64_t offset = 0;  // stories skipped first
};

struct StoryPage {
  std::vector<StoredStory> stories;  // the requested page, in query order
  int64_t total = 0;                 // stories matching the filters (ignoring limit/offset)
};

class Store {
 public:
  virtual ~Store() = default;

  // The schema version of the open database (== the build's current version once open).
  virtual int schema_version() const = 0;

  // Starts a transaction; the writes up to Commit() are applied together. InvalidArgument
  // if a batch is already open (batches do not nest).
  virtual Status BeginBatch() = 0;
  // Makes the batch durable. On failure the batch is rolled back and the error returned.
  virtual Status Commit() = 0;
  // Discards the batch's writes. OK when no batch is open.
  virtual Status Rollback() = 0;
  virtual bool in_batch() const = 0;

  // Inserts or replaces the article with `article.id`. When the stored row already has the
  // same content (every field except ingested_at), nothing is written and kUnchanged is
  // returned — re-ingesting the same input leaves the database as it was.
  virtual StatusOr<PutResult> PutArticle(const StoredArticle& article) = 0;
  // NotFound naming the id when absent.
  virtual StatusOr<StoredArticle> GetArticle(std::string_view id) = 0;
  // Reads the JSON line kept with an article, lets `edit` change it and writes it back when it
  // changed; nothing else of the row changes (the story stage writes what clustering inferred
  // into it, pipeline/story_outcome.h). NotFound naming the id when absent.
  virtual Status EditArticleJson(std::string_view id,
                                 const std::function<void(std::string* json)>& edit) = 0;
  // Sets the article's ingested_at to now and nothing else, so that what is derived from the
  // stored row (the search index, whose sync reads articles by ingested_at) reads it again
  // after an EditArticleJson that changed what it derives. NotFound naming the id when absent.
  virtual Status TouchArticle(std::string_view id) = 0;
  // Articles matching `query`, ordered by published (undated first) then id.
  virtual StatusOr<std::vector<StoredArticle>> ListArticles(const ArticleQuery& query) = 0;
  // Number of articles matching the filters of `query` (limit and offset are ignored).
  virtual StatusOr<int64_t> CountMatching(const ArticleQuery& query) = 0;
  StatusOr<int64_t> CountArticles() { return CountMatching(ArticleQuery()); }

  // Stores the serialised dedup signature of an article that is already stored (InvalidArgument
  // otherwise); replaces an earlier signature of the same article but keeps its position.
  virtual Status PutDedupSignature(std::string_view article_id, std::string_view bytes) = 0;
  // Calls `fn` for every stored signature in the order they were first put (the order the
  // Deduplicator saw them). Stops at, and returns, the first error `fn` returns.
  virtual Status LoadDedupSignatures(
      const std::function<Status(std::string_view article_id, std::string_view bytes)>& fn) = 0;

  // HTTP validators of a feed, for conditional GET on the next fetch.
  virtual Status PutFeedValidator(std::string_view url, std::string_view etag,
                                  std::string_view last_modified) = 0;
  // nullopt when the feed was never fetched.
  virtual StatusOr<std::optional<FeedValidator>> GetFeedValidator(std::string_view url) = 0;

  // Files ingested by `newsloom watch`. The defaults return Unimplemented, for backends
  // without them. Put inserts or replaces the row of `file.path` (InvalidArgument when empty).
  virtual Status PutWatchedFile(const WatchedFile& file) {
    return absl::UnimplementedError("this store does not keep watched files");
  }
  // The rows whose path starts with `path_prefix` (bytes; "" = all), in path order.
  virtual StatusOr<std::vector<WatchedFile>> ListWatchedFiles(std::string_view path_prefix) {
    return absl::UnimplementedError("this store does not keep watched files");
  }

  // Records the start of a run and returns its id. started_at 0 means now.
  virtual StatusOr<int64_t> StartRun(std::string_view command, int64_t started_at) = 0;
  // Stores the counts, finish time (0 = now) and rejections of run `run.id` (rejections are
  // appended to those already stored; command and started_at are not changed). NotFound when
  // the run does not exist.
  virtual Status FinishRun(const RunRecord& run) = 0;
  // NotFound when absent.
  virtual StatusOr<RunRecord> GetRun(int64_t id) = 0;
  // The most recent runs first, at most `limit`, with their rejections.
  virtual StatusOr<std::vector<RunRecord>> ListRuns(int64_t limit) = 0;

  // ---- Linked entities. The defaults return Unimplemented, for backends without them. ----

  // Inserts or replaces each entity's row and upserts the variants it lists (stored variants
  // it does not list are kept). Variant texts must be unique within an entity.
  virtual Status PutEntities(const std::vector<StoredEntity>& entities) {
    return absl::UnimplementedError("this store does not keep entities");
  }
  // Calls `fn` for every stored entity, with its variants, in id order. Stops at, and returns,
  // the first error `fn` returns.
  virtual Status LoadEntities(const std::function<Status(StoredEntity entity)>& fn) {
    return absl::UnimplementedError("this store does not keep entities");
  }
  // nullopt when absent.
  virtual StatusOr<std::optional<StoredEntity>> GetEntity(std::string_view id) {
    return absl::UnimplementedError("this store does not keep entities");
  }
  // Replaces every link of `article_id` by `links` (whose article_id must equal it; empty
  // removes them). The linked entities must be stored (InvalidArgument otherwise). Articles are
  // not required to be stored.
  virtual Status PutEntityLinks(std::string_view article_id,
                                const std::vector<StoredEntityLink>& links) {
    return absl::UnimplementedError("this store does not keep entities");
  }
  // The links of one article, by entity id; empty when it has none.
  virtual StatusOr<std::vector<StoredEntityLink>> GetEntityLinks(std::string_view article_id) {
    return absl::UnimplementedError("this store does not keep entities");
  }
  // The articles linked to an entity, latest `published` first (undated last), then by
  // article id; at most `limit` (0 = all).
  virtual StatusOr<std::vector<StoredEntityLink>> ListEntityArticles(std::string_view entity_id,
                                                                     int64_t limit) {
    return absl::UnimplementedError("this store does not keep entities");
  }

  // ---- Stories. The defaults return Unimplemented, for backends without them. ----

  // Inserts or replaces `story` and makes `members` (whose story_id must equal story.id) its
  // complete member list: members stored for this story but not listed are removed, listed
  // articles move here from any other story. A story keeps the creation order it got when first
  // put. InvalidArgument for an empty id or a member of another story.
  virtual Status PutStory(const StoredStory& story, const std::vector<StoredStoryMember>& members) {
    return absl::UnimplementedError("this store does not keep stories");
  }
  // Removes a story (retired by a merge) and the members still stored under it. OK when absent.
  virtual Status DeleteStory(std::string_view id) {
    return absl::UnimplementedError("this store does not keep stories");
  }
  // nullopt when absent.
  virtual StatusOr<std::optional<StoredStory>> GetStory(std::string_view id) {
    return absl::UnimplementedError("this store does not keep stories");
  }
  // Calls `fn` for every story with its members (by position), in the order the stories were
  // first put — the order StoryClusterer::Restore needs. Stops at, and returns, the first error
  // `fn` returns.
  virtual Status LoadStories(
      const std::function<Status(StoredStory story, std::vector<StoredStoryMember> members)>& fn) {
    return absl::UnimplementedError("this store does not keep stories");
  }
  // The story an article is a member of; nullopt when it is in none.
  virtual StatusOr<std::optional<std::string>> StoryOfArticle(std::string_view article_id) {
    return absl::UnimplementedError("this store does not keep stories");
  }
  // Stories, latest last_published first (undated last), then by id; at most `limit` (0 = all)
  // after skipping `offset`.
  virtual StatusOr<std::vector<StoredStory>> ListStories(int64_t limit, int64_t offset) {
    return absl::UnimplementedError("this store does not keep stories");
  }
  // Stories matching `query`, one page of them and the total (docs/formats/sqlite.md
  // "Story queries"). InvalidArgument for a malformed date bound.
  virtual StatusOr<StoryPage> QueryStories(const StoryQuery& query) {
    return absl::UnimplementedError("this store does not keep stories");
  }
};

// RAII transaction: begins a batch, rolls it back on destruction unless committed.
//   NL_ASSIGN_OR_RETURN(Batch batch, Batch::Begin(store));
//   NL_RETURN_IF_ERROR(store->PutArticle(a).status());
//   NL_RETURN_IF_ERROR(batch.Commit());
class Batch {
 public:
  static StatusOr<Batch> Begin(Store* store);
  Batch(Batch&& other) noexcept : store_(other.store_) { other.store_ = nullptr; }
  Batch& operator=(Batch&&) = delete;
  Batch(const Batch&) = delete;
  ~Batch();

  // Commits; afterwards the destructor does nothing. FailedPrecondition if already done.
  Status Commit();

 private:
  explicit Batch(Store* store) : store_(store) {}
  Store* store_;  // null once committed or moved from
};

struct StoreOptions {
  // Clock for ingested_at, run and validator times. Default: Env::Default(). Not owned.
  Env* env = nullptr;
  // Create the database file when it does not exist. Default true.
  bool create_if_missing = true;
  // Open without write access: no migrations, no writes (they fail with FailedPrecondition
  // from SQLite's read-only error). Default false.
  bool read_only = false;
  // How long a statement waits for another connection's lock before failing with
  // Unavailable. Default 5000 ms.
  int busy_timeout_ms = 5000;
  // Page cache of a writable connection, in bytes (PRAGMA cache_size), filled only as pages
  // are used. Large enough that a batch's changed pages stay in memory until Commit instead
  // of spilling into the WAL half-way (a pipeline batch of 512 articles changes ~9 MB) and
  // that the indexes' pages stay cached between batches. Read-only connections keep SQLite's
  // default (2 MB). Default 32 MiB.
  int64_t cache_bytes = 32 << 20;
  // A writable connection checkpoints the WAL into the database once the WAL holds this many
  // pages (PRAGMA wal_autocheckpoint; SQLite's default is 1000, ~4 MB). Larger means fewer
  // checkpoints — each ends with two fsyncs and copies the last version of every page written
  // since the one before, so pages changed by every batch (the indexes') are copied once per
  // checkpoint, not once per batch. Durability is the same either way (docs/formats/sqlite.md);
  // the WAL file grows to about this size before a checkpoint. Default 8192 (~32 MB).
  int wal_autocheckpoint_pages = 8192;
};

// Opens (creating and migrating as needed) the SQLite database at `path`.
//   NotFound         — the file does not exist and create_if_missing is false
//   DataLoss         — the file is not a SQLite database or is corrupt (message names it)
//   FailedPrecondition — the schema is newer than this build, the file belongs to another
//                      application, or it needs migrating and read_only is set
StatusOr<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path,
                                                 const StoreOptions& options = StoreOptions());

}  // namespace newsloom

#endif  // NEWSLOOM_STORE_STORE_H_
