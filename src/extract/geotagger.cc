#include "extract/geotagger.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <span>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "resources/name_key.h"

namespace newsloom {
namespace {

constexpr int kMaxSpanWords = 3;
constexpr int kMaxHanChars = 6;
constexpr size_t kDatelineWindow = 80;  // bytes after a leading name searched for "(...)"
// A name found only after stripping an ending must name a country, a subdivision or a place
// at least this large ("Monday" -> "Monda" is a village; "Бишкеке" -> "Бишкек" is not).
constexpr uint32_t kMinInflectedPopulation = 50000;

// A name found in the text: bytes [begin, end) and what the gazetteer knows under its key.
struct Match {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t first_token = 0;
  std::span<const NameHit> hits;
};

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Forms of a lower-cased word without a possessive or case ending, most specific first.
std::vector<std::string> StrippedForms(const std::string& lower) {
  std::vector<std::string> out;
  for (std::string_view apostrophe : {"'", "\xE2\x80\x99"}) {  // ' and U+2019
    size_t pos = lower.find(apostrophe);
    if (pos != std::string::npos && pos > 0) out.push_back(lower.substr(0, pos));
  }
  static constexpr std::string_view kCyrillic[] = {"ом", "ем", "ой", "ею", "е",
                                                   "а",  "у",  "ы",  "и",  "ю"};
  static constexpr std::string_view kLatin[] = {"ie", "u", "e", "a", "s", "y", "i"};
  auto strip = [&](std::span<const std::string_view> endings, std::string_view feminine) {
    for (std::string_view ending : endings) {
      if (!EndsWith(lower, ending)) continue;
      std::string base = lower.substr(0, lower.size() - ending.size());
      if (CodePoints(base) < 3) continue;
      out.push_back(base);
      out.push_back(base + std::string(feminine));
    }
  };
  strip(kCyrillic, "а");
  strip(kLatin, "a");
  return out;
}

bool GapJoinsWords(std::string_view gap) {
  if (gap.empty() || gap.size() > 3) return false;
  return std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '-'; });
}

bool SignificantHit(const Gazetteer& g, std::span<const NameHit> hits) {
  return std::any_of(hits.begin(), hits.end(), [&](const NameHit& h) {
    return h.kind != EntityKind::kPlace || g.place(h.index).population >= kMinInflectedPopulation;
  });
}

bool StartsName(const Token& t) {
  return t.kind == TokenKind::kWord && (t.capitalized || t.script == Script::kArabic);
}

