// Chinese names written in Cyrillic by the Palladius system ("Си Цзиньпин", "Ван И", "Чжан
// Мин"; Ukrainian "Сі Цзіньпін") back to their pinyin ("xi jinping", "wang yi", "zhang ming"),
// so that they meet the Latin spellings. A plain transliteration gives "si czin'pin", which
// no folding brings to "xi jinping": Palladius writes pinyin x, q, j as с, ц, цз before i and
// ü, zh as чж, r as ж, and the finals -n/-ng as -нь/-н.
//
// A word is read as a string of Palladius syllables (an initial and a final, or a final alone:
// "и" yi, "ван" wang), longest syllable first with backtracking; it converts only when the
// whole word is read so. A name converts only when every word does and its first word (the
// surname, written first) is a common Chinese surname: "Анна Мин" and "Ким Чен Ын" stay as
// they are.
//
// Thread safety: pure functions; the tables are built once (thread-safe statics).
#ifndef NEWSLOOM_LINK_PALLADIUS_H_
#define NEWSLOOM_LINK_PALLADIUS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsloom::link {

// The pinyin of one Cyrillic word (any case; Ukrainian і/ї read as и/ї), its syllables joined
// without spaces ("Цзиньпин" -> "jinping"); nullopt unless the whole word reads as Palladius
// syllables.
std::optional<std::string> PalladiusToPinyin(std::string_view word);

// The pinyin words of a Chinese name in Cyrillic ({"Си", "Цзиньпин"} -> {"xi", "jinping"}):
// 2 or 3 words, all converted, the first a common Chinese surname. nullopt otherwise.
std::optional<std::vector<std::string>> ChineseNameFromCyrillic(
    const std::vector<std::string>& words);

}  // namespace newsloom::link

#endif  // NEWSLOOM_LINK_PALLADIUS_H_
