// ASCII "latin keys" for cross-script name matching: ICU "Any-Latin; Latin-ASCII; Lower", then
// only ASCII letters and digits are kept. Cyrillic first goes through our own pass that writes
// the digraphs English-language news uses (ж zh, х kh, ц ts, ч ch, ш sh, щ shch, ю yu, я ya,
// й/ы y, ї yi, є ye; е/ё/э e; ъ/ь dropped), because ICU's Cyrillic-Latin is ISO 9 and would
// give "Жээнбеков" -> "zeenbekov". Examples: "Токаев" -> "tokaev", "Жээнбеков" ->
// "zheenbekov", "Ата́мбаев" -> "atambaev", "Хрущёв" -> "khrushchev", "Tokajew" -> "tokajew",
// "北京" -> "beijing" (pinyin without tones), "Straße" -> "strasse".
//
// Thread safety: LatinKeyer is NOT thread safe (ICU transliterators keep state); keep one per
// thread. Creating one clones a process-wide prototype built once (building it costs ms).
#ifndef NEWSLOOM_TEXT_TRANSLITERATOR_H_
#define NEWSLOOM_TEXT_TRANSLITERATOR_H_

#include <memory>
#include <string>
#include <string_view>

#include <unicode/uversion.h>

#include "core/status.h"

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace newsloom::text_analysis {

class LatinKeyer {
 public:
  // Internal error when ICU's transliteration data is missing.
  static StatusOr<std::unique_ptr<LatinKeyer>> Create();
  ~LatinKeyer();

  // The key of `word` (well-formed UTF-8). ASCII input takes a fast path without ICU.
  std::string Key(std::string_view word);

 private:
  explicit LatinKeyer(std::unique_ptr<icu::Transliterator> translit);
  std::unique_ptr<icu::Transliterator> translit_;
};

// Appends the ASCII letters (lower-cased) and digits of `s` to `*out`.
void AppendAsciiAlnumLower(std::string_view s, std::string* out);

}  // namespace newsloom::text_analysis

#endif  // NEWSLOOM_TEXT_TRANSLITERATOR_H_
