// The multilingual concept lexicon (data/lexicons/concepts.tsv, embedded as kConceptsTsv): news
// concepts (protest, storm, parliament, fuel price, curfew, ...) with their surface forms in
// each supported language. Two articles in different languages that use forms of the same
// concept share that concept's id, a language-independent key for similarity and for the
// story index.
//
// File format (one entry per line; '#' starts a comment line; blank lines ignored):
//   concept <TAB> lang <TAB> form|form|...
// `concept` is an ASCII id ([a-z0-9_]+), `lang` an ISO 639-1 code, each form a lower-case word
// or space-separated phrase; a word ending in '*' matches every word that starts with it
// ("protest*" matches "protesters"; "gaz* łzawiąc*" matches "gazu łzawiącego"). Han forms
// (zh) match anywhere in Han text, without word boundaries.
//
// Thread safety: immutable after Parse; const methods are safe to call concurrently.
#ifndef NEWSLOOM_RESOURCES_CONCEPT_LEXICON_H_
#define NEWSLOOM_RESOURCES_CONCEPT_LEXICON_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace newsloom {

extern const std::string_view kConceptsTsv;

struct ConceptForm {
  std::vector<std::string> words;  // one or more, '*' stripped
  std::vector<bool> prefix;        // per word: matches as a prefix (it ended in '*')
};

struct ConceptEntry {
  std::string concept_id;  // "protest"
  std::string lang;        // "nl"
  std::vector<ConceptForm> forms;
  int line = 0;  // line in the file, for messages
};

class ConceptLexicon {
 public:
  // Parses the format above. Errors: InvalidArgument "name:line: what is wrong" for a wrong
  // column count, a bad concept id or language, an empty form, or '*' inside a word.
  static StatusOr<std::unique_ptr<ConceptLexicon>> Parse(std::string_view tsv,
                                                         std::string_view name);
  // The embedded lexicon. Aborts when it does not parse (a test checks it does).
  static const ConceptLexicon& Default();

  const std::vector<ConceptEntry>& entries() const { return entries_; }
  // Distinct concept ids, sorted.
  std::vector<std::string> ConceptIds() const;
  // Distinct languages, sorted.
  std::vector<std::string> Languages() const;

 private:
  ConceptLexicon() = default;
  std::vector<ConceptEntry> entries_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_RESOURCES_CONCEPT_LEXICON_H_
