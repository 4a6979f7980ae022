#include "search/query_expander.h"

#include <algorithm>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "cluster/concept_matcher.h"
#include "extract/geo_adjectives.h"
#include "fmt/format.h"
#include "resources/dictionary.h"
#include "resources/gazetteer.h"
#include "search/article_terms.h"
#include "text/analyzer.h"
#include "text/stemmer.h"

namespace newsloom::search {
namespace {

constexpr size_t kMaxPivotsPerWord = 6;
constexpr size_t kMaxPlacesPerWord = 3;
// Other places of the same name count when they have at least this share of the largest's
// population ("Almaty" the city, not a village of the same name).
constexpr double kPlacePopulationShare = 0.25;

std::vector<std::string_view> CandidateLanguages(Script script) {
  switch (script) {
    case Script::kLatin:
      return {"en", "nl", "de", "fr", "es", "it", "pt", "nb", "da", "sv", "pl", "tr"};
    case Script::kCyrillic:
      return {"ru", "uk"};
    case Script::kArabic:
      return {"ar"};
    case Script::kHan:
      return {"zh"};
    default:
      return {};
  }
}

// Collects a word's alternatives, keeping the heaviest weight of each distinct term.
class Alternatives {
 public:
  void Add(std::string term, double weight, ExpansionKind kind) {
    if (term.empty() || term.size() > kMaxTermBytes) return;
    weight = std::min(weight, 1.0);
    auto [it, inserted] = index_.try_emplace(term, terms_.size());
    if (inserted) {
      terms_.push_back({std::move(term), weight, kind});
    } else if (terms_[it->second].weight < weight) {
      terms_[it->second].weight = weight;
      terms_[it->second].kind = kind;
    }
  }
  std::vector<ExpandedTerm> Take() {
    std::stable_sort(
        terms_.begin(), terms_.end(),
        [](const ExpandedTerm& a, const ExpandedTerm& b) { return a.weight > b.weight; });
    return std::move(terms_);
  }

