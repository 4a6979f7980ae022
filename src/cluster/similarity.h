// SimilarityModel: do two articles tell the same story? A logistic model over signals that
// cross languages and scripts (issue 6, DESIGN.md "newsloom compare"):
//   text        same-language stemmed TF-IDF cosine (rarity from the dictionary's fan-in)
//   pivot       cosine of English pivot terms (FreeDict translations, English stems)
//   title       pivots, names and concepts shared by the two headlines
//   concept     shared concepts of data/lexicons/concepts.tsv
//   names       shared capitalised names by transliteration key (Токаев ~ Tokayev ~ Tokajew)
//   grams       character 4-grams of transliteration keys (related languages, cognates)
//   numbers     shared numbers written in digits
//   entities, places, countries, dates, figures   from extracted facts, when given
//               (fact_source.h extracts and links them outside the pipeline)
// Weights are fitted on SemEval-2022 Task 8 with facts (tools/fit_similarity.cc, fact weights
// kept at 0 or above) and embedded from data/models/similarity_weights.tsv; README
// "Refitting the similarity weights".
//
// Thread safety: a SimilarityModel is immutable after construction; Features and Compare are
// const and safe to call concurrently. Default() is built once, thread-safely.
// Cost (cluster_benchmark.cc, 3 KB article; measured only in the Debug+ASan -O1 build on a
// loaded machine, CPU time): Features 2-3 ms, Compare with reasons ~30 µs, Signals ~8 µs.
// Release numbers are expected to be an order of magnitude lower but were not measured yet.
#ifndef NEWSLOOM_CLUSTER_SIMILARITY_H_
#define NEWSLOOM_CLUSTER_SIMILARITY_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cluster/article_features.h"
#include "cluster/similarity_weights.h"
#include "core/fuzzy_date.h"
#include "core/status.h"
#include "text/analyzed_document.h"

namespace newsloom {
class Dictionary;
class ConceptLexicon;
}  // namespace newsloom

namespace newsloom::cluster {

class ConceptMatcher;

// Why two articles are (not) the same story: one signal, its value and what they share.
struct Reason {
  std::string signal;               // "names", "concept", "pivot", "places", ...
  double value = 0;                 // the signal, in [0, 1]
  double contribution = 0;          // weight x value: its push on the log-odds
  std::vector<std::string> shared;  // the shared items, most telling first ("Tokayev", ...)
};

struct Comparison {
  double score = 0;             // probability-like same-story score in [0, 1]
  bool same_story = false;      // score >= the model's threshold
  std::vector<double> signals;  // by SignalId, in [0, 1]
  std::vector<Reason> reasons;  // signals with a positive contribution, largest first; then
                                // shared facts whose weight is 0 (contribution 0)
};

struct SimilarityOptions {
  // Keep the display labels of keys so Compare can list shared items. false makes features
  // smaller and faster for clustering (reasons then list no items). Default true.
  bool keep_labels = true;
  // Shared items listed per reason, at most. Default 6.
  size_t max_shared_per_reason = 6;
};

class SimilarityModel {
 public:
  // The embedded weights with the dictionary found by FindDataFile("dictionary.nld") and the
  // embedded concept lexicon. Without a dictionary file (not built yet) the model still works
  // on the other signals; a warning is logged once.
  static const SimilarityModel& Default();

  // `dictionary` may be null; `concepts` and `weights` are required. Non-owning pointers must
  // outlive the model.
  SimilarityModel(const Dictionary* dictionary, const ConceptLexicon* concepts,
                  SimilarityWeights weights, SimilarityOptions options = {});
  ~SimilarityModel();
  SimilarityModel(const SimilarityModel&) = delete;
  SimilarityModel& operator=(const SimilarityModel&) = delete;

  // Features of one analysed article; `facts` may be null.
  ArticleFeatures Features(const AnalyzedDocument& doc,
                           std::optional<FuzzyDate> published = std::nullopt,
                           const ArticleFactsView* facts = nullptr) const;

  // The signals of a pair (by SignalId, each in [0, 1]), without reasons.
  std::vector<double> Signals(const ArticleFeatures& a, const ArticleFeatures& b) const;
  // Score, decision and reasons.
  Comparison Compare(const ArticleFeatures& a, const ArticleFeatures& b) const;

  const SimilarityWeights& weights() const { return weights_; }
  const Dictionary* dictionary() const { return dictionary_; }

 private:
  // What the dictionary says about one word of `lang`.
  struct WordInfo {
    bool stopword = false;
    float rarity = 1.0f;                             // 1 for rare words, less for general ones
    std::vector<std::pair<uint32_t, float>> pivots;  // dictionary pivot id, weight
  };
  WordInfo LookUp(std::string_view lang, const Token& tok) const;
  void AddFacts(const ArticleFactsView& facts, ArticleFeatures* f) const;
  void AddReasons(const ArticleFeatures& a, const ArticleFeatures& b, Comparison* c) const;

  const Dictionary* dictionary_;
  std::unique_ptr<ConceptMatcher> concepts_;
  SimilarityWeights weights_;
  SimilarityOptions options_;
};

}  // namespace newsloom::cluster

#endif  // NEWSLOOM_CLUSTER_SIMILARITY_H_
