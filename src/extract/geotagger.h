// Geotagger: finds the places, subdivisions and countries an analysed article mentions
// (resources/gazetteer.h), resolves each name to one gazetteer entity and picks the main event
// location with an ACLED-style precision.
//
// Method (first version, rule-based, deterministic):
//   1. Candidates: spans of 1-3 word tokens whose first and last token are capitalized (or in
//      an uncased script: Arabic; Han runs are scanned for substrings of 2-6 characters),
//      looked up with NormalizeNameKey. When the exact form misses, the last token is retried
//      without a possessive or inflection ending ("Kyrgyzstan's", "Ankara'da", "Бишкеке",
//      "Warszawie" -> "Warszaw(a)", "Kasachstans"). Longest match wins; matches never overlap.
//      Endings are not stripped from sentence-initial words, and a form found only that way
//      must name a country, a subdivision or a place of >= 50k people. Skipped: a
//      sentence-initial single word that also occurs in lower case in the text, acronyms of
//      <= 4 letters and words followed by an unknown capitalized word ("Vladimir Voronin")
//      unless they name a country.
//   2. Resolution: a name that names a country is that country. Otherwise among its hits the
//      one in a mentioned country wins, then capitals, then the larger population.
//   3. Main location: the non-country entity with the highest score (mentions, an early first
//      mention, a dateline at the very start of the text, being in the most mentioned
//      country). With none, the top country with precision 0.
// Thread safety: Tag is const and safe to call concurrently. The Gazetteer must outlive the
// Geotagger. Offsets are byte offsets into AnalyzedDocument::text.
#ifndef NEWSLOOM_EXTRACT_GEOTAGGER_H_
#define NEWSLOOM_EXTRACT_GEOTAGGER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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
};

struct Geotag {
  std::vector<TaggedPlace> places;     // ordered by first mention
  std::vector<std::string> countries;  // ISO2, by weight (mentions of the country and of
                                       // places in it), heaviest first, ties by code
  std::optional<size_t> main;          // index into places: the main event location; a
                                       // country entry when no place/subdivision was found
  int precision = 0;                   // ACLED geo precision: 1 town, 2 near/district, 3 province,
                                       // 0 country only (or nothing found)
};

class Geotagger {
 public:
  // `gazetteer` is not owned and must outlive this object.
  explicit Geotagger(const Gazetteer* gazetteer) : gazetteer_(gazetteer) {}

  Geotag Tag(const AnalyzedDocument& doc) const;

 private:
  const Gazetteer* gazetteer_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_GEOTAGGER_H_
