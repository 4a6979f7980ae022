// ArticleFeatures: what same-story similarity (similarity.h) and, later, story clustering need
// to know about one article, built once per article by SimilarityModel::Features. Every
// vector holds language-independent 64-bit keys (KeyVector, sorted), so the features double as
// the keys of a story inverted index.
//
// Facts from the extract and link stages plug in through ArticleFactsView; every pointer may
// be null, and the text signals work without any of them.
#ifndef NEWSLOOM_CLUSTER_ARTICLE_FEATURES_H_
#define NEWSLOOM_CLUSTER_ARTICLE_FEATURES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cluster/key_vector.h"
#include "core/fuzzy_date.h"
#include "extract/facts.h"

namespace newsloom {
struct Geotag;  // extract/geotagger.h
}

namespace newsloom::cluster {

// Non-owning view of an article's extracted facts (extract/facts.h, extract/geotagger.h).
// Pointers must stay valid during SimilarityModel::Features only; null = not extracted.
struct ArticleFactsView {
  const std::vector<NamedEntity>* entities = nullptr;  // persons and organizations
  const Geotag* places = nullptr;                      // places, countries, main location
  const std::vector<EventRecord>* events = nullptr;    // background events are ignored
  const std::vector<Figure>* figures = nullptr;        // background figures are ignored
};

// Key namespaces: the first byte of every key, so keys of different kinds never collide and an
// inverted index can tell them apart (KeyKind(key)).
enum class KeyKind : uint8_t {
  kTerm = 1,     // a same-language stem
  kPivot = 2,    // an English pivot term (dictionary translation or English stem)
  kConcept = 3,  // a concept of data/lexicons/concepts.tsv
  kName = 4,     // a capitalised name by Latin transliteration key
  kGram = 5,     // a character 4-gram of a transliteration key
  kNumber = 6,   // a number written in digits
  kEntity = 7,   // a linked entity id (or an unlinked entity's name key)
  kPlace = 8,    // a GeoNames id
  kCountry = 9,  // an ISO 3166-1 alpha-2 code
  kFigure = 10,  // a figure: kind, actor and value
};
uint64_t MakeKey(KeyKind kind, std::string_view text);
inline KeyKind KeyKindOf(uint64_t key) { return static_cast<KeyKind>(key >> 56); }

struct ArticleFeatures {
  std::string lang;                    // AnalyzedDocument::lang
  std::optional<FuzzyDate> published;  // publication date when known
  uint32_t content_words = 0;          // words that are not function words

  KeyVector terms;         // same-language stems, weight (1 + ln tf) x rarity
  KeyVector pivots;        // English pivot terms of the whole text
  KeyVector title_pivots;  // pivots, names and concepts of the first sentence (the headline)
  KeyVector concepts;      // concept ids
  KeyVector names;         // capitalised names: transliteration key and consonant skeleton
  KeyVector grams;         // character 4-grams of the content words' transliteration keys
  KeyVector numbers;       // numbers of 2+ digits (years included)

  // From facts (empty without them).
  bool has_entities = false, has_places = false, has_events = false, has_figures = false;
  KeyVector entities;               // entity ids (names keys when not linked)
  KeyVector places;                 // GeoNames ids of places; the main location weighs double
  KeyVector countries;              // ISO codes, weighted by rank
  std::vector<int64_t> event_days;  // days since 1970 of non-background event dates
  KeyVector figures;                // "kind actor value" of non-background figures

  // Language-independent keys with their weights, heaviest first, at most `limit`: the keys
  // a story index should post this article under (concepts, names, entities, places,
  // countries, top pivots).
  std::vector<std::pair<uint64_t, float>> IndexKeys(size_t limit) const;
};

}  // namespace newsloom::cluster

#endif  // NEWSLOOM_CLUSTER_ARTICLE_FEATURES_H_
