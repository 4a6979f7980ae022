// NumberParser: finds the quantities written in a sentence — "2.300", "2 300", "drieduizend",
// "two thousand three hundred", "1,5 млн", "tens of thousands", "至少3000名", "ثلاثة آلاف" —
// with their qualifier ("at least 12", "meer dan 300") for 15 languages (en, nl, nb, da, sv,
// de, fr, es, it, pl, ru, uk, tr, ar, zh) and a language-neutral fallback for the rest. The
// base of casualty, arrest and crowd figures.
//
// What is a quantity: a count a reporter could attach to people or things. Not quantities, and
// never returned: years ("in 2005", a lone "2022", "2005年"), dates ("6 januari", "January 6",
// "6. Januar", "1月6日"), times ("14:30"), percentages ("7%", "7 procent", "%7", "yüzde 7",
// "百分之七"; skipped, not marked), ordinals ("3rd", "3." before a word in languages that
// write ordinal dots, "3-й", "第三", "третий"), phone numbers and codes ("+31 20 555 0199",
// "020-5550199", numbers with a leading zero), decimals without a multiplier ("2,5 kilo"),
// and a lone "一".
//
// Digits are read by the document language (digit_string.h): "2.300" is 2300 in nl/de/es/it/tr
// and 2.3 in en; "1,5 miljoen" is 1500000. Numbers grouped with spaces ("2 300", U+00A0,
// U+202F) are joined when the language groups with spaces (fr, ru, uk, pl, nb, sv, da, ...) or
// the space is a no-break space (elsewhere a plain space joins only a group with a leading
// zero: "3 000"). Digits of any script count (Arabic-Indic "٢٣٠٠"). Number words, vague words
// and qualifiers are read only for the languages of the lexicon; other languages ("und") get
// digits and multipliers, and Han text in them is read as Chinese.
//
// Cost (number_parser_benchmark.cc, Release, one core, 3 KB article, all sentences): ~32 µs
// for English and Dutch, ~65 µs for Chinese. Each word token is looked up in the lexicon at
// most once per sentence, after a bit test (event_key_filter.h) that rejects almost every word
// that is no lexicon key; compound splitting ("drieduizend") is tried only on words that begin
// with a number piece and end with one.
//
// Thread safety: immutable; FindAll is const and safe to call concurrently.
#ifndef NEWSLOOM_EXTRACT_NUMBER_PARSER_H_
#define NEWSLOOM_EXTRACT_NUMBER_PARSER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "extract/number_lexicon.h"
#include "text/analyzed_document.h"

namespace newsloom {

struct Quantity {
  int64_t value = 0;  // the count; vague words give the ACLED value (dozens 12, hundreds 100)
  // True for vague words, for "nearly", "about", "more than" and "up to", and for the Chinese
  // suffixes 余/多 ("2300余人"); false for plain numbers and "at least".
  bool approx = false;
  bool vague = false;     // a vague word ("dozens", "tientallen", "数百") gave the value
  std::string qualifier;  // "", "at least", "nearly", "more than", "about", "up to"
  // Byte span in AnalyzedDocument::text of the whole expression, qualifier included
  // ("at least 12", "2300余"), on UTF-8 boundaries.
  uint32_t begin = 0;
  uint32_t end = 0;
};

namespace extract_internal {
class ChineseNumbers;
class NumberWordIndex;
}  // namespace extract_internal

class NumberParser {
 public:
  ~NumberParser();
  // The parser over the embedded lexicon (data/lexicons/numbers.tsv). Built once; the embedded
  // file is checked by tests, so a bad lexicon aborts at start-up.
  static const NumberParser& Default();
  // A parser over another lexicon (TSV text as in numbers.tsv); errors name `name`.
  static StatusOr<std::unique_ptr<NumberParser>> FromTsv(std::string_view tsv,
                                                         std::string_view name);

  // The quantities of sentence `sentence_index` of `doc`, in text order, non-overlapping.
  // Empty when the index is out of range. Languages come from doc.lang ("zh" and Han text in
  // an "und"/"ja" document are read character by character).
  std::vector<Quantity> FindAll(const AnalyzedDocument& doc, size_t sentence_index) const;
  // The quantities of every sentence of `doc`, in text order.
  std::vector<Quantity> FindAll(const AnalyzedDocument& doc) const;

  const NumberLexicon& lexicon() const { return *lexicon_; }

 private:
  explicit NumberParser(std::unique_ptr<NumberLexicon> lexicon);
  // The pre-tests of a word map of the lexicon (one per language and one for all); never null.
  const extract_internal::NumberWordIndex& IndexOf(const NumberLexicon::WordMap* words) const;

  std::unique_ptr<NumberLexicon> lexicon_;
  std::unique_ptr<extract_internal::ChineseNumbers> chinese_;
  absl::flat_hash_map<const NumberLexicon::WordMap*,
                      std::unique_ptr<extract_internal::NumberWordIndex>>
      indexes_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_NUMBER_PARSER_H_
