#include "link/entity_table.h"

#include <algorithm>

#include "core/hash.h"
#include "core/strings.h"
#include "link/name_folding.h"

namespace newsloom::link {
namespace {

size_t KindIndex(NamedEntityKind kind) { return kind == NamedEntityKind::kPerson ? 0 : 1; }

uint8_t WritingBit(Writing w) { return static_cast<uint8_t>(1u << static_cast<unsigned>(w)); }

constexpr std::string_view kAbjadKeyPrefix = "a:";
constexpr std::string_view kHanKeyPrefix = "h:";

// True when `a` should be preferred over `b` among equally good candidates.
bool MoreMentioned(const Entity& a, const Entity& b) {
  if (a.mention_count != b.mention_count) return a.mention_count > b.mention_count;
  return a.id < b.id;
}

uint8_t TraitsOf(const StoredEntityVariant& v) {
  const bool ascii = std::all_of(v.text.begin(), v.text.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  return (v.script == "Latn" ? Entity::kLatin : 0) |
         (v.text.find(' ') != std::string::npos ? Entity::kSpace : 0) |
         (ascii ? Entity::kAscii : 0);
}

// Recomputes e's variant traits should they not match its variants one for one.
void SyncTraits(Entity* e) {
  if (e->variant_traits.size() == e->variants.size()) return;
  e->variant_traits.clear();
  for (const StoredEntityVariant& v : e->variants) e->variant_traits.push_back(TraitsOf(v));
}

// Patronymics ("sergeevich", "sergeevna", "uli", "kizi", "ogli") are shared by siblings, so
// they never identify a person.
bool IsPatronymic(std::string_view t) {
  for (std::string_view suffix : {"vich", "vna", "ich", "uli", "kizi", "ogli"}) {
    if (t.size() > suffix.size() && t.substr(t.size() - suffix.size()) == suffix) return true;
  }
  return false;
}

// True when the first given name of `b` is compatible with a later given name of `a` (not a
// patronymic; no initials): `a` has a name or a stray word before it.
bool StartsWithLaterGivenName(const std::vector<std::string>& a,
                              const std::vector<std::string>& b) {
  if (a.size() < 2) return false;  // no later given name (checked first: it is cheapest)
  const std::string& first = b[0];
  if (first.size() < 3 || IsPatronymic(first)) return false;
  for (size_t k = 1; k < a.size(); ++k) {
    if (a[k].size() >= 3 && GivenNamesCompatible(a[k], first)) return true;
  }
  return false;
}

// FullNameScore, with what it needs beyond `e` and `p` computed by the caller (once per name
// in MatchFullName, not once per candidate): e_skeleton = SurnameSkeleton(e.surname),
// p_skeleton = SurnameSkeleton(p.surname), p_first = StripSlavicCase(p.tokens.front()). These
// are pure functions of their arguments, so the score is the same as computing them here.
int Score(const Entity& e, std::string_view e_skeleton, const ParsedName& p,
          std::string_view p_skeleton, std::string_view p_first) {
  if (e.kind != NamedEntityKind::kPerson || e.given.empty() || p.given.empty()) return 0;
  if (e.key == p.key) return 4;
  if (e.surname == p.surname) {
    if (e.given[0] == p.given[0]) return 3;
    if (GivenNamesCompatible(e.given[0], p.given[0])) return 2;
    // One name leaves out the other's first given name: "Tayyip Erdoğan" ~ "Recep Tayyip
    // Erdoğan".
    return StartsWithLaterGivenName(e.given, p.given) || StartsWithLaterGivenName(p.given, e.given)
               ? 2
               : 0;
  }
  // A near spelling of the surname, with the same first given name.
  if (e.given[0] == p.given[0] && e.surname.size() >= 4 && e_skeleton == p_skeleton &&
      JaroWinkler(e.surname, p.surname) >= 0.9) {
    return 1;
  }
  // Surname first, as Russian lists and some bylines write it.
  if (p_first == e.surname && GivenNamesCompatible(e.given[0], p.tokens.back())) return 1;
  return 0;
}

}  // namespace

std::string_view KindName(NamedEntityKind kind) {
  return kind == NamedEntityKind::kPerson ? "person" : "organization";
}

std::optional<NamedEntityKind> KindFromName(std::string_view name) {
  if (name == "person") return NamedEntityKind::kPerson;
  if (name == "organization") return NamedEntityKind::kOrganization;
  return std::nullopt;
}

int FullNameScore(const Entity& e, const ParsedName& p) {
  if (e.kind != NamedEntityKind::kPerson || e.given.empty() || p.given.empty()) return 0;
  return Score(e, SurnameSkeleton(e.surname), p, SurnameSkeleton(p.surname),
               StripSlavicCase(p.tokens.front()));
}

std::string SurnameSkeleton(std::string_view surname) {
  std::string out;
  for (char c : surname) {
    if (c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u' && c != 'y') out.push_back(c);
  }
  return out;
}

std::optional<size_t> EntityTable::FindId(std::string_view id) const {
  auto it = by_id_.find(AbslView(id));
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

std::optional<size_t> EntityTable::FindKey(NamedEntityKind kind, std::string_view key) const {
  const auto& index = by_key_[KindIndex(kind)];
  auto it = index.find(AbslView(key));
  if (it == index.end()) return std::nullopt;
  return it->second;
}

std::optional<size_t> EntityTable::MatchFullName(const ParsedName& p) const {
  if (p.given.empty()) return std::nullopt;
  const std::string first = StripSlavicCase(p.tokens.front());
  const std::string skeleton = SurnameSkeleton(p.surname);
  std::optional<size_t> best;
  int best_score = 0;
  // The best is the maximum of a strict total order (score, mentions, then id, which is
  // unique), so the order in which candidates are met does not matter.
  auto consider = [&](size_t i) {
    const Entity& e = *entities_[i];
    const int score = Score(e, e.skeleton, p, skeleton, first);
    if (score == 0) return;
    if (!best || score > best_score ||
        (score == best_score && MoreMentioned(e, *entities_[*best]))) {
      best = i;
      best_score = score;
    }
  };
  auto it = by_surname_.find(p.surname);
  if (it != by_surname_.end()) {
    for (size_t i : it->second) consider(i);
  }
  if (first != p.surname) {
    it = by_surname_.find(first);
    if (it != by_surname_.end()) {
      for (size_t i : it->second) consider(i);
    }
  }
  // Near spellings: the persons of the other surnames with this skeleton (the persons of
  // p.surname and `first` were met above; meeting them again could not change the maximum).
  auto near = by_skeleton_.find(skeleton);
  if (near != by_skeleton_.end()) {
    for (const std::string& surname : near->second) {
      if (surname == p.surname || surname == first) continue;
      it = by_surname_.find(surname);
      if (it == by_surname_.end()) continue;
      for (size_t i : it->second) consider(i);
    }
  }
  return best;
}

std::optional<size_t> EntityTable::MostMentionedWithSurname(std::string_view surname) const {
  auto it = by_surname_.find(AbslView(surname));
  if (it == by_surname_.end()) return std::nullopt;
  std::optional<size_t> best;
  for (size_t i : it->second) {
    if (!best || MoreMentioned(*entities_[i], *entities_[*best])) best = i;
  }
  return best;
}

std::optional<size_t> EntityTable::MatchAcrossWritings(const ParsedName& p) const {
  const uint8_t alphabet = WritingBit(Writing::kAlphabet);
  std::optional<size_t> best;
  // Persons under `key` with a name in `want` (and, for an alphabet name, none in an
  // alphabet: those it would have matched by spelling).
  auto consider = [&](std::string_view prefix, const std::string& key, uint8_t want) {
    if (key.empty()) return;
    auto it = by_sound_.find(std::string(prefix) + key);
    if (it == by_sound_.end()) return;
    for (size_t i : it->second) {
      const Entity& e = *entities_[i];
      if ((e.writings & want) == 0) continue;
      if (p.writing == Writing::kAlphabet && (e.writings & alphabet) != 0) continue;
      if (!best || MoreMentioned(e, *entities_[*best])) best = i;
    }
  };
  switch (p.writing) {
    case Writing::kAbjad:
      consider(kAbjadKeyPrefix, p.abjad_key, alphabet);
      break;
    case Writing::kHan:  // a full name by its given name too; a surname alone by surname
      consider(kHanKeyPrefix, p.han_full_key.empty() ? p.han_key : p.han_full_key, alphabet);
      break;
    case Writing::kAlphabet:
      if (p.given.empty()) break;  // a bare surname in an alphabet: too little to go on
      consider(kAbjadKeyPrefix, p.abjad_key, WritingBit(Writing::kAbjad));
      // A person named so far in Chinese characters with the same given name, or by surname
      // alone.
      consider(kHanKeyPrefix, p.han_full_key, WritingBit(Writing::kHan));
      consider(kHanKeyPrefix, p.han_key, WritingBit(Writing::kHan));
      break;
  }
  return best;
}

void EntityTable::NoteName(size_t i, const ParsedName& p) {
  Entity& e = *entities_[i];
  if (e.kind != NamedEntityKind::kPerson) return;
  const uint8_t bit = WritingBit(p.writing);
  if (p.writing == Writing::kAlphabet && !p.given.empty() && e.writings != 0 &&
      (e.writings & bit) == 0) {
    Rekey(i, p);
  }
  IndexName(i, p);
}

void EntityTable::IndexName(size_t i, const ParsedName& p) {
  Entity& e = *entities_[i];
  e.writings |= WritingBit(p.writing);
  auto index = [&](std::string_view prefix, const std::string& key) {
    if (key.empty()) return;
    for (const std::string& k : e.sound_keys) {  // known already: nothing to build
      if (k.size() == prefix.size() + key.size() && k.compare(0, prefix.size(), prefix) == 0 &&
          k.compare(prefix.size(), key.size(), key) == 0) {
        return;
      }
    }
    std::string k = std::string(prefix) + key;
    by_sound_[k].push_back(i);
    e.sound_keys.push_back(std::move(k));
  };
  index(kAbjadKeyPrefix, p.abjad_key);
  // A name in an alphabet is found by a Chinese full name with the same given name and by a
  // Chinese surname alone; a Chinese full name only by names with the same given name.
  index(kHanKeyPrefix, p.han_full_key);
  if (p.writing == Writing::kAlphabet || p.han_full_key.empty()) index(kHanKeyPrefix, p.han_key);
}

void EntityTable::Rekey(size_t i, const ParsedName& p) {
  Entity& e = *entities_[i];
  if (p.key.empty() || p.key == e.key || by_key_[KindIndex(e.kind)].contains(p.key)) return;
  auto& keys = by_key_[KindIndex(e.kind)];
  if (auto it = keys.find(e.key); it != keys.end() && it->second == i) keys.erase(it);
  if (auto it = by_surname_.find(e.surname); it != by_surname_.end()) {
    std::vector<size_t>& persons = it->second;
    persons.erase(std::remove(persons.begin(), persons.end(), i), persons.end());
    if (persons.empty()) by_surname_.erase(it);
  }
  e.key = p.key;
  e.surname = p.surname;
  e.given = p.given;
  e.skeleton = SurnameSkeleton(e.surname);
  keys.emplace(e.key, i);
  IndexSurname(e, i);
  if (!e.dirty) dirty_.push_back(i);
  e.dirty = true;
}

std::optional<size_t> EntityTable::MostMentionedWithAcronym(std::string_view acronym) const {
  auto it = by_acronym_.find(AbslView(acronym));
  if (it == by_acronym_.end()) return std::nullopt;
  std::optional<size_t> best;
  for (size_t i : it->second) {
    if (!best || MoreMentioned(*entities_[i], *entities_[*best])) best = i;
  }
  return best;
}

size_t EntityTable::Add(std::unique_ptr<Entity> e) {
  const size_t i = entities_.size();
  by_id_.emplace(e->id, i);
  by_key_[KindIndex(e->kind)].emplace(e->key, i);
  if (e->kind == NamedEntityKind::kPerson) e->skeleton = SurnameSkeleton(e->surname);
  if (e->kind == NamedEntityKind::kPerson && !e->given.empty()) {
    IndexSurname(*e, i);
  }
  std::vector<std::string> acronyms = std::move(e->acronyms);
  entities_.push_back(std::move(e));
  for (const std::string& a : acronyms) AddAcronym(i, a);
  return i;
}

void EntityTable::IndexSurname(const Entity& e, size_t i) {
  std::vector<size_t>& persons = by_surname_[e.surname];
  if (persons.empty()) by_skeleton_[e.skeleton].push_back(e.surname);  // a new surname
  persons.push_back(i);
}

void EntityTable::GiveFullName(size_t i, const ParsedName& p) {
  Entity& e = *entities_[i];
  if (e.kind != NamedEntityKind::kPerson || !e.given.empty() || p.given.empty()) return;
  e.given = p.given;
  IndexSurname(e, i);
  if (!e.dirty) dirty_.push_back(i);
  e.dirty = true;
}

void EntityTable::AddAcronym(size_t i, const std::string& acronym) {
  Entity& e = *entities_[i];
  if (acronym.empty() || e.kind != NamedEntityKind::kOrganization) return;
  if (std::find(e.acronyms.begin(), e.acronyms.end(), acronym) != e.acronyms.end()) return;
  e.acronyms.push_back(acronym);
  by_acronym_[acronym].push_back(i);
}

size_t EntityTable::Create(NamedEntityKind kind, const ParsedName& p) {
  auto e = std::make_unique<Entity>();
  const std::string prefix(kind == NamedEntityKind::kPerson ? "p:" : "o:");
  e->id = prefix + HexHash64(Hash64(p.key));
  for (uint64_t seed = 1; by_id_.contains(e->id); ++seed) {
    e->id = prefix + HexHash64(Hash64(p.key, seed));
  }
  e->kind = kind;
  e->key = p.key;
  e->surname = p.surname;
  e->given = p.given;
  e->is_acronym = p.is_acronym;
  if (kind == NamedEntityKind::kOrganization && !p.is_acronym && !p.acronym.empty()) {
    e->acronyms.push_back(p.acronym);
  }
  e->dirty = true;
  const size_t i = Add(std::move(e));
  dirty_.push_back(i);
  return i;
}

void EntityTable::Insert(const StoredEntity& stored, const std::vector<ParsedName>& parsed) {
  if (by_id_.contains(stored.id)) return;
  auto e = std::make_unique<Entity>();
  e->id = stored.id;
  e->kind = KindFromName(stored.kind).value_or(NamedEntityKind::kPerson);
  e->key = stored.key;
  if (e->kind == NamedEntityKind::kPerson) {
    for (std::string_view t : SplitView(stored.key, ' ')) {
      if (!t.empty()) e->given.emplace_back(t);
    }
    if (!e->given.empty()) {
      e->surname = std::move(e->given.back());
      e->given.pop_back();
    }
    if (e->given.empty()) {  // a bare surname; maybe since seen with its given names
      for (const ParsedName& p : parsed) {
        if (!p.given.empty() && p.surname == e->surname) {
          e->given = p.given;
          break;
        }
      }
    }
  } else {
    for (const ParsedName& p : parsed) {
      if (p.is_acronym && p.key == stored.key) e->is_acronym = true;
      if (!p.is_acronym && !p.acronym.empty()) e->acronyms.push_back(p.acronym);
    }
  }
  e->display_name = stored.display_name;
  e->mention_count = stored.mention_count;
  e->article_count = stored.article_count;
  e->first_seen = stored.first_seen;
  e->last_seen = stored.last_seen;
  e->variants = stored.variants;
  for (size_t v = 0; v < e->variants.size(); ++v) e->variant_index.emplace(e->variants[v].text, v);
  SyncTraits(e.get());
  const bool person = e->kind == NamedEntityKind::kPerson;
  const size_t i = Add(std::move(e));
  if (person) {
    for (const ParsedName& p : parsed) IndexName(i, p);
  }
}

void EntityTable::Apply(const StoredEntityLink& link, int sign, bool new_article) {
  std::optional<size_t> found = FindId(link.entity_id);
  if (found) ApplyTo(*found, link, sign, new_article);
}

std::optional<size_t> EntityTable::FindOrAddVariant(Entity* e, std::string_view text, bool add) {
  auto it = e->variant_index.find(AbslView(text));
  if (it != e->variant_index.end()) return it->second;
  if (!add || e->variants.size() >= max_variants_) return std::nullopt;
  SyncTraits(e);
  const int64_t seq = e->variants.empty() ? 1 : e->variants.back().seq + 1;
  const size_t v = e->variants.size();
  e->variant_index.emplace(std::string(text), v);
  e->variants.push_back({std::string(text), ScriptOf(text), 0, 0, seq});
  e->variant_traits.push_back(TraitsOf(e->variants.back()));
  return v;
}

void EntityTable::ApplyTo(size_t i, const StoredEntityLink& link, int sign, bool new_article) {
  Entity& e = *entities_[i];
  const bool add = sign >= 0;  // removing never lists a new spelling
  e.mention_count = std::max<int64_t>(0, e.mention_count + sign * link.mentions);
  if (new_article) e.article_count = std::max<int64_t>(0, e.article_count + sign);
  for (const auto& [text, count] : link.variants) {
    if (std::optional<size_t> v = FindOrAddVariant(&e, text, add)) {
      e.variants[*v].count = std::max<int64_t>(0, e.variants[*v].count + sign * count);
    }
  }
  if (!link.name.empty()) {
    if (std::optional<size_t> v = FindOrAddVariant(&e, link.name, add)) {
      e.variants[*v].name_count = std::max<int64_t>(0, e.variants[*v].name_count + sign);
    }
  }
  if (sign > 0 && !link.published.empty()) {
    if (e.first_seen.empty() || link.published < e.first_seen) e.first_seen = link.published;
    if (e.last_seen.empty() || link.published > e.last_seen) e.last_seen = link.published;
  }
  if (!e.dirty) dirty_.push_back(i);
  e.dirty = true;
  if (RefreshDisplayName(&e) && !e.renamed) {
    e.renamed = true;
    renamed_.push_back(i);
  }
}

bool EntityTable::RefreshDisplayName(Entity* e) const {
  // A person known by full name displays a full name, even if its bare surname was once all
  // it had ("Atambajev" before "Almazbek Atambajev"). Tiers, best first: (full names with a
  // space, for such a person:) Latin full name, full name in another script, then Latin mention
  // spelling, other mention spelling; within a tier the highest count, then a spelling in
  // plain ASCII (an equal count of "Vitali Klitschko" and the Polish instrumental "Witalijem
  // Kliczką" displays the first), then the earliest seq (variants are in seq order).
  SyncTraits(e);
  const bool full = e->kind == NamedEntityKind::kPerson && !e->given.empty();
  const StoredEntityVariant* best = nullptr;
  int best_tier = -1;
  int64_t best_n = 0;
  bool best_ascii = false;
  for (size_t k = 0; k < e->variants.size(); ++k) {
    const StoredEntityVariant& v = e->variants[k];
    const uint8_t traits = e->variant_traits[k];
    const bool latin = (traits & Entity::kLatin) != 0;
    int tier;
    if (v.name_count > 0) {
      tier = latin ? 3 : 2;
      if (full && (traits & Entity::kSpace) != 0) tier += 2;
    } else if (v.count > 0) {
      tier = latin ? 1 : 0;
    } else {
      continue;
    }
    const int64_t n = tier >= 2 ? v.name_count : v.count;
    const bool ascii = (traits & Entity::kAscii) != 0;
    if (best == nullptr || tier > best_tier ||
        (tier == best_tier && (n > best_n || (n == best_n && ascii && !best_ascii)))) {
      best = &v;
      best_tier = tier;
      best_n = n;
      best_ascii = ascii;
    }
  }
  if (best == nullptr || e->display_name == best->text) return false;
  const bool renamed = !e->display_name.empty();
  e->display_name = best->text;
  return renamed;
}

std::vector<size_t> EntityTable::TakeFlagged(std::vector<size_t>* list, bool Entity::*flag) {
  std::vector<size_t> out;
  out.swap(*list);
  std::sort(out.begin(), out.end());
  for (size_t i : out) (*entities_[i]).*flag = false;
  return out;
}

std::vector<size_t> EntityTable::TakeDirty() { return TakeFlagged(&dirty_, &Entity::dirty); }

std::vector<size_t> EntityTable::TakeRenamed() { return TakeFlagged(&renamed_, &Entity::renamed); }

StoredEntity EntityTable::ToStored(const Entity& e) const {
  StoredEntity s;
  s.id = e.id;
  s.kind = std::string(KindName(e.kind));
  s.key = e.key;
  s.display_name = e.display_name;
  s.mention_count = e.mention_count;
  s.article_count = e.article_count;
  s.first_seen = e.first_seen;
  s.last_seen = e.last_seen;
  s.variants = e.variants;
  return s;
}

}  // namespace newsloom::link
