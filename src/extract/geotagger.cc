#include "extract/geotagger.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "extract/geo_cues.h"
#include "extract/geo_finder.h"

namespace newsloom {
namespace {

constexpr size_t kDatelineWindow = 80;  // bytes after a leading name searched for "(...)"
constexpr double kNearKm = 1000;        // places nearer than this support each other
constexpr int kNearCueWindow = 3;       // words before (or after) a name searched for cues
constexpr double kFinerPlaceMargin = 3;
// Main-location score: one point per mention, plus these. A dateline names where the report was
// filed, which is usually but not always where the event happened ("TASHKENT - ... in Nukus").
constexpr double kDatelineBonus = 3;
constexpr double kFirstSentenceBonus = 2;  // the title or lead names the place
constexpr size_t kLeadSentences =
    3;  // a place named in these is never "in passing"  // score a place may lag its subdivision by
constexpr uint32_t kMaxDatelineParagraph = 3;  // datelines open one of the first paragraphs
// A country name read as a place of another country needs a place at least this large
// ("Georgia" the US state is a subdivision; "Mexico, Missouri" is too small).
constexpr uint32_t kMinCountryHomographPopulation = 100000;
// A place reading smaller than this, of a country nothing else in the text supports, is
// dropped when its name is one word or Han/Arabic ("Corona" in a German text, "帕克" inside a
// transliterated surname); capitals and datelines are kept.
constexpr uint32_t kMinUnsupportedPopulation = 500000;

std::string Iso2(const char c[2]) { return std::string(c, 2); }

std::string HitCountry(const Gazetteer& g, const NameHit& h) {
  switch (h.kind) {
    case EntityKind::kCountry:
      return Iso2(g.country(h.index).iso2);
    case EntityKind::kSubdivision:
      return Iso2(g.subdivision(h.index).country);
    case EntityKind::kPlace:
      return Iso2(g.place(h.index).country);
  }
  return "";
}

std::string_view FeatureCode(const PlaceRecord& p) {
  return std::string_view(p.feature_code, strnlen(p.feature_code, sizeof(p.feature_code)));
}

double DistanceKm(const PlaceRecord& a, const PlaceRecord& b) {
  constexpr double kRad = M_PI / 180;
  double la1 = Gazetteer::Degrees(a.lat_e5) * kRad, la2 = Gazetteer::Degrees(b.lat_e5) * kRad;
  double dlo = (Gazetteer::Degrees(b.lon_e5) - Gazetteer::Degrees(a.lon_e5)) * kRad;
  double c = std::sin(la1) * std::sin(la2) + std::cos(la1) * std::cos(la2) * std::cos(dlo);
  return 6371.0 * std::acos(std::clamp(c, -1.0, 1.0));
}

bool IsDateline(const AnalyzedDocument& doc, const NameMatch& m);

// Support of each country in the text: countries named (1 per mention), places with a single
// reading (1), adjectives (0.5).
using Support = std::map<std::string, double>;

Support CountrySupport(const Gazetteer& g, const std::vector<NameMatch>& matches,
                       const std::vector<AdjectiveMention>& adjectives) {
  Support s;
  for (const AdjectiveMention& a : adjectives) s[a.country] += 0.5;
  for (const NameMatch& m : matches) {
    if (m.hits[0].kind == EntityKind::kCountry || m.hits.size() == 1) {
      s[HitCountry(g, m.hits[0])] += 1;
    }
  }
  return s;
}

double SupportOf(const Support& s, const std::string& iso) {
  auto it = s.find(iso);
  return it == s.end() ? 0 : it->second;
}

// Prior of a non-country reading: supported country, capital, population. A supported
// country is worth about 10,000 times the population; a capital 1,000 times.
double HitPrior(const Gazetteer& g, const NameHit& h, const Support& support) {
  double s = 0;
  double sup = SupportOf(support, HitCountry(g, h));
  if (sup > 0) s += 3.5 + std::min(sup, 3.0);
  if (h.kind == EntityKind::kSubdivision) return s + 4.5;  // ~ a town of 30k people
  const PlaceRecord& p = g.place(h.index);
  std::string_view code = FeatureCode(p);
  s += std::log10(p.population + 1.0);
  if (code == "PPLC") s += 3;
  if (code.substr(0, 4) == "PPLA") s += 0.5;
  return s;
}

// The reading of a name that names a country: the country, unless another reading is a
// subdivision or a large place of a country with more support ("Atlanta, Georgia").
NameHit ResolveCountryName(const Gazetteer& g, const NameMatch& m, const Support& support) {
  const NameHit& country = m.hits[0];
  // The name's own mention supports its country once; it must be beaten without it.
  double own = SupportOf(support, HitCountry(g, country)) - 1;
  const NameHit* best = nullptr;
  double best_support = std::max(own, 0.0);
  for (const NameHit& h : m.hits.subspan(1)) {
    if (h.kind == EntityKind::kCountry) continue;
    if (h.kind == EntityKind::kPlace &&
        g.place(h.index).population < kMinCountryHomographPopulation) {
      continue;
    }
    double s = SupportOf(support, HitCountry(g, h));
    if (s >= 1 && s > best_support) best = &h, best_support = s;
  }
  return best ? *best : country;
}

// Chooses the reading of every match: countries first, then the others by prior, then again
// with a bonus for readings near the places chosen for the other names.
std::vector<NameHit> Resolve(const Gazetteer& g, const std::vector<NameMatch>& matches,
                             const std::vector<AdjectiveMention>& adjectives) {
  Support support = CountrySupport(g, matches, adjectives);
  std::vector<NameHit> chosen(matches.size());
  auto by_prior = [&](size_t i) {
    double best = -1;
    for (const NameHit& h : matches[i].hits) {
      double s = HitPrior(g, h, support);
      if (s > best) best = s, chosen[i] = h;
    }
  };
  for (size_t i = 0; i < matches.size(); ++i) {
    if (matches[i].hits[0].kind != EntityKind::kCountry && matches[i].hits.size() > 1) {
      by_prior(i);
    }
  }
  // Names with several readings support the country of their likeliest one ("Atlanta").
  Support with_ambiguous = support;
  for (size_t i = 0; i < matches.size(); ++i) {
    if (matches[i].hits[0].kind != EntityKind::kCountry && matches[i].hits.size() > 1) {
      with_ambiguous[HitCountry(g, chosen[i])] += 1;
    }
  }
  for (size_t i = 0; i < matches.size(); ++i) {
    const NameMatch& m = matches[i];
    if (m.hits[0].kind == EntityKind::kCountry) {
      chosen[i] = ResolveCountryName(g, m, with_ambiguous);
    } else if (m.hits.size() == 1) {
      chosen[i] = m.hits[0];
    }
  }
  // Distance pass for names with several place readings, against the distinct places chosen
  // so far (a name repeated ten times counts once) and not against the name's own mentions.
  std::vector<std::pair<uint32_t, const NameHit*>> anchors;
  for (size_t j = 0; j < matches.size(); ++j) {
    if (chosen[j].kind == EntityKind::kPlace)
      anchors.emplace_back(chosen[j].index, matches[j].hits.data());
  }
  std::sort(anchors.begin(), anchors.end());
  anchors.erase(std::unique(anchors.begin(), anchors.end()), anchors.end());
  constexpr double kKmPerDegree = 111.19;  // along a meridian: a lower bound of the distance
  for (size_t i = 0; i < matches.size(); ++i) {
    const NameMatch& m = matches[i];
    if (m.hits[0].kind == EntityKind::kCountry || m.hits.size() < 2) continue;
    double best = -1;
    for (const NameHit& h : m.hits) {
      double s = HitPrior(g, h, support);
      if (h.kind == EntityKind::kPlace) {
        const PlaceRecord& p = g.place(h.index);
        double bonus = 0;
        for (const auto& [index, hits] : anchors) {
          if (hits == m.hits.data()) continue;
          const PlaceRecord& q = g.place(index);
          if (std::abs(Gazetteer::Degrees(p.lat_e5) - Gazetteer::Degrees(q.lat_e5)) *
                  kKmPerDegree >=
              kNearKm) {
            continue;  // too far apart for a bonus whatever the longitudes
          }
          bonus = std::max(bonus, 3 * std::max(0.0, 1 - DistanceKm(p, q) / kNearKm));
        }
        s += bonus;
      }
      if (s > best) best = s, chosen[i] = h;
    }
  }
  return chosen;
}

// Whether `iso2` is a country where `lang` is a main language of the press: a Dutch text naming
// Eindhoven needs no other support, a German one naming "Corona" (California) does.
bool HomeCountryOfLanguage(std::string_view lang, const std::string& iso2) {
  static const std::map<std::string_view, std::string_view> kHome = {
      {"en", "GB US IE AU CA NZ ZA IN"},
      {"nl", "NL BE SR"},
      {"nb", "NO"},
      {"nn", "NO"},
      {"da", "DK"},
      {"sv", "SE FI"},
      {"de", "DE AT CH"},
      {"fr", "FR BE CH CA"},
      {"es", "ES MX AR CL CO PE VE EC BO UY PY CU"},
      {"it", "IT CH"},
      {"pl", "PL"},
      {"ru", "RU BY KZ KG"},
      {"uk", "UA"},
      {"tr", "TR CY"},
      {"ar", "EG SA IQ SY JO LB AE MA DZ TN LY SD YE KW QA BH OM PS"},
      {"zh", "CN TW HK MO SG"}};
  auto it = kHome.find(lang);
  return it != kHome.end() && iso2.size() == 2 && it->second.find(iso2) != std::string::npos;
}

// Drops the matches whose chosen reading is a minor place of a country no other name or
// adjective of the text, nor the text's language, supports (kMinUnsupportedPopulation).
void DropUnsupported(const Gazetteer& g, const AnalyzedDocument& doc,
                     const std::vector<AdjectiveMention>& adjectives,
                     std::vector<NameMatch>* matches, std::vector<NameHit>* chosen) {
  // Strong support by country: adjectives, countries named, and readings that are not
  // themselves fragile minor places, keyed by name (hits pointer) so a name never supports
  // itself.
  auto fragile = [&](size_t i) {
    const NameMatch& m = (*matches)[i];
    const NameHit& h = (*chosen)[i];
    if (h.kind != EntityKind::kPlace || IsDateline(doc, m)) return false;
    const PlaceRecord& p = g.place(h.index);
    const Script script = doc.tokens[m.first_token].script;
    bool short_name =
        m.first_token == m.last_token || script == Script::kHan || script == Script::kArabic;
    return short_name && p.population < kMinUnsupportedPopulation && FeatureCode(p) != "PPLC";
  };
  std::map<std::string, std::set<const NameHit*>> by_country;
  std::vector<bool> is_fragile(matches->size());
  for (size_t i = 0; i < matches->size(); ++i) {
    is_fragile[i] = fragile(i);
    if (!is_fragile[i]) by_country[HitCountry(g, (*chosen)[i])].insert((*matches)[i].hits.data());
  }
  for (const AdjectiveMention& a : adjectives) by_country[a.country].insert(nullptr);
  size_t kept = 0;
  for (size_t i = 0; i < matches->size(); ++i) {
    const NameMatch& m = (*matches)[i];
    const NameHit& h = (*chosen)[i];
    bool drop = false;
    if (is_fragile[i] && !HomeCountryOfLanguage(doc.lang, HitCountry(g, h))) {
      auto it = by_country.find(HitCountry(g, h));
      drop = it == by_country.end() || it->second.empty();
    }
    if (drop) continue;
    (*matches)[kept] = m;
    (*chosen)[kept] = h;
    ++kept;
  }
  matches->resize(kept);
  chosen->resize(kept);
}

void SetAdmin1(const Gazetteer& g, const NameHit& h, TaggedPlace* t) {
  std::optional<uint32_t> sub;
  if (h.kind == EntityKind::kSubdivision) sub = h.index;
  if (h.kind == EntityKind::kPlace) sub = g.SubdivisionOfPlace(h.index);
  if (!sub) return;
  t->admin1_code = std::string(g.str(g.subdivision(*sub).code));
  t->admin1_name = std::string(g.str(g.subdivision(*sub).name));
}

TaggedPlace MakeTagged(const Gazetteer& g, const NameHit& h) {
  TaggedPlace t;
  t.record = h.index;
  t.country = HitCountry(g, h);
  switch (h.kind) {
    case EntityKind::kCountry:
      t.kind = TaggedPlace::kCountry;
      t.name = std::string(g.str(g.country(h.index).name));
      break;
    case EntityKind::kSubdivision:
      t.kind = TaggedPlace::kSubdivision;
      t.name = std::string(g.str(g.subdivision(h.index).name));
      t.precision = 3;
      break;
    case EntityKind::kPlace: {
      const PlaceRecord& p = g.place(h.index);
      t.kind = TaggedPlace::kPlace;
      t.name = std::string(g.str(p.name));
      t.geonameid = p.geonameid;
      t.lat = Gazetteer::Degrees(p.lat_e5);
      t.lon = Gazetteer::Degrees(p.lon_e5);
      t.precision = FeatureCode(p) == "PPLX" ? 2 : 1;
      break;
    }
  }
  SetAdmin1(g, h, &t);
  return t;
}

size_t SentenceOf(const AnalyzedDocument& doc, uint32_t offset);

// True when the match opens the text, or one of its first paragraphs, like a news dateline:
// "BISHKEK (Reuters) —", "Almaty, 6 jan (ANP) -", "LA HAYE - ...".
bool IsDateline(const AnalyzedDocument& doc, const NameMatch& m) {
  if (doc.tokens.empty()) return false;
  if (m.first_token != 0) {
    if (doc.sentences.empty()) return false;
    size_t si = SentenceOf(doc, m.begin);
    const Sentence& s = doc.sentences[si];
    if (s.paragraph > kMaxDatelineParagraph) return false;
    if (si > 0 && doc.sentences[si - 1].paragraph == s.paragraph) return false;
    uint32_t first_word = s.first_token;
    while (first_word < m.first_token && doc.tokens[first_word].kind != TokenKind::kWord) {
      ++first_word;
    }
    if (first_word != m.first_token) return false;
  }
  std::string_view after = std::string_view(doc.text).substr(m.end, kDatelineWindow);
  size_t k = after.find_first_not_of(' ');
  if (k == std::string_view::npos) return false;
  char c = after[k];
  bool opener = c == ',' || c == '(' || c == '-' || after.substr(k).starts_with("\xE2\x80");
  if (!opener) return false;
  return doc.tokens[m.first_token].all_caps || after.find(')') != std::string_view::npos;
}

size_t SentenceOf(const AnalyzedDocument& doc, uint32_t offset) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), offset,
                             [](uint32_t o, const Sentence& s) { return o < s.begin; });
  return it == doc.sentences.begin() ? 0 : static_cast<size_t>(it - doc.sentences.begin() - 1);
}

