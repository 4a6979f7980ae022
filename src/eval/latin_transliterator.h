// Turns a name in any script into lower-case Latin ASCII with ICU, so names can be compared
// across scripts ("Атамбаев" -> "atambaev", "Žeenbekov" -> "zheenbekov").
//
// The ICU chain is "NFC; Lower; <rules>; Any-Latin; Latin-ASCII; Lower" where <rules> first
// spells Cyrillic and Central European letters the way English-language news does
// (ж -> zh, х -> kh, ц -> ts, ч -> ch, ш -> sh, щ -> shch, ю -> yu, я -> ya, й -> y, ь -> "",
// ž -> zh, š -> sh, č -> ch) and covers Kazakh/Kyrgyz letters that ICU's Any-Latin leaves
// untouched (ә ғ қ ң ө ұ ү һ і).
//
// Thread safety: not thread-safe (ICU transliterators keep state); use one per thread.
#ifndef NEWSLOOM_EVAL_LATIN_TRANSLITERATOR_H_
#define NEWSLOOM_EVAL_LATIN_TRANSLITERATOR_H_

#include <memory>
#include <string>
#include <string_view>

namespace newsloom::eval {

class LatinTransliterator {
 public:
  // Never fails: if ICU's transliteration data cannot be loaded, ok() is false and
  // ToLatinAscii() only lower-cases ASCII letters (non-ASCII bytes are kept as they are).
  LatinTransliterator();
  ~LatinTransliterator();
  LatinTransliterator(const LatinTransliterator&) = delete;
  LatinTransliterator& operator=(const LatinTransliterator&) = delete;

  bool ok() const { return impl_ != nullptr; }
  // Input is UTF-8 (invalid sequences become U+FFFD, which Latin-ASCII keeps: callers drop
  // non-alphanumeric bytes anyway).
  std::string ToLatinAscii(std::string_view utf8);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsloom::eval

#endif  // NEWSLOOM_EVAL_LATIN_TRANSLITERATOR_H_
