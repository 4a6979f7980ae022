// SearchResources: the read-only data that indexing and query expansion share — the text
// analyzer, the gazetteer (places and countries in every language and script), the FreeDict
// dictionary (English pivot terms, stop words) and the concept matcher. The index terms an
// article gets and the terms a query expands to are only comparable when both sides use the
// same resources; the index records no fingerprint of them (docs/formats/search-index.md).
//
// Thread safety: every member is immutable and safe to use from many threads at once.
// Lifetime: Default() lives until the process exits; a hand-built SearchResources borrows its
// pointers, which must outlive every SearchIndex or QueryExpander using it.
#ifndef NEWSLOOM_SEARCH_SEARCH_RESOURCES_H_
#define NEWSLOOM_SEARCH_SEARCH_RESOURCES_H_

#include "core/status.h"

namespace newsloom {
class Analyzer;
class Gazetteer;
class Dictionary;
namespace cluster {
class ConceptMatcher;
}

namespace search {

struct SearchResources {
  const Analyzer* analyzer = nullptr;                 // required
  const Gazetteer* gazetteer = nullptr;               // null: no place or country terms
  const Dictionary* dictionary = nullptr;             // null: no pivot terms, no stop words
  const cluster::ConceptMatcher* concepts = nullptr;  // null: no concept terms

  // The analyzer with default options but latin_keys off (NameKeyOf computes them when
  // needed), the gazetteer and dictionary found by FindDataFile
  // (core/data_files.h) and the embedded concept lexicon, loaded once (~50 ms) on first use.
  // A missing gazetteer or dictionary is logged once and left null (search still works, with
  // fewer cross-lingual terms); only an analyzer failure (ICU data missing) is an error.
  static StatusOr<const SearchResources*> Default();
};

}  // namespace search
}  // namespace newsloom

#endif  // NEWSLOOM_SEARCH_SEARCH_RESOURCES_H_
