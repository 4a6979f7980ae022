#include "cluster/fact_source.h"

#include <utility>

#include "core/data_files.h"
#include "link/entity_linker.h"
#include "resources/gazetteer.h"

namespace newsloom::cluster {

StatusOr<std::unique_ptr<FactSource>> FactSource::Open(const std::string& gazetteer_path) {
  std::string path = gazetteer_path;
  if (path.empty()) {
    NL_ASSIGN_OR_RETURN(path, FindDataFile("gazetteer.nlg"));
  }
  NL_ASSIGN_OR_RETURN(std::unique_ptr<Gazetteer> gazetteer, Gazetteer::Open(path));
  NL_ASSIGN_OR_RETURN(std::unique_ptr<EntityLinker> linker, EntityLinker::Create(nullptr));
  return std::unique_ptr<FactSource>(new FactSource(std::move(gazetteer), std::move(linker)));
}

FactSource::FactSource(std::unique_ptr<Gazetteer> gazetteer, std::unique_ptr<EntityLinker> linker)
    : gazetteer_(std::move(gazetteer)),
      extractor_(std::make_unique<Extractor>(gazetteer_.get())),
      linker_(std::move(linker)) {}

FactSource::~FactSource() = default;

ArticleFacts FactSource::Extract(const AnalyzedDocument& doc,
                                 const std::optional<FuzzyDate>& published) const {
  return extractor_->Extract(doc, published);
}

Status FactSource::Link(std::string_view article_id, const std::optional<FuzzyDate>& published,
                        ArticleFacts* facts) {
  NL_RETURN_IF_ERROR(linker_->Link(article_id, published, &facts->persons));
  NL_RETURN_IF_ERROR(linker_->Link(article_id, published, &facts->organizations));
  // In memory nothing is written: Save only drops the pending per-article links.
  return linker_->Save(nullptr);
}

ArticleFeatures FeaturesWithFacts(const SimilarityModel& model, const AnalyzedDocument& doc,
                                  std::optional<FuzzyDate> published, const ArticleFacts* facts) {
  if (facts == nullptr) return model.Features(doc, published);
  std::vector<NamedEntity> entities = facts->persons;
  entities.insert(entities.end(), facts->organizations.begin(), facts->organizations.end());
  ArticleFactsView view;
  view.entities = &entities;
  view.places = &facts->geo;
  view.events = &facts->events;
  view.figures = &facts->figures;
  return model.Features(doc, published, &view);
}

}  // namespace newsloom::cluster
