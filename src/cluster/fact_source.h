// FactSource: the extracted facts of articles compared outside the pipeline (`newsloom compare`
// and the similarity fit, tools/fit_similarity.cc), so that SimilarityModel sees the same
// fact signals an analysed article carries: places and countries (extract/geotagger.h),
// persons and organizations linked to entities shared by every article this source links
// (link/entity_linker.h, in memory), non-background event dates and figures.
//
//   auto facts = FactSource::Open();                 // the build's gazetteer
//   ArticleFacts fa = (*facts)->Extract(doc_a, published_a);
//   (*facts)->Link("a", published_a, &fa);           // then "b": both share entity ids
//   ArticleFeatures f = FeaturesWithFacts(model, doc_a, published_a, &fa);
//
// Thread safety: Extract is const and safe to call concurrently; Link is NOT thread-safe
// (one thread links, in a fixed order, so entity ids do not depend on thread timing).
#ifndef NEWSLOOM_CLUSTER_FACT_SOURCE_H_
#define NEWSLOOM_CLUSTER_FACT_SOURCE_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cluster/article_features.h"
#include "cluster/similarity.h"
#include "core/fuzzy_date.h"
#include "core/status.h"
#include "extract/extractor.h"

namespace newsloom {
class EntityLinker;
class Gazetteer;
}  // namespace newsloom

namespace newsloom::cluster {

class FactSource {
 public:
  // `gazetteer_path` "" finds gazetteer.nlg as the pipeline does (core/data_files.h). Errors:
  // NotFound / DataLoss for a missing or damaged gazetteer, Internal for missing ICU data.
  static StatusOr<std::unique_ptr<FactSource>> Open(const std::string& gazetteer_path = "");
  ~FactSource();
  FactSource(const FactSource&) = delete;
  FactSource& operator=(const FactSource&) = delete;

  // Every fact layer of the pipeline; `published` resolves relative dates.
  ArticleFacts Extract(const AnalyzedDocument& doc,
                       const std::optional<FuzzyDate>& published) const;
  // Links persons and organizations to entities (entity_id, display_name). Errors:
  // InvalidArgument for an empty id.
  Status Link(std::string_view article_id, const std::optional<FuzzyDate>& published,
              ArticleFacts* facts);

 private:
  FactSource(std::unique_ptr<Gazetteer> gazetteer, std::unique_ptr<EntityLinker> linker);

  std::unique_ptr<Gazetteer> gazetteer_;
  std::unique_ptr<Extractor> extractor_;
  std::unique_ptr<EntityLinker> linker_;
};

// model.Features of `doc`, with `facts` (persons and organizations as one entity list) when
// not null, else from the text alone.
ArticleFeatures FeaturesWithFacts(const SimilarityModel& model, const AnalyzedDocument& doc,
                                  std::optional<FuzzyDate> published, const ArticleFacts* facts);

}  // namespace newsloom::cluster

#endif  // NEWSLOOM_CLUSTER_FACT_SOURCE_H_
