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
  ClearFocus();
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

void KeyStats::ClearFocus() {
  for (uint32_t i : focus_used_) focus_keys_[i] = 0;
  focus_used_.clear();
  focus_zero_ = FocusEntry();
  focus_count_ = 0;
  focus_word_keys_.clear();
  focus_name_keys_.clear();
}

void KeyStats::InsertFocus(uint64_t key, uint8_t list) {
  FocusEntry* entry = nullptr;
  if (key == 0) {
    entry = &focus_zero_;
  } else {
    const size_t mask = focus_keys_.size() - 1;
    size_t i = FocusHome(key);
    while (focus_keys_[i] != 0 && focus_keys_[i] != key) i = (i + 1) & mask;
    if (focus_keys_[i] == 0) {
      focus_keys_[i] = key;
      focus_entries_[i] = FocusEntry();
      focus_used_.push_back(static_cast<uint32_t>(i));
    }
    entry = &focus_entries_[i];
  }
  if (entry->lists == 0) {
    entry->df = CountOf(key);
    entry->idf = IdfOfCount(entry->df);
    ++focus_count_;
  }
  entry->lists |= list;  // a key in both lists: the same answer, both marks
}

void KeyStats::Focus(const StoryItem& item) {
  ClearFocus();
  const size_t n = item.word_keys.size() + item.name_keys.size();
  if (n == 0) return;
  size_t size = 64;
  int bits = 6;
  while (size < 4 * n) {
    size *= 2;
    ++bits;
  }
  if (focus_keys_.size() < size) {
    focus_keys_.assign(size, 0);
    focus_entries_.assign(size, FocusEntry());
    focus_shift_ = 64 - bits;
  }
  // The table of every key is far larger than the caches: ask for the slots ahead.
  constexpr size_t kAhead = 16;
  for (const auto& [keys, list] :
       {std::pair(&item.word_keys, kWordList), std::pair(&item.name_keys, kNameList)}) {
    for (size_t i = 0; i < keys->size(); ++i) {
      if (i + kAhead < keys->size()) df_.prefetch((*keys)[i + kAhead]);
      InsertFocus((*keys)[i], list);
    }
  }
  focus_word_keys_ = item.word_keys;
  focus_name_keys_ = item.name_keys;
}

uint8_t KeyStats::FocusedList(const std::vector<uint64_t>& keys) const {
  if (focus_count_ == 0 || keys.empty()) return 0;
  if (keys == focus_word_keys_) return kWordList;
  if (keys == focus_name_keys_) return kNameList;
  return 0;
}

double KeyStats::FocusedDot(const std::vector<uint64_t>& keys, uint8_t list) const {
  if (focus_count_ == 0) return 0;
  const uint64_t* table = focus_keys_.data();
  const FocusEntry* entries = focus_entries_.data();
  const size_t mask = focus_keys_.size() - 1;
  double dot = 0;
  for (uint64_t k : keys) {
    const FocusEntry* f = nullptr;
    if (k == 0) {
      f = &focus_zero_;
    } else {
      size_t i = FocusHome(k);
      uint64_t t;
      while ((t = table[i]) != k && t != 0) i = (i + 1) & mask;
      if (t != 0) f = &entries[i];
    }
    if (f != nullptr && (f->lists & list) != 0) dot += f->idf * f->idf;
  }
  return dot;
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
    // One side focused (the item scored against many): probe its table with the other side.
    if (const uint8_t list = stats.FocusedList(b)) {
      return std::min(1.0, stats.FocusedDot(a, list) / (norm_a * norm_b));
    }
    if (const uint8_t list = stats.FocusedList(a)) {
      return std::min(1.0, stats.FocusedDot(b, list) / (norm_a * norm_b));
    }
    // Items share few of their keys: advance without branching on the comparison.
    double dot = 0;
    const uint64_t* pa = a.data();
    const uint64_t* pb = b.data();
    const size_t size_a = a.size(), size_b = b.size();
    size_t i = 0, j = 0;
    while (i < size_a && j < size_b) {
      const uint64_t x = pa[i], y = pb[j];
      if (x == y) {
        const double w = stats.Idf(x);
        dot += w * w;
      }
      i += x <= y;
      j += y <= x;
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
