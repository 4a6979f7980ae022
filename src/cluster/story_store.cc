#include "cluster/story_store.h"

#include "absl/strings/str_cat.h"
#include "cluster/story_record.h"

namespace newsloom::cluster {

StoredStory ToStoredStory(const Story& story) {
  StoryRecord record = BuildStoryRecord(story);
  StoredStory out;
  out.id = story.id;
  if (record.first_published) out.first_published = record.first_published->ToString();
  if (record.last_published) out.last_published = record.last_published->ToString();
  out.article_count = static_cast<int64_t>(story.members.size());
  out.json = StoryRecordJson(record);
  return out;
}

Status LoadStoryState(Store* store, StoryClusterer* clusterer) {
  return store->LoadStories(
      [&](StoredStory story, std::vector<StoredStoryMember> members) -> Status {
        std::vector<StoryItem> items(members.size());
        std::vector<std::optional<FuzzyDate>> inferred(members.size());
        for (size_t i = 0; i < members.size(); ++i) {
          NL_RETURN_IF_ERROR(DecodeStoryItem(
              members[i].item, absl::StrCat("story ", story.id, " member ", members[i].article_id),
              &items[i]));
          if (!members[i].inferred_published.empty()) {
            inferred[i] = FuzzyDate::Parse(members[i].inferred_published);
          }
        }
        if (items.empty()) return absl::OkStatus();  // nothing to compare with
        return clusterer->Restore(story.id, std::move(items), std::move(inferred));
      });
}

Status SaveStoryState(const StoryClusterer& clusterer, Store* store,
                      absl::flat_hash_map<const Story*, std::string>* record_json) {
  for (const Story* story : clusterer.TouchedStories()) {
    std::vector<StoredStoryMember> members;
    members.reserve(story->members.size());
    for (size_t i = 0; i < story->members.size(); ++i) {
      const StoryItem& item = story->members[i];
      StoredStoryMember m;
      m.article_id = item.article_id;
      m.story_id = story->id;
      m.position = static_cast<int64_t>(i);
      if (item.published) m.published = item.published->ToString();
      if (i < story->inferred.size() && story->inferred[i]) {
        m.inferred_published = story->inferred[i]->ToString();
      }
      m.item = EncodeStoryItem(item);
      members.push_back(std::move(m));
    }
    StoredStory stored = ToStoredStory(*story);
    NL_RETURN_IF_ERROR(store->PutStory(stored, members));
    if (record_json != nullptr) (*record_json)[story] = std::move(stored.json);
  }
  for (const std::string& id : clusterer.retired_story_ids()) {
    NL_RETURN_IF_ERROR(store->DeleteStory(id));
  }
  return absl::OkStatus();
}

}  // namespace newsloom::cluster
