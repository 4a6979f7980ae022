// The common Chinese surnames: a Chinese name is one of these and one or two characters
// ("习近平", "耿爽"); a name in Chinese characters that does not start with one is more likely a
// transcription of a foreign name ("托卡耶夫"). The list holds the ~100 most frequent
// surnames, in simplified and traditional forms.
//
// Thread safety: pure.
#ifndef NEWSLOOM_TEXT_CHINESE_SURNAMES_H_
#define NEWSLOOM_TEXT_CHINESE_SURNAMES_H_

namespace newsloom::text_analysis {

// True when `c` is a common Chinese surname.
bool IsCommonChineseSurname(char32_t c);

}  // namespace newsloom::text_analysis

#endif  // NEWSLOOM_TEXT_CHINESE_SURNAMES_H_
