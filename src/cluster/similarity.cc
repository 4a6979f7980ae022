#include "cluster/similarity.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "cluster/concept_matcher.h"
#include "core/data_files.h"
#include "fmt/format.h"
#include "resources/concept_lexicon.h"
#include "resources/dictionary.h"
#include "spdlog/spdlog.h"

namespace newsloom::cluster {
namespace {

// Days between the closest pair of dates, or -1 when either list is empty.
// The closest days of `a` and `b` and their gap; gap -1 when either is empty.
struct ClosestDays {
  int64_t gap = -1, a = 0, b = 0;
};
ClosestDays Closest(const std::vector<int64_t>& a, const std::vector<int64_t>& b) {
  ClosestDays best;
  for (int64_t x : a) {
    for (int64_t y : b) {
      int64_t gap = std::llabs(x - y);
      if (best.gap < 0 || gap < best.gap) best = {gap, x, y};
    }
  }
  return best;
}

// Fact signals are listed whenever the articles share facts, even where the fitted weight
// gives them no push (similarity_fit.h keeps their weights at 0 or above).
bool IsFactSignal(int signal) {
  return signal == kSignalEntities || signal == kSignalPlaces || signal == kSignalCountries ||
         signal == kSignalEventDates || signal == kSignalFigures;
}

// The vector a signal is computed from, for listing shared items; null for the others.
const KeyVector* VectorOf(const ArticleFeatures& f, int signal) {
  switch (signal) {
    case kSignalText:
      return &f.terms;
    case kSignalPivot:
      return &f.pivots;
    case kSignalTitle:
      return &f.title_pivots;
    case kSignalConcept:
      return &f.concepts;
    case kSignalNames:
    case kSignalNameContain:
      return &f.names;
    case kSignalNumbers:
      return &f.numbers;
    case kSignalEntities:
      return &f.entities;
    case kSignalPlaces:
      return &f.places;
    case kSignalCountries:
      return &f.countries;
    case kSignalFigures:
      return &f.figures;
    default:
      return nullptr;
  }
}

}  // namespace

const SimilarityModel& SimilarityModel::Default() {
  static const SimilarityModel* model = [] {
    const Dictionary* dictionary = nullptr;
    auto path = FindDataFile(kDictionaryFileName);
    if (path.ok()) {
      auto opened = Dictionary::Open(Env::Default(), *path);
      if (opened.ok()) {
        dictionary = opened->release();
      } else {
        spdlog::warn("similarity: {}; comparing without the dictionary",
                     opened.status().ToString());
      }
    } else {
      spdlog::warn("similarity: {}; comparing without the dictionary", path.status().ToString());
    }
    return new SimilarityModel(dictionary, &ConceptLexicon::Default(),
                               SimilarityWeights::Default());
  }();
  return *model;
}

SimilarityModel::SimilarityModel(const Dictionary* dictionary, const ConceptLexicon* concepts,
                                 SimilarityWeights weights, SimilarityOptions options)
    : dictionary_(dictionary),
      concepts_(std::make_unique<ConceptMatcher>(*concepts)),
      weights_(weights),
      options_(options) {}

SimilarityModel::~SimilarityModel() = default;

std::vector<double> SimilarityModel::Signals(const ArticleFeatures& a,
                                             const ArticleFeatures& b) const {
  std::vector<double> s(kSignalCount, 0.0);
  s[kSignalText] = Cosine(a.terms, b.terms);
  s[kSignalPivot] = Cosine(a.pivots, b.pivots);
  s[kSignalTitle] = Cosine(a.title_pivots, b.title_pivots);
  s[kSignalConcept] = Cosine(a.concepts, b.concepts);
  s[kSignalNames] = Cosine(a.names, b.names);
  s[kSignalNameContain] = Containment(a.names, b.names);
  s[kSignalGrams] = Cosine(a.grams, b.grams);
  s[kSignalNumbers] = WeightedJaccard(a.numbers, b.numbers);
  s[kSignalSameLang] = (a.lang == b.lang && a.lang != "und") ? 1.0 : 0.0;
  if (a.published && b.published) {
    double days = std::fabs(static_cast<double>(a.published->ToDays() - b.published->ToDays()));
    s[kSignalPublishedNear] = std::exp(-days / 3.0);
    s[kSignalPublishedFar] = std::min(1.0, days / 60.0);
  }
  if (a.has_entities && b.has_entities) s[kSignalEntities] = Cosine(a.entities, b.entities);
  if (a.has_places && b.has_places) {
    s[kSignalPlaces] = Cosine(a.places, b.places);
    s[kSignalCountries] = Cosine(a.countries, b.countries);
  }
  if (int64_t gap = Closest(a.event_days, b.event_days).gap; gap >= 0) {
    s[kSignalEventDates] = std::exp(-static_cast<double>(gap) / 2.0);
  }
  if (a.has_figures && b.has_figures) s[kSignalFigures] = WeightedJaccard(a.figures, b.figures);
  return s;
}

Comparison SimilarityModel::Compare(const ArticleFeatures& a, const ArticleFeatures& b) const {
  Comparison c;
  c.signals = Signals(a, b);
  c.score = weights_.Score(c.signals);
  c.same_story = c.score >= weights_.threshold;
  AddReasons(a, b, &c);
  return c;
}

void SimilarityModel::AddReasons(const ArticleFeatures& a, const ArticleFeatures& b,
                                 Comparison* c) const {
  for (int i = 0; i < kSignalCount; ++i) {
    double contribution = weights_.weight[i] * c->signals[i];
    if (c->signals[i] <= 0 || (contribution <= 0 && !(IsFactSignal(i) && contribution == 0))) {
      continue;
    }
    Reason r;
    r.signal = std::string(SignalName(i));
    r.value = c->signals[i];
    r.contribution = contribution;
    const KeyVector* va = VectorOf(a, i);
    const KeyVector* vb = VectorOf(b, i);
    if (va != nullptr && vb != nullptr) {
      for (const SharedKey& k : SharedKeys(*va, *vb, options_.max_shared_per_reason * 2)) {
        std::string label(va->label(k.a));
        std::string other(vb->label(k.b));
        if (label.empty()) continue;
        if (!other.empty() && other != label) label += " = " + other;
        if (std::find(r.shared.begin(), r.shared.end(), label) == r.shared.end()) {
          r.shared.push_back(label);
        }
        if (r.shared.size() >= options_.max_shared_per_reason) break;
      }
    } else if (i == kSignalPublishedNear) {
      r.shared = {a.published->ToString(), b.published->ToString()};
    } else if (i == kSignalEventDates) {
      const ClosestDays d = Closest(a.event_days, b.event_days);
      std::string da = FuzzyDate::FromDays(d.a).ToString(),
                  db = FuzzyDate::FromDays(d.b).ToString();
      r.shared = {da == db ? da : da + " ~ " + db};
    }
    c->reasons.push_back(std::move(r));
  }
  std::stable_sort(c->reasons.begin(), c->reasons.end(), [](const Reason& x, const Reason& y) {
    return x.contribution > y.contribution;
  });
}

}  // namespace newsloom::cluster
