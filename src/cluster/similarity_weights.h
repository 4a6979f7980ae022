// The signals of a pair of articles and the logistic weights over them
// (data/models/similarity_weights.tsv, embedded as kSimilarityWeightsTsv, written by
// tools/fit_similarity.cc).
//
// Weights file: '#' comment lines, then "name <TAB> value" lines: `bias`, `threshold` (the
// same_story cut on the score) and one line per signal name below. A signal without a line
// has weight 0; an unknown name, a missing bias/threshold or a value that is not a finite
// number is InvalidArgument "name:line: ...".
//
// Thread safety: plain values and pure functions.
#ifndef NEWSLOOM_CLUSTER_SIMILARITY_WEIGHTS_H_
#define NEWSLOOM_CLUSTER_SIMILARITY_WEIGHTS_H_

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace newsloom {
extern const std::string_view kSimilarityWeightsTsv;
}

namespace newsloom::cluster {

// Every signal is in [0, 1]. Fact signals are 0 when either article lacks those facts.
enum SignalId : int {
  kSignalText,           // same-language stemmed TF-IDF cosine
  kSignalPivot,          // English pivot cosine
  kSignalTitle,          // headline pivots/names/concepts cosine
  kSignalConcept,        // concept cosine
  kSignalNames,          // name-key cosine
  kSignalNameContain,    // share of the smaller article's names found in the other
  kSignalGrams,          // character 4-gram cosine
  kSignalNumbers,        // weighted Jaccard of numbers
  kSignalSameLang,       // 1 when both articles have the same language
  kSignalPublishedNear,  // exp(-days apart / 3) when both publication dates are known
  kSignalPublishedFar,   // min(1, days apart / 60) when both are known
  kSignalEntities,       // entity cosine
  kSignalPlaces,         // GeoNames id cosine
  kSignalCountries,      // country cosine
  kSignalEventDates,     // exp(-days between the closest event dates / 2)
  kSignalFigures,        // weighted Jaccard of figures
  kSignalCount
};

// "text", "pivot", ... (the names used in the weights file and in reasons).
std::string_view SignalName(int id);
// The id of `name`, or -1.
int SignalIdOf(std::string_view name);

struct SimilarityWeights {
  double bias = 0;
  double threshold = 0.5;
  std::array<double, kSignalCount> weight{};

  // The weights file format above; `name` prefixes errors.
  static StatusOr<SimilarityWeights> Parse(std::string_view tsv, std::string_view name);
  // The embedded weights; aborts when they do not parse (a test checks they do).
  static const SimilarityWeights& Default();
  // The file text, starting with `comment` lines (each prefixed "# ").
  std::string ToTsv(std::string_view comment) const;

  double LogOdds(const std::vector<double>& signals) const;
  // 1 / (1 + exp(-LogOdds)).
  double Score(const std::vector<double>& signals) const;
};

}  // namespace newsloom::cluster

#endif  // NEWSLOOM_CLUSTER_SIMILARITY_WEIGHTS_H_
