// SyntheticStoryStream: a deterministic stream of story-clustering inputs (cluster::StoryItem)
// with known truth, for `newsloom bench --stories` (story_bench.h).
//
// Structure (what makes it a fair test of cluster/story_clusterer.h, not just a fast one):
//   * Many stories of heavy-tailed size (most have 2-6 articles, a few hundreds) published at a
//     steady rate, so the clusterer's time window holds about the same number of stories at
//     every corpus size; a story's articles spread over a few days (big stories over weeks).
//   * 12 languages (bench/synthetic_corpus.h): an article is in its story's home language more
//     often than not. Same-language word keys only match inside one language, so articles of
//     one story in different languages meet only through cross-language keys (names, entities,
//     places, countries, numbers), as in real items (story_item.h).
//   * Things that tempt a clusterer to merge wrongly: places drawn from a Zipf law (many
//     concurrent stories in the same capital and country), the head of state of a country in
//     many of its stories, a pool of celebrities named everywhere, common capitalised words,
//     shared event vocabulary per event type, years and small numbers.
//   * Noise articles that belong to no story (their own singleton in the truth) and undated
//     articles (no publication date; half of them state their story's event date), which come
//     last, as the pipeline feeds them (pipeline/story_stage.cc).
// Keys per article: about 90 word keys and 23 name keys on average (chosen for 2-3 KB articles;
// not calibrated on real items).
//
// Memory: the stream keeps 16 bytes per article (the plan); items are built on demand, so a
// caller can feed 1M articles without holding them all.
//
// Thread safety: immutable after construction; Item() is const and safe to call concurrently.
#ifndef NEWSLOOM_BENCH_SYNTHETIC_STORIES_H_
#define NEWSLOOM_BENCH_SYNTHETIC_STORIES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "cluster/story_item.h"

namespace newsloom {

struct SyntheticStoryOptions {
  uint64_t articles = 10000;  // articles in the stream
  uint64_t seed = 42;         // same seed, same stream, on every machine
  // Publication rate: the stream spans articles / articles_per_day days (at least 1). Default
  // 200: the clusterer's 45-day window fills after about 9,000 articles.
  uint32_t articles_per_day = 200;
  double noise_share = 0.15;       // share of articles that belong to no story. Default 0.15
  double undated_share = 0.03;     // share without a publication date. Default 0.03
  double size_scale = 2.0;         // story size = floor(size_scale * u^(-1/size_alpha)), u in (0,1]
  double size_alpha = 1.5;         // ... a Pareto law: mean about 5.5, median 3. Defaults 2, 1.5
  uint32_t max_story_size = 300;   // cap on one story's articles. Default 300
  uint32_t background_words = 96;  // Zipf-drawn same-language words per article. Default 96
};

class SyntheticStoryStream {
 public:
  explicit SyntheticStoryStream(const SyntheticStoryOptions& options);

  size_t size() const { return slots_.size(); }
  // Item i in feeding order: dated items by publication day, then the undated ones. Article
  // ids are unique ("s<story>.<member>", noise "n<number>").
  cluster::StoryItem Item(size_t i) const;
  // Item(i).article_id, without building the item.
  std::string ArticleId(size_t i) const;
  // The true story of item i: < true_stories() for story members; noise items get their own
  // numbers from true_stories() up.
  uint32_t Truth(size_t i) const { return slots_[i].story; }
  bool IsNoise(size_t i) const { return slots_[i].story >= stories_; }
  bool IsDated(size_t i) const { return (slots_[i].flags & kUndated) == 0; }

  uint32_t true_stories() const { return stories_; }  // stories with >= 1 article
  uint64_t noise_articles() const { return noise_; }
  uint64_t undated_articles() const { return undated_; }
  int32_t span_days() const { return span_days_; }

 private:
  static constexpr uint8_t kUndated = 1;
  static constexpr uint8_t kEventDate = 2;  // an undated item that states the event date
  struct Slot {
    uint32_t story = 0;   // true story, or stories_ + k for the k-th noise article
    uint32_t member = 0;  // index within the story (0 for noise)
    int32_t day = 0;      // publication day (days since 2020-01-01), also for undated items
    uint8_t flags = 0;
  };

  cluster::StoryItem StoryMember(const Slot& slot) const;
  cluster::StoryItem NoiseItem(const Slot& slot) const;
  void AddBackground(uint64_t lang_hash, uint64_t* state, cluster::StoryItem* item) const;

  SyntheticStoryOptions options_;
  std::vector<Slot> slots_;
  std::vector<int32_t> story_start_;  // first day of each story
  uint32_t stories_ = 0;
  uint64_t noise_ = 0;
  uint64_t undated_ = 0;
  int32_t span_days_ = 1;
};

}  // namespace newsloom

#endif  // NEWSLOOM_BENCH_SYNTHETIC_STORIES_H_
