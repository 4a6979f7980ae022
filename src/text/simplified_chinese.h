// Traditional Chinese characters -> simplified ones, character for character, so that
// lexicons written in simplified Chinese match text in either form ("發言人" -> "发言人",
// "盧偉聰" -> "卢伟聪").
//
// Thread safety: safe to call from many threads (each keeps its own ICU transliterator and
// cache of converted characters).
#ifndef NEWSLOOM_TEXT_SIMPLIFIED_CHINESE_H_
#define NEWSLOOM_TEXT_SIMPLIFIED_CHINESE_H_

#include <string>
#include <string_view>

namespace newsloom::text_analysis {

// `utf8` with every CJK ideograph that ICU's Traditional-Simplified transliterator turns into
// one other character of the same UTF-8 length replaced by it; everything else is kept as it
// is, so a byte offset into the result is the same offset into `utf8`. Ill-formed bytes are
// kept. Each distinct character goes through ICU once per thread; without ICU's
// transliteration data nothing changes.
std::string SimplifiedChinese(std::string_view utf8);

}  // namespace newsloom::text_analysis

#endif  // NEWSLOOM_TEXT_SIMPLIFIED_CHINESE_H_
