// Internal to entity_tagger: per-document token facts and the candidate mentions the stages of
// EntityTagger::Tag find (entity_context.cc: lexicon lookups, roles, known bodies;
// entity_chains.cc: capitalised chains and acronyms; entity_uncased.cc: Arabic and Chinese;
// entity_grouping.cc: grouping mentions into entities and marking sources).
// Not a public API: only entity_*.cc include it.
#ifndef NEWSLOOM_EXTRACT_ENTITY_CONTEXT_H_
#define NEWSLOOM_EXTRACT_ENTITY_CONTEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "extract/entity_lexicon.h"
#include "extract/facts.h"
#include "extract/geotagger.h"
#include "text/analyzed_document.h"

namespace newsloom::entity_internal {

// A role phrase in the text: tokens [begin, end).
struct RoleSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string role;  // English; "" for courtesy titles; "former president" with a modifier
  // The title is listed for another language than the document's ("legale", Italian for
  // lawyer, in a German text): it does not make a lone word after it a name.
  bool foreign = false;
};

// A mention found by one stage: bytes [begin, end) of the text, tokens [first, last].
struct Candidate {
  NamedEntityKind kind = NamedEntityKind::kPerson;
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t first = 0;  // first token
  uint32_t last = 0;   // last token (inclusive)
  int32_t body = -1;   // index into the lexicon's bodies for known bodies and agencies
  std::string role;
  bool confirmed = true;  // false: a lone capitalised word kept only if it names a person
                          // found elsewhere in the article (surname-only mention)
  bool credit = false;    // in a byline or photo credit
};

// Scripts with letter case: Latin, Cyrillic, Greek, Armenian, Georgian.
inline bool IsCasedScript(Script s) {
  return s == Script::kLatin || s == Script::kCyrillic || s == Script::kGreek ||
         s == Script::kArmenian || s == Script::kGeorgian;
}

struct DocContext {
  DocContext(const AnalyzedDocument& d, const EntityLexicon& l) : doc(d), lex(l) {}

  const AnalyzedDocument& doc;
  const EntityLexicon& lex;
  const Geotag* geo = nullptr;    // may be null
  std::vector<int32_t> place_of;  // index into geo->places per token, -1 when none
  std::vector<uint32_t> cls;      // EntityWordClass bits per token (0 for non-words)
  // Per token, from the lexicon's entries (null when none): the role lists of its lower form
  // and of its stem (words only), the body forms starting with its lower form (words and
  // numbers, "G20").
  std::vector<const std::vector<uint32_t>*> lower_roles, stem_roles, lower_forms;
  std::vector<const std::vector<uint32_t>*> piece_forms;
  std::vector<uint8_t> place;     // 1: inside a place mention of the geotag, 2: a country
  std::vector<uint8_t> initial;   // 1: first word of a sentence or line
  std::vector<uint8_t> taken;     // 1: already part of a mention
  std::vector<int32_t> role_end;  // for the first token of a role span: index in roles
  std::vector<RoleSpan> roles;
  // LowerSeen's data: per token, the number of its lower form among those of the capitalised
  // words (-1 for other tokens); by that number, 1 when a lower-case word writes the form.
  std::vector<int32_t> asking;
  std::vector<uint8_t> written;
  bool nouns_capitalised = false;  // German: every noun is capitalised

  const Token& tok(uint32_t i) const { return doc.tokens[i]; }
  std::string_view Text(uint32_t begin, uint32_t end) const {
    return std::string_view(doc.text).substr(begin, end - begin);
  }
  // True when word token i's lower form is also written in lower case (uncapitalized, in a
  // cased script) somewhere in the document. False for non-words.
  bool LowerSeen(uint32_t i) const;
  // The bytes between token i and token i + 1.
  std::string_view Gap(uint32_t i) const;
  bool IsWord(uint32_t i) const { return doc.tokens[i].kind == TokenKind::kWord; }
  bool Has(uint32_t i, uint32_t bits) const { return (cls[i] & bits) != 0; }
  // A capitalised (or all-capitals) word of a cased script.
  bool IsCapWord(uint32_t i) const {
    const Token& t = doc.tokens[i];
    return t.kind == TokenKind::kWord && (t.capitalized || t.all_caps) && IsCasedScript(t.script);
  }
};

// Fills cls, place, initial, taken, the LowerSeen data and nouns_capitalised.
void BuildContext(const Geotag* geo, DocContext* ctx);
// Finds role phrases (with their modifiers) and fills ctx->roles and ctx->role_end.
void FindRoles(DocContext* ctx);
// Known bodies and agencies of the lexicon, longest match first (inflected, elided and clitic
// forms too, see entity_tagger.h); marks their tokens taken.
void FindBodies(DocContext* ctx, std::vector<Candidate>* out);
// Capitalised chains (persons, organizations) and acronyms in cased scripts.
void FindChains(DocContext* ctx, std::vector<Candidate>* out);
// Persons after or before role words in Arabic and Chinese, and "·" names in Chinese.
void FindUncased(DocContext* ctx, std::vector<Candidate>* out);
// Groups candidates into entities (order of first mention) and marks sources.
std::vector<NamedEntity> GroupEntities(const DocContext& ctx, std::vector<Candidate> cands);

// Script helpers (IsCasedScript is above DocContext).
// A key for comparing surnames across inflections: latin_key without a possessive or
// apostrophe suffix.
std::string SurnameKey(const Token& t);
// True when two surname keys are the same name up to a short inflection ending
// ("atambaev"/"atambaeva", "lukashenko"/"lukashenka").
bool SameSurname(std::string_view a, std::string_view b);

}  // namespace newsloom::entity_internal

#endif  // NEWSLOOM_EXTRACT_ENTITY_CONTEXT_H_
