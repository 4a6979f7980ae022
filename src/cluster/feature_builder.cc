// SimilarityModel::Features: ArticleFeatures from an analysed document and its facts.
#include <algorithm>
#include <cmath>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "cluster/concept_matcher.h"
#include "cluster/similarity.h"
#include "core/hash.h"
#include "extract/geotagger.h"
#include "resources/dictionary.h"

namespace newsloom::cluster {
namespace {

bool IsVowelLike(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'j' ||
         c == 'h' || c == 'w';
}

// Consonant skeleton of a transliteration key, doubled letters squeezed: "tokayev" and
// "tokaev" -> "tkv", "atambajev" and "atambayev" -> "tmbv".
std::string Skeleton(std::string_view key) {
  std::string out;
  for (size_t i = 1; i < key.size(); ++i) {  // the first letter is kept separately
    char c = key[i];
    if (IsVowelLike(c) || (c >= '0' && c <= '9')) continue;
    if (!out.empty() && out.back() == c) continue;
    out.push_back(c);
  }
  return key.empty() ? out : std::string(1, key[0]) + out;
}

// Digits of a number token without group separators; "" when not a plain number.
std::string NumberKey(std::string_view s) {
  std::string digits;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
    } else if (c != '.' && c != ',' && c != ' ') {
      return "";
    }
  }
  size_t nz = digits.find_first_not_of('0');
  return nz == std::string::npos ? "" : digits.substr(nz);
}

// Counts occurrences per key and emits (1 + ln count) x weight: repeated words count, but
// sublinearly.
class Bag {
 public:
  void Add(uint64_t key, float weight, std::string_view label) {
    auto [it, inserted] = items_.try_emplace(key);
    Item& item = it->second;
    if (inserted) {
      item.weight = weight;
      item.label = std::string(label);
    }
    item.weight = std::max(item.weight, weight);
    ++item.count;
  }
  void EmitTo(KeyVector* v, bool keep_labels) const {
    for (const auto& [key, item] : items_) {
      v->Add(key, item.weight * (1.0f + std::log(static_cast<float>(item.count))),
             keep_labels ? std::string_view(item.label) : std::string_view());
    }
    v->Finish(keep_labels);
  }

 private:
  struct Item {
    float weight = 0;
    int count = 0;
    std::string label;
  };
  absl::flat_hash_map<uint64_t, Item> items_;
};

constexpr size_t kMaxGramWords = 400;  // content words that give character n-grams

