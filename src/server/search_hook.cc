// OpenStorySearcher: the StorySearcher over the Xapian search index (src/search).
#include <mutex>

#include "search/search_index.h"
#include "server/server_runner.h"

namespace newsloom {
namespace {

class XapianStorySearcher : public StorySearcher {
 public:
  explicit XapianStorySearcher(std::unique_ptr<SearchIndex> index) : index_(std::move(index)) {}

  StatusOr<StorySearchResults> Search(std::string_view query, int64_t offset, int64_t limit,
                                      Store* store, bool with_matches) override {
    SearchRequest request;
    request.query = std::string(query);
    request.offset = offset;
    request.limit = limit;
    request.matches_per_story = with_matches ? 3 : 0;
    request.snippets = with_matches;
    NL_ASSIGN_OR_RETURN(SearchResponse response, index_->Search(request, store));
    StorySearchResults out;
    out.total = response.total;
    for (StoryMatch& m : response.items) {
      StoryHit hit;
      hit.story_id = std::move(m.story_id);
      hit.score = m.score;
      for (SearchMatch& a : m.matches) {
        hit.matches.push_back(
            {std::move(a.article_id), std::move(a.lang), std::move(a.title), std::move(a.snippet)});
      }
      out.hits.push_back(std::move(hit));
    }
    return out;
  }

 private:
  std::unique_ptr<SearchIndex> index_;  // serialises its own calls
};

// Builds or updates the index when it is older than the database.
Status SyncIfStale(const std::string& db_path) {
  StoreOptions so;
  so.create_if_missing = false;
  NL_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenSqliteStore(db_path, so));
  NL_ASSIGN_OR_RETURN(bool stale, SearchIndexIsStale(store.get(), db_path));
  if (!stale) return absl::OkStatus();
  return SyncSearchIndex(store.get(), db_path);
}

}  // namespace

std::unique_ptr<StorySearcher> OpenStorySearcher(const std::string& db_path, std::string* why_not) {
  if (Status s = SyncIfStale(db_path); !s.ok()) {
    *why_not = MessageOf(s);
    return nullptr;
  }
  StatusOr<std::unique_ptr<SearchIndex>> index = SearchIndex::Open(SearchIndexPath(db_path));
  if (!index.ok()) {
    *why_not = MessageOf(index.status());
    return nullptr;
  }
  return std::make_unique<XapianStorySearcher>(std::move(*index));
}

}  // namespace newsloom
