// ConceptMatcher: finds the concepts of data/lexicons/concepts.tsv (resources/
// concept_lexicon.h) in an analysed document. A single-word form matches a token by its
// case-folded surface (Token::lower), by its Xapian stem (the form is stemmed in its language
// at construction, so "protesters" and "protests" both match "protest"), or, for words ending
// in '*', by prefix of the surface. Phrases match consecutive tokens. Han forms match
// anywhere in Han text. Forms of the document's language are tried first; documents in a
// language without forms ("und") try every language's exact forms.
//
// Thread safety: immutable after construction; Find is const and safe to call concurrently.
// Cost: Find allocates nothing per token: a word token costs two hash lookups plus one per
// distinct byte length of the language's prefix forms; Han forms are found in one pass over
// the text, indexed by their first bytes.
#ifndef NEWSLOOM_CLUSTER_CONCEPT_MATCHER_H_
#define NEWSLOOM_CLUSTER_CONCEPT_MATCHER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "resources/concept_lexicon.h"
#include "text/analyzed_document.h"

namespace newsloom::cluster {

struct ConceptHit {
  uint32_t concept_index = 0;  // into concept_ids()
  uint32_t token = 0;          // first token of the match (Han matches: the token at the byte)
  uint32_t begin = 0;          // byte span in AnalyzedDocument::text
  uint32_t end = 0;
};

class ConceptMatcher {
 public:
  // `lexicon` is only read during construction. The concept "function_words" is skipped.
  explicit ConceptMatcher(const ConceptLexicon& lexicon);

  // Matches in text order. A token starts at most one match (the longest phrase wins).
  std::vector<ConceptHit> Find(const AnalyzedDocument& doc) const;

  const std::vector<std::string>& concept_ids() const { return ids_; }

 private:
  struct Form {
    std::vector<std::string> words;  // folded surface words
    std::vector<std::string> stems;  // their stems in the form's language
    std::vector<bool> prefix;        // per word: match by prefix
    uint32_t concept_index = 0;
  };
  struct LangForms {
    // First word -> forms (indices into forms_), by surface, by stem and by prefix.
    absl::flat_hash_map<std::string, std::vector<uint32_t>> by_word, by_stem, by_prefix;
    // The byte lengths of the by_prefix keys of at least two characters, ascending (shorter
    // keys never match), and those keys' first prefix_lengths[0] bytes: a word that does not
    // start with one of them matches no prefix form.
    std::vector<uint32_t> prefix_lengths;
    absl::flat_hash_set<std::string> prefix_heads;
    std::vector<uint32_t> han;  // Han forms, matched as substrings
    // The first 3 bytes of a Han form (all of a shorter one), packed with their count ->
    // the form's positions in `han`, ascending.
    absl::flat_hash_map<uint32_t, std::vector<uint32_t>> han_by_start;
    bool han_first_byte[256] = {};  // the first bytes of the Han forms
    bool han_short = false;         // some Han form is shorter than 3 bytes
  };
  static bool HasTwoCharacters(std::string_view key);
  static void IndexPrefixes(LangForms* lf);
  static bool MayStartPrefixForm(const LangForms& lf, std::string_view word);
  void IndexHan(LangForms* lf) const;
  bool MatchesAt(const Form& form, const AnalyzedDocument& doc, size_t token) const;
  void FindTokens(const LangForms& lf, const AnalyzedDocument& doc,
                  std::vector<ConceptHit>* out) const;
  void FindHan(const LangForms& lf, const AnalyzedDocument& doc,
               std::vector<ConceptHit>* out) const;

  std::vector<std::string> ids_;
  std::vector<Form> forms_;
  absl::flat_hash_map<std::string, LangForms> by_lang_;
  LangForms any_;  // exact surface forms of every language, for "und"
};

}  // namespace newsloom::cluster

#endif  // NEWSLOOM_CLUSTER_CONCEPT_MATCHER_H_
