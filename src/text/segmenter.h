// Sentence and word segmentation with ICU BreakIterators (Chinese, Japanese, Thai... words via
// ICU's dictionaries), on clean text (well-formed UTF-8, NFC).
//
// Paragraphs are separated by blank lines ("\n\n", possibly with spaces or "\r" between);
// sentences never cross a paragraph break. A single line break ends a sentence (titles,
// lists), except when the next line starts with a lower-case letter (hard-wrapped text).
// ICU's sentence breaks are refined: no break after a known abbreviation of the document
// language ("o.a.", "z.B.", "bl.a.", "Dr.", "т.е." — see segmenter.cc), after an initial
// ("J. Smith"), after a day number in languages that write ordinals with a dot
// ("am 3. Oktober": de da nb nn fi is cs sk pl hu tr hr sl sr et lv), or inside a word.
//
// Tokens are ICU word segments that are not white space: ICU's letter/kana/ideographic
// segments are words, its numbers ("3.000", "12,5") numbers; each other character is
// punctuation (Unicode P*) or a symbol.
//
// Thread safety: NOT thread safe (break iterators keep state); keep one per thread.
#ifndef NEWSLOOM_TEXT_SEGMENTER_H_
#define NEWSLOOM_TEXT_SEGMENTER_H_

#include <unicode/uversion.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "text/analyzed_document.h"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace newsloom::text_analysis {

class Segmenter {
 public:
  // Internal error when ICU's break data is missing.
  static StatusOr<std::unique_ptr<Segmenter>> Create();
  ~Segmenter();

  // Fills `sentences` and `tokens` (cleared first) for `text` in language `lang` (a
  // normalized tag or "und"). Only begin, end and kind of tokens are set; the tokens of each
  // sentence are tokens[first_token, first_token + token_count). `text` must be < 4 GiB.
  Status Segment(std::string_view text, std::string_view lang, std::vector<Sentence>* sentences,
                 std::vector<Token>* tokens);

 private:
  explicit Segmenter(std::unique_ptr<icu::BreakIterator> word);
  icu::BreakIterator* SentenceIterator(std::string_view lang, Status* status);
  void ToUtf16(std::string_view text);
  void FindTokens(std::string_view text, std::vector<Token>* tokens);
  std::vector<uint32_t> SentenceBreaks(std::string_view text, std::string_view lang,
                                       icu::BreakIterator* it, const std::vector<Token>& tokens);

  std::unique_ptr<icu::BreakIterator> word_;
  // Sentence iterators by language ("" = root); only languages with ICU abbreviation data get
  // their own, so at most ~11 entries.
  std::vector<std::pair<std::string, std::unique_ptr<icu::BreakIterator>>> sentence_;
  std::u16string utf16_;             // text as UTF-16 (single line breaks maybe blanked)
  std::vector<uint32_t> u16_to_u8_;  // UTF-16 index -> byte offset; size utf16_.size() + 1
};

}  // namespace newsloom::text_analysis

#endif  // NEWSLOOM_TEXT_SEGMENTER_H_
