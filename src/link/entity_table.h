// EntityTable: the linker's in-memory entities, their counts and variants, and the indexes
// that find candidate entities for a parsed name without scanning (by id, by kind + key, by
// surname, by acronym). Internal to the link module; EntityLinker is the public face.
//
// Ids are stable (docs/formats/ids.md "Entity ids"): "p:" (person) or "o:" (organization)
// followed by the 16 hex digits of Hash64(key) of the key the entity was created with; should
// two keys ever hash alike, the later one takes Hash64(key, seed 1, 2, ...).
//
// Thread safety: none; one thread at a time.
#ifndef NEWSLOOM_LINK_ENTITY_TABLE_H_
#define NEWSLOOM_LINK_ENTITY_TABLE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "extract/facts.h"
#include "link/name_parser.h"
#include "store/store.h"

namespace newsloom::link {

struct Entity {
  std::string id;
  NamedEntityKind kind = NamedEntityKind::kPerson;
  std::string key;                    // the key the id was derived from
  std::string surname;                // persons: last token of the key
  std::string skeleton;               // persons: SurnameSkeleton(surname), set when added
  std::vector<std::string> given;     // persons: the key's other tokens; empty = surname only
  std::vector<std::string> acronyms;  // organizations: acronyms of its full names
  // Persons: the writings its names came in (bit 1 << Writing), and the sound keys they gave
  // ("a:" + abjad_key, "h:" + han_key), as NoteName indexed them. Derived from the names, not
  // stored: Load rebuilds them from the variants.
  uint8_t writings = 0;
  std::vector<std::string> sound_keys;
  bool is_acronym = false;  // organizations: the key is an acronym ("osce")
  std::string display_name;
  int64_t mention_count = 0;
  int64_t article_count = 0;
  std::string first_seen;  // "YYYY[-MM[-DD]]", "" = never dated
  std::string last_seen;
  std::vector<StoredEntityVariant> variants;  // seq order
  absl::flat_hash_map<std::string, size_t> variant_index;
  // Per variant, what the display name needs of its text: kLatin (script "Latn") | kSpace (has
  // a space) | kAscii (plain ASCII). Kept beside `variants` by EntityTable (recomputed should
  // they disagree).
  std::vector<uint8_t> variant_traits;
  static constexpr uint8_t kLatin = 1, kSpace = 2, kAscii = 4;
  bool dirty = false;    // changed since the last Save
  bool renamed = false;  // display name changed since the last TakeRenamed
};

// Score of a full person name (2+ tokens) against a person entity: 0 = not the same person;
// 4 same key, 3 same surname and first given name, 2 same surname and compatible first given
// name (initial, case ending, near spelling) or one name's first given name is a later given
// name of the other ("Tayyip Erdoğan" ~ "Recep Tayyip Erdoğan"; patronymics never count), 1 written
// surname first ("Атамбаев Алмазбек") or a near spelling of the surname with the same first given
// name ("Mahinda Rajapakse": same consonant skeleton, Jaro-Winkler >= 0.9). Surname-only entities
// never match a full name.
int FullNameScore(const Entity& e, const ParsedName& p);

// The consonants of a folded surname ("rajapaksa" -> "rjpks"): near spellings share it.
std::string SurnameSkeleton(std::string_view surname);

class EntityTable {
 public:
  // Caps the variants kept per entity (further spellings still count, but are not listed).
  explicit EntityTable(size_t max_variants) : max_variants_(max_variants) {}

  size_t size() const { return entities_.size(); }
  Entity& at(size_t i) { return *entities_[i]; }
  const Entity& at(size_t i) const { return *entities_[i]; }
  // Index of the entity with `id`, or nullopt.
  std::optional<size_t> FindId(std::string_view id) const;
  std::optional<size_t> FindKey(NamedEntityKind kind, std::string_view key) const;