 private:
  std::vector<ExpandedTerm> terms_;
  absl::flat_hash_map<std::string, size_t> index_;
};

// The query analysed once per candidate language (tokens restemmed), shared by the steps.
struct Context {
  const SearchResources* r;
  const AnalyzedDocument* doc;
  std::string query_lang;  // "" when the analyser was unsure
  std::vector<std::pair<std::string, std::vector<std::string>>> stems;  // lang -> per token
};

const std::vector<std::string>* StemsIn(const Context& c, std::string_view lang) {
  for (const auto& [l, s] : c.stems) {
    if (l == lang) return &s;
  }
  return nullptr;
}

void ComputeStems(Context* c) {
  thread_local text_analysis::StemmerSet stemmers;
  std::vector<std::string_view> langs;
  for (const Token& t : c->doc->tokens) {
    for (std::string_view l : CandidateLanguages(t.script)) {
      if (std::find(langs.begin(), langs.end(), l) == langs.end()) langs.push_back(l);
    }
  }
  if (!c->query_lang.empty() &&
      std::find(langs.begin(), langs.end(), c->query_lang) == langs.end()) {
    langs.push_back(c->query_lang);
  }
  for (std::string_view l : langs) {
    std::vector<std::string> s;
    for (const Token& t : c->doc->tokens) {
      s.push_back(t.kind == TokenKind::kWord ? stemmers.Stem(l, t.lower) : t.lower);
    }
    c->stems.emplace_back(std::string(l), std::move(s));
  }
}

// Languages to try for token `t`: the query's language and those of the token's script.
std::vector<std::string_view> LanguagesFor(const Context& c, const Token& t) {
  std::vector<std::string_view> langs = CandidateLanguages(t.script);
  if (!c.query_lang.empty() && std::find(langs.begin(), langs.end(), c.query_lang) == langs.end()) {
    langs.insert(langs.begin(), c.query_lang);
  }
  return langs;
}

std::optional<Dictionary::Entry> Lookup(const Context& c, std::string_view lang, size_t t) {
  const Dictionary* d = c.r->dictionary;
  const std::vector<std::string>* stems = StemsIn(c, lang);
  if (d == nullptr || stems == nullptr) return std::nullopt;
  auto e = d->Find(lang, (*stems)[t]);
  if (!e && (*stems)[t] != c.doc->tokens[t].lower) e = d->Find(lang, c.doc->tokens[t].lower);
  return e;
}

bool IsStopWord(const Context& c, size_t t) {
  const Token& tok = c.doc->tokens[t];
  int votes = 0;
  for (std::string_view l : LanguagesFor(c, tok)) {
    auto e = Lookup(c, l, t);
    if (!e || !e->stopword) continue;
    if (l == "en" || l == c.query_lang || tok.script != Script::kLatin) return true;
    if (++votes >= 2) return true;
  }
  return false;
}

// True when the word is an ordinary word of English or of the query's language (so a place
// of the same name — "Police", "Nice" — is a weaker reading).
bool IsCommonWord(const Context& c, size_t t) {
  const Dictionary* d = c.r->dictionary;
  if (d == nullptr) return false;
  if (const auto* en = StemsIn(c, "en"); en != nullptr && d->FindPivot((*en)[t])) return true;
  if (c.query_lang.empty() || c.query_lang == "en") return false;
  auto e = Lookup(c, c.query_lang, t);
  return e && !e->pivots.empty();
}

void AddPlaceHits(const Gazetteer& g, std::span<const NameHit> hits, double weight,
                  Alternatives* alt) {
  uint32_t top_population = 0;
  size_t places = 0;
  for (const NameHit& h : hits) {
    switch (h.kind) {
      case EntityKind::kCountry: {
        const std::string code(g.country(h.index).iso2, 2);
        alt->Add(std::string(kCountryPrefix) + code, weight, ExpansionKind::kPlace);
        alt->Add(std::string(kMainCountryPrefix) + code, weight * kMainLocationFactor,
                 ExpansionKind::kPlace);
        break;
      }
      case EntityKind::kSubdivision:
        alt->Add(std::string(kSubdivisionPrefix) + std::string(g.str(g.subdivision(h.index).code)),
                 weight * 0.8, ExpansionKind::kPlace);
        break;
      case EntityKind::kPlace: {
        const PlaceRecord& p = g.place(h.index);
        if (places == 0) top_population = p.population;  // hits come largest first
        if (places >= kMaxPlacesPerWord || p.population < kPlacePopulationShare * top_population) {
          break;
        }
        const double w = places == 0 ? weight : weight * 0.6;
        alt->Add(std::string(kPlacePrefix) + std::to_string(p.geonameid), w, ExpansionKind::kPlace);
        alt->Add(std::string(kMainPlacePrefix) + std::to_string(p.geonameid),
                 w * kMainLocationFactor, ExpansionKind::kPlace);
        ++places;
        break;
      }
    }
  }
}

void AddPlaces(const Context& c, size_t t, Alternatives* alt) {
  const Gazetteer* g = c.r->gazetteer;
  if (g == nullptr) return;
  const double weight = kPlaceWeight * (IsCommonWord(c, t) ? kCommonPlaceFactor : 1.0);
  const std::string key = NormalizeNameKey(c.doc->tokens[t].lower);
  if (key.empty()) return;
  AddPlaceHits(*g, g->Lookup(key), weight, alt);
  // A country adjective or demonym ("Kazakh", "kirgisiske", "казахстанский").
  const std::string country =
      CountryAdjectives::Default().CountryOfWord(c.doc->tokens[t].lower, "und");
  if (!country.empty()) {
    alt->Add(std::string(kCountryPrefix) + country, kAdjectiveWeight, ExpansionKind::kPlace);
    alt->Add(std::string(kMainCountryPrefix) + country, kAdjectiveWeight * kMainLocationFactor,
             ExpansionKind::kPlace);
  }
  // A two-word name starting here ("alma ata", "new york").
  if (!g->MayStartMultiWordKey(key)) return;
  for (size_t n = t + 1; n < c.doc->tokens.size(); ++n) {
    const Token& next = c.doc->tokens[n];
    if (next.kind != TokenKind::kWord) continue;
    AddPlaceHits(*g, g->Lookup(key + " " + NormalizeNameKey(next.lower)), kPlaceWeight, alt);
    break;
  }
}

void AddPivots(const Context& c, size_t t, Alternatives* alt) {
  const Dictionary* d = c.r->dictionary;
  if (d == nullptr) return;
  size_t n = 0;
  for (std::string_view l : LanguagesFor(c, c.doc->tokens[t])) {
    if (l == "en") {
      const std::vector<std::string>* en = StemsIn(c, "en");
      if (en != nullptr && d->FindPivot((*en)[t])) {
        alt->Add(std::string(kPivotPrefix) + (*en)[t], kPivotWeight, ExpansionKind::kPivot);
      }
      continue;
    }
    auto e = Lookup(c, l, t);
    if (!e) continue;
    for (uint32_t p : e->pivots) {
      if (d->pivot_weight(p) <= 0) continue;
      alt->Add(std::string(kPivotPrefix) + std::string(d->pivot_text(p)), kPivotWeight,
               ExpansionKind::kPivot);
      if (++n == kMaxPivotsPerWord) return;
      break;  // the most common sense of each language only
    }
  }
}

// Concepts of every word, trying each candidate language's forms: token index -> concepts.
std::vector<std::vector<std::string>> FindConcepts(const Context& c) {
  std::vector<std::vector<std::string>> out(c.doc->tokens.size());
  const cluster::ConceptMatcher* m = c.r->concepts;
  if (m == nullptr) return out;
  AnalyzedDocument copy = *c.doc;
  auto collect = [&] {
    for (const cluster::ConceptHit& hit : m->Find(copy)) {
      if (hit.token >= out.size()) continue;
      std::vector<std::string>& ids = out[hit.token];
      const std::string& id = m->concept_ids()[hit.concept_index];
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
  };
  for (const auto& [lang, stems] : c.stems) {
    copy.lang = lang;
    for (size_t i = 0; i < copy.tokens.size(); ++i) {
      copy.tokens[i].stem = stems[i];
      copy.tokens[i].form_id = 0;
    }
    collect();
  }
  copy.lang = "und";  // exact forms of every language
  for (size_t i = 0; i < copy.tokens.size(); ++i) {
    copy.tokens[i].stem = copy.tokens[i].lower;
    copy.tokens[i].form_id = 0;
  }
  collect();
  return out;
}

QueryWord ExpandWord(const Context& c, size_t t, const std::vector<std::string>& concepts) {
  const Token& tok = c.doc->tokens[t];
  QueryWord w;
  w.text = c.doc->text.substr(tok.begin, tok.end - tok.begin);
  Alternatives alt;
  if (tok.kind == TokenKind::kWord && IsStopWord(c, t)) {
    w.stopword = true;
    w.importance = kStopWordWeight;
    alt.Add(tok.lower, kExactWeight, ExpansionKind::kExact);
    w.terms = alt.Take();
    return w;
  }
  alt.Add(tok.lower, kExactWeight, ExpansionKind::kExact);
  if (tok.kind == TokenKind::kWord) {
    for (std::string_view l : LanguagesFor(c, tok)) {
      if (const auto* s = StemsIn(c, l)) {
        alt.Add(std::string(kStemPrefix) + (*s)[t], kStemWeight, ExpansionKind::kStem);
      }
    }
    if (CandidateLanguages(tok.script).empty()) {
      alt.Add(std::string(kStemPrefix) + tok.lower, kStemWeight, ExpansionKind::kStem);
    }
    AddPlaces(c, t, &alt);
    alt.Add(std::string(kNamePrefix) + NameKeyOf(tok), kNameWeight, ExpansionKind::kName);
    for (const std::string& id : concepts) {
      alt.Add(std::string(kConceptPrefix) + id, kConceptWeight, ExpansionKind::kConcept);
    }
    AddPivots(c, t, &alt);
  }
  w.terms = alt.Take();
  return w;
}

}  // namespace

std::string_view ExpansionKindName(ExpansionKind kind) {
  switch (kind) {
    case ExpansionKind::kExact:
      return "exact";
    case ExpansionKind::kStem:
      return "stem";
    case ExpansionKind::kPlace:
      return "place";
    case ExpansionKind::kName:
      return "name";
    case ExpansionKind::kConcept:
      return "concept";
    case ExpansionKind::kPivot:
      return "pivot";
  }
  return "?";
}

StatusOr<ExpandedQuery> QueryExpander::Expand(std::string_view query) const {
  if (query.size() > kMaxQueryBytes) {
    return absl::InvalidArgumentError(
        fmt::format("query of {} bytes is too long (at most {})", query.size(), kMaxQueryBytes));
  }
  NL_ASSIGN_OR_RETURN(AnalyzedDocument doc, r_->analyzer->Analyze(query));
  Context c{r_, &doc, doc.lang == "und" ? "" : doc.lang, {}};
  if (c.query_lang == "nn" || c.query_lang == "no") c.query_lang = "nb";
  ComputeStems(&c);
  const std::vector<std::vector<std::string>> concepts = FindConcepts(c);
  ExpandedQuery out;
  for (size_t t = 0; t < doc.tokens.size() && out.words.size() < kMaxQueryWords; ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.kind != TokenKind::kWord && tok.kind != TokenKind::kNumber) continue;
    if (tok.lower.empty() || tok.lower.size() > kMaxTermBytes) continue;
    out.words.push_back(ExpandWord(c, t, concepts[t]));
  }
  return out;
}

namespace {

Xapian::Query TermQuery(const ExpandedTerm& t) {
  if (t.kind != ExpansionKind::kStem) return Xapian::Query(t.term);
  // An article holds no stem term for a word that is its own stem (article_terms.h): the word
  // stands in for it, as one term for the weighting.
  const Xapian::Query both[] = {Xapian::Query(t.term),
                                Xapian::Query(t.term.substr(kStemPrefix.size()))};
  return Xapian::Query(Xapian::Query::OP_SYNONYM, std::begin(both), std::end(both));
}

}  // namespace

Xapian::Query ExpandedQuery::ToXapian() const {
  std::vector<Xapian::Query> groups;
  for (const QueryWord& w : words) {
    std::vector<Xapian::Query> alts;
    for (const ExpandedTerm& t : w.terms) {
      alts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, TermQuery(t), t.weight * w.importance);
    }
    groups.emplace_back(Xapian::Query::OP_OR, alts.begin(), alts.end());
  }
  if (groups.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_OR, groups.begin(), groups.end());
}

std::string ExpandedQuery::DebugString() const {
  std::string out;
  for (const QueryWord& w : words) {
    if (!out.empty()) out += "; ";
    out += w.text + (w.stopword ? " (stop):" : ":");
    for (const ExpandedTerm& t : w.terms) {
      out += fmt::format(" {}({} {:g})", t.term, ExpansionKindName(t.kind), t.weight);
    }
  }
  return out;
}

}  // namespace newsloom::search
