// StoryItem: what story clustering knows about one article — a small, language-independent
// summary built once from the analysed text and the extracted facts, kept (and stored) so
// later articles can be compared with it without re-reading the article.
//
// Keys: `word_keys` are hashed stems tagged with the language (they only match within one
// language); `name_keys` match across languages and scripts: consonant skeletons of the Latin
// keys of capitalised words ("Tokayev", "Tokajew", "Токаев" -> one key), numbers written with
// digits (years, counts), linked entity ids and GeoNames ids. Both vectors are sorted and unique.
//
// Serialised form (EncodeStoryItem): "NLSI", a version byte (1), then the fields as varints and
// length-prefixed strings in declaration order (docs/formats/stories-jsonl.md, "Stored state").
//
// Thread safety: plain values; MakeStoryItem is a pure function.
#ifndef NEWSLOOM_CLUSTER_STORY_ITEM_H_
#define NEWSLOOM_CLUSTER_STORY_ITEM_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/fuzzy_date.h"
#include "core/status.h"
#include "text/analyzed_document.h"

namespace newsloom {
struct ArticleFacts;
}  // namespace newsloom

namespace newsloom::cluster {

// A figure the article reports as its own (background figures are left out).
struct StoryFigure {
  std::string kind;   // killed, injured, arrested, hospitalized, missing, deployed, crowd
  std::string actor;  // police, protesters, people, ...
  int64_t value = 0;
  bool approx = false;

  friend bool operator==(const StoryFigure&, const StoryFigure&) = default;
};

// A person or organization the article names (not news agencies or bylines).
struct StoryEntity {
  std::string id;    // the linked entity id; "k:<name skeleton>" when the article is not linked
  std::string name;  // display name when linked, else the fullest form written
  int32_t mentions = 0;
  bool person = true;

  friend bool operator==(const StoryEntity&, const StoryEntity&) = default;
};

struct StoryItem {
  std::string article_id;
  std::optional<FuzzyDate> published;
  std::string lang;
  std::string title;
  std::string lead;                    // first sentence of the text (at most ~300 bytes)
  std::vector<StoryEntity> entities;   // most mentioned first, then by id
  std::vector<int64_t> geonameids;     // places named, sorted unique
  std::vector<std::string> countries;  // ISO 3166-1 alpha-2, heaviest first
  std::string main_country;            // of the main location ("" when none)
  int64_t main_geonameid = 0;          // 0 when the main location is not a town
  std::string main_place;              // name of the main location ("" when none)
  std::string event_type;              // ACLED event type of the main event ("" when none)
  std::optional<FuzzyDate> event_date;
  std::vector<StoryFigure> figures;  // text order, non-background only
  std::vector<uint64_t> word_keys;   // sorted unique, same-language
  std::vector<uint64_t> name_keys;   // sorted unique, cross-language
  // Derived, not stored: IDF norms of the key vectors cached by PrepareForScoring
  // (story_scorer.h), so comparing looks up only shared keys; negative = not computed.
  float word_norm = -1;
  float name_norm = -1;

  friend bool operator==(const StoryItem&, const StoryItem&) = default;
};

struct StoryItemOptions {
  // Words read from the start of the text for word_keys (cost bound). Default 600.
  size_t max_tokens = 600;
  // At most this many keys of each kind are kept. Default 400.
  size_t max_keys = 400;
  // Lead sentence cut (on a UTF-8 boundary) after this many bytes. Default 300.
  size_t max_lead_bytes = 300;
};

// Builds the item. `facts` may be null (text keys, title and lead only). Entity ids come from
// the facts when linked; otherwise from the name's skeleton.
StoryItem MakeStoryItem(const std::string& article_id, const std::optional<FuzzyDate>& published,
                        const std::string& title, const AnalyzedDocument& doc,
                        const ArticleFacts* facts,
                        const StoryItemOptions& options = StoryItemOptions());

// Sets the event fields of `item` from `facts` as MakeStoryItem does: the type and date of
// the main (first non-background) event and the non-background figures.
void SetEventFacts(const ArticleFacts& facts, StoryItem* item);

// Consonant skeleton of an ASCII Latin key, for matching transliterations of one name:
// "tokayev", "tokajew", "tokaev" -> "tkv"; "jeenbekov", "zheenbekov" -> "jnbkv". The first
// letter is kept (vowel or not). "" for keys shorter than 3 letters.
std::string NameSkeleton(std::string_view latin_key);

// Stable key hashes (core/hash.h), tagged so different kinds never collide by design.
uint64_t WordKey(std::string_view lang, std::string_view stem);
uint64_t NameKey(std::string_view skeleton);
uint64_t NumberKey(std::string_view digits);
uint64_t EntityKey(std::string_view entity_id);
uint64_t PlaceKey(int64_t geonameid);

std::string EncodeStoryItem(const StoryItem& item);
// DataLoss naming `where` (e.g. "story item a17") when the bytes are not a valid item.
Status DecodeStoryItem(std::string_view bytes, std::string_view where, StoryItem* item);

}  // namespace newsloom::cluster

#endif  // NEWSLOOM_CLUSTER_STORY_ITEM_H_
