#include "search/search_resources.h"

#include <memory>
#include <mutex>

#include "cluster/concept_matcher.h"
#include "core/data_files.h"
#include "core/env.h"
#include "resources/concept_lexicon.h"
#include "resources/dictionary.h"
#include "resources/gazetteer.h"
#include "spdlog/spdlog.h"
#include "text/analyzer.h"

namespace newsloom::search {
namespace {

// Owns what Default() hands out; never destroyed (process lifetime).
struct Owned {
  std::unique_ptr<Analyzer> analyzer;
  std::unique_ptr<Gazetteer> gazetteer;
  std::unique_ptr<Dictionary> dictionary;
  std::unique_ptr<cluster::ConceptMatcher> concepts;
  SearchResources view;
};

StatusOr<Owned*> Load() {
  auto owned = std::make_unique<Owned>();
  // Latin keys are needed only for the words of name mentions and queries; NameKeyOf computes
  // those on demand, which spares transliterating every word of every article.
  AnalyzerOptions ao;
  ao.latin_keys = false;
  NL_ASSIGN_OR_RETURN(owned->analyzer, Analyzer::Create(ao));
  if (StatusOr<std::string> path = FindDataFile("gazetteer.nlg"); path.ok()) {
    auto g = Gazetteer::Open(*path);
    if (g.ok()) {
      owned->gazetteer = std::move(*g);
    } else {
      spdlog::warn("search: {}; searching without place names", g.status().ToString());
    }
  } else {
    spdlog::warn("search: {}; searching without place names", path.status().ToString());
  }
  if (StatusOr<std::string> path = FindDataFile(kDictionaryFileName); path.ok()) {
    auto d = Dictionary::Open(Env::Default(), *path);
    if (d.ok()) {
      owned->dictionary = std::move(*d);
    } else {
      spdlog::warn("search: {}; searching without the dictionary", d.status().ToString());
    }
  } else {
    spdlog::warn("search: {}; searching without the dictionary", path.status().ToString());
  }
  owned->concepts = std::make_unique<cluster::ConceptMatcher>(ConceptLexicon::Default());
  owned->view.analyzer = owned->analyzer.get();
  owned->view.gazetteer = owned->gazetteer.get();
  owned->view.dictionary = owned->dictionary.get();
  owned->view.concepts = owned->concepts.get();
  return owned.release();
}

}  // namespace

StatusOr<const SearchResources*> SearchResources::Default() {
  static std::mutex mu;
  static Owned* loaded = nullptr;
  std::lock_guard<std::mutex> lock(mu);
  if (loaded == nullptr) {
    NL_ASSIGN_OR_RETURN(loaded, Load());
  }
  return &loaded->view;
}

}  // namespace newsloom::search
