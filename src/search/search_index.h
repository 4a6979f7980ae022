// The cross-lingual search index: a Xapian database beside the SQLite store
// (SearchIndexPath), derived from it by SyncSearchIndex and queried through SearchIndex.
// Layout, prefixes and versioning: docs/formats/search-index.md; terms: article_terms.h;
// query expansion: query_expander.h.
//
// The index holds articles only. Story membership is not baked in (stories grow and merge):
// a search maps its article hits to stories through Store::StoryOfArticle at query time (a
// duplicate counts for its original's story) and ranks each story by its best article.
//
// Thread safety: SyncSearchIndex takes Xapian's writer lock; a second concurrent writer (in
// this or another process) gets Unavailable and should retry later — the index is derived
// data and the next sync catches up. A SearchIndex serialises its own calls with a mutex
// (one Xapian::Database is not thread-safe), so one instance may be shared by threads; for
// parallel queries open one SearchIndex per thread. Readers see each committed sync: every
// Search first reopens the database at its latest revision. The Store passed to Search must
// be usable by the calling thread (store.h: one Store per thread).
//
// Errors: NotFound when there is no index at the path (Open), FailedPrecondition for an index
// of another format version (Open; SyncSearchIndex rebuilds it instead), Unavailable for
// Xapian I/O and lock errors, DataLoss for a corrupt index; messages name the index path.
#ifndef NEWSLOOM_SEARCH_SEARCH_INDEX_H_
#define NEWSLOOM_SEARCH_SEARCH_INDEX_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/status.h"
#include "search/search_resources.h"
#include "store/store.h"

namespace newsloom {

// Format version written to the index's metadata key "newsloom.format". An index with another
// value is rebuilt from scratch by SyncSearchIndex and refused by SearchIndex::Open.
inline constexpr int kSearchIndexFormat = 2;

// The index directory of the database at `db_path`: db_path + ".xapian".
std::string SearchIndexPath(const std::string& db_path);

struct SearchSyncOptions {
  // Shared data for term extraction. Default (null): SearchResources::Default().
  const search::SearchResources* resources = nullptr;
  // Threads analysing articles. Default 0: the calling thread for fewer than 200 articles,
  // else min(4, hardware threads); 1 = the calling thread.
  size_t threads = 0;
  // Documents written per Xapian commit (bounds memory and lost work; Xapian inverts a few
  // hundred documents faster than thousands). Default 500, >= 1.
  size_t commit_every = 500;
  // Articles changed up to this long before the stored watermark are re-checked one by one
  // (their stored ingested_at against the indexed one), against clock skew between writers.
  // Default 60 s, in microseconds.
  int64_t recheck_micros = 60'000'000;
};

struct SearchSyncStats {
  int64_t articles = 0;  // articles in the store
  int64_t indexed = 0;   // documents added or replaced by this sync
  bool rebuilt = false;  // the index was (re)created from scratch
  double seconds = 0;
};

// Brings the index of the database at `db_path` up to date with `store` (which must be that
// database): indexes the articles added or changed since the last sync (StoredArticle::
// ingested_at above the watermark kept in the index's metadata), replacing earlier versions of
// re-ingested articles. Idempotent; creates the index when missing; rebuilds it when its
// format version differs or it holds more documents than the store has articles (the database
// was replaced). InvalidArgument for an empty or ":memory:" db_path. `stats` may be null.
Status SyncSearchIndex(Store* store, const std::string& db_path,
                       const SearchSyncOptions& options = {}, SearchSyncStats* stats = nullptr);

// True when the index is missing, of another format, or older than the newest article of
// `store` (a scan of the articles without bodies).
StatusOr<bool> SearchIndexIsStale(Store* store, const std::string& db_path);

struct SearchRequest {
  std::string query;  // free text in any language; at most search::kMaxQueryBytes
  // Paging over stories: skip `offset`, return at most `limit` (0 = every story found).
  // Default 0, 20.
  int64_t offset = 0;
  int64_t limit = 20;
  // Matching articles listed per story, best first. Default 3.
  size_t matches_per_story = 3;
  // Only articles in this language ("" = any). Default "".
  std::string lang;
  // Fill SearchMatch::snippet (reads and re-analyses each listed article: ~0.3 ms each).
  // Default true.
  bool snippets = true;
  // Article hits considered, best first; stories are found among these (so `total` counts the
  // stories of at most this many articles). Default 1000; 0 means the default.
  size_t max_article_hits = 1000;
};

struct SearchMatch {
  std::string article_id;
  std::string title;  // the article's title, or its first sentence when it has none
  std::string lang;
  double score = 0;     // [0, 1], as StoryMatch::score
  std::string snippet;  // passage around the matched words ("" without snippets)
  // Byte ranges [begin, end) of the matched words inside `snippet`.
  std::vector<std::pair<uint32_t, uint32_t>> highlights;
};

struct StoryMatch {
  std::string story_id;
  // [0, 1]: 0.8 x the share of the query's words the best article matches (each word by its
  // best alternative's weight, query_expander.h) + 0.2 x its BM25 weight relative to the top
  // hit. Stories are ordered by score, then by that weight, then by id.
  double score = 0;
  int64_t matched_articles = 0;      // article hits in this story (among max_article_hits)
  std::vector<SearchMatch> matches;  // best first, at most matches_per_story
};

struct SearchResponse {
  int64_t total = 0;                 // stories found among the article hits (before paging)
  int64_t matched_articles = 0;      // Xapian's estimate of all matching articles
  int64_t unclustered_articles = 0;  // article hits in no story (not listed)
  std::vector<StoryMatch> items;     // the requested page
};

class SearchIndex {
 public:
  // Opens the index at `index_path` (SearchIndexPath(db)) read-only. `resources` null means
  // SearchResources::Default(). Errors: see the top of this file.
  static StatusOr<std::unique_ptr<SearchIndex>> Open(
      const std::string& index_path, const search::SearchResources* resources = nullptr);
  ~SearchIndex();
  SearchIndex(const SearchIndex&) = delete;
  SearchIndex& operator=(const SearchIndex&) = delete;

  // Stories matching `request`, ranked as documented on StoryMatch. InvalidArgument for a
  // query that is too long or negative paging; errors of `store` and of Xapian otherwise. A
  // query without words finds nothing.
  StatusOr<SearchResponse> Search(const SearchRequest& request, Store* store);

  // Documents (articles) in the index at its latest revision.
  StatusOr<int64_t> DocumentCount();

  const std::string& path() const;

 private:
  struct Impl;
  explicit SearchIndex(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_SEARCH_SEARCH_INDEX_H_
