// Matching organisation names for scoring: exact match of folded keys (name_matcher.h), a
// small alias table (OSCE = OSSE = ОБСЕ, UN = VN = ООН = United Nations, EU = European Union,
// CSTO = ОДКБ, ...; data in org_aliases.tsv, compiled in), and acronyms that are the plain
// initials of the other name ("CSTO" ~ "Collective Security Treaty Organization").
//
// Thread safety: OrgAliasTable is immutable after construction and thread-safe; OrgMatcher is
// not thread-safe (it uses a NameMatcher).
#ifndef NEWSLOOM_EVAL_ORG_MATCHER_H_
#define NEWSLOOM_EVAL_ORG_MATCHER_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "eval/name_matcher.h"

namespace newsloom::eval {

// Groups of names of one organisation each; the first name of a group is canonical.
class OrgAliasTable {
 public:
  // Parses TSV: one organisation per line, names separated by tabs; blank lines and lines
  // starting with '#' are skipped; surrounding spaces are trimmed. InvalidArgument
  // ("source:line: ...") for a line with an empty name.
  static StatusOr<OrgAliasTable> Parse(std::string_view tsv, std::string_view source);
  // The table compiled from src/eval/org_aliases.tsv. Never deleted.
  static const OrgAliasTable& Default();

  const std::vector<std::vector<std::string>>& groups() const { return groups_; }

 private:
  std::vector<std::vector<std::string>> groups_;
};

class OrgMatcher {
 public:
  // `names` must outlive the matcher; `aliases` is copied into an index.
  OrgMatcher(NameMatcher* names, const OrgAliasTable& aliases);

  // "@<canonical name>" for names in the alias table, else the folded key without a leading
  // "the" ("" when the name has no letters or digits).
  std::string CanonicalKey(std::string_view name);
  // 1 for equal non-empty canonical keys, 0.9 when one is a 2-8 letter acronym made of the
  // initials of the other's words (skipping "of", "for", "and", "the" and their equivalents in
  // common languages), else 0.
  double Score(std::string_view a, std::string_view b);

  // Alias names whose key was already taken by an earlier group (the earlier group wins).
  const std::vector<std::string>& conflicts() const { return conflicts_; }

 private:
  std::string Initials(std::string_view name);

  NameMatcher* names_;
  std::unordered_map<std::string, std::string> alias_to_canonical_;
  std::vector<std::string> conflicts_;
};

}  // namespace newsloom::eval

#endif  // NEWSLOOM_EVAL_ORG_MATCHER_H_