// True when a "near" cue stands within kNearCueWindow words before the match (or after it,
// for languages that put the cue after the name), inside the same sentence.
bool HasNearCue(const AnalyzedDocument& doc, const NameMatch& m) {
  const GeoCues& cues = GeoCues::Default();
  const Sentence* s = doc.sentences.empty() ? nullptr : &doc.sentences[SentenceOf(doc, m.begin)];
  uint32_t lo = s ? s->first_token : 0, hi = s ? s->first_token + s->token_count : 0;
  hi = std::min<uint32_t>(hi, static_cast<uint32_t>(doc.tokens.size()));
  int seen = 0;
  for (uint32_t t = m.first_token; t > lo && seen < kNearCueWindow;) {
    const Token& tok = doc.tokens[--t];
    if (tok.kind != TokenKind::kWord && tok.kind != TokenKind::kNumber) continue;
    ++seen;
    if (cues.Has(GeoCues::kNearBefore, tok.lower, doc.lang)) return true;
  }
  seen = 0;
  for (uint32_t t = m.last_token + 1; t < hi && seen < kNearCueWindow; ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.kind != TokenKind::kWord) continue;
    ++seen;
    if (cues.Has(GeoCues::kNearAfter, tok.lower, doc.lang)) return true;
  }
  // Han text: the cue follows the name directly inside the same token run ("比什凯克附近").
  if (!doc.text.empty() && m.end < doc.text.size()) {
    std::string_view rest = std::string_view(doc.text).substr(m.end, 6);
    for (size_t n : {3, 6}) {
      if (rest.size() >= n && cues.Has(GeoCues::kNearAfter, rest.substr(0, n), doc.lang)) {
        return true;
      }
    }
  }
  return false;
}

