// EntityLinker: cross-lingual, cross-script entity resolution. Gives every person and
// organization named in an article a canonical entity, shared by all articles that name it in
// any language or script ("Алмазбек Атамбаев", "Almazbek Atambajev", "Atambayev" -> one id),
// and keeps per entity its spellings, mention and article counts, and first/last seen dates.
//
// How names are matched (details in name_folding.h, name_parser.h, entity_table.h):
//   - names are transliterated to Latin (text/transliterator.h) and folded phonetically,
//     Slavic case endings of surnames stripped (Атамбаева, Атамбаеву -> atambaev);
//   - a full person name (2+ words) links to the person with the same surname (or a near
//     spelling of it) and a compatible first given name (same, initial, case ending, near
//     spelling, or a middle name the other leaves out: "Tayyip Erdoğan"); different given
//     names (Mahinda vs Gotabaya Rajapaksa) are different persons;
//   - a surname alone links to the one full-name person of the same article with that
//     surname; with several, or none, to the most mentioned known person with that surname;
//     only when there is none does it become (or link to) a surname-only entity, which the
//     first full name with that surname then adopts ("Atambajev" in one article, "Almazbek
//     Atambajev" in a later one: one entity, with the id of the bare surname);
//   - organizations link by folded name, and by acronym: "OSCE" <-> "Organization for Security
//     and Co-operation in Europe" (initials of its capitalised words), "ОДКБ" <-> "Организация
//     Договора о коллективной безопасности" (initials of its words of 3+ letters).
// The display name is the spelling most often given as the entity's full name in Latin script
// (ties: the earliest seen); without any Latin one, the most frequent full name in any script.
//
// Ids are stable (docs/formats/ids.md "Entity ids"): "p:" or "o:" + 16 hex digits of
// Hash64(folded key of the name that created the entity). Re-running the same inputs in the
// same order gives the same ids, and incremental ingest keeps them, as entities are loaded from
// the store. Which entity a bare surname joins depends on mention counts, so it may differ
// between a fresh run and an incremental one.
//
// Counts are idempotent per article: linking an article again (a re-run, or a changed article)
// first removes what that article contributed before (the store's entity_articles rows), so
// counts never double. Without a store nothing is remembered per article after Save, so there
// a re-linked article counts again (memory stays proportional to entities, not articles).
// First/last seen are widened, never narrowed.
//
// Cost: Link parses each distinct name once (cached across articles, as are the keys of its
// words), finds candidate entities through indexes (by key, surname, surname skeleton,
// acronym), and reuses scratch buffers held by the linker (they keep the size of the largest
// article, plus 24 bytes per known entity). Beyond names not seen before, it allocates little
// more than what it keeps (new entities and spellings; the pending per-article links and their
// spellings) and what it returns (entity_id, display_name). The pending links get their article
// and entity ids in Save, only when it is given a store.
//
// Thread safety: NOT thread-safe. Link, Save and the lookups are called from one thread (the
// pipeline's calling thread, the one that owns the Store).
#ifndef NEWSLOOM_LINK_ENTITY_LINKER_H_
#define NEWSLOOM_LINK_ENTITY_LINKER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/fuzzy_date.h"
#include "core/status.h"
#include "extract/facts.h"
#include "store/store.h"

namespace newsloom {
namespace link {
class EntityTable;
class NameParser;
struct ParsedName;
}  // namespace link

struct EntityLinkerOptions {
  // Spellings listed per entity; further spellings still count towards the entity's totals
  // but are not stored as variants. Default 64.
  size_t max_variants_per_entity = 64;
};

class EntityLinker {
 public:
  // Loads the known entities from `store`; with a null store the linker works in memory only
  // (nothing is loaded or saved). `store` is kept for reading earlier per-article links in
  // Link, so it must outlive the linker and be used from the linker's thread. Errors: the
  // store's (e.g. Unimplemented for a backend without entities, DataLoss), Internal when ICU
  // transliteration data is missing.
  static StatusOr<std::unique_ptr<EntityLinker>> Create(
      Store* store, const EntityLinkerOptions& options = EntityLinkerOptions());
  ~EntityLinker();
  EntityLinker(const EntityLinker&) = delete;
  EntityLinker& operator=(const EntityLinker&) = delete;

  // Links the entities of one article: sets entity_id and display_name of each (both stay ""
  // for a name without letters or digits) and records the article's contribution (mentions,
  // spellings of `name` and of every mention surface, first/last seen by `published`).
  // Call in input order. An article may be linked in several consecutive calls (its persons,
  // then its organizations): calls for the same `article_id` between two Saves add up. The
  // first call for an article after a Save replaces what the article contributed before
  // (stored links), so a re-run or a changed article never doubles counts. A bare surname
  // joins a full name only from the same call, so pass all persons of an article together.
  // Errors: InvalidArgument for an empty article id or null `entities`; the store's errors
  // when reading earlier links.
  Status Link(std::string_view article_id, const std::optional<FuzzyDate>& published,
              std::vector<NamedEntity>* entities);

