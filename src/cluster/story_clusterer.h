// StoryClusterer: online story clustering. Articles arrive one by one in publication order
// (undated ones last) and each joins the best-matching story or founds a new one.
//
// Algorithm (issue 6, docs/formats/stories-jsonl.md):
//   * Candidates: an inverted index from language-independent and same-language keys to the
//     stories holding them. Only an item's cross-language keys and rarest `lookup_keys` words are
//     looked up and at most `max_candidates` stories are scored, so the cost per article does not
//     grow with history. Stories whose newest dated member is more than `window_days` older than
//     the newest date seen leave the active index for an archive that only undated articles and
//     articles dated before that window (late ingest of old reports) search.
//   * Comparing with a story: the item is scored against at most 2 + `latest_members` members
//     (the founder, the most central one, the latest few). The story's score blends the arithmetic
//     and geometric means of the two best pair scores, so one vague member cannot pull unrelated
//     articles in (no single-link chaining), times a decay with the gap between the item's date and
//     the story's days.
//   * Undated articles use their stated event date as their time when they have one; otherwise
//     they are placed by content with the stricter `undated_threshold` and get the date of the
//     member they resemble most as `inferred_published`.
//   * Stories that converged merge: both stories' representatives, pair by pair, must agree
//     on average (`merge_threshold`). A touched story is compared with its merge candidates
//     when it leaves the active window, and Finish() runs merge passes over the touched
//     stories still within reach of the window (a pair further apart in time than the decay
//     allows to reach `merge_threshold` is never scored).
//
// Ids: "s_" + HexHash64(Hash64(founding article id)). A story keeps its id for good; when two
// merge, the older (earlier created) keeps its id and the younger's id is retired
// (retired_story_ids()). Re-adding a known article returns its story and changes nothing.
//
// Determinism: results depend only on the order of Add/Restore calls, never on threads or
// hash-map iteration order (single-threaded; ties break on creation order).
//
// Thread safety: not thread-safe, not even the const methods (they share scratch buffers); one
// thread at a time. The PairScorer is not owned and must outlive the clusterer.
//
// Cost per Add: the item's keys are looked up once in the statistics (KeyStats::Focus), its
// lookup keys and its scores against the winning story are computed once and reused by Join,
// and candidate weights add up in a dense array by story index (no per-article hash map).
#ifndef NEWSLOOM_CLUSTER_STORY_CLUSTERER_H_
#define NEWSLOOM_CLUSTER_STORY_CLUSTERER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <queue>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/inlined_vector.h"
#include "cluster/story_item.h"
#include "cluster/story_scorer.h"
#include "core/status.h"