// Merges the matches into one TaggedPlace per entity, in order of first mention; sets
// (*dateline)[k] for the entity named by the first dateline, and precision 2 on a town whose
// first mention has a "near" cue.
std::vector<TaggedPlace> Merge(const Gazetteer& g, const AnalyzedDocument& doc,
                               const std::vector<NameMatch>& matches,
                               const std::vector<NameHit>& chosen, std::vector<bool>* dateline) {
  std::vector<TaggedPlace> places;
  std::map<std::pair<int, uint32_t>, size_t> index;  // (kind, record) -> places index
  bool any_dateline = false;                         // only the first dateline counts
  for (size_t i = 0; i < matches.size(); ++i) {
    auto key = std::make_pair(static_cast<int>(chosen[i].kind), chosen[i].index);
    auto [it, added] = index.emplace(key, places.size());
    const NameMatch& m = matches[i];
    if (added) {
      places.push_back(MakeTagged(g, chosen[i]));
      dateline->push_back(false);
      if (places.back().precision == 1 && HasNearCue(doc, m)) places.back().precision = 2;
    }
    places[it->second].mentions.push_back(
        {m.begin, m.end, doc.text.substr(m.begin, m.end - m.begin)});
    if (!any_dateline && IsDateline(doc, m)) {
      (*dateline)[it->second] = true;
      any_dateline = true;
    }
  }
  return places;
}

