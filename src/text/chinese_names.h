// What names in Chinese characters are made of:
//   - the common Chinese surnames: a Chinese name is one of these and one or two characters
//     ("习近平", "耿爽"); a name in Chinese characters that does not start with one is more likely
//     a transcription of a foreign name ("托卡耶夫"). The ~100 most frequent surnames, in
//     simplified and traditional forms;
//   - the characters of transcriptions of foreign names (Xinhua's tables: "托", "卡", "耶",
//     "夫"), common enough in such names and rare enough in ordinary words.
//
// Thread safety: pure.
#ifndef NEWSLOOM_TEXT_CHINESE_NAMES_H_
#define NEWSLOOM_TEXT_CHINESE_NAMES_H_

namespace newsloom::text_analysis {

// True when `c` is a common Chinese surname.
bool IsCommonChineseSurname(char32_t c);

// True when `c` is a character of transcriptions of foreign names.
bool IsTranscriptionCharacter(char32_t c);

}  // namespace newsloom::text_analysis

#endif  // NEWSLOOM_TEXT_CHINESE_NAMES_H_
