#include "cluster/story_scorer.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace newsloom::cluster {

namespace {

// log(df + 1) for the small document frequencies most keys have: Idf runs for every key of
// every compared pair, and a table lookup is much cheaper than std::log.
constexpr uint32_t kLogTableSize = 4096;

const std::array<double, kLogTableSize>& LogOnePlusTable() {
  static const std::array<double, kLogTableSize> table = [] {
    std::array<double, kLogTableSize> t{};
    for (uint32_t i = 0; i < kLogTableSize; ++i) t[i] = std::log(i + 1.0);
    return t;
  }();
  return table;
}

}  // namespace

KeyStats::KeyStats() : log_documents_(std::log(10.0)) {}

void KeyStats::Add(const StoryItem& item) {
  focus_.clear();
  ++documents_;
  // +10 keeps early keys (few documents counted) from all looking rare.
  log_documents_ = std::log(documents_ + 10.0);
  for (uint64_t k : item.word_keys) ++df_[k];
  for (uint64_t k : item.name_keys) ++df_[k];
}

double KeyStats::IdfOfCount(uint32_t df) const {
  const double log_df = df < kLogTableSize ? LogOnePlusTable()[df] : std::log(df + 1.0);
  return std::max(log_documents_ - log_df, 0.1);
}

double KeyStats::Idf(uint64_t key) const {
  if (!focus_.empty()) {
    if (auto f = focus_.find(key); f != focus_.end()) return f->second;
  }
  auto it = df_.find(key);
  return IdfOfCount(it == df_.end() ? 0 : it->second);
}

void KeyStats::Focus(const StoryItem& item) {
  focus_.clear();
  focus_.reserve(item.word_keys.size() + item.name_keys.size());
  for (const auto* keys : {&item.word_keys, &item.name_keys}) {
    for (uint64_t k : *keys) focus_.try_emplace(k, Idf(k));
  }
}

DayRange DaysOf(const FuzzyDate& date) {
  const int64_t first = date.ToDays();
  switch (date.precision()) {
    case DatePrecision::kDay:
      return {first, first};
    case DatePrecision::kMonth:
      return {first, first + DaysInMonth(date.year(), date.month()) - 1};
    case DatePrecision::kYear:
      break;
  }
  auto next = FuzzyDate::Make(date.year() + 1, 1, 1);
  return {first, next ? next->ToDays() - 1 : first + 364};
}

int64_t GapDays(const DayRange& a, const DayRange& b) {
  if (a.last < b.first) return b.first - a.last;
  if (b.last < a.first) return a.first - b.last;
  return 0;
}

namespace {

double Norm(const std::vector<uint64_t>& keys, const KeyStats& stats) {
  double n = 0;
  for (uint64_t k : keys) {
    const double w = stats.Idf(k);
    n += w * w;
  }
  return std::sqrt(n);
}

}  // namespace

void PrepareForScoring(const KeyStats& stats, StoryItem* item) {
  item->word_norm = static_cast<float>(Norm(item->word_keys, stats));
  item->name_norm = static_cast<float>(Norm(item->name_keys, stats));
}

double IdfCosine(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b,
                 const KeyStats& stats, double norm_a, double norm_b) {
  if (a.empty() || b.empty()) return 0;
  if (norm_a > 0 && norm_b > 0) {
    double dot = 0;
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
      if (a[i] < b[j]) {
        ++i;
      } else if (b[j] < a[i]) {
        ++j;
      } else {
        const double w = stats.Idf(a[i]);
        dot += w * w;
        ++i;
        ++j;
      }
    }
    return std::min(1.0, dot / (norm_a * norm_b));
  }
  double na = 0, nb = 0, dot = 0;
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i] < b[j])) {
      const double w = stats.Idf(a[i++]);
      na += w * w;
    } else if (i == a.size() || b[j] < a[i]) {
      const double w = stats.Idf(b[j++]);
      nb += w * w;
    } else {
      const double w = stats.Idf(a[i]);
      na += w * w;
      nb += w * w;
      dot += w * w;
      ++i;
      ++j;
    }
  }
  if (na <= 0 || nb <= 0) return 0;
  return std::min(1.0, dot / std::sqrt(na * nb));
}

namespace {

int SharedFigures(const StoryItem& a, const StoryItem& b) {
  int shared = 0;
  for (const StoryFigure& f : a.figures) {
    for (const StoryFigure& g : b.figures) {
      if (f.kind == g.kind && f.value == g.value && f.value > 1) {
        ++shared;
        break;
      }
    }
  }
  return shared;
}

bool SharePlace(const StoryItem& a, const StoryItem& b) {
  size_t i = 0, j = 0;
  while (i < a.geonameids.size() && j < b.geonameids.size()) {
    if (a.geonameids[i] == b.geonameids[j]) return true;
    if (a.geonameids[i] < b.geonameids[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return false;
}

}  // namespace

double DefaultPairScorer::Score(const StoryItem& a, const StoryItem& b,
                                const KeyStats& stats) const {
  const DefaultPairScorerOptions& o = options_;
  double s = 0;
  if (a.lang == b.lang) {
    s += o.text * IdfCosine(a.word_keys, b.word_keys, stats, a.word_norm, b.word_norm);
  }
  s += o.names * IdfCosine(a.name_keys, b.name_keys, stats, a.name_norm, b.name_norm);
  if (a.main_geonameid != 0 && a.main_geonameid == b.main_geonameid) {
    s += o.same_place;
  } else if (SharePlace(a, b)) {
    s += o.shared_place;
  }
  if (!a.main_country.empty() && !b.main_country.empty()) {
    s += a.main_country == b.main_country ? o.same_country : -o.other_country;
  }
  if (!a.event_type.empty() && a.event_type == b.event_type) s += o.same_event_type;
  s += o.same_figure * std::min(3, SharedFigures(a, b));
  if (a.event_date && b.event_date) {
    const int64_t gap = GapDays(DaysOf(*a.event_date), DaysOf(*b.event_date));
    if (gap <= o.close_days) s += o.event_date_close;
    if (gap > o.far_days) s -= o.event_date_far;
  }
  return std::clamp(s, 0.0, 1.0);
}

}  // namespace newsloom::cluster