// Countries by weight: own mentions count 1, mentions of places in them 0.5, a dateline 2,
// adjectives 0.3.
std::vector<std::string> RankCountries(const std::vector<TaggedPlace>& places,
                                       const std::vector<bool>& dateline,
                                       const std::vector<AdjectiveMention>& adjectives) {
  std::map<std::string, double> weight;
  for (const AdjectiveMention& a : adjectives) weight[a.country] += 0.3;
  for (size_t i = 0; i < places.size(); ++i) {
    const TaggedPlace& p = places[i];
    double w = p.kind == TaggedPlace::kCountry ? 1.0 : 0.5;
    weight[p.country] += w * p.mentions.size() + (dateline[i] ? 2 : 0);
  }
  std::vector<std::pair<double, std::string>> ranked;
  for (const auto& [iso, w] : weight) ranked.push_back({-w, iso});
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> out;
  for (const auto& r : ranked) out.push_back(r.second);
  return out;
}

// Main-location score of places[i]; `top` is the most mentioned country.
double Score(const Gazetteer& g, const AnalyzedDocument& doc, const TaggedPlace& p, bool dateline,
             const std::string& top) {
  size_t first_sentence = SentenceOf(doc, p.mentions[0].begin);
  double s = p.mentions.size();
  if (first_sentence == 0) s += kFirstSentenceBonus;
  if (!doc.sentences.empty() && doc.sentences[first_sentence].paragraph == 0) s += 1.5;
  if (dateline) s += kDatelineBonus;
  if (p.kind == TaggedPlace::kCountry) return s;
  if (p.country == top) s += 2;
  if (p.kind == TaggedPlace::kSubdivision) s -= 0.5;
  if (p.kind == TaggedPlace::kPlace) s += std::log10(g.place(p.record).population + 1.0) / 10;
  return s;
}

