#include "bench/synthetic_stories.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <tuple>

#include "bench/synthetic_corpus.h"
#include "core/hash.h"
#include "fmt/format.h"

namespace newsloom {
namespace {

using cluster::StoryEntity;
using cluster::StoryFigure;
using cluster::StoryItem;

constexpr uint32_t kPlaces = 5000;       // distinct towns (Zipf: a few capitals dominate)
constexpr uint32_t kCountries = 150;     // distinct countries (Zipf)
constexpr uint32_t kBackground = 60000;  // same-language vocabulary (Zipf)
constexpr uint32_t kCapitalised = 4000;  // capitalised common words, any language (Zipf)
constexpr uint32_t kCelebrities = 300;   // people named in many stories (Zipf)
constexpr uint32_t kMinorNames = 50000;  // names in noise articles (Zipf)
constexpr uint32_t kEventWords = 400;    // shared vocabulary per event type (Zipf)
constexpr uint32_t kStoryWords = 10;     // words only one story uses
constexpr int32_t kMaxStoryDays = 30;    // longest story

const char* const kEventTypes[] = {"Protests",
                                   "Riots",
                                   "Battles",
                                   "Violence against civilians",
                                   "Explosions/Remote violence",
                                   "Strategic developments"};
const char* const kFigureKinds[] = {"killed", "injured", "arrested", "deployed"};

// Key-space tags, so different kinds of keys never coincide.
enum Tag : uint64_t {
  kTagBackground = 1,
  kTagEventWord,
  kTagStoryWord,
  kTagEntity,
  kTagSkeleton,
  kTagPlace,
  kTagCountry,
  kTagCapitalised,
  kTagNumber,
};

uint64_t Key(Tag tag, uint64_t id, uint64_t lang_hash = 0) {
  return Mix64(Mix64(id * 16 + tag) ^ lang_hash);
}

// Counter-based generator: a state advanced by a constant, mixed.
uint64_t Next(uint64_t* state) {
  *state += 0x9e3779b97f4a7c15ULL;
  return Mix64(*state);
}
double Uniform(uint64_t* state) {  // in (0, 1]
  return (static_cast<double>(Next(state) >> 11) + 1.0) * 0x1.0p-53;
}
bool Chance(uint64_t* state, double p) { return Uniform(state) <= p; }
uint32_t Below(uint64_t* state, uint32_t n) { return static_cast<uint32_t>(Next(state) % n); }
// P(rank r) proportional to 1 / (r + 1): log-uniform over [1, n + 1).
uint32_t Zipf(double u, uint32_t n) {
  const double r = std::floor(std::exp(u * std::log(n + 1.0))) - 1.0;
  return static_cast<uint32_t>(std::clamp(r, 0.0, n - 1.0));
}
uint32_t Zipf(uint64_t* state, uint32_t n) { return Zipf(Uniform(state), n); }

std::string CountryCode(uint32_t c) {
  return {static_cast<char>('A' + c / 26 % 26), static_cast<char>('A' + c % 26)};
}
uint32_t CountryOfPlace(uint64_t seed, uint32_t place) {
  // Popular towns lie in popular countries; the map is fixed per seed.
  return Zipf((static_cast<double>(Mix64(seed ^ (place + 0x51ac3)) >> 11) + 1) * 0x1.0p-53,
              kCountries);
}

// What every article of one story shares.
struct Traits {
  uint32_t home_lang = 0;
  uint32_t place = 0;
  uint32_t country = 0;
  uint32_t event_type = 0;
  uint32_t entities = 2;
  bool figure = false;
  uint32_t figure_kind = 0;
  int64_t figure_value = 0;
  uint32_t event_words[8] = {};
};

Traits TraitsOf(uint64_t seed, uint32_t story, size_t languages) {
  uint64_t state = Mix64(seed ^ (0x5700000000ULL + story));
  Traits t;
  // English is the most common home language; the others share the rest.
  t.home_lang = Chance(&state, 0.3) ? 0 : Below(&state, static_cast<uint32_t>(languages));
  t.place = Zipf(&state, kPlaces);
  t.country = CountryOfPlace(seed, t.place);
  t.event_type = Below(&state, 6);
  t.entities = 2 + Below(&state, 3);
  t.figure = Chance(&state, 0.35);
  t.figure_kind = Below(&state, 4);
  t.figure_value = 2 + Zipf(&state, 500);
  for (uint32_t& w : t.event_words) w = t.event_type * kEventWords + Zipf(&state, kEventWords);
  return t;
}

void SortUnique(std::vector<uint64_t>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

std::string Padded(std::string s, size_t bytes) {
  while (s.size() < bytes) s += " lorem ipsum dolor";
  s.resize(bytes);
  return s;
}

void AddNumber(uint64_t number, StoryItem* item) {
  item->name_keys.push_back(Key(kTagNumber, number));
}

void AddName(uint64_t* state, uint32_t pool, uint64_t pool_tag, StoryItem* item) {
  const uint64_t id = (pool_tag << 40) + Zipf(state, pool);  // apart from story entities
  item->name_keys.push_back(Key(kTagSkeleton, id));
}

}  // namespace

SyntheticStoryStream::SyntheticStoryStream(const SyntheticStoryOptions& options)
    : options_(options) {
  const uint64_t n = options.articles;
  const uint32_t rate = std::max<uint32_t>(1, options.articles_per_day);
  span_days_ = static_cast<int32_t>(std::max<uint64_t>(1, (n + rate - 1) / rate));
  noise_ = static_cast<uint64_t>(std::llround(n * std::clamp(options.noise_share, 0.0, 1.0)));
  const uint64_t story_articles = n - noise_;
  slots_.reserve(n);
  uint64_t state = Mix64(options.seed);
  while (slots_.size() < story_articles) {
    const double raw = options.size_scale * std::pow(Uniform(&state), -1.0 / options.size_alpha);
    uint64_t size = static_cast<uint64_t>(std::clamp(raw, 1.0, double(options.max_story_size)));
    size = std::min<uint64_t>(size, story_articles - slots_.size());
    const int32_t start = static_cast<int32_t>(Below(&state, span_days_));
    // Bigger stories last longer; articles cluster near the start.
    const double mean_days = 0.5 + static_cast<double>(size) / 15.0;
    const double duration =
        std::min<double>(kMaxStoryDays, 1.0 - mean_days * std::log(Uniform(&state)));
    for (uint64_t m = 0; m < size; ++m) {
      const double u = Uniform(&state);
      slots_.push_back(
          {stories_, static_cast<uint32_t>(m), start + static_cast<int32_t>(duration * u * u), 0});
    }
    story_start_.push_back(start);
    ++stories_;
  }
  for (uint64_t k = 0; k < noise_; ++k) {
    slots_.push_back({static_cast<uint32_t>(stories_ + k), 0,
                      static_cast<int32_t>(Below(&state, span_days_)), 0});
  }
  for (Slot& s : slots_) {
    if (!Chance(&state, options.undated_share)) continue;
    s.flags |= kUndated;
    ++undated_;
    if (s.story < stories_ && Chance(&state, 0.5)) s.flags |= kEventDate;
  }
  // Publication order, undated last; the order within a day is a fixed shuffle.
  const uint64_t seed = options.seed;
  auto order = [seed](const Slot& s) {
    return std::make_tuple((s.flags & kUndated) != 0, s.day,
                           Mix64(seed ^ (uint64_t{s.story} << 24) ^ s.member));
  };
  std::sort(slots_.begin(), slots_.end(),
            [&](const Slot& a, const Slot& b) { return order(a) < order(b); });
}

std::string SyntheticStoryStream::ArticleId(size_t i) const {
  const Slot& slot = slots_[i];
  return slot.story < stories_ ? fmt::format("s{}.{}", slot.story, slot.member)
                               : fmt::format("n{}", slot.story - stories_);
}

StoryItem SyntheticStoryStream::Item(size_t i) const {
  const Slot& slot = slots_[i];
  return slot.story < stories_ ? StoryMember(slot) : NoiseItem(slot);
}

void SyntheticStoryStream::AddBackground(uint64_t lang_hash, uint64_t* state,
                                         StoryItem* item) const {
  for (uint32_t k = 0; k < options_.background_words; ++k) {
    item->word_keys.push_back(Key(kTagBackground, Zipf(state, kBackground), lang_hash));
  }
  // Capitalised words: sentence starts, months, common names (cross-language name keys).
  const uint32_t capitalised = 10 + Below(state, 9);
  for (uint32_t k = 0; k < capitalised; ++k) {
    item->name_keys.push_back(Key(kTagCapitalised, Zipf(state, kCapitalised)));
  }
  // Small numbers and counts.
  AddNumber(10 + Zipf(state, 20000), item);
  AddNumber(10 + Zipf(state, 20000), item);
}

StoryItem SyntheticStoryStream::StoryMember(const Slot& slot) const {
  const std::vector<std::string>& languages = SyntheticLanguages();
  const Traits t = TraitsOf(options_.seed, slot.story, languages.size());
  uint64_t state = Mix64(options_.seed ^ (uint64_t{slot.story} << 20) ^ (slot.member + 1));
  StoryItem item;
  item.article_id = fmt::format("s{}.{}", slot.story, slot.member);  // = ArticleId
  item.lang =
      languages[Chance(&state, 0.6) ? t.home_lang : Below(&state, uint32_t(languages.size()))];
  const uint64_t lang_hash = Hash64(item.lang);
  const int64_t base = FuzzyDate::Make(2020, 1, 1)->ToDays();
  if (slot.flags & kUndated) {
    if (slot.flags & kEventDate)
      item.event_date = FuzzyDate::FromDays(base + story_start_[slot.story]);
  } else {
    item.published = FuzzyDate::FromDays(base + slot.day);
    if (Chance(&state, 0.45))
      item.event_date = FuzzyDate::FromDays(base + story_start_[slot.story]);
  }
  item.title = Padded(
      fmt::format("Story {} in {} report {}", slot.story, CountryCode(t.country), slot.member), 70);
  item.lead = Padded(fmt::format("Lead sentence of story {}:", slot.story), 200);
  // Same-language words: the story's own, its event type's, and background.
  for (uint32_t k = 0; k < kStoryWords; ++k) {
    if (Chance(&state, 0.65)) {
      item.word_keys.push_back(Key(kTagStoryWord, uint64_t{slot.story} * 16 + k, lang_hash));
    }
  }
  for (uint32_t w : t.event_words) {
    if (Chance(&state, 0.5)) item.word_keys.push_back(Key(kTagEventWord, w, lang_hash));
  }
  AddBackground(lang_hash, &state, &item);
  // Cross-language keys: the story's people, place, country, figures.
  for (uint32_t e = 0; e < t.entities; ++e) {
    if (!Chance(&state, 0.75)) continue;
    const uint64_t id = uint64_t{slot.story} * 8 + e;
    item.name_keys.push_back(Key(kTagEntity, id));
    item.name_keys.push_back(Key(kTagSkeleton, id));
    item.entities.push_back(
        StoryEntity{fmt::format("e{}", id), fmt::format("Person {}", id), 1 + int32_t(e), e != 1});
  }
  if (Chance(&state, 0.3)) {  // the country's head of state
    const uint64_t id = 0xC000000000ULL + t.country;
    item.name_keys.push_back(Key(kTagEntity, id));
    item.name_keys.push_back(Key(kTagSkeleton, id));
    item.entities.push_back(
        StoryEntity{fmt::format("leader-{}", CountryCode(t.country)), "Head of state", 1, true});
  }
  if (Chance(&state, 0.2)) AddName(&state, kCelebrities, 7, &item);
  if (Chance(&state, 0.8)) {
    item.name_keys.push_back(Key(kTagPlace, t.place));
    item.geonameids.push_back(1000000 + t.place);
    if (Chance(&state, 0.7)) {
      item.main_geonameid = 1000000 + t.place;
      item.main_place = fmt::format("Town {}", t.place);
    }
  }
  if (Chance(&state, 0.3)) {  // another town mentioned in passing
    const uint32_t other = Zipf(&state, kPlaces);
    item.name_keys.push_back(Key(kTagPlace, other));
    item.geonameids.push_back(1000000 + other);
  }
  if (Chance(&state, 0.9)) {
    item.countries.push_back(CountryCode(t.country));
    item.name_keys.push_back(Key(kTagCountry, t.country));
    if (Chance(&state, 0.85)) item.main_country = CountryCode(t.country);
  }
  if (Chance(&state, 0.8)) item.event_type = kEventTypes[t.event_type];
  if (t.figure && Chance(&state, 0.6)) {
    // Later reports may give a higher figure (8, then 12, then 18).
    const int64_t value = t.figure_value + (Chance(&state, 0.25) ? slot.member / 4 : 0);
    item.figures.push_back(StoryFigure{kFigureKinds[t.figure_kind], "people", value, false});
    AddNumber(static_cast<uint64_t>(value), &item);
  }
  if (Chance(&state, 0.5)) AddNumber(2020 + story_start_[slot.story] / 365, &item);
  std::sort(item.geonameids.begin(), item.geonameids.end());
  item.geonameids.erase(std::unique(item.geonameids.begin(), item.geonameids.end()),
                        item.geonameids.end());
  SortUnique(&item.word_keys);
  SortUnique(&item.name_keys);
  return item;
}

StoryItem SyntheticStoryStream::NoiseItem(const Slot& slot) const {
  const std::vector<std::string>& languages = SyntheticLanguages();
  uint64_t state = Mix64(options_.seed ^ 0x6e6f697365ULL ^ (uint64_t{slot.story} << 8));
  StoryItem item;
  item.article_id = fmt::format("n{}", slot.story - stories_);
  item.lang = languages[Below(&state, uint32_t(languages.size()))];
  const uint64_t lang_hash = Hash64(item.lang);
  if ((slot.flags & kUndated) == 0) {
    item.published = FuzzyDate::FromDays(FuzzyDate::Make(2020, 1, 1)->ToDays() + slot.day);
  }
  item.title = Padded(fmt::format("Miscellany {}", slot.story), 70);
  item.lead = Padded("A lead that belongs to no story:", 200);
  AddBackground(lang_hash, &state, &item);
  const uint32_t names = 3 + Below(&state, 4);
  for (uint32_t k = 0; k < names; ++k) AddName(&state, kMinorNames, 9, &item);
  if (Chance(&state, 0.2)) AddName(&state, kCelebrities, 7, &item);
  if (Chance(&state, 0.3)) {
    const uint32_t place = Zipf(&state, kPlaces);
    item.name_keys.push_back(Key(kTagPlace, place));
    item.geonameids.push_back(1000000 + place);
  }
  if (Chance(&state, 0.5)) {
    const uint32_t country = Zipf(&state, kCountries);
    item.countries.push_back(CountryCode(country));
    item.name_keys.push_back(Key(kTagCountry, country));
    if (Chance(&state, 0.5)) item.main_country = CountryCode(country);
  }
  if (Chance(&state, 0.2)) item.event_type = kEventTypes[Below(&state, 6)];
  SortUnique(&item.word_keys);
  SortUnique(&item.name_keys);
  return item;
}

}  // namespace newsloom
