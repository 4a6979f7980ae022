// The vocabulary of person and organization detection (entity_tagger.h), authored as TSV data
// under data/lexicons/ and compiled into the binary:
//   roles.tsv         lang, phrase, English role, kind (title | modifier)
//                     "en	prime minister	prime minister	title", "nl	oud	former
//                     modifier"
//   organizations.tsv canonical English name, then every other form (tab separated); a
//                     canonical name written "=Name" is not itself a form ("=The Left")
//   agencies.tsv      same columns: news agencies and broadcasters (sources when cited)
//   entity_institutions.tsv  national institutions: English pattern, then forms
//   entity_demonyms.tsv      iso2, English demonym, English country name
//   entity_words.tsv  lang, word, class — org heads (Ministry, партия), stop words, months,
//                     weekdays, nationalities, name particles, connectors, source cues,
//                     photo-credit and byline words, facility heads (Square, Street),
//                     common given names
// Lines starting with '#' and blank lines are skipped. Words are compared case-folded (ICU
// full case folding), against a token's `lower` or `stem`.
//
// Errors: Parse returns InvalidArgument "file:line: what is wrong".
// Thread safety: immutable after Parse; all const methods are thread-safe.
#ifndef NEWSLOOM_EXTRACT_ENTITY_LEXICON_H_
#define NEWSLOOM_EXTRACT_ENTITY_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/instance_id.h"
#include "core/status.h"

namespace newsloom {

// Classes of entity_words.tsv, as bits (a word may have several).
enum EntityWordClass : uint32_t {
  kWordOrgHead = 1u << 0,      // Ministry, Party, Council, партия, ministerie, Bakanlığı
  kWordStop = 1u << 1,         // never part of a name: function words, pronouns, "The"
  kWordMonth = 1u << 2,        // months (also never names)
  kWordWeekday = 1u << 3,      // weekdays
  kWordNationality = 1u << 4,  // Kyrgyz, Russian, Kirgizische, Rus (adjectives and demonyms)
  kWordParticle = 1u << 5,     // inside person names: van, de, al, bin, von, ibn, el
  kWordConnector = 1u << 6,    // inside organization names: of, for, and, de, für, van, i
  kWordSourceCue = 1u << 7,    // according, told, reported, meldt, сообщает, göre, 据
  kWordCredit = 1u << 8,       // photo, foto, фото, credit
  kWordByline = 1u << 9,       // by, door, von, par, por, av (before a byline name)
  kWordFacility = 1u << 10,    // Square, Street, House, Airport: names of places, not people
  kWordOrgPrefix = 1u << 11,   // organization words that only start a name: "Radio", "Hotel"
  kWordGeneric = 1u << 12,     // capitalised common nouns that are not names: Revolution, God
  kWordGivenName = 1u << 13,  // common given names (Latin and Cyrillic spellings): Maria, Алмазбек
};

enum class BodyKind : uint8_t {
  kOrganization,  // a named body: its first column is its name
  kAgency,        // a news agency or broadcaster
  kInstitution,   // a national institution: its first column is a pattern with {dem}/{country}
};

struct Country {
  std::string iso2;     // "KG"
  std::string demonym;  // "Kyrgyz"
  std::string name;     // "Kyrgyzstan"
};

struct RoleEntry {
  std::vector<std::string> words;  // case-folded
  std::string phrase;              // the words joined by single spaces
  std::string role;                // English role ("president", "former")
  bool modifier = false;           // "former", "oud", "бывший": goes with a following title
  std::string lang;                // the language it is listed for ("de"; "*" for all)
};

struct BodyForm {
  std::string folded;       // case-folded form ("ria novosti", "24.kg", "ообсе")
  bool exact_case = false;  // short all-caps forms ("AP", "UN") must match case exactly
  std::string surface;      // the form as written in the lexicon
  uint32_t body = 0;        // index into bodies()
};

struct Body {
  std::string name;  // canonical English name (first column)
  BodyKind kind = BodyKind::kOrganization;
};

// Everything the lexicon knows about one case-folded word, found with one hash lookup.
struct WordInfo {
  uint32_t cls = 0;    // EntityWordClass bits
  int32_t roles = -1;  // RolesStartingWith list (index for EntityLexicon::List), -1 if none
  int32_t forms = -1;  // FormsStartingWith list, -1 if none
};

class EntityLexicon {
 public:
  EntityLexicon() = default;