// When the best entry is a subdivision and the text names a place inside it scoring nearly as
// well, that place: ACLED codes the finest location known ("Nukus ... Karakalpakstan").
size_t FinerPlace(const std::vector<TaggedPlace>& places, size_t best) {
  const TaggedPlace& b = places[best];
  if (b.kind != TaggedPlace::kSubdivision || b.admin1_code.empty()) return best;
  size_t finer = best;
  for (size_t i = 0; i < places.size(); ++i) {
    const TaggedPlace& p = places[i];
    if (p.kind != TaggedPlace::kPlace || p.admin1_code != b.admin1_code) continue;
    if (p.score < b.score - kFinerPlaceMargin) continue;
    if (finer == best || p.score > places[finer].score) finer = i;
  }
  return finer;
}

// True when the best place is only named in passing — once, late (after the first
// kLeadSentences sentences and in the second half of the text), not as a dateline, the only
// town of its country in the text — while its country is named at
// least twice: the article is then about the country (an election, a law), not about an
// event in that town. (Several towns named once each are an event across them.)
bool InPassing(const AnalyzedDocument& doc, const std::vector<TaggedPlace>& places, size_t best,
               bool dateline) {
  const TaggedPlace& p = places[best];
  if (dateline || p.mentions.size() > 1 || doc.sentences.empty()) return false;
  if (SentenceOf(doc, p.mentions[0].begin) < kLeadSentences ||
      p.mentions[0].begin < doc.text.size() / 2) {
    return false;
  }
  bool country_named = false;
  for (const TaggedPlace& c : places) {
    if (&c != &p && c.kind != TaggedPlace::kCountry && c.country == p.country) return false;
    country_named |=
        c.kind == TaggedPlace::kCountry && c.country == p.country && c.mentions.size() >= 2;
  }
  return country_named;
}

