#include "cluster/story_clusterer.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "core/hash.h"
#include "core/strings.h"

namespace newsloom::cluster {
namespace {

// Half the arithmetic and half the geometric mean of the two best scores (the only score for
// a single one): one strong link is not enough when the story has more to compare with.
double TopTwoMean(const std::vector<double>& scores) {
  if (scores.empty()) return 0;
  if (scores.size() == 1) return scores[0];
  double first = std::max(scores[0], scores[1]);
  double second = std::min(scores[0], scores[1]);
  for (size_t i = 2; i < scores.size(); ++i) {
    if (scores[i] > first) {
      second = first;
      first = scores[i];
    } else if (scores[i] > second) {
      second = scores[i];
    }
  }
  return 0.25 * (first + second) + 0.5 * std::sqrt(first * second);
}

void UnionDays(std::optional<DayRange>* days, const DayRange& r) {
  if (!*days) {
    *days = r;
  } else {
    (*days)->first = std::min((*days)->first, r.first);
    (*days)->last = std::max((*days)->last, r.last);
  }
}

template <typename Postings>
void RemoveFrom(Postings* postings, uint32_t story) {
  auto it = std::find(postings->begin(), postings->end(), story);
  if (it != postings->end()) postings->erase(it);
}

}  // namespace

std::string StoryIdFor(std::string_view founding_article_id) {
  return "s_" + HexHash64(Hash64(founding_article_id));
}

StoryClusterer::StoryClusterer(const StoryClustererOptions& options, const PairScorer* scorer)
    : options_(options), scorer_(scorer), max_merge_gap_(MaxMergeGap()) {}

void StoryClusterer::Observe(const StoryItem& item) {
  if (story_of_article_.contains(item.article_id)) return;
  if (observed_.insert(item.article_id).second) stats_.Add(item);
}

std::optional<DayRange> StoryClusterer::TimeOf(const StoryItem& item) const {
  if (item.published) return DaysOf(*item.published);
  if (item.event_date) return DaysOf(*item.event_date);
  return std::nullopt;
}

std::vector<uint64_t> StoryClusterer::LookupKeys(const StoryItem& item) const {
  // Every cross-language key, and the item's rarest same-language words among those another
  // item also holds (a word only this item has cannot find anything).
  std::vector<uint64_t> keys;
  keys.reserve(item.name_keys.size() + options_.lookup_keys);
  keys = item.name_keys;
  std::vector<std::tuple<bool, double, uint64_t>>& words = lookup_scratch_;
  words.clear();
  words.reserve(item.word_keys.size());
  for (uint64_t k : item.word_keys) {
    uint32_t df;
    double idf;
    stats_.Lookup(k, &df, &idf);
    words.emplace_back(df < 2, -idf, k);
  }
  // The `n` smallest tuples (distinct keys, so a strict order): which ones, not their order,
  // since the keys are sorted below.
  const size_t n = std::min(options_.lookup_keys, words.size());
  if (n < words.size()) std::nth_element(words.begin(), words.begin() + n, words.end());
  for (size_t i = 0; i < n; ++i) keys.push_back(std::get<2>(words[i]));
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

std::vector<uint32_t> StoryClusterer::Candidates(const std::vector<uint64_t>& keys, bool dated,
                                                 uint32_t exclude, size_t limit) const {
  // Weights add up in a dense array by story index (each story's sum in key order, as a map
  // would); `touched` lists the stories to rank and to reset afterwards.
  std::vector<double>& weight = candidate_weight_;
  std::vector<uint32_t>& touched = candidate_touched_;
  if (weight.size() < stories_.size()) weight.resize(stories_.size(), 0.0);
  touched.clear();
  auto collect = [&](const Index& index, size_t cap) {
    constexpr size_t kAhead = 16;  // the index is far larger than the caches
    for (size_t i = 0; i < keys.size(); ++i) {
      if (i + kAhead < keys.size()) index.prefetch(keys[i + kAhead]);
      auto it = index.find(keys[i]);
      if (it == index.end() || it->second.size() > cap) continue;
      const double idf = stats_.Idf(keys[i]);
      for (uint32_t s : it->second) {
        if (s == exclude) continue;
        if (weight[s] == 0) touched.push_back(s);
        weight[s] += idf;
      }
    }
  };
  collect(active_, options_.active_posting_cap);
  if (!dated) collect(archive_, options_.archive_posting_cap);
  std::vector<std::pair<double, uint32_t>> ranked;
  ranked.reserve(touched.size());
  for (uint32_t s : touched) {
    ranked.emplace_back(weight[s], s);
    weight[s] = 0;
  }
  // The `n` best by weight, then index (a strict order): which ones, not their order.
  const size_t n = std::min(limit, ranked.size());
  if (n < ranked.size()) {
    std::nth_element(ranked.begin(), ranked.begin() + n, ranked.end(),
                     [](const auto& a, const auto& b) {
                       return a.first != b.first ? a.first > b.first : a.second < b.second;
                     });
  }
  std::vector<uint32_t> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) out.push_back(ranked[i].second);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<size_t> StoryClusterer::Representatives(const Story& story) const {
  std::vector<size_t> reps = {0, story.central};
  const size_t n = story.members.size();
  for (size_t i = 0; i < options_.latest_members && i < n; ++i) reps.push_back(n - 1 - i);
  std::sort(reps.begin(), reps.end());
  reps.erase(std::unique(reps.begin(), reps.end()), reps.end());
  return reps;
}

double StoryClusterer::ScoreStory(const Story& story, const StoryItem& item) const {
  std::vector<double> scores;
  return ScoreStory(story, item, &scores);
}

double StoryClusterer::ScoreStory(const Story& story, const StoryItem& item,
                                  std::vector<double>* rep_scores) const {
  std::vector<double>& scores = *rep_scores;
  scores.clear();
  for (size_t r : Representatives(story)) {
    scores.push_back(scorer_->Score(story.members[r], item, stats_));
  }
  double score = TopTwoMean(scores);
  std::optional<DayRange> t = TimeOf(item);
  if (t && story.days) score *= Decay(GapDays(*t, *story.days));
  return score;
}

double StoryClusterer::ScoreStories(const Story& a, const Story& b) const {
  double sum = 0;
  int pairs = 0;
  for (size_t i : Representatives(a)) {
    for (size_t j : Representatives(b)) {
      sum += scorer_->Score(a.members[i], b.members[j], stats_);
      ++pairs;
    }
  }
  double score = pairs == 0 ? 0 : sum / pairs;
  if (a.days && b.days) score *= Decay(GapDays(*a.days, *b.days));
  return score;
}

double StoryClusterer::Decay(int64_t gap) const {
  if (gap <= options_.decay_free_days) return 1;
  return std::exp(-static_cast<double>(gap - options_.decay_free_days) / options_.decay_days);
}

int64_t StoryClusterer::MaxMergeGap() const {
  constexpr int64_t kNoLimit = INT64_MAX;
  if (options_.merge_threshold <= 0) return kNoLimit;
  // Decay falls with the gap; pair scores are at most 1, so their mean times Decay(gap) is at
  // most Decay(gap).
  int64_t gap = std::max(0, options_.decay_free_days);
  while (Decay(gap + 1) >= options_.merge_threshold) {
    if (++gap > 1000000) return kNoLimit;
  }
  return gap;
}

void StoryClusterer::Expire() {
  while (!expiry_.empty() && now_) {
    auto [last, s] = expiry_.top();
    if (last >= *now_ - options_.window_days) break;
    expiry_.pop();
    Story* story = stories_[s].get();
    if (!story->active || story->retired || !story->days || story->days->last != last) continue;
    // Before it leaves the window, a story that has converged with an active one joins it, as
    // the merge pass would have done had the run ended now. When it is kept, its joins queued
    // its days again and it is looked at once more.
    if (story->touched && MergeWithBest(story) != nullptr) continue;
    std::vector<uint64_t> keys = story->keys;
    Unindex(story);
    story->active = false;
    --active_count_;
    IndexKeys(story, keys);  // pending: the archive is indexed only when needed
  }
}

void StoryClusterer::FlushArchive() {
  for (uint32_t s : pending_archive_) {
    Story* story = stories_[s].get();
    if (story->active || story->retired || story->archived) continue;
    for (uint64_t k : story->keys) archive_[k].push_back(story->index);
    story->archived = true;
  }
  pending_archive_.clear();
}

void StoryClusterer::IndexKeys(Story* story, const std::vector<uint64_t>& keys) {
  // Active stories are indexed at once; others wait in pending_archive_ (FlushArchive).
  Index* index = story->active ? &active_ : story->archived ? &archive_ : nullptr;
  if (index == nullptr && story->keys.empty()) pending_archive_.push_back(story->index);
  std::vector<uint64_t> added;
  constexpr size_t kAhead = 16;  // the index is far larger than the caches
  // `keys` is sorted: each search starts where the previous one ended.
  auto from = story->keys.cbegin();
  for (size_t i = 0; i < keys.size(); ++i) {
    const uint64_t k = keys[i];
    if (index != nullptr && i + kAhead < keys.size()) index->prefetch(keys[i + kAhead]);
    from = std::lower_bound(from, story->keys.cend(), k);
    if (from != story->keys.cend() && *from == k) continue;
    if (index != nullptr) (*index)[k].push_back(story->index);
    added.push_back(k);
  }
  if (added.empty()) return;
  // Merge in place from the back: a large story's keys move only past the first new key, and
  // the vector grows by a quarter at a time rather than being copied on every join.
  std::vector<uint64_t>& own = story->keys;
  size_t i = own.size(), j = added.size();
  if (own.capacity() < i + j) own.reserve(std::max(i + j, i + i / 4));
  own.resize(i + j);
  for (size_t out = i + j; j > 0;) {
    if (i > 0 && own[i - 1] > added[j - 1]) {
      own[--out] = own[--i];
    } else {
      own[--out] = added[--j];
    }
  }
}

void StoryClusterer::Unindex(Story* story) {
  Index* index = story->active ? &active_ : story->archived ? &archive_ : nullptr;
  for (uint64_t k : story->keys) {
    if (index == nullptr) break;
    auto it = index->find(k);
    if (it == index->end()) continue;
    RemoveFrom(&it->second, story->index);
    if (it->second.empty()) index->erase(it);
  }
  story->archived = false;
  story->keys.clear();
}

void StoryClusterer::UpdateCentral(Story* story) {
  size_t best = 0;
  for (size_t i = 1; i < story->support.size(); ++i) {
    if (story->support[i] > story->support[best]) best = i;
  }
  story->central = best;
}

void StoryClusterer::Join(Story* story, StoryItem item, std::optional<FuzzyDate> inferred) {
  std::vector<double> scores;
  for (size_t r : Representatives(*story)) {
    scores.push_back(scorer_->Score(story->members[r], item, stats_));
  }
  std::vector<uint64_t> keys = LookupKeys(item);
  Join(story, std::move(item), inferred, scores, std::move(keys));
}

void StoryClusterer::Join(Story* story, StoryItem item, std::optional<FuzzyDate> inferred,
                          const std::vector<double>& rep_scores, std::vector<uint64_t> keys) {
  // Support: the new member and the representatives it was compared with.
  double own = 0;
  const std::vector<size_t> reps = Representatives(*story);
  for (size_t i = 0; i < reps.size(); ++i) {
    const double s = rep_scores[i];
    story->support[reps[i]] += s;
    own += s;
  }
  std::optional<DayRange> t =
      item.published ? std::optional(DaysOf(*item.published)) : std::nullopt;
  if (t) {
    UnionDays(&story->days, *t);
    if (!story->active) {  // a dated article wakes an archived story
      std::vector<uint64_t> keys = story->keys;
      Unindex(story);
      story->active = true;
      ++active_count_;
      IndexKeys(story, keys);
    }
    expiry_.emplace(story->days->last, story->index);
  }
  story_of_article_[item.article_id] = story->index;
  story->members.push_back(std::move(item));
  story->inferred.push_back(inferred);
  story->support.push_back(own);
  story->touched = true;
  UpdateCentral(story);
  IndexKeys(story, keys);
}

Story* StoryClusterer::Found(StoryItem item) {
  std::vector<uint64_t> keys = LookupKeys(item);
  return Found(std::move(item), std::move(keys));
}

Story* StoryClusterer::Found(StoryItem item, std::vector<uint64_t> keys) {
  auto story = std::make_unique<Story>();
  story->id = StoryIdFor(item.article_id);
  story->index = static_cast<uint32_t>(stories_.size());
  story->touched = true;
  if (item.published) {
    story->days = DaysOf(*item.published);
    story->active = true;
    ++active_count_;
    expiry_.emplace(story->days->last, story->index);
  }
  story_of_article_[item.article_id] = story->index;
  story->members.push_back(std::move(item));
  story->inferred.push_back(std::nullopt);
  story->support.push_back(0);
  Story* raw = story.get();
  story_by_id_[raw->id] = raw->index;
  stories_.push_back(std::move(story));
  IndexKeys(raw, keys);
  return raw;
}

StoryAssignment StoryClusterer::Add(StoryItem item) {
  StoryAssignment out;
  if (const Story* known = StoryOf(item.article_id)) {
    out.story_id = known->id;
    return out;
  }
  if (observed_.erase(item.article_id) == 0) stats_.Add(item);
  stats_.Focus(item);
  PrepareForScoring(stats_, &item);
  // Only publication dates move time forward; an undated article's stated event date places
  // it in time for scoring but it also searches the archive.
  std::optional<DayRange> t = TimeOf(item);
  if (item.published && (!now_ || t->first > *now_)) now_ = t->first;
  Expire();
  // A report dated before the active window (an archive ingested late, a feed's old items)
  // searches the archive too, as an undated one does.
  const bool late = item.published && t->last < *now_ - options_.window_days;
  if (!item.published || late) FlushArchive();
  const uint32_t none = UINT32_MAX;
  uint32_t best = none;
  double best_score = 0;
  // The statistics stay as they are until the item is placed: its lookup keys and its scores
  // against the winner's representatives serve Join too.
  std::vector<uint64_t> keys = LookupKeys(item);
  std::vector<double> scores, best_scores;
  for (uint32_t s :
       Candidates(keys, item.published.has_value() && !late, none, options_.max_candidates)) {
    const Story& story = *stories_[s];
    if (story.retired) continue;
    const double score = ScoreStory(story, item, &scores);
    if (score > best_score) {
      best_score = score;
      best = s;
      best_scores.swap(scores);
    }
  }
  const double threshold = t ? options_.join_threshold : options_.undated_threshold;
  if (best == none || best_score < threshold) {
    out.story_id = Found(std::move(item), std::move(keys))->id;
    out.new_story = true;
    return out;
  }
  Story* story = stories_[best].get();
  std::optional<FuzzyDate> inferred;
  if (!item.published) {
    // The date of the most similar dated representative.
    double top = -1;
    const std::vector<size_t> reps = Representatives(*story);
    for (size_t i = 0; i < reps.size(); ++i) {
      const size_t r = reps[i];
      const StoryItem& m = story->members[r];
      std::optional<FuzzyDate> d = m.published ? m.published : story->inferred[r];
      if (!d) continue;
      if (best_scores[i] > top) {
        top = best_scores[i];
        inferred = d;
      }
    }
  }
  out.story_id = story->id;
  out.score = best_score;
  out.inferred_published = inferred;
  Join(story, std::move(item), inferred, best_scores, std::move(keys));
  return out;
}

void StoryClusterer::Merge(Story* into, Story* from) {
  std::vector<StoryItem> members = std::move(from->members);
  std::vector<std::optional<FuzzyDate>> inferred = std::move(from->inferred);
  Unindex(from);
  if (from->active) --active_count_;
  from->active = false;
  from->retired = true;
  from->members.clear();
  from->support.clear();
  retired_ids_.push_back(from->id);
  story_by_id_.erase(from->id);
  for (size_t i = 0; i < members.size(); ++i) {
    story_of_article_.erase(members[i].article_id);
    Join(into, std::move(members[i]), inferred[i]);
  }
}

Story* StoryClusterer::MergeWithBest(Story* s) {
  std::vector<uint64_t> keys;
  for (size_t r : Representatives(*s)) {
    std::vector<uint64_t> k = LookupKeys(s->members[r]);
    keys.insert(keys.end(), k.begin(), k.end());
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  uint32_t best = UINT32_MAX;
  double best_score = 0;
  for (uint32_t c : Candidates(keys, s->days.has_value(), s->index, options_.merge_candidates)) {
    const Story& other = *stories_[c];
    if (other.retired) continue;
    if (s->days && other.days && GapDays(*s->days, *other.days) > max_merge_gap_) continue;
    const double score = ScoreStories(*s, other);
    if (score > best_score) {
      best_score = score;
      best = c;
    }
  }
  if (best == UINT32_MAX) return nullptr;
  Story* other = stories_[best].get();
  // Without dates on both sides nothing decays the score: as strict as for undated articles.
  const double threshold = s->days && other->days
                               ? options_.merge_threshold
                               : std::max(options_.merge_threshold, options_.undated_threshold);
  if (best_score < threshold) return nullptr;
  Story* kept = other->index < s->index ? other : s;
  Merge(kept, kept == s ? other : s);
  return kept;
}

bool StoryClusterer::MergeRound() {
  // A dated story looks for stories to merge with in the active index only, and cannot merge
  // with one more than max_merge_gap_ days away: one that ended more than that before every
  // active story began has nothing to compare (it was compared when it left the window).
  const bool limited = max_merge_gap_ != INT64_MAX;
  std::optional<int64_t> first_active;  // earliest day of an active story
  for (const auto& story : stories_) {
    if (!story->active || story->retired || !story->days) continue;
    if (!first_active || story->days->first < *first_active) first_active = story->days->first;
  }
  bool merged = false;
  for (size_t i = 0; i < stories_.size(); ++i) {
    Story* s = stories_[i].get();
    if (!s->touched || s->retired) continue;
    if (limited && s->days && (!first_active || s->days->last + max_merge_gap_ < *first_active)) {
      continue;
    }
    Story* kept = MergeWithBest(s);
    if (kept == nullptr) continue;
    if (kept->active && kept->days && (!first_active || kept->days->first < *first_active)) {
      first_active = kept->days->first;
    }
    merged = true;
  }
  return merged;
}

void StoryClusterer::MarkSaved() {
  for (const auto& story : stories_) story->touched = false;
  retired_ids_.clear();
}

void StoryClusterer::Finish() {
  FlushArchive();
  for (int round = 0; round < options_.merge_rounds; ++round) {
    if (!MergeRound()) break;
  }
}

Status StoryClusterer::Restore(const std::string& story_id, std::vector<StoryItem> members,
                               std::vector<std::optional<FuzzyDate>> inferred) {
  if (members.empty()) {
    return absl::InvalidArgumentError(absl::StrCat("story ", story_id, " has no members"));
  }
  if (story_id != StoryIdFor(members[0].article_id)) {
    return absl::InvalidArgumentError(
        absl::StrCat("story ", story_id, " was not founded by ", members[0].article_id));
  }
  if (story_by_id_.contains(story_id)) {
    return absl::InvalidArgumentError(absl::StrCat("story ", story_id, " restored twice"));
  }
  inferred.resize(members.size());
  for (const StoryItem& m : members) {
    if (story_of_article_.contains(m.article_id)) {
      return absl::InvalidArgumentError(
          absl::StrCat("article ", m.article_id, " restored in two stories"));
    }
  }
  for (const StoryItem& m : members) stats_.Add(m);
  for (StoryItem& m : members) PrepareForScoring(stats_, &m);
  StoryItem founder = members[0];
  Story* story = Found(std::move(founder));
  story->touched = false;
  story->inferred[0] = inferred[0];
  for (size_t i = 1; i < members.size(); ++i) {
    Join(story, std::move(members[i]), inferred[i]);
  }
  story->touched = false;
  std::optional<DayRange> t = story->days;
  if (t && (!now_ || t->last > *now_)) now_ = t->last;
  Expire();
  return absl::OkStatus();
}

const Story* StoryClusterer::StoryOf(std::string_view article_id) const {
  auto it = story_of_article_.find(AbslView(article_id));
  return it == story_of_article_.end() ? nullptr : stories_[it->second].get();
}

bool StoryClusterer::ReviseMemberFacts(std::string_view article_id, const ArticleFacts& facts) {
  auto it = story_of_article_.find(AbslView(article_id));
  if (it == story_of_article_.end()) return false;
  Story& story = *stories_[it->second];
  for (StoryItem& m : story.members) {
    if (m.article_id != article_id) continue;
    SetEventFacts(facts, &m);
    story.touched = true;
    return true;
  }
  return false;
}

const Story* StoryClusterer::FindStory(std::string_view story_id) const {
  auto it = story_by_id_.find(AbslView(story_id));
  return it == story_by_id_.end() ? nullptr : stories_[it->second].get();
}

std::vector<const Story*> StoryClusterer::TouchedStories() const {
  std::vector<const Story*> out;
  for (const auto& s : stories_) {
    if (s->touched && !s->retired) out.push_back(s.get());
  }
  return out;
}

std::vector<const Story*> StoryClusterer::StoriesOf(
    const std::vector<std::string>& article_ids) const {
  std::vector<uint32_t> indices;
  for (const std::string& id : article_ids) {
    auto it = story_of_article_.find(id);
    if (it != story_of_article_.end()) indices.push_back(it->second);
  }
  std::sort(indices.begin(), indices.end());
  indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
  std::vector<const Story*> out;
  for (uint32_t i : indices) out.push_back(stories_[i].get());
  return out;
}

std::vector<const Story*> StoryClusterer::AllStories() const {
  std::vector<const Story*> out;
  for (const auto& s : stories_) {
    if (!s->retired) out.push_back(s.get());
  }
  return out;
}

size_t StoryClusterer::ApproximateMemoryBytes() const {
  size_t bytes = stats_.distinct_keys() * 16;
  for (const Index* index : {&active_, &archive_}) {
    bytes += index->size() * 40;
    for (const auto& [k, v] : *index) {
      if (v.capacity() > Postings().capacity()) bytes += v.capacity() * sizeof(uint32_t);
    }
  }
  for (const auto& s : stories_) {
    bytes += sizeof(Story) + s->keys.capacity() * 8 + s->id.capacity();
    for (const StoryItem& m : s->members) {
      bytes += sizeof(StoryItem) + (m.word_keys.capacity() + m.name_keys.capacity()) * 8 +
               m.title.capacity() + m.lead.capacity() + m.article_id.capacity() +
               m.entities.capacity() * sizeof(StoryEntity) +
               m.figures.capacity() * sizeof(StoryFigure);
    }
  }
  bytes += story_of_article_.size() * 48 + story_by_id_.size() * 48;
  return bytes;
}

}  // namespace newsloom::cluster
