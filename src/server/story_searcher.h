// StorySearcher: the text search behind `q` on GET /api/stories and GET /api/search. The Api
// takes one (not owned); without one those requests answer 503 "search index not available".
// The Xapian index (src/search/search_index.h) plugs in through an adapter implementing this.
//
// Thread safety: implementations must allow concurrent Search calls.
#ifndef NEWSLOOM_SERVER_STORY_SEARCHER_H_
#define NEWSLOOM_SERVER_STORY_SEARCHER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "store/store.h"

namespace newsloom {

struct StorySearchMatch {
  std::string article;
  std::string lang;
  std::string title;
  std::string snippet;  // a short excerpt of the article around the match, plain text
};

struct StoryHit {
  std::string story_id;
  double score = 0;                       // [0, 1], 1 = best
  std::vector<StorySearchMatch> matches;  // the story's best matching articles, best first
};

struct StorySearchResults {
  int64_t total = 0;           // stories matching (an estimate is allowed)
  std::vector<StoryHit> hits;  // best first
};

class StorySearcher {
 public:
  virtual ~StorySearcher() = default;
  // Stories matching `query` (free text in any language), best first: `limit` of them after
  // skipping `offset`. `store` is a read connection to the database for the calling thread
  // (e.g. to map article hits to stories). Without `with_matches` the hits may leave
  // `matches` empty (a filter needs only the story ids; snippets are the costly part).
  // InvalidArgument for a query the index refuses.
  virtual StatusOr<StorySearchResults> Search(std::string_view query, int64_t offset, int64_t limit,
                                              Store* store, bool with_matches) = 0;
};

}  // namespace newsloom

#endif  // NEWSLOOM_SERVER_STORY_SEARCHER_H_