size_t CharCount(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

SimilarityModel::WordInfo SimilarityModel::LookUp(std::string_view lang, const Token& tok) const {
  WordInfo info;
  if (dictionary_ == nullptr) return info;
  if (lang == "en") {
    if (auto e = dictionary_->Find("en", tok.stem); e && e->stopword) info.stopword = true;
    if (auto p = dictionary_->FindPivot(tok.stem)) {
      float w = dictionary_->pivot_weight(*p);
      if (w <= 0) info.stopword = true;
      info.rarity = w;
    }
    return info;
  }
  auto e = dictionary_->Find(lang, tok.stem);
  if (!e && tok.stem != tok.lower) e = dictionary_->Find(lang, tok.lower);
  if (!e) return info;
  info.stopword = e->stopword;
  float best = 0;
  float share = 1.0f / std::sqrt(static_cast<float>(std::max<size_t>(1, e->pivots.size())));
  for (uint32_t p : e->pivots) {
    float w = dictionary_->pivot_weight(p);
    best = std::max(best, w);
    if (w > 0) info.pivots.emplace_back(p, w * share);
  }
  if (!e->pivots.empty()) {
    info.rarity = best;
    if (best <= 0) info.stopword = true;
  }
  return info;
}

ArticleFeatures SimilarityModel::Features(const AnalyzedDocument& doc,
                                          std::optional<FuzzyDate> published,
                                          const ArticleFactsView* facts) const {
  ArticleFeatures f;
  f.lang = doc.lang == "nn" ? "nb" : doc.lang;
  f.published = published;
  const bool labels = options_.keep_labels;
  Bag terms, pivots, grams, names, concepts, title;
  absl::flat_hash_set<uint64_t> numbers_seen;
  const uint32_t title_end = doc.sentences.empty() ? 0 : doc.sentences[0].end;
  size_t gram_words = 0;
  size_t sentence = 0;
  for (size_t t = 0; t < doc.tokens.size(); ++t) {
    const Token& tok = doc.tokens[t];
    while (sentence + 1 < doc.sentences.size() && doc.sentences[sentence + 1].first_token <= t) {
      ++sentence;
    }
    const bool in_title = tok.begin < title_end;
    if (tok.kind == TokenKind::kNumber) {
      std::string digits = NumberKey(tok.lower);
      if (digits.size() >= 2 && numbers_seen.insert(Hash64(digits)).second) {
        f.numbers.Add(MakeKey(KeyKind::kNumber, digits), 1.0f, labels ? digits : "");
      }
      continue;
    }
    if (tok.kind != TokenKind::kWord || CharCount(tok.lower) < 2) continue;
    WordInfo info = LookUp(f.lang, tok);
    if (info.stopword) continue;
    ++f.content_words;
    terms.Add(MakeKey(KeyKind::kTerm, tok.stem), info.rarity, tok.stem);
    if (f.lang == "en") {
      uint64_t key = MakeKey(KeyKind::kPivot, tok.stem);
      pivots.Add(key, info.rarity, tok.stem);
      if (in_title) title.Add(key, info.rarity, tok.stem);
    }
    for (const auto& [p, w] : info.pivots) {
      std::string_view text = dictionary_->pivot_text(p);
      uint64_t key = MakeKey(KeyKind::kPivot, text);
      pivots.Add(key, w, text);
      if (in_title) title.Add(key, w, text);
    }
    const bool sentence_start = doc.sentences.empty() || doc.sentences[sentence].first_token == t;
    bool name = (tok.capitalized && !sentence_start) || tok.all_caps;
    if (name && f.lang == "de" && !info.pivots.empty()) name = false;  // German nouns
    if (name && tok.latin_key.size() >= 3) {
      std::string key = tok.latin_key.substr(0, 7);
      uint64_t k = MakeKey(KeyKind::kName, key);
      std::string_view surface(doc.text.data() + tok.begin, tok.end - tok.begin);
      names.Add(k, 1.0f, surface);
      if (in_title) title.Add(k, 1.0f, surface);
      std::string skeleton = Skeleton(tok.latin_key).substr(0, 5);
      if (skeleton.size() >= 3) names.Add(MakeKey(KeyKind::kName, "~" + skeleton), 0.5f, surface);
    }
    if (gram_words < kMaxGramWords && tok.latin_key.size() >= 4) {
      ++gram_words;
      std::string padded = "^" + tok.latin_key + "$";
      for (size_t i = 0; i + 4 <= padded.size(); ++i) {
        grams.Add(MakeKey(KeyKind::kGram, std::string_view(padded).substr(i, 4)), info.rarity, "");
      }
    }
  }
  for (const ConceptHit& hit : concepts_->Find(doc)) {
    const std::string& id = concepts_->concept_ids()[hit.concept_index];
    uint64_t key = MakeKey(KeyKind::kConcept, id);
    concepts.Add(key, 1.0f, id);
    if (hit.begin < title_end) title.Add(key, 1.0f, id);
  }
  terms.EmitTo(&f.terms, labels);
  pivots.EmitTo(&f.pivots, labels);
  grams.EmitTo(&f.grams, false);
  names.EmitTo(&f.names, labels);
  concepts.EmitTo(&f.concepts, labels);
  title.EmitTo(&f.title_pivots, labels);
  f.numbers.Finish(labels);
  if (facts != nullptr) AddFacts(*facts, &f);
  return f;
}

void SimilarityModel::AddFacts(const ArticleFactsView& facts, ArticleFeatures* f) const {
  const bool labels = options_.keep_labels;
  if (facts.entities != nullptr) {
    f->has_entities = true;
    for (const NamedEntity& e : *facts.entities) {
      if (e.source) continue;
      std::string id = e.entity_id.empty() ? "name:" + e.name : e.entity_id;
      float w = 1.0f + std::log(static_cast<float>(std::max<size_t>(1, e.mentions.size())));
      f->entities.Add(MakeKey(KeyKind::kEntity, id), w,
                      labels ? (e.display_name.empty() ? e.name : e.display_name) : "");
    }
    f->entities.Finish(labels);
  }
  if (facts.places != nullptr) {
    f->has_places = true;
    const Geotag& g = *facts.places;
    for (size_t i = 0; i < g.places.size(); ++i) {
      const TaggedPlace& p = g.places[i];
      if (p.kind == TaggedPlace::kCountry) continue;
      std::string id =
          p.kind == TaggedPlace::kPlace ? std::to_string(p.geonameid) : p.country + "/" + p.name;
      float w = (g.main && *g.main == i) ? 2.0f : 1.0f;
      f->places.Add(MakeKey(KeyKind::kPlace, id), w, labels ? p.name : "");
    }
    for (size_t r = 0; r < g.countries.size(); ++r) {
      f->countries.Add(MakeKey(KeyKind::kCountry, g.countries[r]), 1.0f / (1.0f + r),
                       labels ? g.countries[r] : "");
    }
    f->places.Finish(labels);
    f->countries.Finish(labels);
  }
  if (facts.events != nullptr) {
    f->has_events = true;
    for (const EventRecord& e : *facts.events) {
      if (!e.background && e.date) f->event_days.push_back(e.date->ToDays());
    }
    std::sort(f->event_days.begin(), f->event_days.end());
  }
  if (facts.figures != nullptr) {
    f->has_figures = true;
    for (const Figure& fig : *facts.figures) {
      if (fig.background) continue;
      std::string id = fig.kind + " " + fig.actor + " " + std::to_string(fig.value);
      f->figures.Add(MakeKey(KeyKind::kFigure, id), 1.0f, labels ? id : "");
    }
    f->figures.Finish(labels);
  }
}

}  // namespace newsloom::cluster
