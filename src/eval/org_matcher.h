// Matching organisation names for scoring: exact match of folded keys (name_matcher.h), a
// small alias table (OSCE = OSSE = ОБСЕ, UN = VN = ООН = United Nations, EU = European Union,
// CSTO = ОДКБ, ...; data in org_aliases.tsv, compiled in), and acronyms that are the plain
// initials of the other name ("CSTO" ~ "Collective Security Treaty Organization").
//
// Word order and form: a name is also reduced to its "shape" — its content words (function
// words such as "of", "the" dropped), sorted, plus at most one country qualifier (a country
// name or demonym from the "=XX" lines of the table, "Kyrgyz" = "Kyrgyzstan"). So
// "Health Ministry" = "Ministry of Health", "Kyrgyz Interior Ministry" = "Interior Ministry of
// Kyrgyzstan", and with the alias line "Interior Ministry / Ministry of Internal Affairs" also
// "Ministry of Internal Affairs of Kyrgyzstan". A qualifier on one side only still matches
// ("Ministry of Health" ~ "Kyrgyz Ministry of Health") when at least two content words remain
// or the rest is a listed alias; different qualifiers never match ("Kyrgyz Interior Ministry"
// != "Kazakh Interior Ministry").
//
// Thread safety: OrgAliasTable is immutable after construction and thread-safe; OrgMatcher is
// not thread-safe (it uses a NameMatcher).
#ifndef NEWSLOOM_EVAL_ORG_MATCHER_H_
#define NEWSLOOM_EVAL_ORG_MATCHER_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/status.h"
#include "eval/name_matcher.h"

namespace newsloom::eval {

// Groups of names of one organisation each; the first name of a group is canonical.
class OrgAliasTable {
 public:
  // Parses TSV: one organisation per line, names separated by tabs; blank lines and lines
  // starting with '#' are skipped; surrounding spaces are trimmed. A line whose first field is
  // "=XX" (a country code) lists the names and demonyms of one country instead. InvalidArgument
  // ("source:line: ...") for a line with an empty name or a country line without names.
  static StatusOr<OrgAliasTable> Parse(std::string_view tsv, std::string_view source);
  // The table compiled from src/eval/org_aliases.tsv. Never deleted.
  static const OrgAliasTable& Default();

  const std::vector<std::vector<std::string>>& groups() const { return groups_; }
  // Country lines: code ("KG") first, then its names ("Kyrgyz", "Kyrgyzstan", ...).
  const std::vector<std::vector<std::string>>& countries() const { return countries_; }

 private:
  std::vector<std::vector<std::string>> groups_;
  std::vector<std::vector<std::string>> countries_;
};

class OrgMatcher {
 public:
  // `names` must outlive the matcher; `aliases` is copied into an index.
  OrgMatcher(NameMatcher* names, const OrgAliasTable& aliases);

  // "@<canonical name>" for names in the alias table, else the folded key without a leading
  // "the" ("" when the name has no letters or digits).
  std::string CanonicalKey(std::string_view name);
  // 1 for equal non-empty canonical keys or equal shapes (see the file comment), 0.95 for
  // equal shapes where only one side has a country qualifier, 0.9 when one is a 2-8 letter
  // acronym made of the initials of the other's words (skipping "of", "for", "and", "the" and
  // their equivalents in common languages), else 0.
  double Score(std::string_view a, std::string_view b);

  // Alias names whose key was already taken by an earlier group (the earlier group wins).
  const std::vector<std::string>& conflicts() const { return conflicts_; }

 private:
  // Content words of a name (sorted, alias-resolved) and its country qualifier.
  struct Shape {
    std::string rest;     // "" when no content word is left
    std::string country;  // "" when none or ambiguous
    size_t rest_words = 0;
    bool rest_is_alias = false;
  };
  Shape ShapeOf(std::string_view name);
  // Sorted content words joined by spaces; countries are kept as words unless `country` is
  // given, in which case a single qualifier is removed and stored there.
  std::string Bag(std::string_view name, std::string* country, size_t* words);
  std::string Initials(std::string_view name);

  NameMatcher* names_;
  std::unordered_map<std::string, std::string> alias_to_canonical_;
  // Bag (Bag() without country removal) of every alias name -> "@canonical".
  std::unordered_map<std::string, std::string> bag_to_canonical_;
  // Folded token sequences of country names -> country code.
  std::vector<std::pair<std::vector<std::string>, std::string>> country_names_;
  std::vector<std::string> conflicts_;
};

}  // namespace newsloom::eval

#endif  // NEWSLOOM_EVAL_ORG_MATCHER_H_