  // Writes the entities changed since the last Save and the per-article links of the articles
  // linked since then. Call once per batch, inside the store's open batch transaction (before
  // its Commit), so entities, links and articles commit together; outside a batch each write
  // commits on its own. A null `store` only forgets what was pending (in-memory mode; call it
  // per batch there too, or pending links grow with the articles). On error the in-memory
  // state is ahead of the database: stop the run.
  Status Save(Store* store);

  // The entity with `id` as it is now (including unsaved changes); nullopt when unknown.
  std::optional<StoredEntity> Lookup(std::string_view id) const;
  // The id a lone mention of `name` would link to, without creating or counting anything;
  // nullopt when it would create a new entity. For search boxes.
  std::optional<std::string> Resolve(NamedEntityKind kind, std::string_view name) const;

  // The entities whose display name changed since the last call (from one name to another:
  // a Latin spelling of a name first seen in another script, or a spelling that overtook
  // another by count), with their display names now, by id. Articles linked earlier give
  // them their old names (pipeline/entity_names.h brings those up to date).
  std::vector<std::pair<std::string, std::string>> TakeRenamed();

  size_t entity_count() const;
  // Articles linked since the last Save.
  size_t pending_articles() const { return pending_.size(); }

 private:
  // What an article contributed since the last Save: links[k] is its link to entity
  // entities[k]. article_id and entity_id of the links are left empty until Save fills them.
  struct PendingArticle {
    std::vector<StoredEntityLink> links;
    std::vector<size_t> entities;
  };
  // Per entity index, for the Link call under way (valid when stamp == stamp_): the position
  // of its link in the call's links and in the article's pending links (kNone: none yet).
  struct Slot {
    uint64_t stamp = 0;
    size_t call = 0;
    size_t article = 0;
  };
  static constexpr size_t kNone = static_cast<size_t>(-1);

  EntityLinker(std::unique_ptr<link::NameParser> parser, std::unique_ptr<link::EntityTable> table,
               Store* store);
  Status Load();
  StatusOr<std::vector<StoredEntityLink>> EarlierLinks(std::string_view article_id);
  // The organization named `p`: by folded name, or by acronym either way.
  std::optional<size_t> FindOrganization(const link::ParsedName& p) const;
  // A full name whose surname was so far only seen alone, as a surname-only entity, and no
  // other person has: that entity becomes this person (keeping its id).
  std::optional<size_t> AdoptBareSurname(const link::ParsedName& p);
  // A bare surname: the best of `local` (the article's full-name persons with it), else the
  // most mentioned known person with it.
  std::optional<size_t> FindSurname(const link::ParsedName& p,
                                    const std::vector<size_t>& local) const;
  // Fills resolved_ (the entity index for each entity of the article; nullopt: no letters) and
  // full_name_ (whether it was matched as its full name).
  void ResolveAll(const std::vector<NamedEntity>& entities);
  // This call's contribution per entity (call_links_, call_entities_), in order of first
  // appearance in `entities`.
  void CollectLinks(const std::vector<NamedEntity>& entities, const std::string& published);
  // Adds the call's contributions to the table and to `article`.
  void MergeLinks(PendingArticle* article);
  // The slot of entity `i`, reset when it belongs to an earlier call.
  Slot& SlotOf(size_t i);
  // published->ToString(), or "" (the last one is kept: an article's calls share it).
  const std::string& DateText(const std::optional<FuzzyDate>& published);

  std::unique_ptr<link::NameParser> parser_;  // mutable state: Resolve() const uses it
  std::unique_ptr<link::EntityTable> table_;
  Store* store_;  // not owned; may be null
  // Contributions not yet saved, by article id.
  absl::flat_hash_map<std::string, PendingArticle> pending_;

  // Scratch of Link, kept between calls for its memory.
  std::vector<const link::ParsedName*> parsed_;  // into parser_'s cache (see Reserve)
  std::vector<std::optional<size_t>> resolved_;
  std::vector<uint8_t> full_name_;  // bool per entity
  std::vector<size_t> local_;
  std::vector<StoredEntityLink> call_links_;
  std::vector<size_t> call_entities_;
  std::vector<Slot> slots_;  // by entity index
  uint64_t stamp_ = 0;
  std::string variant_;  // a spelling being normalized
  std::optional<FuzzyDate> date_;
  std::string date_text_;
  bool date_set_ = false;
};

}  // namespace newsloom

#endif  // NEWSLOOM_LINK_ENTITY_LINKER_H_