  // Parses the four files; `*_name` name them in error messages.
  static StatusOr<EntityLexicon> Parse(std::string_view roles, std::string_view roles_name,
                                       std::string_view orgs, std::string_view orgs_name,
                                       std::string_view agencies, std::string_view agencies_name,
                                       std::string_view words, std::string_view words_name);
  // Adds entity_institutions.tsv (same columns as organizations.tsv, the first a pattern) and
  // entity_demonyms.tsv (iso2, demonym, country name).
  Status AddInstitutions(std::string_view tsv, std::string_view name);
  Status AddDemonyms(std::string_view tsv, std::string_view name);
  // The lexicon over the embedded data files. Never deleted. A parse error of the embedded
  // data (checked by entity_lexicon_test) gives an empty lexicon.
  static const EntityLexicon& Default();

  // What the lexicon knows about a case-folded word; null when nothing.
  const WordInfo* Lookup(std::string_view folded) const;
  // A role or form list of a WordInfo (null for -1).
  const std::vector<uint32_t>* List(int32_t i) const { return i < 0 ? nullptr : &lists_[i]; }
  // Bits of EntityWordClass for a case-folded word (0 when unknown).
  uint32_t WordClass(std::string_view folded) const;
  // Role entries whose first word is `folded` (empty when none).
  const std::vector<uint32_t>* RolesStartingWith(std::string_view folded) const;
  const RoleEntry& role(uint32_t i) const { return roles_[i]; }
  // Title entries written in Han characters, longest first (searched as substrings).
  const std::vector<uint32_t>& han_roles() const { return han_roles_; }
  // Positions in han_roles() of the entries whose word starts with `code_point` (its UTF-8
  // bytes), ascending; null when none. One lookup per character of a text finds them all.
  const std::vector<uint32_t>* HanRolesStartingWith(std::string_view code_point) const;
  // Body forms whose first piece (up to the first space or punctuation) is `folded`.
  const std::vector<uint32_t>* FormsStartingWith(std::string_view folded) const;
  const BodyForm& form(uint32_t i) const { return forms_[i]; }
  const std::vector<BodyForm>& forms() const { return forms_; }
  // Forms in scripts without spaces (Han), matched by substring search.
  const std::vector<uint32_t>& han_forms() const { return han_forms_; }
  // Han forms whose first code point is `code_point` (its UTF-8 bytes), longest first; null
  // when none. One hash lookup per character of the text finds every Han form.
  const std::vector<uint32_t>* HanFormsStartingWith(std::string_view code_point) const;
  const Body& body(uint32_t i) const { return bodies_[i]; }
  size_t body_count() const { return bodies_.size(); }
  // Country by ISO code or by case-folded English demonym; null when unknown.
  const Country* CountryByIso(std::string_view iso2) const;
  const Country* CountryByDemonym(std::string_view folded) const;
  // Names the lexicon's current contents (core/instance_id.h) for per-thread memos of
  // pointers into it.
  uint64_t instance_id() const { return instance_.value(); }
  size_t role_count() const { return roles_.size(); }
  size_t word_count() const { return words_.size(); }

 private:
  Status ParseRoles(std::string_view tsv, std::string_view name);
  Status ParseBodies(std::string_view tsv, std::string_view name, BodyKind kind);
  Status ParseWords(std::string_view tsv, std::string_view name);
  void IndexForm(uint32_t i);
  void Reindex();  // rebuilds info_ and lists_ from the maps below

  std::vector<RoleEntry> roles_;
  absl::flat_hash_map<std::string, std::vector<uint32_t>> roles_by_first_;
  std::vector<Body> bodies_;
  std::vector<BodyForm> forms_;
  absl::flat_hash_map<std::string, std::vector<uint32_t>> forms_by_first_;
  std::vector<uint32_t> han_forms_;
  absl::flat_hash_map<std::string, std::vector<uint32_t>> han_by_first_;
  std::vector<uint32_t> han_roles_;
  absl::flat_hash_map<std::string, std::vector<uint32_t>> han_roles_by_first_;
  absl::flat_hash_map<std::string, uint32_t> words_;
  absl::flat_hash_map<std::string, WordInfo> info_;
  std::vector<std::vector<uint32_t>> lists_;
  std::vector<Country> countries_;
  absl::flat_hash_map<std::string, uint32_t> country_by_iso_, country_by_demonym_;
  InstanceId instance_;
};

// ICU full case folding of UTF-8 text (NFC kept).
std::string FoldEntityText(std::string_view s);

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_ENTITY_LEXICON_H_
