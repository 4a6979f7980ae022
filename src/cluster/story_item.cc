#include "cluster/story_item.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "core/hash.h"
#include "extract/extractor.h"

namespace newsloom::cluster {
namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'j' ||
         c == 'h' || c == 'w';
}

// Folds the spellings transliteration schemes disagree on: zh/j/dzh, kh/h, w/v, c/k/q, x/ks.
std::string FoldConsonants(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (size_t i = 0; i < key.size(); ++i) {
    char c = key[i];
    char next = i + 1 < key.size() ? key[i + 1] : '\0';
    if ((c == 'z' || c == 'd') && next == 'h') {  // zh, dh -> j
      out.push_back('j');
      ++i;
      continue;
    }
    if ((c == 'k' || c == 'c' || c == 's' || c == 't' || c == 'g') && next == 'h') {
      out.push_back(c == 'c' ? 'k' : c);  // kh, ch -> k; sh -> s; th -> t; gh -> g
      ++i;
      continue;
    }
    if (c == 'w') c = 'v';
    if (c == 'c' || c == 'q') c = 'k';
    if (c == 'x') {
      out += "ks";
      continue;
    }
    out.push_back(c);
  }
  return out;
}

// Tokens overlapping [begin, end), as an index range into doc.tokens.
std::pair<size_t, size_t> TokensIn(const AnalyzedDocument& doc, uint32_t begin, uint32_t end) {
  auto lo = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), begin,
                             [](const Token& t, uint32_t b) { return t.end <= b; });
  auto hi = std::lower_bound(lo, doc.tokens.end(), end,
                             [](const Token& t, uint32_t e) { return t.begin < e; });
  return {static_cast<size_t>(lo - doc.tokens.begin()),
          static_cast<size_t>(hi - doc.tokens.begin())};
}

std::string TruncateUtf8(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return std::string(s.substr(0, n));
}

bool IsCased(Script s) {
  return s == Script::kLatin || s == Script::kCyrillic || s == Script::kGreek ||
         s == Script::kArmenian || s == Script::kGeorgian;
}

// The first sentence that reads like a sentence (>= 6 words), else the first one.
std::string LeadSentence(const AnalyzedDocument& doc, size_t max_bytes) {
  const Sentence* pick = nullptr;
  for (const Sentence& s : doc.sentences) {
    if (pick == nullptr) pick = &s;
    int words = 0;
    for (uint32_t t = s.first_token; t < s.first_token + s.token_count && t < doc.tokens.size();
         ++t) {
      if (doc.tokens[t].kind == TokenKind::kWord) ++words;
    }
    if (words >= 6) {
      pick = &s;
      break;
    }
  }
  if (pick == nullptr || pick->end > doc.text.size() || pick->begin > pick->end) return "";
  std::string_view text(doc.text);
  std::string lead = TruncateUtf8(text.substr(pick->begin, pick->end - pick->begin), max_bytes);
  while (!lead.empty() && (lead.back() == ' ' || lead.back() == '\n')) lead.pop_back();
  return lead;
}

void SortUnique(std::vector<uint64_t>* keys, size_t max_keys) {
  std::sort(keys->begin(), keys->end());
  keys->erase(std::unique(keys->begin(), keys->end()), keys->end());
  if (keys->size() > max_keys) keys->resize(max_keys);
}

void AddTextKeys(const AnalyzedDocument& doc, const ArticleFacts* facts,
                 const StoryItemOptions& options, StoryItem* item) {
  size_t seen = 0;
  for (size_t si = 0; si < doc.sentences.size() && seen < options.max_tokens; ++si) {
    if (facts != nullptr && si < facts->flags.background.size() && facts->flags.background[si]) {
      continue;  // history paragraphs name other events
    }
    const Sentence& s = doc.sentences[si];
    for (uint32_t t = s.first_token;
         t < s.first_token + s.token_count && t < doc.tokens.size() && seen < options.max_tokens;
         ++t) {
      const Token& tok = doc.tokens[t];
      if (tok.kind == TokenKind::kNumber) {
        std::string digits;
        for (char c : tok.lower) {
          if (c >= '0' && c <= '9') digits.push_back(c);
        }
        if (digits.size() >= 2 && digits.size() <= 6 && digits[0] != '0') {
          item->name_keys.push_back(NumberKey(digits));
        }
        continue;
      }
      if (tok.kind != TokenKind::kWord) continue;
      ++seen;
      if (tok.lower.size() >= 3 || tok.script == Script::kHan) {
        item->word_keys.push_back(WordKey(item->lang, tok.stem));
      }
      if (IsCased(tok.script) && (tok.capitalized || tok.all_caps)) {
        std::string skel = NameSkeleton(tok.latin_key);
        if (skel.size() >= 3) item->name_keys.push_back(NameKey(skel));
      }
    }
  }
}

