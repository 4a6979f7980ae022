#include "link/entity_table.h"

#include <algorithm>

#include "core/hash.h"
#include "core/strings.h"
#include "link/name_folding.h"

namespace newsloom::link {
namespace {

std::string IndexKey(NamedEntityKind kind, std::string_view key) {
  std::string out(kind == NamedEntityKind::kPerson ? "p:" : "o:");
  out.append(key);
  return out;
}

// True when `a` should be preferred over `b` among equally good candidates.
bool MoreMentioned(const Entity& a, const Entity& b) {
  if (a.mention_count != b.mention_count) return a.mention_count > b.mention_count;
  return a.id < b.id;
}

// Display-name tier of a variant: full names before mention spellings, Latin script first.
int Tier(const StoredEntityVariant& v) {
  const bool latin = v.script == "Latn";
  if (v.name_count > 0) return latin ? 3 : 2;
  if (v.count > 0) return latin ? 1 : 0;
  return -1;
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
  const std::string& first = b[0];
  if (first.size() < 3 || IsPatronymic(first)) return false;
  for (size_t k = 1; k < a.size(); ++k) {
    if (a[k].size() >= 3 && GivenNamesCompatible(a[k], first)) return true;
  }
  return false;
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
  if (e.given[0] == p.given[0] && e.surname.size() >= 4 &&
      SurnameSkeleton(e.surname) == SurnameSkeleton(p.surname) &&
      JaroWinkler(e.surname, p.surname) >= 0.9) {
    return 1;
  }
  // Surname first, as Russian lists and some bylines write it.
  if (StripSlavicCase(p.tokens.front()) == e.surname &&
      GivenNamesCompatible(e.given[0], p.tokens.back())) {
    return 1;
  }
  return 0;
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
  auto it = by_key_.find(IndexKey(kind, key));
  if (it == by_key_.end()) return std::nullopt;
  return it->second;
}

std::optional<size_t> EntityTable::MatchFullName(const ParsedName& p) const {
  if (p.given.empty()) return std::nullopt;
  std::optional<size_t> best;
  int best_score = 0;
  auto consider = [&](const std::vector<size_t>& candidates) {
    for (size_t i : candidates) {
      const int score = FullNameScore(*entities_[i], p);
      if (score == 0) continue;
      if (!best || score > best_score ||
          (score == best_score && MoreMentioned(*entities_[i], *entities_[*best]))) {
        best = i;
        best_score = score;
      }
    }
  };
  auto it = by_surname_.find(p.surname);
  if (it != by_surname_.end()) consider(it->second);
  const std::string first = StripSlavicCase(p.tokens.front());
  if (first != p.surname) {
    it = by_surname_.find(first);
    if (it != by_surname_.end()) consider(it->second);
  }
  // Near spellings (a candidate seen twice is harmless: same score, same tie-break).
  it = by_skeleton_.find(SurnameSkeleton(p.surname));
  if (it != by_skeleton_.end()) consider(it->second);
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
  by_key_.emplace(IndexKey(e->kind, e->key), i);
  if (e->kind == NamedEntityKind::kPerson && !e->given.empty()) {
    by_surname_[e->surname].push_back(i);
    by_skeleton_[SurnameSkeleton(e->surname)].push_back(i);
  }
  std::vector<std::string> acronyms = std::move(e->acronyms);
  entities_.push_back(std::move(e));
  for (const std::string& a : acronyms) AddAcronym(i, a);
  return i;
}

void EntityTable::GiveFullName(size_t i, const ParsedName& p) {
  Entity& e = *entities_[i];
  if (e.kind != NamedEntityKind::kPerson || !e.given.empty() || p.given.empty()) return;
  e.given = p.given;
  by_surname_[e.surname].push_back(i);
  by_skeleton_[SurnameSkeleton(e.surname)].push_back(i);
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
  Add(std::move(e));
}

void EntityTable::Apply(const StoredEntityLink& link, int sign, bool new_article) {
  std::optional<size_t> found = FindId(link.entity_id);
  if (!found) return;
  Entity& e = *entities_[*found];
  auto variant = [&](const std::string& text) -> StoredEntityVariant* {
    auto it = e.variant_index.find(text);
    if (it != e.variant_index.end()) return &e.variants[it->second];
    if (sign < 0 || e.variants.size() >= max_variants_) return nullptr;
    const int64_t seq = e.variants.empty() ? 1 : e.variants.back().seq + 1;
    e.variant_index.emplace(text, e.variants.size());
    e.variants.push_back({text, ScriptOf(text), 0, 0, seq});
    return &e.variants.back();
  };
  e.mention_count = std::max<int64_t>(0, e.mention_count + sign * link.mentions);
  if (new_article) e.article_count = std::max<int64_t>(0, e.article_count + sign);
  for (const auto& [text, count] : link.variants) {
    if (StoredEntityVariant* v = variant(text))
      v->count = std::max<int64_t>(0, v->count + sign * count);
  }
  if (!link.name.empty()) {
    if (StoredEntityVariant* v = variant(link.name)) {
      v->name_count = std::max<int64_t>(0, v->name_count + sign);
    }
  }
  if (sign > 0 && !link.published.empty()) {
    if (e.first_seen.empty() || link.published < e.first_seen) e.first_seen = link.published;
    if (e.last_seen.empty() || link.published > e.last_seen) e.last_seen = link.published;
  }
  if (!e.dirty) dirty_.push_back(*found);
  e.dirty = true;
  RefreshDisplayName(&e);
}

void EntityTable::RefreshDisplayName(Entity* e) const {
  // A person known by full name displays a full name, even if its bare surname was once all
  // it had ("Atambajev" before "Almazbek Atambajev").
  const bool full = e->kind == NamedEntityKind::kPerson && !e->given.empty();
  auto tier_of = [&](const StoredEntityVariant& v) {
    const int tier = Tier(v);
    return full && tier >= 2 && v.text.find(' ') != std::string::npos ? tier + 2 : tier;
  };
  const StoredEntityVariant* best = nullptr;
  for (const StoredEntityVariant& v : e->variants) {
    const int tier = tier_of(v);
    if (tier < 0) continue;
    if (best == nullptr) {
      best = &v;
      continue;
    }
    const int best_tier = tier_of(*best);
    if (tier != best_tier) {
      if (tier > best_tier) best = &v;
      continue;
    }
    const int64_t n = tier >= 2 ? v.name_count : v.count;
    const int64_t best_n = tier >= 2 ? best->name_count : best->count;
    if (n > best_n) best = &v;  // equal counts keep the earlier seq (variants are in seq order)
  }
  if (best != nullptr) e->display_name = best->text;
}

std::vector<size_t> EntityTable::TakeDirty() {
  std::vector<size_t> out;
  out.swap(dirty_);
  std::sort(out.begin(), out.end());
  for (size_t i : out) entities_[i]->dirty = false;
  return out;
}

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