class Finder {
 public:
  Finder(const Gazetteer& g, const AnalyzedDocument& doc) : g_(g), doc_(doc) {
    for (const Sentence& s : doc.sentences) {
      for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
        if (i < doc.tokens.size() && doc.tokens[i].kind == TokenKind::kWord) {
          sentence_initial_.insert(i);
          break;
        }
      }
    }
    for (const Token& t : doc.tokens) {
      if (t.kind == TokenKind::kWord && !t.capitalized) lowercase_words_.insert(t.lower);
    }
  }

  std::vector<Match> Find() {
    std::vector<Match> out;
    const auto& toks = doc_.tokens;
    for (uint32_t i = 0; i < toks.size();) {
      if (toks[i].kind == TokenKind::kWord && toks[i].script == Script::kHan) {
        i = ScanHan(i, &out);
        continue;
      }
      uint32_t last = i;
      if (StartsName(toks[i]) && TryWords(i, &out, &last)) {
        i = last + 1;
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  // Tries spans of kMaxSpanWords..1 words starting at token `i`; on a hit appends it.
  bool TryWords(uint32_t i, std::vector<Match>* out, uint32_t* last) {
    const auto& toks = doc_.tokens;
    std::vector<uint32_t> words = {i};
    while (words.size() < kMaxSpanWords) {
      uint32_t j = words.back() + 1;
      if (j >= toks.size() || toks[j].kind != TokenKind::kWord) break;
      std::string_view gap(doc_.text.data() + toks[words.back()].end,
                           toks[j].begin - toks[words.back()].end);
      if (!GapJoinsWords(gap)) break;
      words.push_back(j);
    }
    for (size_t n = words.size(); n >= 1; --n) {
      const Token& end_tok = toks[words[n - 1]];
      if (!StartsName(end_tok)) continue;
      if (n == 1 && CodePoints(toks[i].lower) < 3) continue;
      if (n == 1 && sentence_initial_.count(i) && lowercase_words_.count(toks[i].lower)) continue;
      std::string prefix;
      for (size_t k = 0; k + 1 < n; ++k) prefix += toks[words[k]].lower + " ";
      std::span<const NameHit> hits = g_.Lookup(NormalizeNameKey(prefix + end_tok.lower));
      if (hits.empty() && !sentence_initial_.count(i)) {  // "Some" is not "Soma"
        for (const std::string& form : StrippedForms(end_tok.lower)) {
          hits = g_.Lookup(NormalizeNameKey(prefix + form));
          if (SignificantHit(g_, hits)) break;
          hits = {};
        }
      }
      if (hits.empty()) continue;
      if (n == 1 && hits[0].kind != EntityKind::kCountry && LooksLikeOtherName(i, words)) {
        continue;
      }
      out->push_back({toks[i].begin, end_tok.end, i, hits});
      *last = words[n - 1];
      return true;
    }
    return false;
  }

  // True when the one-word place name at token `i` is more likely part of another name: a
  // short acronym ("TASS", "OSSE") not opening the text, or a first name followed by an
  // unknown capitalized word ("Vladimir Voronin", "VLADIMIR VORONIN"). `words` are the words
  // TryWords joined from `i` (the longer spans already missed).
  bool LooksLikeOtherName(uint32_t i, const std::vector<uint32_t>& words) const {
    const auto& toks = doc_.tokens;
    if (toks[i].all_caps && CodePoints(toks[i].lower) <= 4 && i != 0) return true;
    if (words.size() < 2) return false;
    const Token& next = toks[words[1]];
    bool cased = next.script == Script::kLatin || next.script == Script::kCyrillic;
    return cased && next.capitalized && (!next.all_caps || toks[i].all_caps) &&
           next.begin == toks[i].end + 1 && doc_.text[toks[i].end] == ' ' &&
           g_.Lookup(NormalizeNameKey(next.lower)).empty();
  }

  // Scans the run of adjacent Han tokens starting at `i` for names of 2..kMaxHanChars
  // characters, longest first; returns the token after the run.
  uint32_t ScanHan(uint32_t i, std::vector<Match>* out) {
    const auto& toks = doc_.tokens;
    uint32_t j = i + 1;
    while (j < toks.size() && toks[j].script == Script::kHan && toks[j].begin == toks[j - 1].end)
      ++j;
    uint32_t begin = toks[i].begin, end = toks[j - 1].end;
    std::vector<uint32_t> starts;  // byte offsets of the run's code points, plus `end`
    for (uint32_t b = begin; b < end; ++b) {
      if ((static_cast<unsigned char>(doc_.text[b]) & 0xC0) != 0x80) starts.push_back(b);
    }
    starts.push_back(end);
    const size_t chars = starts.size() - 1;
    for (size_t p = 0; p < chars;) {
      size_t taken = 1;
      for (size_t len = std::min<size_t>(kMaxHanChars, chars - p); len >= 2; --len) {
        std::string_view sub(doc_.text.data() + starts[p], starts[p + len] - starts[p]);
        std::span<const NameHit> hits = g_.LookupName(sub);
        if (hits.empty()) continue;
        out->push_back({starts[p], starts[p + len], i, hits});
        taken = len;
        break;
      }
      p += taken;
    }
    return j;
  }

  const Gazetteer& g_;
  const AnalyzedDocument& doc_;
  std::unordered_set<uint32_t> sentence_initial_;
  std::unordered_set<std::string> lowercase_words_;
};

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

// Prior of a non-country reading: mentioned country, capital, population.
double HitPrior(const Gazetteer& g, const NameHit& h, const std::map<std::string, int>& mentioned) {
  double s = 0;
  auto it = mentioned.find(HitCountry(g, h));
  if (it != mentioned.end()) s += 10 + std::min(it->second, 5);
  if (h.kind == EntityKind::kSubdivision) return s + 4.5;  // ~ a town of 30k people
  const PlaceRecord& p = g.place(h.index);
  std::string_view code(p.feature_code, strnlen(p.feature_code, sizeof(p.feature_code)));
  s += std::log10(p.population + 1.0);
  if (code == "PPLC") s += 3;
  if (code.substr(0, 4) == "PPLA") s += 0.5;
  return s;
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
      break;
    case EntityKind::kPlace: {
      const PlaceRecord& p = g.place(h.index);
      t.kind = TaggedPlace::kPlace;
      t.name = std::string(g.str(p.name));
      t.geonameid = p.geonameid;
      t.lat = Gazetteer::Degrees(p.lat_e5);
      t.lon = Gazetteer::Degrees(p.lon_e5);
      break;
    }
  }
  return t;
}

// True when the match opens the text like a news dateline: "BISHKEK (Reuters) —",
// "Almaty, 6 jan (ANP) -".
bool IsDateline(const AnalyzedDocument& doc, const Match& m) {
  if (m.first_token != 0 || doc.tokens.empty()) return false;
  std::string_view after = std::string_view(doc.text).substr(m.end, kDatelineWindow);
  size_t k = after.find_first_not_of(' ');
  if (k == std::string_view::npos) return false;
  char c = after[k];
  bool opener = c == ',' || c == '(' || c == '-' || after.substr(k).starts_with("\xE2\x80");
  if (!opener) return false;
  return doc.tokens[0].all_caps || after.find(')') != std::string_view::npos;
}

size_t SentenceOf(const AnalyzedDocument& doc, uint32_t offset) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), offset,
                             [](uint32_t o, const Sentence& s) { return o < s.begin; });
  return it == doc.sentences.begin() ? 0 : static_cast<size_t>(it - doc.sentences.begin() - 1);
}

