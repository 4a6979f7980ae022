// QueryExpander: a user's search text -> a weighted Xapian query over the terms of
// article_terms.h, so that a query in one language and script finds articles in others.
//
// The query is analysed like an article (text/analyzer.h); each word (and number) becomes one
// group of alternatives, weighted by how directly they stand for the word:
//   exact     the word as written, case-folded                       kExactWeight   1.0
//   stem      Z + its stem in each candidate language, or the stem     kStemWeight    0.7
//             as a word (OP_SYNONYM; articles have no Z term for a word that is its own stem)
//   place     XP/XC/XA: the gazetteer's most populous place, every   kPlaceWeight   0.9
//             country and subdivision with that name, in any script (x0.4 for a common word);
//             a country adjective or demonym ("Kazakh", "kirgisiske") -> XC  kAdjectiveWeight 0.7;
//             the same ids as the main event location (XLP/XLC)   x kMainLocationFactor 1.12
//   name      XN + the linker's folded name key ("Атамбаев" -> atambaev) kNameWeight  0.7
//   concept   XK + a concept the word is a form of, in any candidate    kConceptWeight 0.6
//             language
//   pivot     XE + English pivot terms from the dictionary               kPivotWeight  0.5
// Candidate languages: the query's language when the analyser is sure of it, plus the
// languages written in the word's script (Latin: en nl de fr es it pt nb da sv pl tr; Cyrillic:
// ru uk; Arabic: ar; Han: zh). Two-word place names ("New York", "Alma Ata") are looked up too.
// A stop word (in English or the query's language) keeps only its exact term, at weight
// kStopWordWeight 0.2, and counts for that much in the coverage score.
//
// The Xapian query is OP_OR over the groups, each an OP_OR of OP_SCALE_WEIGHT'ed terms: an
// article matching more of the query's words ranks higher, and within a word the exact form
// outweighs its expansions (BM25 adds the weights of every matching alternative).
//
// Limits: queries over kMaxQueryBytes are InvalidArgument; words past kMaxQueryWords are
// ignored. Thread safety: Expand is const and safe to call concurrently.
#ifndef NEWSLOOM_SEARCH_QUERY_EXPANDER_H_
#define NEWSLOOM_SEARCH_QUERY_EXPANDER_H_

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "search/search_resources.h"

namespace newsloom::search {

inline constexpr size_t kMaxQueryBytes = 1024;
inline constexpr size_t kMaxQueryWords = 24;

inline constexpr double kExactWeight = 1.0;
inline constexpr double kStemWeight = 0.7;
inline constexpr double kPlaceWeight = 0.9;
inline constexpr double kCommonPlaceFactor = 0.4;
inline constexpr double kAdjectiveWeight = 0.7;  // a country adjective ("Kazakh") -> XC
// The same place or country as an article's main event location (XLP/XLC) weighs this much
// more than a mere mention (capped at 1).
inline constexpr double kMainLocationFactor = 1.12;
inline constexpr double kNameWeight = 0.7;
inline constexpr double kConceptWeight = 0.6;
inline constexpr double kPivotWeight = 0.5;
inline constexpr double kStopWordWeight = 0.2;

enum class ExpansionKind : uint8_t { kExact, kStem, kPlace, kName, kConcept, kPivot };
std::string_view ExpansionKindName(ExpansionKind kind);

struct ExpandedTerm {
  std::string term;
  double weight = 0;  // relative to the exact word (1.0)
  ExpansionKind kind = ExpansionKind::kExact;
};

// One query word and its alternatives (distinct terms, heaviest first).
struct QueryWord {
  std::string text;         // the word as written
  bool stopword = false;    // only the exact term, weight kStopWordWeight
  double importance = 1.0;  // its share of the coverage score (kStopWordWeight for stop words)
  std::vector<ExpandedTerm> terms;
};

struct ExpandedQuery {
  std::vector<QueryWord> words;  // in query order; empty for a query without words

  bool empty() const { return words.empty(); }
  // The weighted query described above; Xapian::Query() (matches nothing) when empty.
  Xapian::Query ToXapian() const;
  // "almaty: almaty(exact 1) XP1526384(place 0.9) ...; protest: ..." for tests and --explain.
  std::string DebugString() const;
};

class QueryExpander {
 public:
  // `resources` must outlive the expander; only its analyzer is required.
  explicit QueryExpander(const SearchResources* resources) : r_(resources) {}

  // InvalidArgument for a query over kMaxQueryBytes; errors of Analyzer::Analyze otherwise.
  StatusOr<ExpandedQuery> Expand(std::string_view query) const;

 private:
  const SearchResources* r_;
};

}  // namespace newsloom::search

#endif  // NEWSLOOM_SEARCH_QUERY_EXPANDER_H_
