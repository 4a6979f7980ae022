// Matching names of persons and places across spelling variants and scripts, for scoring
// extracted entities against gold answers:
//   "Atambajev" = "Atambayev" = "Атамбаев", "Jeenbekov" = "Zheenbekov" = "Жээнбеков",
//   "Tokajev" = "Tokayev" = "Tokajew" = "Токаев", "Bakiev" = "Bakiyev",
//   "Jeenbekov" matches "Sooronbay Jeenbekov" (surname only), but "Gotabaya Rajapaksa" does not
//   match "Mahinda Rajapaksa" (given names conflict).
//
// A name's key is built in three steps:
//   1. LatinTransliterator: any script -> lower-case Latin ASCII.
//   2. Tokens: split on anything not [a-z0-9]; apostrophes are deleted, not split on.
//   3. FoldVariants() on each token: folds common transliteration variants to one spelling.
// Tokens are then compared with Jaro-Winkler similarity and a threshold.
//
// Thread safety: NameMatcher is not thread-safe (it caches keys and owns an ICU
// transliterator); the free functions are thread-safe.
#ifndef NEWSLOOM_EVAL_NAME_MATCHER_H_
#define NEWSLOOM_EVAL_NAME_MATCHER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "eval/latin_transliterator.h"

namespace newsloom::eval {

struct NameMatchOptions {
  // Jaro-Winkler similarity at or above which two folded tokens are the same name part.
  // 0.90 accepts one-letter differences in names of 7+ letters ("bisykek"/"bishkek") and
  // rejects different given names ("mahinda"/"gotaba").
  double token_threshold = 0.90;
  // Folded tokens shorter than this must be equal to match ("li" vs "xi").
  size_t min_fuzzy_length = 4;
  // Score of a match on the surname alone, times the surname similarity; below any full-name
  // match so one-to-one matching prefers full names.
  double surname_only_factor = 0.8;
  // Penalty factor when one name is written surname-first ("Atambayev Almazbek").
  double reversed_order_factor = 0.95;
};

// Folds transliteration variants of one lower-case ASCII token, in this order:
//   dsch->j, shch->sh, tsch->ch, dzh->j, tsj->ch, sch->sh, zh->j, zj->j, dj->j, sj->sh, sz->sh,
//   cz->ch, kh->h, gh->g, ph->f, ck->k, ou->u, x->ks, q->k, w->v;  then j->y;  then iy->y, ie->e;
//   a final y->i;  then y before a vowel and i between vowels are dropped, y between a vowel
//   and a consonant is i, z->s;  then
//   doubled letters are collapsed.
// So "atambajev", "atambayev" and "atambaev" all give "atambaev"; "jeenbekov" and
// "zheenbekov" give "enbekov"; "bakiev" and "bakiyev" give "bakev".
std::string FoldVariants(std::string_view ascii_token);

// Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, prefix up to 4 characters).
double JaroWinkler(std::string_view a, std::string_view b);

// One-to-one greedy assignment on scores[row][col] (rows may differ in length only if all
// rows have the same number of columns; use a rectangular matrix). Repeatedly takes the
// highest-scoring pair whose row and column are both unused, ties broken by lower row then
// lower column; pairs scoring <= 0 are never taken. Returns (row, col) pairs.
std::vector<std::pair<size_t, size_t>> GreedyMatch(const std::vector<std::vector<double>>& scores);

// Tokens of a name: `ascii` after transliteration, `folded` after FoldVariants.
struct NameKey {
  std::vector<std::string> ascii;
  std::vector<std::string> folded;
};

class NameMatcher {
 public:
  explicit NameMatcher(NameMatchOptions options = {});

  // False when ICU transliteration data was unavailable (keys are then ASCII-only).
  bool transliteration_ok() const { return translit_.ok(); }
  const NameMatchOptions& options() const { return options_; }

  // `name` in lower-case Latin ASCII, spaces and punctuation kept (not cached).
  std::string ToLatinAscii(std::string_view name) { return translit_.ToLatinAscii(name); }
  // The key of `name`, cached. The reference stays valid for the matcher's lifetime.
  const NameKey& Key(std::string_view name);
  // The folded tokens joined by single spaces ("" for a name without letters or digits).
  std::string FoldedKey(std::string_view name);

  // Folded-token similarity: 1 if equal, Jaro-Winkler if at least the threshold and both are
  // at least min_fuzzy_length long, else 0.
  double TokenSimilarity(std::string_view a, std::string_view b) const;

  // Person names: 0 when they do not name the same person, else a score in (0, 1], 1 for
  // identical keys. Surnames (last tokens, or first token of either name when both have 2+
  // tokens, for surname-first order) must match; given names, when both names have them,
  // must share a matching token or an initial ("G." ~ "Gotabaya"). Also accepted, at 0.85:
  // the whole names written together match ("Abdul-Mahdi" = "Abdulmahdi"), or a 2+ word name
  // is the start of the other (a compound surname: "Javier Iturriaga del Campo").
  double PersonScore(std::string_view a, std::string_view b);
  // Place names: all tokens match in order, or the concatenated tokens match as one.
  double PlaceScore(std::string_view a, std::string_view b);

 private:
  double GivenNamesScore(const NameKey& a, size_t skip_a, const NameKey& b, size_t skip_b) const;

  NameMatchOptions options_;
  LatinTransliterator translit_;
  std::unordered_map<std::string, NameKey> cache_;
};

}  // namespace newsloom::eval

#endif  // NEWSLOOM_EVAL_NAME_MATCHER_H_