namespace newsloom::cluster {

struct StoryClustererOptions {
  // An article joins the best story when the story's score is at least this. Default 0.30.
  double join_threshold = 0.30;
  // The same for articles with neither a publication nor an event date. Default 0.45.
  double undated_threshold = 0.45;
  // Finish() merges two stories whose representatives score at least this on average
  // (at least undated_threshold when either story has no dated member). Default 0.35.
  double merge_threshold = 0.35;
  // Stories idle (no dated member) this many days before the newest date seen leave the active
  // index. Default 45.
  int window_days = 45;
  // Scores are not decayed for gaps up to this many days... Default 7.
  int decay_free_days = 7;
  // ... then decay as exp(-(gap - decay_free_days) / decay_days). Default 20.
  double decay_days = 20;
  // Same-language word keys of an item (rarest of those another item holds) used to look up
  // and to index stories, besides all its cross-language keys. Default 48.
  size_t lookup_keys = 48;
  // Stories scored per article (most keys in common first). Default 12.
  size_t max_candidates = 12;
  // Active keys held by more stories than this are too common to find candidates with and are
  // skipped in lookups (they still count when scoring). Default 400.
  size_t active_posting_cap = 400;
  // Latest members compared besides the founder and the most central one. Default 3.
  size_t latest_members = 3;
  // Archive keys held by more stories than this are not used for lookups. Default 256.
  size_t archive_posting_cap = 256;
  // Stories scored per touched story in a merge pass. Default 8.
  size_t merge_candidates = 8;
  // Merge passes in Finish() (each joins pairs found in the previous state). Default 3.
  int merge_rounds = 3;
};

// One story as the clusterer keeps it.
struct Story {
  std::string id;
  std::vector<StoryItem> members;  // in the order they joined; members[0] founded the story
  // Dates inferred for undated members (parallel to members; nullopt when published is set or
  // nothing could be inferred).
  std::vector<std::optional<FuzzyDate>> inferred;
  std::vector<double> support;   // per member: sum of the pair scores it took part in
  size_t central = 0;            // index of the member with the most support
  std::optional<DayRange> days;  // union of the dated members' days
  uint32_t index = 0;            // creation order
  bool touched = false;          // changed since construction / Restore
  bool retired = false;          // merged into another story
  bool active = false;           // in the active index
  bool archived = false;         // in the archive index (inactive stories wait until needed)
  std::vector<uint64_t> keys;    // keys this story is indexed under, sorted unique
};

// What Add decided for one article.
struct StoryAssignment {
  std::string story_id;  // provisional until Finish() (a merge may retire it)
  bool new_story = false;
  double score = 0;  // the winning story's score; 0 for a new story
  // For articles without a publication date: the date inferred from the story ("inferred" in
  // articles.jsonl); nullopt otherwise or when the story has no dated member.
  std::optional<FuzzyDate> inferred_published;
};

class StoryClusterer {
 public:
  StoryClusterer(const StoryClustererOptions& options, const PairScorer* scorer);
  StoryClusterer(const StoryClusterer&) = delete;
  StoryClusterer& operator=(const StoryClusterer&) = delete;

  // Optional pre-pass: counts the item's keys for IDF now, so the first articles of a run are
  // compared with the whole run's document frequencies. Add does not count them again.
  void Observe(const StoryItem& item);

  // Places one article. Call in publication order, undated articles last.
  StoryAssignment Add(StoryItem item);

  // Merge passes over the stories touched since construction / Restore (those that left the
  // active window were compared then). Call once at the end of a run (more Adds may follow;
  // call Finish again after them).
  void Finish();

  // Re-creates a stored story (before any Add), members in their stored order. Keys are
  // counted for IDF. InvalidArgument for an empty story, a member already placed or an id
  // other than StoryIdFor(members[0]).
  Status Restore(const std::string& story_id, std::vector<StoryItem> members,
                 std::vector<std::optional<FuzzyDate>> inferred);

  // The current story of an article; nullopt when not placed.
  const Story* StoryOf(std::string_view article_id) const;
  // Replaces the event fields of a placed article with those of `facts` (SetEventFacts: an
  // undated article read again once its story gave it a date, pipeline/story_stage.h) and
  // marks its story changed. Its keys stay, so the index and the statistics are untouched.
  // False when the article is not placed.
  bool ReviseMemberFacts(std::string_view article_id, const ArticleFacts& facts);
  const Story* FindStory(std::string_view story_id) const;
  // Stories changed since construction / Restore / MarkSaved and not retired, by creation
  // order.
  std::vector<const Story*> TouchedStories() const;
  // The stories holding any of `article_ids` (unplaced ids are skipped), by creation order:
  // the stories.jsonl lines of a run, also when a re-run changed nothing.
  std::vector<const Story*> StoriesOf(const std::vector<std::string>& article_ids) const;
  // Every live story, by creation order.
  std::vector<const Story*> AllStories() const;
  // Ids retired by merges since construction or MarkSaved (their articles now belong to other
  // stories).
  const std::vector<std::string>& retired_story_ids() const { return retired_ids_; }
  // Forgets which stories changed and which ids were retired, once the caller has saved them:
  // TouchedStories, retired_story_ids and the next Finish's merge pass start afresh, as after a
  // Restore of everything saved. For a long-lived clusterer that runs after run.
  void MarkSaved();

  const KeyStats& stats() const { return stats_; }
  size_t active_stories() const { return active_count_; }
  // Approximate heap bytes held (index, stories, statistics), for benchmarks.
  size_t ApproximateMemoryBytes() const;

