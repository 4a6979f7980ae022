// Geotagger: finds the places, subdivisions and countries an analysed article mentions
// (resources/gazetteer.h), resolves each name to one gazetteer entity and picks the main event
// location with an ACLED-style precision.
//
// Method (rule-based, deterministic):
//   1. Names: GeoFinder (geo_finder.h) — capitalized 1-3-word spans, Han substrings, inflected
//      and possessive forms; common words, acronyms and person-name homographs skipped.
//      Country adjectives and demonyms (geo_adjectives.h: "Kyrgyz", "kasachische",
//      "казахстанского") are found too; they are country context, never places.
//   2. Resolution. Context = countries named, adjectives, places with a single reading. A name
//      that names a country is that country, unless it is also a subdivision (or a place of
//      >= 100k people) of a country with more support in the text ("Atlanta, Georgia" is US-GA;
//      "Tbilisi, Georgia" is the country). Other names: the reading in a country of the context
//      wins, then the one nearest (< 1000 km) the other places of the text, then capitals and
//      population.
//      Then a minor place (< 500k people, not a capital) named by one word, or in Han or Arabic
//      script, is dropped when nothing else in the text supports its country ("Corona" in a
//      German text, "帕克" inside a transliterated surname).
//   3. Main location: the non-country entity with the highest score (mentions, the first
//      sentence, the first paragraph, a dateline opening the text or one of its first
//      paragraphs, being in the most mentioned country). A subdivision gives way to a place
//      inside it scoring nearly as well. A town named only once, late and in passing, in a text
//      that names its country at least twice gives way to the country. With no place or
//      subdivision, the most mentioned country with precision 0; with no country either (only
//      adjectives), `main` is unset and `countries` still ranks the adjectives' countries.
//   4. Precision (ACLED): 1 the town itself; 2 when the place is a section of a city (GeoNames
//      PPLX) or its first mention is introduced by a "near" cue ("near", "outskirts",
//      "district", "под", "yakınlarında", "附近"; geo_cues.h); 3 a subdivision; 0 a country.
//   5. admin1: the ISO 3166-2 first-level subdivision of each place when the gazetteer links
//      its GeoNames division (Gazetteer::SubdivisionOfPlace), of a subdivision itself.
// Thread safety: Tag is const and safe to call concurrently. The Gazetteer must outlive the
// Geotagger. Offsets are byte offsets into AnalyzedDocument::text.
// Cost (geotagger_benchmark, release, sample corpus): ~90 µs per article, ~40% of the
// Analyzer's ~215 µs; most of it is gazetteer lookups of capitalized words.
//
// API history: v2 (issue 4) added TaggedPlace::admin1_code/admin1_name/precision,
// Geotag::adjectives and the optional person spans of Tag; nothing was renamed.
#ifndef NEWSLOOM_EXTRACT_GEOTAGGER_H_
#define NEWSLOOM_EXTRACT_GEOTAGGER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/facts.h"
#include "extract/geo_adjectives.h"
#include "resources/gazetteer.h"
#include "text/analyzed_document.h"

namespace newsloom {

// One occurrence of a place name: bytes [begin, end) of AnalyzedDocument::text.
struct PlaceMention {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string surface;  // the text as written, e.g. "Бишкеке"
};

struct TaggedPlace {
  enum Kind { kCountry, kSubdivision, kPlace };
  Kind kind = kPlace;
  uint32_t record = 0;                 // index in the gazetteer's countries, subdivisions or places
  std::string name;                    // English/default name ("Bishkek", "Kyrgyzstan", "Chüy")
  std::string country;                 // ISO 3166-1 alpha-2
  int64_t geonameid = 0;               // places only; 0 for countries and subdivisions
  double lat = 0, lon = 0;             // degrees; places only (0 for countries and subdivisions)
  std::vector<PlaceMention> mentions;  // in text order, at least one
  double score = 0;                    // main-location score (higher is more central)
  // v2: the ISO 3166-2 first-level subdivision: for a place, the one holding it when known
  // ("KG-GB", "Bishkek"); for a subdivision, itself; empty for countries and unknown.
  std::string admin1_code;
  std::string admin1_name;
  // v2: ACLED geo precision if this entry were the main location (see Geotag::precision).
  int precision = 0;
};

struct Geotag {
  std::vector<TaggedPlace> places;     // ordered by first mention
  std::vector<std::string> countries;  // ISO2, by weight (mentions of the country and of
                                       // places in it), heaviest first, ties by code
  std::optional<size_t> main;          // index into places: the main event location; a
                                       // country entry when no place/subdivision was found
  int precision = 0;                   // ACLED geo precision: 1 town, 2 near/district, 3 province,
                                       // 0 country only (or nothing found)
  // Added in v2: country adjectives and demonyms ("Kyrgyz", "kasachische", "казахстанский"),
  // in text order. Context for `countries`, never places.
  std::vector<AdjectiveMention> adjectives;
};

class Geotagger {
 public:
  // `gazetteer` is not owned and must outlive this object.
  explicit Geotagger(const Gazetteer* gazetteer) : gazetteer_(gazetteer) {}

  // `person_spans` (optional, e.g. the persons found by the entity stage, byte offsets into
  // doc.text): no place is read inside them ("Paris Hilton", "Jordan Henderson").
  Geotag Tag(const AnalyzedDocument& doc,
             const std::vector<TextSpan>* person_spans = nullptr) const;

 private:
  const Gazetteer* gazetteer_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_GEOTAGGER_H_