// Is token `t` inside one of the (sorted, disjoint) matches?
bool InsideMatch(const AnalyzedDocument& doc, const std::vector<NameMatch>& matches, uint32_t t) {
  uint32_t b = doc.tokens[t].begin;
  auto it = std::upper_bound(matches.begin(), matches.end(), b,
                             [](uint32_t o, const NameMatch& m) { return o < m.begin; });
  return it != matches.begin() && b < std::prev(it)->end;
}

}  // namespace

Geotag Geotagger::Tag(const AnalyzedDocument& doc,
                      const std::vector<TextSpan>* person_spans) const {
  const Gazetteer& g = *gazetteer_;
  std::vector<NameMatch> matches = GeoFinder(g, GeoCues::Default(), doc, person_spans).Find();
  Geotag out;
  out.adjectives = CountryAdjectives::Default().Find(
      doc, [&](uint32_t t) { return InsideMatch(doc, matches, t); });
  std::vector<NameHit> chosen = Resolve(g, matches, out.adjectives);
  DropUnsupported(g, doc, out.adjectives, &matches, &chosen);
  std::vector<bool> dateline;
  out.places = Merge(g, doc, matches, chosen, &dateline);
  out.countries = RankCountries(out.places, dateline, out.adjectives);
  const std::string top = out.countries.empty() ? "" : out.countries[0];

  // The main location is the best non-country, else the most mentioned country.
  std::optional<size_t> best_place, best_country;
  for (size_t i = 0; i < out.places.size(); ++i) {
    TaggedPlace& p = out.places[i];
    p.score = Score(g, doc, p, dateline[i], top);
    auto& best = p.kind == TaggedPlace::kCountry ? best_country : best_place;
    if (!best || p.score > out.places[*best].score) best = i;
  }
  if (best_place) best_place = FinerPlace(out.places, *best_place);
  if (best_place && InPassing(doc, out.places, *best_place, dateline[*best_place])) {
    best_place.reset();
  }
  if (best_place) {
    out.main = best_place;
    out.precision = out.places[*best_place].precision;
    return out;
  }
  for (size_t i = 0; i < out.places.size() && !top.empty(); ++i) {
    if (out.places[i].kind == TaggedPlace::kCountry && out.places[i].country == top) {
      out.main = i;
      break;
    }
  }
  if (!out.main) out.main = best_country;
  out.precision = 0;
  return out;
}

}  // namespace newsloom
