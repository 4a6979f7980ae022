// Persistence of story clustering state in a Store (store/store.h "Stories"): the members of
// every story with their StoryItems, so a later run continues where this one stopped, and the
// stories.jsonl record of each story for readers (API, UI).
//
// Errors: what the Store returns; DataLoss naming the article when a stored item is corrupt.
// Thread safety: as the Store and the StoryClusterer (one thread).
#ifndef NEWSLOOM_CLUSTER_STORY_STORE_H_
#define NEWSLOOM_CLUSTER_STORY_STORE_H_

#include <string>

#include "absl/container/flat_hash_map.h"
#include "cluster/story_clusterer.h"
#include "core/status.h"
#include "store/store.h"

namespace newsloom::cluster {

// Restores every stored story into `clusterer`, which must not have placed any article yet.
// Cost: reads all stored members once (O(history) at start, never per article).
Status LoadStoryState(Store* store, StoryClusterer* clusterer);

// Writes each story touched since the clusterer was built / loaded (its record and all its
// members) and deletes the stories retired by merges. Call after Finish(). Runs in the
// store's open batch when there is one (recommended: the run's batch), else in its own
// transactions. When `record_json` is not null it receives the stories.jsonl record
// (StoryRecordJson) of every story written, so the caller need not build it again; the
// pointers are the clusterer's and valid while its stories are unchanged.
Status SaveStoryState(const StoryClusterer& clusterer, Store* store,
                      absl::flat_hash_map<const Story*, std::string>* record_json = nullptr);

// The stored row of a story (record JSON, dates, count).
StoredStory ToStoredStory(const Story& story);

}  // namespace newsloom::cluster

#endif  // NEWSLOOM_CLUSTER_STORY_STORE_H_