void AddEntities(const AnalyzedDocument& doc, const std::vector<NamedEntity>& entities,
                 StoryItem* item) {
  for (const NamedEntity& e : entities) {
    if (e.source || e.mentions.empty()) continue;
    StoryEntity se;
    se.person = e.kind == NamedEntityKind::kPerson;
    se.name = e.display_name.empty() ? e.name : e.display_name;
    se.mentions = static_cast<int32_t>(e.mentions.size());
    if (!e.entity_id.empty()) {
      se.id = e.entity_id;
    } else {
      // The last word of the fullest mention: surnames and acronyms carry the identity.
      const TextSpan* longest = &e.mentions[0];
      for (const TextSpan& m : e.mentions) {
        if (m.end - m.begin > longest->end - longest->begin) longest = &m;
      }
      auto [lo, hi] = TokensIn(doc, longest->begin, longest->end);
      std::string skel;
      for (size_t t = hi; t > lo; --t) {
        if (doc.tokens[t - 1].kind == TokenKind::kWord) {
          skel = NameSkeleton(doc.tokens[t - 1].latin_key);
          break;
        }
      }
      if (skel.empty()) continue;
      se.id = "k:" + skel;
    }
    item->name_keys.push_back(EntityKey(se.id));
    auto same = std::find_if(item->entities.begin(), item->entities.end(),
                             [&](const StoryEntity& o) { return o.id == se.id; });
    if (same != item->entities.end()) {
      same->mentions += se.mentions;
    } else {
      item->entities.push_back(std::move(se));
    }
  }
}

void AddFacts(const AnalyzedDocument& doc, const ArticleFacts& facts, StoryItem* item) {
  AddEntities(doc, facts.persons, item);
  AddEntities(doc, facts.organizations, item);
  std::stable_sort(item->entities.begin(), item->entities.end(),
                   [](const StoryEntity& a, const StoryEntity& b) {
                     if (a.mentions != b.mentions) return a.mentions > b.mentions;
                     return a.id < b.id;
                   });
  for (const TaggedPlace& p : facts.geo.places) {
    if (p.kind == TaggedPlace::kPlace && p.geonameid != 0) {
      item->geonameids.push_back(p.geonameid);
      item->name_keys.push_back(PlaceKey(p.geonameid));
    }
  }
  std::sort(item->geonameids.begin(), item->geonameids.end());
  item->geonameids.erase(std::unique(item->geonameids.begin(), item->geonameids.end()),
                         item->geonameids.end());
  item->countries = facts.geo.countries;
  for (const std::string& c : item->countries) item->name_keys.push_back(EntityKey("c:" + c));
  if (facts.geo.main && *facts.geo.main < facts.geo.places.size()) {
    const TaggedPlace& main = facts.geo.places[*facts.geo.main];
    item->main_country = main.country;
    item->main_place = main.name;
    if (main.kind == TaggedPlace::kPlace) item->main_geonameid = main.geonameid;
  } else if (!facts.geo.countries.empty()) {
    item->main_country = facts.geo.countries[0];
  }
  SetEventFacts(facts, item);
}

}  // namespace

void SetEventFacts(const ArticleFacts& facts, StoryItem* item) {
  item->event_type.clear();
  item->event_date.reset();
  item->figures.clear();
  for (const EventRecord& e : facts.events) {
    if (e.background) continue;
    item->event_type = e.type;
    item->event_date = e.date;
    break;
  }
  for (const Figure& f : facts.figures) {
    if (f.background) continue;
    item->figures.push_back(StoryFigure{f.kind, f.actor, f.value, f.approx});
  }
}

std::string NameSkeleton(std::string_view latin_key) {
  if (latin_key.size() < 3) return "";
  std::string folded = FoldConsonants(latin_key);
  std::string out;
  out.push_back(folded[0] == 'y' ? 'i' : folded[0]);
  for (size_t i = 1; i < folded.size(); ++i) {
    char c = folded[i];
    if (IsVowel(c)) continue;
    if (!out.empty() && out.back() == c) continue;  // doubled letters
    out.push_back(c);
  }
  return out;
}

uint64_t WordKey(std::string_view lang, std::string_view stem) {
  return Hash64(stem, Hash64(lang, 0x776f7264));  // "word"
}
uint64_t NameKey(std::string_view skeleton) { return Hash64(skeleton, 0x6e616d65); }
uint64_t NumberKey(std::string_view digits) { return Hash64(digits, 0x6e756d62); }
uint64_t EntityKey(std::string_view entity_id) { return Hash64(entity_id, 0x656e7469); }
uint64_t PlaceKey(int64_t geonameid) {
  return Mix64(static_cast<uint64_t>(geonameid) ^ 0x706c616365000000ULL);
}

StoryItem MakeStoryItem(const std::string& article_id, const std::optional<FuzzyDate>& published,
                        const std::string& title, const AnalyzedDocument& doc,
                        const ArticleFacts* facts, const StoryItemOptions& options) {
  StoryItem item;
  item.article_id = article_id;
  item.published = published;
  item.lang = doc.lang;
  item.title = TruncateUtf8(title, 4 * options.max_lead_bytes);
  item.lead = LeadSentence(doc, options.max_lead_bytes);
  if (facts != nullptr) AddFacts(doc, *facts, &item);
  AddTextKeys(doc, facts, options, &item);
  SortUnique(&item.word_keys, options.max_keys);
  SortUnique(&item.name_keys, options.max_keys);
  return item;
}

}  // namespace newsloom::cluster