// Pass 1: names of countries are those countries; pass 2: the other names are read in the
// light of the countries mentioned. Returns the chosen hit of every match.
std::vector<NameHit> Resolve(const Gazetteer& g, const std::vector<Match>& matches) {
  std::map<std::string, int> mentioned;
  std::vector<NameHit> chosen(matches.size());
  std::vector<bool> resolved(matches.size(), false);
  for (size_t i = 0; i < matches.size(); ++i) {
    if (matches[i].hits[0].kind != EntityKind::kCountry) continue;
    chosen[i] = matches[i].hits[0];
    resolved[i] = true;
    ++mentioned[HitCountry(g, chosen[i])];
  }
  for (size_t i = 0; i < matches.size(); ++i) {
    if (resolved[i]) continue;
    double best = -1;
    for (const NameHit& h : matches[i].hits) {
      double s = HitPrior(g, h, mentioned);
      if (s > best) best = s, chosen[i] = h;
    }
  }
  return chosen;
}

// Merges the matches into one TaggedPlace per entity, in order of first mention; sets
// (*dateline)[k] for the entity named by a dateline.
std::vector<TaggedPlace> Merge(const Gazetteer& g, const AnalyzedDocument& doc,
                               const std::vector<Match>& matches,
                               const std::vector<NameHit>& chosen, std::vector<bool>* dateline) {
  std::vector<TaggedPlace> places;
  std::map<std::pair<int, uint32_t>, size_t> index;  // (kind, record) -> places index
  for (size_t i = 0; i < matches.size(); ++i) {
    auto key = std::make_pair(static_cast<int>(chosen[i].kind), chosen[i].index);
    auto [it, added] = index.emplace(key, places.size());
    if (added) {
      places.push_back(MakeTagged(g, chosen[i]));
      dateline->push_back(false);
    }
    const Match& m = matches[i];
    places[it->second].mentions.push_back(
        {m.begin, m.end, doc.text.substr(m.begin, m.end - m.begin)});
    if (i == 0 && IsDateline(doc, m)) (*dateline)[it->second] = true;
  }
  return places;
}

// Countries by weight: own mentions count 1, mentions of places in them 0.5, a dateline 2.
std::vector<std::string> RankCountries(const std::vector<TaggedPlace>& places,
                                       const std::vector<bool>& dateline) {
  std::map<std::string, double> weight;
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
  if (first_sentence == 0) s += 1.0;
  if (!doc.sentences.empty() && doc.sentences[first_sentence].paragraph == 0) s += 1.5;
  if (dateline) s += 10;
  if (p.kind == TaggedPlace::kCountry) return s;
  if (p.country == top) s += 2;
  if (p.kind == TaggedPlace::kSubdivision) s -= 0.5;
  if (p.kind == TaggedPlace::kPlace) s += std::log10(g.place(p.record).population + 1.0) / 10;
  return s;
}

}  // namespace

Geotag Geotagger::Tag(const AnalyzedDocument& doc) const {
  const Gazetteer& g = *gazetteer_;
  std::vector<Match> matches = Finder(g, doc).Find();
  std::vector<NameHit> chosen = Resolve(g, matches);
  Geotag out;
  std::vector<bool> dateline;
  out.places = Merge(g, doc, matches, chosen, &dateline);
  out.countries = RankCountries(out.places, dateline);
  const std::string top = out.countries.empty() ? "" : out.countries[0];

  // The main location is the best non-country, else the most mentioned country.
  std::optional<size_t> best_place, best_country;
  for (size_t i = 0; i < out.places.size(); ++i) {
    TaggedPlace& p = out.places[i];
    p.score = Score(g, doc, p, dateline[i], top);
    auto& best = p.kind == TaggedPlace::kCountry ? best_country : best_place;
    if (!best || p.score > out.places[*best].score) best = i;
  }
  if (best_place) {
    out.main = best_place;
    out.precision = out.places[*best_place].kind == TaggedPlace::kPlace ? 1 : 3;
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