  // The score Add uses for `item` against `story` (exposed for tests and the brute-force
  // reference).
  double ScoreStory(const Story& story, const StoryItem& item) const;
  // The score Finish uses for two stories.
  double ScoreStories(const Story& a, const Story& b) const;
  // The rep member indices compared with new items.
  std::vector<size_t> Representatives(const Story& story) const;

 private:
  // Most keys are held by a few stories: their postings stay inside the table's slot.
  using Postings = absl::InlinedVector<uint32_t, 4>;
  using Index = absl::flat_hash_map<uint64_t, Postings>;

  std::optional<DayRange> TimeOf(const StoryItem& item) const;
  std::vector<uint64_t> LookupKeys(const StoryItem& item) const;
  std::vector<uint32_t> Candidates(const std::vector<uint64_t>& keys, bool dated, uint32_t exclude,
                                   size_t limit) const;
  void Expire();
  void FlushArchive();
  // Adds the story to the postings of those of `keys` (sorted) it is not indexed under yet.
  void IndexKeys(Story* story, const std::vector<uint64_t>& keys);
  void Unindex(Story* story);
  // Scores `item` against the story's representatives, then joins it.
  void Join(Story* story, StoryItem item, std::optional<FuzzyDate> inferred);
  // Joins with the scores against Representatives(*story) (in that order) and the item's
  // LookupKeys already computed under the current statistics.
  void Join(Story* story, StoryItem item, std::optional<FuzzyDate> inferred,
            const std::vector<double>& rep_scores, std::vector<uint64_t> keys);
  Story* Found(StoryItem item);
  Story* Found(StoryItem item, std::vector<uint64_t> keys);
  // ScoreStory that also gives the representatives' pair scores (Representatives order).
  double ScoreStory(const Story& story, const StoryItem& item,
                    std::vector<double>* rep_scores) const;
  void UpdateCentral(Story* story);
  void Merge(Story* into, Story* from);
  // Scores `s` against its merge candidates (none more than max_merge_gap_ days away) and
  // merges it with the best when they reach the merge threshold; the older story keeps its id.
  // Returns the story kept, nullptr when nothing merged.
  Story* MergeWithBest(Story* s);
  bool MergeRound();
  // exp(-(gap - decay_free_days) / decay_days) beyond decay_free_days, else 1.
  double Decay(int64_t gap) const;
  // The largest gap in days at which two dated stories can still reach merge_threshold (their
  // score is at most Decay(gap)); INT64_MAX when no gap is too large.
  int64_t MaxMergeGap() const;

  StoryClustererOptions options_;
  const PairScorer* scorer_;
  int64_t max_merge_gap_;  // MaxMergeGap()
  KeyStats stats_;
  absl::flat_hash_set<std::string> observed_;
  std::vector<std::unique_ptr<Story>> stories_;
  absl::flat_hash_map<std::string, uint32_t> story_by_id_;
  absl::flat_hash_map<std::string, uint32_t> story_of_article_;
  Index active_;
  Index archive_;
  size_t active_count_ = 0;
  std::optional<int64_t> now_;  // newest day seen
  // (last day, story) of active stories; entries are stale when the story's last day moved.
  std::priority_queue<std::pair<int64_t, uint32_t>, std::vector<std::pair<int64_t, uint32_t>>,
                      std::greater<>>
      expiry_;
  std::vector<std::string> retired_ids_;
  std::vector<uint32_t> pending_archive_;  // inactive stories not yet in archive_
  // Scratch of the const lookups, reused from article to article (no allocation per Add).
  mutable std::vector<double> candidate_weight_;  // by story index; all 0 between calls
  mutable std::vector<uint32_t> candidate_touched_;
  mutable std::vector<std::tuple<bool, double, uint64_t>> lookup_scratch_;
};

// "s_" + HexHash64(Hash64(article_id)).
std::string StoryIdFor(std::string_view founding_article_id);

}  // namespace newsloom::cluster

#endif  // NEWSLOOM_CLUSTER_STORY_CLUSTERER_H_
