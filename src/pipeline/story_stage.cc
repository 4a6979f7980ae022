#include "pipeline/story_stage.h"

#include <algorithm>
#include <map>
#include <utility>

#include "cluster/story_record.h"
#include "cluster/story_store.h"
#include "pipeline/facts_json.h"

namespace newsloom {
namespace {

// Days a report may be published after the event it reports and still take the story's day.
constexpr int64_t kMaxReportDelayDays = 14;
// Days before its month a report published with a month only may still take the story's day.
constexpr int64_t kMaxEarlyMonthDays = 7;

bool IsDay(const std::optional<FuzzyDate>& d) { return d && d->precision() == DatePrecision::kDay; }

// Whether `day` lies inside the month or year `date` names (any day for a day-precision date).
bool Within(const FuzzyDate& day, const FuzzyDate& date) {
  switch (date.precision()) {
    case DatePrecision::kDay:
      return true;
    case DatePrecision::kMonth:
      return day.year() == date.year() && day.month() == date.month();
    case DatePrecision::kYear:
      break;
  }
  return day.year() == date.year();
}

// Whether an event on `day` can be what an article published on `published` reports.
bool FitsPublication(const FuzzyDate& day, const std::optional<FuzzyDate>& published) {
  if (!published) return true;
  if (published->precision() == DatePrecision::kDay) {
    const int64_t delay = published->ToDays() - day.ToDays();
    return delay >= 0 && delay <= kMaxReportDelayDays;
  }
  if (published->precision() == DatePrecision::kMonth) {
    // In the month, or in the last days before it (published early in the month).
    const int64_t first = published->ToDays();
    const int64_t d = day.ToDays();
    return (published->year() == day.year() && published->month() == day.month()) ||
           (d < first && first - d <= kMaxEarlyMonthDays);
  }
  return published->year() == day.year();
}

// Whether `day` agrees with the article's own event date: inside the month or year it names,
// or, when that month is only the publication month ("on Sunday" in a report dated "2021-04"),
// wherever the publication allows.
bool FitsOwnDate(const FuzzyDate& day, const std::optional<FuzzyDate>& event_date,
                 const std::optional<FuzzyDate>& published) {
  if (!event_date || Within(day, *event_date)) return true;
  return published && *event_date == *published && FitsPublication(day, published);
}

}  // namespace

StoryStage::StoryStage(Store* store) : store_(store) {}

StatusOr<std::unique_ptr<StoryStage>> StoryStage::Create(Store* store) {
  std::unique_ptr<StoryStage> stage(new StoryStage(store));
  stage->clusterer_ =
      std::make_unique<cluster::StoryClusterer>(cluster::StoryClustererOptions(), &stage->scorer_);
  if (store != nullptr) {
    NL_RETURN_IF_ERROR(cluster::LoadStoryState(store, stage->clusterer_.get()));
  }
  return stage;
}

void StoryStage::set_reader(const Analyzer* analyzer, const Extractor* extractor,
                            ThreadPool* pool) {
  analyzer_ = analyzer;
  extractor_ = extractor;
  pool_ = pool;
}

void StoryStage::StartRun() {
  items_.clear();
  undated_.clear();
  duplicates_.clear();
  outcomes_.clear();
  story_count_ = 0;
}

void StoryStage::Collect(const Article& a) {
  if (!a.duplicate_of.empty()) {
    Duplicate d{a.raw.id, a.duplicate_of, a.raw.published, std::nullopt};
    for (const EventRecord& e : a.facts.events) {
      if (e.background) continue;
      d.event_date = e.date;
      break;
    }
    duplicates_.push_back(std::move(d));
    return;
  }
  items_.push_back(cluster::MakeStoryItem(a.raw.id, a.raw.published, a.raw.title, a.doc,
                                          a.extracted ? &a.facts : nullptr));
  if (analyzer_ != nullptr && extractor_ != nullptr && !a.raw.published && a.extracted) {
    undated_.push_back(Undated{a.raw.id, a.doc.text, a.doc.lang, a.facts});
  }
}

Status StoryStage::Finish(std::FILE* out, const EntityNames& renamed) {
  if (!renamed.empty()) {
    for (cluster::StoryItem& item : items_) {
      for (cluster::StoryEntity& e : item.entities) {
        if (auto it = renamed.find(e.id); it != renamed.end()) e.name = it->second;
      }
    }
  }
  // Publication order, undated last, ties by id: the same order whatever the input order.
  std::stable_sort(items_.begin(), items_.end(),
                   [](const cluster::StoryItem& a, const cluster::StoryItem& b) {
                     if (a.published.has_value() != b.published.has_value()) {
                       return a.published.has_value();
                     }
                     if (a.published && *a.published != *b.published) {
                       return *a.published < *b.published;
                     }
                     return a.article_id < b.article_id;
                   });
  for (const cluster::StoryItem& item : items_) clusterer_->Observe(item);
  std::vector<std::string> ids;
  ids.reserve(items_.size() + duplicates_.size());
  for (cluster::StoryItem& item : items_) {
    ids.push_back(item.article_id);
    const cluster::StoryAssignment assignment = clusterer_->Add(std::move(item));
    outcomes_[ids.back()].inferred_published = assignment.inferred_published;
  }
  items_.clear();
  clusterer_->Finish();
  for (const std::string& id : ids) {
    if (const cluster::Story* s = clusterer_->StoryOf(id)) outcomes_[id].story_id = s->id;
  }
  RereadUndated();
  for (const Duplicate& d : duplicates_) {
    const cluster::Story* s = clusterer_->StoryOf(d.original);
    if (s == nullptr) continue;
    outcomes_[d.id].story_id = s->id;
    ids.push_back(d.original);
  }
  // The records saved with the stories are the stories.jsonl lines: built once.
  absl::flat_hash_map<const cluster::Story*, std::string> saved_json;
  if (store_ != nullptr) {
    NL_ASSIGN_OR_RETURN(Batch txn, Batch::Begin(store_));
    NL_RETURN_IF_ERROR(
        cluster::SaveStoryState(*clusterer_, store_, out != nullptr ? &saved_json : nullptr));
    NL_RETURN_IF_ERROR(txn.Commit());
  }
  clusterer_->MarkSaved();  // a later run of this stage saves only what it changes
  const std::vector<const cluster::Story*> stories = clusterer_->StoriesOf(ids);
  story_count_ = stories.size();
  for (const cluster::Story* s : stories) PropagateEventDay(*s);
  PropagateToDuplicates();
  if (store_ != nullptr) NL_RETURN_IF_ERROR(SaveInferredFacts());
  if (out == nullptr) return absl::OkStatus();
  for (const cluster::Story* s : stories) {
    auto saved = saved_json.find(s);
    std::string line = saved != saved_json.end()
                           ? std::move(saved->second)
                           : cluster::StoryRecordJson(cluster::BuildStoryRecord(*s));
    line.push_back('\n');
    if (std::fwrite(line.data(), 1, line.size(), out) != line.size()) {
      return absl::UnavailableError("cannot write stories.jsonl (disk full?)");
    }
  }
  return absl::OkStatus();
}

void StoryStage::RereadUndated() {
  std::vector<Undated> undated = std::move(undated_);
  undated_.clear();
  std::vector<std::optional<FuzzyDate>> dates(undated.size());
  for (size_t i = 0; i < undated.size(); ++i) {
    auto it = outcomes_.find(undated[i].id);
    if (it != outcomes_.end()) dates[i] = it->second.inferred_published;
  }
  // What changed, as the "events" and "figures" values of the article's line ("" if same).
  std::vector<std::pair<std::string, std::string>> changed(undated.size());
  auto read = [&](size_t i) {
    if (!dates[i]) return;  // its story could not date it
    Undated& u = undated[i];
    StatusOr<AnalyzedDocument> doc = analyzer_->AnalyzeIn(u.text, u.lang);
    // The stored mentions point into the text: a text the analyzer would clean differently
    // keeps its facts.
    if (!doc.ok() || doc->text != u.text) return;
    ArticleFacts facts = u.facts;
    extractor_->ExtractEventLayers(*doc, std::nullopt, dates[i], &facts);
    std::string events = EventsJson(facts), figures = FiguresJson(facts);
    const bool events_changed = events != EventsJson(u.facts);
    const bool figures_changed = figures != FiguresJson(u.facts);
    if (!events_changed && !figures_changed) return;
    if (events_changed) changed[i].first = std::move(events);
    if (figures_changed) changed[i].second = std::move(figures);
    u.facts = std::move(facts);
  };
  if (pool_ != nullptr) {
    pool_->ParallelFor(undated.size(), read);
  } else {
    for (size_t i = 0; i < undated.size(); ++i) read(i);
  }
  for (size_t i = 0; i < undated.size(); ++i) {
    if (changed[i].first.empty() && changed[i].second.empty()) continue;
    StoryOutcome& outcome = outcomes_[undated[i].id];
    outcome.events_json = std::move(changed[i].first);
    outcome.figures_json = std::move(changed[i].second);
    clusterer_->ReviseMemberFacts(undated[i].id, undated[i].facts);
  }
}

void StoryStage::PropagateEventDay(const cluster::Story& story) {
  // The story's day: the one most members give; ties go to the earliest.
  std::map<int64_t, int> votes;
  for (const cluster::StoryItem& m : story.members) {
    if (IsDay(m.event_date)) ++votes[m.event_date->ToDays()];
  }
  if (votes.empty()) return;
  auto best = votes.begin();
  for (auto it = votes.begin(); it != votes.end(); ++it) {
    if (it->second > best->second) best = it;
  }
  const FuzzyDate day = FuzzyDate::FromDays(best->first);
  for (const cluster::StoryItem& m : story.members) {
    if (IsDay(m.event_date) || !FitsPublication(day, m.published)) continue;
    if (!FitsOwnDate(day, m.event_date, m.published)) continue;  // another month
    auto it = outcomes_.find(m.article_id);
    if (it != outcomes_.end()) it->second.event_day = day;
  }
}

void StoryStage::PropagateToDuplicates() {
  for (const Duplicate& d : duplicates_) {
    if (IsDay(d.event_date)) continue;
    const cluster::Story* s = clusterer_->StoryOf(d.original);
    if (s == nullptr) continue;
    std::optional<FuzzyDate> day;
    for (const cluster::StoryItem& m : s->members) {
      if (m.article_id == d.original && IsDay(m.event_date)) day = m.event_date;
    }
    if (!day) {
      auto it = outcomes_.find(d.original);
      if (it != outcomes_.end()) day = it->second.event_day;
    }
    if (!day || !FitsPublication(*day, d.published)) continue;
    if (!FitsOwnDate(*day, d.event_date, d.published)) continue;  // another month
    outcomes_[d.id].event_day = day;
  }
}

Status StoryStage::SaveInferredFacts() {
  std::vector<const std::string*> ids;
  for (const auto& [id, outcome] : outcomes_) {
    if (outcome.ChangesFacts()) ids.push_back(&id);
  }
  if (ids.empty()) return absl::OkStatus();
  std::sort(ids.begin(), ids.end(), [](const auto* a, const auto* b) { return *a < *b; });
  NL_ASSIGN_OR_RETURN(Batch txn, Batch::Begin(store_));
  for (const std::string* id : ids) {
    const StoryOutcome& outcome = outcomes_.at(*id);
    Status s = store_->EditArticleJson(
        *id, [&](std::string* json) { ApplyStoryOutcome(outcome, /*with_story_id=*/false, json); });
    // The search index takes the event types from the line: a re-read that changed the
    // events has the sync index the article again.
    if (s.ok() && !outcome.events_json.empty()) s = store_->TouchArticle(*id);
    if (!s.ok() && !absl::IsNotFound(s)) return s;  // an article the store did not take
  }
  return txn.Commit();
}

const StoryOutcome* StoryStage::OutcomeOf(const std::string& article_id) const {
  auto it = outcomes_.find(article_id);
  return it == outcomes_.end() || it->second.story_id.empty() ? nullptr : &it->second;
}

}  // namespace newsloom
