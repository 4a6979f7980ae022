// Numbers written in words: the grammar that combines "two thousand three hundred",
// "zweihundert", "خمسة وعشرون" into one value, and the splitter of compound number words
// ("drieduizend", "einundzwanzig", "tretusen"). Internal to the extract module.
#ifndef NEWSLOOM_EXTRACT_NUMBER_WORDS_H_
#define NEWSLOOM_EXTRACT_NUMBER_WORDS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/number_lexicon.h"

namespace newsloom::extract_internal {

// Accumulates number pieces left to right; each Add returns false (and changes nothing) when
// the piece cannot continue the number ("twelve twenty", "thousand thousand").
class WordNumber {
 public:
  bool AddCardinal(int64_t v);
  bool AddMultiplier(int64_t m);
  // Feeds `pieces` (cardinal, multiplier, joiner entries) in order; joiners only separate.
  // All or nothing: false leaves the number unchanged.
  bool AddPieces(const std::vector<const NumberEntry*>& pieces);

  int64_t value() const { return total_ + current_; }
  int pieces() const { return pieces_; }

 private:
  static constexpr int64_t kMax = 1'000'000'000'000'000;  // 10^15; larger is not a count
  bool CanFollow(int64_t v) const;

  int64_t total_ = 0;            // completed groups (before the last multiplier >= 1000)
  int64_t current_ = 0;          // the group being built
  int64_t last_ = 0;             // the last cardinal added
  int64_t last_multiplier_ = 0;  // the last multiplier, when it was the last piece
  int64_t big_ = 0;              // the last multiplier >= 1000 applied (0: none)
  int pieces_ = 0;
};

// Splits `word` into at least two single-word cardinal, multiplier or joiner entries of
// `words` (the fewest pieces wins), not ending with a joiner (a leading one, as Arabic
// "وعشرون", only continues a number). False when no split exists. Pieces are found through
// `prefixes` (NumberLexicon::piece_prefixes); words over 64 bytes are not split.
bool SplitCompound(const NumberLexicon::WordMap& words, const NumberLexicon::PrefixSet& prefixes,
                   std::string_view word, std::vector<const NumberEntry*>* pieces);

// The single-word cardinal, multiplier or joiner entry for `word`, or nullptr.
const NumberEntry* FindPiece(const NumberLexicon::WordMap& words, std::string_view word);

}  // namespace newsloom::extract_internal

#endif  // NEWSLOOM_EXTRACT_NUMBER_WORDS_H_
