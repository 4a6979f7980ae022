// Geotagging cue words (data/lexicons/geo_cues.tsv, embedded as kGeoCuesTsv): words that put an
// event near a place rather than in it ("near", "outskirts", "под", "yakınlarında", "附近"),
// place names that are also given names or surnames ("Jordan", "Paris", "Georgia"), and common
// words that are also names of small places ("Hun", "West"), and determiners before which a
// capitalized word is a noun, not a place (German "der", "die"). See the file's header for the
// columns. Words are compared with Token::lower (ICU case folding).
//
// Thread safety: immutable after Parse; const methods are safe to call concurrently.
#ifndef NEWSLOOM_EXTRACT_GEO_CUES_H_
#define NEWSLOOM_EXTRACT_GEO_CUES_H_

#include <memory>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_set.h"
#include "core/status.h"

namespace newsloom {

class GeoCues {
 public:
  enum Kind { kNearBefore, kNearAfter, kPerson, kCommon, kDeterminer };

  // Parses the TSV; InvalidArgument "name:line: what is wrong" for a bad column count, kind,
  // language or an empty word.
  static StatusOr<std::unique_ptr<GeoCues>> Parse(std::string_view tsv, std::string_view name);
  // The embedded file, parsed once (thread-safe). An unparsable embedded file (a build defect
  // caught by geo_cues_test) gives an empty lexicon.
  static const GeoCues& Default();

  // True when `lower` is a cue of `kind` in `lang` (nn reads nb) or in every language ("*").
  bool Has(Kind kind, std::string_view lower, std::string_view lang) const;
  size_t size() const { return words_.size(); }

 private:
  static std::string Key(Kind kind, std::string_view lang, std::string_view word);
  absl::flat_hash_set<std::string> words_;  // Key(kind, lang, word)
};

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_GEO_CUES_H_
