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

#include <unicode/uversion.h>

#include <memory>
#include <string>
#include <string_view>

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

  // The key of `word` (well-formed UTF-8). ASCII, Latin and Cyrillic words take a fast path
  // through a table computed with ICU per character (same result, checked in tests). Han is
  // not in it: ICU's Han-Latin has phrase rules ("重庆" -> "chongqing", not "zhongqing").
  std::string Key(std::string_view word);

  // The key computed by ICU alone (the reference for the fast path; slow).
  std::string IcuKeyOf(std::string_view word);

 private:
  explicit LatinKeyer(std::unique_ptr<icu::Transliterator> translit);
  // Key from the precomputed tables; false (and `*key` cleared) when a character needs ICU.
  bool FastKey(std::string_view word, std::string* key);

  std::unique_ptr<icu::Transliterator> translit_;
};

// Appends the ASCII letters (lower-cased) and digits of `s` to `*out`.
void AppendAsciiAlnumLower(std::string_view s, std::string* out);

}  // namespace newsloom::text_analysis

#endif  // NEWSLOOM_TEXT_TRANSLITERATOR_H_
