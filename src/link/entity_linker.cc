#include "link/entity_linker.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "core/strings.h"
#include "link/entity_table.h"
#include "link/name_parser.h"

namespace newsloom {
namespace {

using link::Entity;
using link::EntityTable;
using link::NameParser;
using link::ParsedName;

// A spelling as stored: ASCII whitespace runs become one space, ends trimmed. Returns `text`
// itself when it is already so (the usual case: no space at the ends, single plain spaces
// inside, which is its own normal form), else the normal form written into `*buffer`.
std::string_view NormalizeVariant(std::string_view text, std::string* buffer) {
  bool clean = true;
  for (size_t i = 0; i < text.size() && clean; ++i) {
    // Every ASCII space is <= ' '; most characters are not.
    if (static_cast<unsigned char>(text[i]) > ' ' || !IsAsciiSpace(text[i])) continue;
    clean = text[i] == ' ' && i > 0 && i + 1 < text.size() && text[i - 1] != ' ';
  }
  if (clean) return text;
  buffer->clear();
  bool space = false;
  for (char c : text) {
    if (IsAsciiSpace(c)) {
      space = !buffer->empty();
      continue;
    }
    if (space) buffer->push_back(' ');
    space = false;
    buffer->push_back(c);
  }
  return *buffer;
}

// The name to parse: `name`, or the first mention when the tagger left it empty.
std::string_view NameOf(const NamedEntity& e) {
  if (!e.name.empty() || e.mentions.empty()) return e.name;
  return e.mentions.front().surface;
}

}  // namespace

EntityLinker::EntityLinker(std::unique_ptr<NameParser> parser, std::unique_ptr<EntityTable> table,
                           Store* store)
    : parser_(std::move(parser)), table_(std::move(table)), store_(store) {}

EntityLinker::~EntityLinker() = default;

StatusOr<std::unique_ptr<EntityLinker>> EntityLinker::Create(Store* store,
                                                             const EntityLinkerOptions& options) {
  NL_ASSIGN_OR_RETURN(std::unique_ptr<NameParser> parser, NameParser::Create());
  auto table = std::make_unique<EntityTable>(std::max<size_t>(1, options.max_variants_per_entity));
  std::unique_ptr<EntityLinker> linker(
      new EntityLinker(std::move(parser), std::move(table), store));
  if (store != nullptr) NL_RETURN_IF_ERROR(linker->Load());
  return linker;
}

Status EntityLinker::Load() {
  return store_->LoadEntities([&](StoredEntity stored) -> Status {
    // Organizations are also found by the acronyms of their full names; a person created
    // from a bare surname by the given names it was seen with later, and any person by the
    // sound keys of its names in other writings.
    const bool org = stored.kind == "organization";
    std::vector<const StoredEntityVariant*> names;
    for (const StoredEntityVariant& v : stored.variants) {
      if (v.name_count > 0) names.push_back(&v);
    }
    std::stable_sort(names.begin(), names.end(),
                     [](const auto* a, const auto* b) { return a->name_count > b->name_count; });
    const NamedEntityKind kind = org ? NamedEntityKind::kOrganization : NamedEntityKind::kPerson;
    std::vector<ParsedName> parsed;
    for (const StoredEntityVariant* v : names) parsed.push_back(parser_->Parse(kind, v->text));
    table_->Insert(stored, parsed);
    return absl::OkStatus();
  });
}

size_t EntityLinker::entity_count() const { return table_->size(); }

std::vector<std::pair<std::string, std::string>> EntityLinker::TakeRenamed() {
  std::vector<std::pair<std::string, std::string>> out;
  for (size_t i : table_->TakeRenamed()) {
    out.emplace_back(table_->at(i).id, table_->at(i).display_name);
  }
  return out;
}

StatusOr<std::vector<StoredEntityLink>> EntityLinker::EarlierLinks(std::string_view article_id) {
  if (store_ != nullptr) return store_->GetEntityLinks(article_id);
  return std::vector<StoredEntityLink>();
}

std::optional<size_t> EntityLinker::FindOrganization(const ParsedName& p) const {
  std::optional<size_t> match = table_->FindKey(NamedEntityKind::kOrganization, p.key);
  // "OSCE" -> the organization whose full name abbreviates to it.
  if (!match && p.is_acronym) match = table_->MostMentionedWithAcronym(p.key);
  // "Organization for Security and Co-operation in Europe" -> the organization named "OSCE".
  if (!match && p.acronym.size() >= 3) {
    match = table_->FindKey(NamedEntityKind::kOrganization, p.acronym);
    if (match && !table_->at(*match).is_acronym) match.reset();
  }
  return match;
}

std::optional<size_t> EntityLinker::FindSurname(const ParsedName& p,
                                                const std::vector<size_t>& local) const {
  // The article's own full-name persons with this surname; with several, the most mentioned.
  std::optional<size_t> best;
  for (size_t i : local) {
    const Entity& e = table_->at(i);
    if (!best || e.mention_count > table_->at(*best).mention_count ||
        (e.mention_count == table_->at(*best).mention_count && e.id < table_->at(*best).id)) {
      best = i;
    }
  }
  if (!best) best = table_->MostMentionedWithSurname(p.surname);
  return best;
}

std::optional<size_t> EntityLinker::AdoptBareSurname(const ParsedName& p) {
  std::optional<size_t> bare = table_->FindKey(NamedEntityKind::kPerson, p.surname);
  if (!bare || !table_->at(*bare).given.empty()) return std::nullopt;
  // Another person with this surname is known: the bare mentions may have meant them.
  if (table_->MostMentionedWithSurname(p.surname)) return std::nullopt;
  table_->GiveFullName(*bare, p);
  return bare;
}

void EntityLinker::ResolveAll(const std::vector<NamedEntity>& entities) {
  const size_t n = entities.size();
  resolved_.assign(n, std::nullopt);
  full_name_.assign(n, false);
  // References into the parser's cache, valid together for these n calls.
  parser_->Reserve(n);
  parsed_.resize(n);
  for (size_t i = 0; i < n; ++i)
    parsed_[i] = &parser_->Parse(entities[i].kind, NameOf(entities[i]));
  // Full names and organizations first, so that bare surnames can join them.
  for (size_t i = 0; i < n; ++i) {
    const ParsedName& p = *parsed_[i];
    if (p.key.empty()) continue;
    const NamedEntityKind kind = entities[i].kind;
    if (kind == NamedEntityKind::kPerson && p.given.empty()) continue;
    const bool person = kind == NamedEntityKind::kPerson;
    std::optional<size_t> match = person ? table_->MatchFullName(p) : FindOrganization(p);
    if (!match && person) match = AdoptBareSurname(p);
    if (!match && person) match = table_->MatchAcrossWritings(p);
    if (!match) match = table_->Create(kind, p);
    if (person) table_->NoteName(*match, p);
    if (kind == NamedEntityKind::kOrganization && !p.is_acronym) {
      table_->AddAcronym(*match, p.acronym);
    }
    resolved_[i] = match;
    full_name_[i] = true;
  }
  // Bare surnames.
  for (size_t i = 0; i < n; ++i) {
    const ParsedName& p = *parsed_[i];
    if (entities[i].kind != NamedEntityKind::kPerson || p.key.empty() || !p.given.empty()) {
      continue;
    }
    local_.clear();
    for (size_t j = 0; j < n; ++j) {
      if (!resolved_[j] || entities[j].kind != NamedEntityKind::kPerson ||
          parsed_[j]->given.empty()) {
        continue;
      }
      // As written here, or as the entity it joined spells it ("Rajapakse" / "Rajapaksa").
      if (parsed_[j]->surname == p.surname || table_->at(*resolved_[j]).surname == p.surname) {
        local_.push_back(*resolved_[j]);
      }
    }
    std::optional<size_t> match = FindSurname(p, local_);
    // A surname in another writing than its known spellings ("纳扎尔巴耶夫", "Nazarbayev").
    if (!match) match = table_->MatchAcrossWritings(p);
    if (!match) {
      // Nobody with this surname and a given name is known: a surname-only entity, which is
      // all the name it has.
      match = table_->FindKey(NamedEntityKind::kPerson, p.key);
      if (!match) match = table_->Create(NamedEntityKind::kPerson, p);
      full_name_[i] = true;
    }
    table_->NoteName(*match, p);
    resolved_[i] = match;
  }
}

EntityLinker::Slot& EntityLinker::SlotOf(size_t i) {
  if (i >= slots_.size()) slots_.resize(std::max(i + 1, table_->size()));
  Slot& slot = slots_[i];
  if (slot.stamp != stamp_) slot = {stamp_, kNone, kNone};
  return slot;
}

const std::string& EntityLinker::DateText(const std::optional<FuzzyDate>& published) {
  if (!date_set_ || date_ != published) {
    date_ = published;
    date_text_ = published ? published->ToString() : "";
    date_set_ = true;
  }
  return date_text_;
}

void EntityLinker::CollectLinks(const std::vector<NamedEntity>& entities,
                                const std::string& published) {
  call_links_.clear();
  call_entities_.clear();
  for (size_t i = 0; i < entities.size(); ++i) {
    if (!resolved_[i]) continue;
    const NamedEntity& ne = entities[i];
    Slot& slot = SlotOf(*resolved_[i]);
    if (slot.call == kNone) {
      slot.call = call_links_.size();
      call_links_.emplace_back();
      call_links_.back().published = published;
      call_entities_.push_back(*resolved_[i]);
    }
    StoredEntityLink& link = call_links_[slot.call];
    // The spelling is normalized into a reused buffer and copied only when new to the link.
    auto add_variant = [&](std::string_view text) {
      const std::string_view variant = NormalizeVariant(text, &variant_);
      if (variant.empty()) return;
      for (auto& [t, c] : link.variants) {
        if (t == variant) {
          ++c;
          return;
        }
      }
      link.variants.emplace_back(std::string(variant), 1);
    };
    link.mentions += std::max<int64_t>(1, static_cast<int64_t>(ne.mentions.size()));
    if (ne.mentions.empty()) add_variant(NameOf(ne));
    for (const TextSpan& m : ne.mentions) add_variant(m.surface);
    if (full_name_[i] && link.name.empty()) link.name = NormalizeVariant(NameOf(ne), &variant_);
  }
}

void EntityLinker::MergeLinks(PendingArticle* article) {
  if (article->links.empty()) {  // the usual first call: one allocation (later calls grow)
    article->links.reserve(call_links_.size());
    article->entities.reserve(call_links_.size());
  }
  for (size_t k = 0; k < call_links_.size(); ++k) {
    StoredEntityLink& l = call_links_[k];
    const size_t entity = call_entities_[k];
    Slot& slot = SlotOf(entity);
    table_->ApplyTo(entity, l, +1, /*new_article=*/slot.article == kNone);
    if (slot.article == kNone) {
      slot.article = article->links.size();
      article->links.push_back(std::move(l));
      article->entities.push_back(entity);
      continue;
    }
    StoredEntityLink& same = article->links[slot.article];
    same.mentions += l.mentions;
    if (same.name.empty()) same.name = l.name;
    for (auto& variant : l.variants) {
      auto v = std::find_if(same.variants.begin(), same.variants.end(),
                            [&](const auto& sv) { return sv.first == variant.first; });
      if (v == same.variants.end()) {
        same.variants.push_back(std::move(variant));
      } else {
        v->second += variant.second;
      }
    }
  }
}

Status EntityLinker::Link(std::string_view article_id, const std::optional<FuzzyDate>& published,
                          std::vector<NamedEntity>* entities) {
  if (article_id.empty()) return absl::InvalidArgumentError("EntityLinker::Link: empty article id");
  if (entities == nullptr) {
    return absl::InvalidArgumentError(
        absl::StrCat("EntityLinker::Link: no entities for article ", AbslView(article_id)));
  }
  // The first call for an article since the last Save replaces what it contributed before;
  // later calls (organizations after persons) add to it.
  auto pending = pending_.find(AbslView(article_id));
  if (pending == pending_.end()) {
    NL_ASSIGN_OR_RETURN(std::vector<StoredEntityLink> earlier, EarlierLinks(article_id));
    for (const StoredEntityLink& l : earlier) table_->Apply(l, -1);
    pending = pending_.try_emplace(std::string(article_id)).first;
  }
  PendingArticle& article = pending->second;

  ResolveAll(*entities);
  // A new stamp: the slots say which entities this call and the article's earlier calls
  // (since the last Save) already link.
  ++stamp_;
  for (size_t k = 0; k < article.entities.size(); ++k) SlotOf(article.entities[k]).article = k;
  // One contribution per entity, in order of first appearance in the article; added to the
  // table in that order (its display names and variant order depend on it).
  CollectLinks(*entities, DateText(published));
  MergeLinks(&article);
  for (size_t i = 0; i < entities->size(); ++i) {
    NamedEntity& ne = (*entities)[i];
    if (!resolved_[i]) {
      ne.entity_id.clear();
      ne.display_name.clear();
      continue;
    }
    const Entity& e = table_->at(*resolved_[i]);
    ne.entity_id = e.id;
    ne.display_name = e.display_name;
  }
  return absl::OkStatus();
}

Status EntityLinker::Save(Store* store) {
  std::vector<size_t> dirty = table_->TakeDirty();
  if (store == nullptr) {
    pending_.clear();
    return absl::OkStatus();
  }
  std::vector<StoredEntity> changed;
  changed.reserve(dirty.size());
  for (size_t i : dirty) changed.push_back(table_->ToStored(table_->at(i)));
  NL_RETURN_IF_ERROR(store->PutEntities(changed));
  // Article order, so the database is written the same way whatever the hash order.
  std::vector<std::string> articles;
  articles.reserve(pending_.size());
  for (const auto& [id, article] : pending_) articles.push_back(id);
  std::sort(articles.begin(), articles.end());
  for (const std::string& id : articles) {
    PendingArticle& article = pending_[id];
    for (size_t k = 0; k < article.links.size(); ++k) {
      article.links[k].article_id = id;
      article.links[k].entity_id = table_->at(article.entities[k]).id;
    }
    NL_RETURN_IF_ERROR(store->PutEntityLinks(id, article.links));
  }
  pending_.clear();
  return absl::OkStatus();
}

std::optional<StoredEntity> EntityLinker::Lookup(std::string_view id) const {
  std::optional<size_t> i = table_->FindId(id);
  if (!i) return std::nullopt;
  return table_->ToStored(table_->at(*i));
}

std::optional<std::string> EntityLinker::Resolve(NamedEntityKind kind,
                                                 std::string_view name) const {
  const ParsedName& p = parser_->Parse(kind, name);  // no other Parse call below
  if (p.key.empty()) return std::nullopt;
  std::optional<size_t> match;
  if (kind == NamedEntityKind::kOrganization) {
    match = FindOrganization(p);
  } else if (!p.given.empty()) {
    match = table_->MatchFullName(p);
    if (!match) match = table_->MatchAcrossWritings(p);
  } else {
    match = FindSurname(p, {});
    if (!match) match = table_->MatchAcrossWritings(p);
    if (!match) match = table_->FindKey(kind, p.key);
  }
  if (!match) return std::nullopt;
  return table_->at(*match).id;
}

}  // namespace newsloom
