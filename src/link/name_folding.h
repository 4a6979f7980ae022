// Phonetic folding of transliterated name tokens, so that spellings of one name in different
// languages and scripts meet on one key:
//   "Atambajev", "Atambayev", "Atambaïev", "Атамбаев", "Атамбаева" -> "atambaev"
//   "Jeenbekov", "Zheenbekov", "Dzjeenbekov", "Жээнбеков"           -> "enbekov"
//   "Zelensky", "Selenskyj", "Zelenskiy", "Зеленский"                -> "selenski"
//   "Tokajev", "Tokayev", "Tokajew", "Токаев", "Tokaïev"             -> "tokaev"
//   "Bakiev", "Bakiyev", "Bakijev", "Бакиев"                         -> "bakev"
// The keys are for matching only; they are never shown.
//
// Thread safety: every function here is pure and thread-safe.
#ifndef NEWSLOOM_LINK_NAME_FOLDING_H_
#define NEWSLOOM_LINK_NAME_FOLDING_H_

#include <string>
#include <string_view>

namespace newsloom::link {

// Folds one lower-case ASCII token (a LatinKeyer key). In order:
//   1. consonant clusters, longest first at each position: Russian щ (shch, schtsch, sjtsj, szcz)
//      -> sh; ч (tsch, tsj, tch, cz) -> ch; ш (sch, sj, sz) -> sh; ж/дж (dzh, dzj, dsch, dj, zh,
//      zj) -> j; kh -> h; ts, tz -> z; ph -> f; ck, q -> k; x -> ks; w -> v; ou -> u;
//   2. j -> y (Dutch/German/Polish й, and English j for ж once zh is folded);
//   3. Slavic adjective endings (-skiy, -skyi, -skyy, -sky, -skij) -> -ski;
//   4. z -> s (German writes з as s);
//   5. doubled letters collapse, then glides: "iy"/"ie" lose the i, y before a vowel is
//      dropped; the y that remains is the vowel ы -> i; doubled letters collapse again.
// Digits are kept. Returns "" for "".
std::string FoldToken(std::string_view ascii);

// Strips a Slavic case ending from a folded surname-shaped token when what remains ends in a
// surname stem (-ov, -ev, -in, -yn, -ski) and is at least 4 letters: "atambaeva",
// "atambaevu", "atambaevym", "tokaevovi" -> "atambaev"/"tokaev"; "selenskogo" -> "selenski".
// Feminine surnames fold to the masculine form ("petrova" -> "petrov"); persons are still told
// apart by their given names. Surnames in -enko and -chko decline like nouns in -a:
// "lukashenka", "lukashenkom", "klichka" -> "lukashenko", "klichko" (and the Belarusian
// nominative "Lukashenka" meets the Russian and Ukrainian one). Other tokens are returned
// unchanged ("anna", "rajapaksa").
std::string StripSlavicCase(std::string_view folded);

// True when two folded given names can name the same person: equal; one is an initial of the
// other ("g" ~ "gotabaya"); both of 4+ letters and spellings of one name in
// data/lexicons/given_name_variants.tsv, also with a case ending ("oleksandr" ~ "aleksander",
// "mikola" ~ "nikolai", "loran" ~ "laurent"); they differ by a case ending ("almazbeka" ~
// "almazbek"); or, both of 4+ letters, they differ only in vowels with the same length and
// first letter ("adel" ~ "adil") or their Jaro-Winkler similarity is >= 0.9 ("sooronbai" ~
// "soronbai").
bool GivenNamesCompatible(std::string_view a, std::string_view b);

// Jaro-Winkler similarity in [0, 1] (prefix weight 0.1, up to 4 characters).
double JaroWinkler(std::string_view a, std::string_view b);

// ISO 15924 code of the script of the first letter of `utf8` ("Latn", "Cyrl", "Arab", "Hani",
// "Grek", ...); "Zyyy" when there is no letter.
std::string ScriptOf(std::string_view utf8);

}  // namespace newsloom::link

#endif  // NEWSLOOM_LINK_NAME_FOLDING_H_