  // The person entity a full name (2+ tokens) names: best FullNameScore, then most mentioned,
  // then smallest id. nullopt when none scores. Looks only at the persons with p's surname,
  // with its first token as surname, or with the same SurnameSkeleton; allocates nothing
  // beyond two short strings.
  std::optional<size_t> MatchFullName(const ParsedName& p) const;
  // The most mentioned (then smallest id) person entity with a given name and this surname.
  std::optional<size_t> MostMentionedWithSurname(std::string_view surname) const;
  // The most mentioned (then smallest id) organization with this acronym among its full names.
  std::optional<size_t> MostMentionedWithAcronym(std::string_view acronym) const;
  // The person a name in one writing names when its spellings so far are in another, by sound
  // key (sound_keys.h): for a name in an abjad or in Chinese characters, a person with a name
  // in an alphabet; for a full name in an alphabet, a person named so far only in an abjad or
  // only in Chinese characters. Most mentioned, then smallest id; nullopt when none.
  std::optional<size_t> MatchAcrossWritings(const ParsedName& p) const;
  // Records that person `i` was named `p`: its writing and sound keys. The first full name in
  // an alphabet of a person named so far only in other writings becomes its key (the id stays),
  // so later spellings in alphabets find it by surname and given names as usual.
  void NoteName(size_t i, const ParsedName& p);

  // A new entity for `p` (which must have a non-empty key) with a stable id.
  size_t Create(NamedEntityKind kind, const ParsedName& p);
  // Adds an entity read from the store; `parsed` are its full-name variants, parsed, most
  // used first: they index organizations by acronym, give a person whose key is a bare
  // surname the given names it was later seen with, and a person its writings and sound keys.
  // A second entity with the same id is ignored.
  void Insert(const StoredEntity& stored, const std::vector<ParsedName>& parsed);
  // Person `i`, known so far by its surname only, becomes the full name `p` (same surname):
  // it keeps its id and is found by full name from now on.
  void GiveFullName(size_t i, const ParsedName& p);
  // Indexes another acronym of organization `i`.
  void AddAcronym(size_t i, const std::string& acronym);

  // Adds (sign +1) or removes (sign -1) what one article contributed to an entity; unknown
  // entities are ignored. `new_article` false adds to an article already counted (its
  // article_count is left alone). Marks the entity dirty and refreshes its display name.
  void Apply(const StoredEntityLink& link, int sign, bool new_article = true);
  // The same for entity `i` (< size()), whatever link.entity_id says.
  void ApplyTo(size_t i, const StoredEntityLink& link, int sign, bool new_article = true);

  StoredEntity ToStored(const Entity& e) const;

  // Indexes of the entities created or changed since the last call, ascending; clears their
  // dirty flags.
  std::vector<size_t> TakeDirty();
  // Indexes of the entities whose display name changed (from one name to another, not from
  // none) since the last call, ascending; clears their renamed flags.
  std::vector<size_t> TakeRenamed();

 private:
  size_t Add(std::unique_ptr<Entity> e);
  // Lists person `i` (with given names) under its surname, and a new surname under its
  // skeleton.
  void IndexSurname(const Entity& e, size_t i);
  // Person `i` takes the key, surname and given names of `p` (its id stays).
  void Rekey(size_t i, const ParsedName& p);
  // NoteName without the change of key.
  void IndexName(size_t i, const ParsedName& p);
  // Empties `list` (entity indexes), clearing `flag` of each; returns them ascending.
  std::vector<size_t> TakeFlagged(std::vector<size_t>* list, bool Entity::*flag);
  // Sets e's display name from its variants; true when that changed a display name it had.
  bool RefreshDisplayName(Entity* e) const;
  // Index of e's variant `text`, appending it (seq next) unless the cap is reached; nullopt
  // when absent and not added.
  std::optional<size_t> FindOrAddVariant(Entity* e, std::string_view text, bool add);

  size_t max_variants_;
  std::vector<std::unique_ptr<Entity>> entities_;
  absl::flat_hash_map<std::string, size_t> by_id_;
  absl::flat_hash_map<std::string, size_t> by_key_[2];  // per kind (NamedEntityKind as index)
  absl::flat_hash_map<std::string, std::vector<size_t>> by_surname_;  // full-name persons
  // SurnameSkeleton -> the distinct surnames in by_surname_ with it (near spellings).
  absl::flat_hash_map<std::string, std::vector<std::string>> by_skeleton_;
  absl::flat_hash_map<std::string, std::vector<size_t>> by_acronym_;  // organizations
  absl::flat_hash_map<std::string, std::vector<size_t>> by_sound_;    // persons, by sound key
  std::vector<size_t> dirty_;
  std::vector<size_t> renamed_;
};

// "person" / "organization" (store and JSON spelling), and back.
std::string_view KindName(NamedEntityKind kind);
std::optional<NamedEntityKind> KindFromName(std::string_view name);

}  // namespace newsloom::link

#endif  // NEWSLOOM_LINK_ENTITY_TABLE_H_
