// Chinese quantities, read character by character because Chinese word segmentation splits
// numbers unpredictably: "3000名", "2300余人", "十二", "两千", "三千五百", "1.5万", "数百",
// "至少300", "近千人". Skips years and dates ("2005年", "1月6日"), times ("10点"), ages
// ("30岁"), percentages ("7%", "百分之七"), ordinals ("第三") and a lone "一". Internal to
// the extract module; NumberParser calls it for "zh" documents.
#ifndef NEWSLOOM_EXTRACT_CHINESE_NUMBERS_H_
#define NEWSLOOM_EXTRACT_CHINESE_NUMBERS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/number_lexicon.h"
#include "extract/number_parser.h"

namespace newsloom::extract_internal {

// Vague words, qualifiers and the 余/多 suffixes come from the "zh" entries of the lexicon,
// decoded once. Immutable; Find is safe to call concurrently.
class ChineseNumbers {
 public:
  // `lex` must outlive this object.
  explicit ChineseNumbers(const NumberLexicon& lex);

  // Appends the quantities of text[begin, end) to `out`; spans are byte offsets into `text`.
  void Find(std::string_view text, uint32_t begin, uint32_t end, std::vector<Quantity>* out) const;

  struct Word {
    std::u32string chars;
    const NumberEntry* entry;
  };

  // Bit (c & 0xFFFF) is set for the first character c of every word: a character whose bit
  // is clear starts no word.
  using FirstChars = std::vector<uint64_t>;

 private:
  std::vector<Word> words_;  // longest first
  FirstChars first_chars_ = FirstChars(65536 / 64);
};

}  // namespace newsloom::extract_internal

#endif  // NEWSLOOM_EXTRACT_CHINESE_NUMBERS_H_
